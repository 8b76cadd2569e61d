#include "instance.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Instance, id, name, tags, subnetId, vpcId, availabilityZone, eniIds, platform, state, op25bLifted)

} // namespace mailpath::core
