#include "customergateway.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(CustomerGateway, id, name, tags, ipAddress, bgpAsn)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    // Drawn in the on-premises network whose VPN connections end at it.
    for (const auto &[netId, net] : design.all<OnPremNetwork>())
        for (const auto &vpnId : net.vpnConnectionIds)
            if (const auto *vpn = design.find<VpnConnection>(vpnId);
                vpn && vpn->customerGatewayId == id)
                return {netId};
    return {};
}

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<CustomerGateway>(id);
    return s->ipAddress ? s->ipAddress->to_string() : std::string();
}

} // namespace

constinit const KindTraits CustomerGateway::traits = {
    .kind = CustomerGateway::kind,
    .name = "customer-gateway",
    .idPrefix = "cgw",
    .title = "Customer gateway",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
