#include "vpnconnection.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(VpnTunnel, outsideIp, status, statusMessage, lastStatusChange)

MAILPATH_DEFINE_JSON(VpnConnection, id, name, tags, vpnGatewayId, transitGatewayId,
                     customerGatewayId, staticRoutesOnly, routes, state, tunnels)

size_t VpnConnection::tunnelsDown() const
{
    size_t down = 0;
    for (const auto &t : tunnels)
        down += t.status == "DOWN" ? 1 : 0;
    return down;
}

constinit const KindTraits VpnConnection::traits = {
    .kind = VpnConnection::kind,
    .name = "vpn-connection",
    .idPrefix = "vpn",
    .title = "VPN connection",
    .diagram = DiagramRole::Hidden,
};

} // namespace mailpath::core
