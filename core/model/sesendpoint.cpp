#include "sesendpoint.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(SesEndpoint, id, name, tags, region, sandbox, ports, addresses, receiving)

} // namespace mailpath::core
