#include "prefixlist.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(PrefixList, id, name, tags, cidrs)

} // namespace mailpath::core
