#include "smtpserver.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(SmtpServer, id, name, tags, hostId, address, ports, relayAllow, tls)

} // namespace mailpath::core
