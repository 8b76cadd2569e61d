#include "routetable.h"

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

} // namespace mailpath::core
