#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

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
    NetworkFirewall, //!< AWS Network Firewall (not the customer's on-premises Firewall)
    PrefixList, //!< referenced by routes and rules; not a node of the diagram
    HostedZone, //!< Route 53 records the SES checks read; not a node of the diagram
    DirectConnectGateway,
    VirtualInterface, //!< a Direct Connect private or transit virtual interface
};

inline constexpr int resourceKindCount = int(ResourceKind::VirtualInterface) + 1;

std::string_view kindName(ResourceKind kind);
std::optional<ResourceKind> kindFromName(std::string_view name);
/** The id prefix used for objects drawn in the designer ("vpc", "subnet", ...). */
std::string_view idPrefix(ResourceKind kind);

class Design;
enum class RouteTarget;

/** How the diagram shows a kind. */
enum class DiagramRole {
    Hidden,    //!< not a node of its own (route table, target group, prefix list...)
    Node,      //!< an icon node
    Container, //!< a box holding other nodes (VPC, subnet, on-premises network)
};

/**
 * What one resource kind means, in one entry: every resource class defines its own as
 * `static const KindTraits traits` next to its JSON mapping. Code that works across kinds
 * reads this entry instead of switching on ResourceKind.
 * \see kindTraits(), containerOf(), routeTargetOf()
 */
struct KindTraits
{
    ResourceKind kind;
    std::string_view name;     //!< the CLI's and the hop's kind word
    std::string_view idPrefix; //!< of ids made in the designer ("nat" -> "nat-0a1b2c3d")
    std::string_view title;    //!< what the diagram legend calls it
    DiagramRole diagram = DiagramRole::Node;
    /** Ids that may hold a resource of this kind, most specific first; nullptr: none. */
    std::vector<std::string> (*containers)(const Design &, std::string_view id) = nullptr;
    /** What a route to a resource of this kind means; empty: it is no route target. */
    std::optional<RouteTarget> routeTarget = std::nullopt;
    /** For kinds that are route targets only in some forms (gateway VPC endpoints). */
    bool (*routable)(const Design &, std::string_view id) = nullptr;
    /** The node's address line on the diagram; nullptr: the id. */
    std::string (*subtitle)(const Design &, std::string_view id) = nullptr;
    /** Placed in the subnets it is dropped on, though drawn in its VPC (load balancers). */
    bool placedInSubnets = false;
    /**
     * False when nothing drawn depends on a resource of this kind (it is all rules): the
     * canvas keeps its drawing when one is added, changed or removed.
     */
    bool drawn = true;
};

/** The traits entry of a kind (one per ResourceKind, in enum order). */
const KindTraits &kindTraits(ResourceKind kind);

} // namespace mailpath::core
