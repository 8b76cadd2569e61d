#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace mailpath::core {

/** Every resource kind of the model. The names are the CLI's and the hop's `kind` words. */
enum class ResourceKind {
    Vpc,
    Subnet,
    RouteTable,
    SecurityGroup,
    NetworkAcl,
    NetworkInterface,
    Instance,
    NatGateway,
    InternetGateway,
    TransitGateway,
    TgwAttachment,
    TgwRouteTable,
    PeeringConnection,
    VpcEndpoint,
    LoadBalancer,
    TargetGroup,
    VpnGateway,
    VpnConnection,
    CustomerGateway,
    SesEndpoint,
    OnPremNetwork,
    Firewall,
    SmtpServer,
    InternetHost,
    PrefixList, //!< referenced by routes and rules; not a node of the diagram
};

inline constexpr int resourceKindCount = int(ResourceKind::PrefixList) + 1;

std::string_view kindName(ResourceKind kind);
std::optional<ResourceKind> kindFromName(std::string_view name);
/** The id prefix used for objects drawn in the designer ("vpc", "subnet", ...). */
std::string_view idPrefix(ResourceKind kind);

} // namespace mailpath::core
