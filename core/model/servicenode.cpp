#include "servicenode.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(ServiceNode, subnetId, privateIp, publicIp, eniId)

} // namespace mailpath::core
