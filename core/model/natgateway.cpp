#include "natgateway.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(NatGateway, id, name, tags, subnetId, vpcId, privateConnectivity, eniId, privateIp, publicIp, state, op25bLifted)

} // namespace mailpath::core
