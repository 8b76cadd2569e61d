#include "vpngateway.h"

#include "design.h"
#include "routetable.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(VpnGateway, id, name, tags, vpcIds, asn, state)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<VpnGateway>(id);
    return s->vpcIds;
}

} // namespace

constinit const KindTraits VpnGateway::traits = {
    .kind = VpnGateway::kind,
    .name = "vpn-gateway",
    .idPrefix = "vgw",
    .title = "VPN gateway",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .routeTarget = RouteTarget::VpnGateway,
};

} // namespace mailpath::core
