#include "routetable.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Route, destination, destinationPrefixListId, target, targetId, blackhole, origin)

std::string_view toString(RouteTarget target)
{
    switch (target) {
    case RouteTarget::Local: return "local";
    case RouteTarget::InternetGateway: return "igw";
    case RouteTarget::NatGateway: return "nat";
    case RouteTarget::TransitGateway: return "tgw";
    case RouteTarget::Peering: return "pcx";
    case RouteTarget::NetworkInterface: return "eni";
    case RouteTarget::Instance: return "instance";
    case RouteTarget::VpnGateway: return "vgw";
    case RouteTarget::VpcEndpoint: return "vpce";
    case RouteTarget::EgressOnlyGateway: return "eigw";
    case RouteTarget::Other: return "other";
    }
    return "other";
}

MAILPATH_DEFINE_JSON(RouteTable, id, name, tags, vpcId, main, subnetIds, gatewayIds, routes, propagatingVgwIds)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<RouteTable>(id);
    return {s->vpcId};
}

} // namespace

constinit const KindTraits RouteTable::traits = {
    .kind = RouteTable::kind,
    .name = "route-table",
    .idPrefix = "rtb",
    .title = "Route table",
    .diagram = DiagramRole::Hidden,
    .containers = containersOf,
};

} // namespace mailpath::core
