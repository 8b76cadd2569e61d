#include "loadbalancer.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Listener, port, protocol, targetGroupId)

MAILPATH_DEFINE_JSON(LoadBalancer, id, name, tags, type, internetFacing, vpcId, dnsName, securityGroupIds, nodes, crossZone, listeners)

} // namespace mailpath::core
