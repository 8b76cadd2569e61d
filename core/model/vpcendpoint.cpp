#include "vpcendpoint.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(VpcEndpoint, id, name, tags, vpcId, endpointType, serviceName, subnetIds, nodes, securityGroupIds, privateDnsEnabled, routeTableIds, ports, state)

} // namespace mailpath::core
