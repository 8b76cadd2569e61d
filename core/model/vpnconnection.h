#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

/** One tunnel as the snapshot's VgwTelemetry saw it (a point-in-time view). */
struct VpnTunnel
{
    std::string outsideIp;
    std::string status = "UP"; //!< UP | DOWN
    std::string statusMessage;
    std::string lastStatusChange;
    friend bool operator==(const VpnTunnel &, const VpnTunnel &) = default;
};

MAILPATH_DECLARE_JSON(VpnTunnel);

struct VpnConnection
{
    static constexpr ResourceKind kind = ResourceKind::VpnConnection;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string vpnGatewayId;
    std::string transitGatewayId;
    std::string customerGatewayId;
    bool staticRoutesOnly = true;
    std::vector<Cidr> routes; //!< static routes (or prefixes learned by BGP)
    std::string state = "available";
    std::vector<VpnTunnel> tunnels; //!< empty: no telemetry, assumed up

    /** Tunnels the telemetry reports DOWN. */
    size_t tunnelsDown() const;

    friend bool operator==(const VpnConnection &, const VpnConnection &) = default;
};

MAILPATH_DECLARE_JSON(VpnConnection);

} // namespace mailpath::core
