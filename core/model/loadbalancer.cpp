#include "loadbalancer.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Listener, port, protocol, targetGroupId, instancePort, instanceProtocol)

MAILPATH_DEFINE_JSON(LoadBalancer, id, name, tags, type, internetFacing, vpcId, dnsName, securityGroupIds, nodes, crossZone, listeners, instances, healthCheck, proxyProtocol)

} // namespace mailpath::core
