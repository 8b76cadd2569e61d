#include "internetgateway.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(InternetGateway, id, name, tags, vpcIds)

} // namespace mailpath::core
