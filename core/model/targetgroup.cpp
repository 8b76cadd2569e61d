#include "targetgroup.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Target, id, port, availabilityZone, health)

MAILPATH_DEFINE_JSON(TargetGroup, id, name, tags, vpcId, targetType, protocol, port, healthCheckPort, healthCheckProtocol, preserveClientIp, targets, loadBalancerIds)

} // namespace mailpath::core
