#include "internethost.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(InternetHost, id, name, tags, addresses, hostName)

} // namespace mailpath::core
