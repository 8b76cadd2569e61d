#include "layout.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(NodeLayout, x, y, width, height, collapsed)

} // namespace mailpath::core
