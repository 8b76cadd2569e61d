#include "vpnconnection.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(VpnConnection, id, name, tags, vpnGatewayId, transitGatewayId, customerGatewayId, staticRoutesOnly, routes, state)

} // namespace mailpath::core
