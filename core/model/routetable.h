#pragma once

#include "jsonmacros.h"
#include "resource.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

enum class RouteTarget { Local, InternetGateway, NatGateway, TransitGateway, Peering, NetworkInterface,
                         Instance, VpnGateway, VpcEndpoint, EgressOnlyGateway, Other };
NLOHMANN_JSON_SERIALIZE_ENUM(RouteTarget, {{RouteTarget::Other, "other"},
                                           {RouteTarget::Local, "local"},
                                           {RouteTarget::InternetGateway, "igw"},
                                           {RouteTarget::NatGateway, "nat"},
                                           {RouteTarget::TransitGateway, "tgw"},
                                           {RouteTarget::Peering, "pcx"},
                                           {RouteTarget::NetworkInterface, "eni"},
                                           {RouteTarget::Instance, "instance"},
                                           {RouteTarget::VpnGateway, "vgw"},
                                           {RouteTarget::VpcEndpoint, "vpce"},
                                           {RouteTarget::EgressOnlyGateway, "eigw"}})

enum class RouteOrigin { Static, Propagated };
NLOHMANN_JSON_SERIALIZE_ENUM(RouteOrigin, {{RouteOrigin::Static, "static"},
                                           {RouteOrigin::Propagated, "propagated"}})

struct Route
{
    std::optional<Cidr> destination;
    std::string destinationPrefixListId;
    RouteTarget target = RouteTarget::Local;
    std::string targetId;
    bool blackhole = false;
    RouteOrigin origin = RouteOrigin::Static;

    friend bool operator==(const Route &, const Route &) = default;
};
MAILPATH_DECLARE_JSON(Route);
std::string_view toString(RouteTarget target);

struct RouteTable
{
    static constexpr ResourceKind kind = ResourceKind::RouteTable;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string vpcId;
    bool main = false;
    std::vector<std::string> subnetIds;  //!< explicit associations
    std::vector<std::string> gatewayIds; //!< edge associations (igw-, vgw-)
    std::vector<Route> routes;
    std::vector<std::string> propagatingVgwIds;

    friend bool operator==(const RouteTable &, const RouteTable &) = default;
};

MAILPATH_DECLARE_JSON(RouteTable);

} // namespace mailpath::core
