#include "vpnconnection.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(VpnConnection, id, name, tags, vpnGatewayId, transitGatewayId, customerGatewayId, staticRoutesOnly, routes, state)

constinit const KindTraits VpnConnection::traits = {
    .kind = VpnConnection::kind,
    .name = "vpn-connection",
    .idPrefix = "vpn",
    .title = "VPN connection",
    .diagram = DiagramRole::Hidden,
};

} // namespace mailpath::core
