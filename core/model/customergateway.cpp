#include "customergateway.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(CustomerGateway, id, name, tags, ipAddress, bgpAsn)

} // namespace mailpath::core
