#include "subnet.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Subnet, id, name, tags, vpcId, cidr, availabilityZone, mapPublicIpOnLaunch)

} // namespace mailpath::core
