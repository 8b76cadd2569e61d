#include "vpc.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Vpc, id, name, tags, region, accountId, cidrs, isDefault)

} // namespace mailpath::core
