// Site-to-Site VPN in an AWS snapshot: virtual private gateways, VPN connections and
// customer gateways.

#include "awscontext.h"

#include <algorithm>

namespace mailpath::core::aws {

namespace vgwKey {
constexpr std::string_view id = "VpnGatewayId";
constexpr std::string_view attachments = "VpcAttachments";
constexpr std::string_view asn = "AmazonSideAsn";
} // namespace vgwKey

namespace vpnKey {
constexpr std::string_view id = "VpnConnectionId";
constexpr std::string_view vgwId = "VpnGatewayId";
constexpr std::string_view tgwId = "TransitGatewayId";
constexpr std::string_view cgwId = "CustomerGatewayId";
constexpr std::string_view options = "Options";
constexpr std::string_view staticOnly = "StaticRoutesOnly";
constexpr std::string_view routes = "Routes";
constexpr std::string_view destination = "DestinationCidrBlock";
constexpr std::string_view telemetry = "VgwTelemetry";
constexpr std::string_view outsideIp = "OutsideIpAddress";
constexpr std::string_view status = "Status";
constexpr std::string_view statusMessage = "StatusMessage";
constexpr std::string_view lastChange = "LastStatusChange";
} // namespace vpnKey

namespace cgwKey {
constexpr std::string_view id = "CustomerGatewayId";
constexpr std::string_view ipAddress = "IpAddress";
constexpr std::string_view asn = "BgpAsn";
} // namespace cgwKey

namespace {

void readVpnConnection(const Json &item, const std::string &id, ImportContext &context)
{
    VpnConnection vpn;
    vpn.id = id;
    vpn.tags = tags(item);
    vpn.name = nameTag(vpn.tags);
    vpn.vpnGatewayId = text(item, vpnKey::vgwId);
    vpn.transitGatewayId = text(item, vpnKey::tgwId);
    vpn.customerGatewayId = text(item, vpnKey::cgwId);
    // AWS's default is dynamic (BGP) routing.
    const Json *options = child(item, vpnKey::options);
    vpn.staticRoutesOnly = options && flag(*options, vpnKey::staticOnly);
    forEachObject(item, vpnKey::routes, [&](const Json &route) {
        if (text(route, key::state) == "deleted")
            return;
        if (auto block = cidr(route, vpnKey::destination))
            vpn.routes.push_back(*block);
    });
    if (auto state = text(item, key::state); !state.empty())
        vpn.state = state;
    forEachObject(item, vpnKey::telemetry, [&](const Json &tunnel) {
        VpnTunnel t;
        t.outsideIp = text(tunnel, vpnKey::outsideIp);
        t.status = text(tunnel, vpnKey::status);
        t.statusMessage = text(tunnel, vpnKey::statusMessage);
        t.lastStatusChange = text(tunnel, vpnKey::lastChange);
        vpn.tunnels.push_back(std::move(t));
    });
    context.add(std::move(vpn));
}

// A BGP VPN's learned prefixes are not in describe-vpn-connections; the routes the VGW
// propagated into the VPC's route tables are the same prefixes.
std::vector<Cidr> learnedPrefixes(const Design &design, const std::string &vgwId)
{
    std::vector<Cidr> result;
    for (const auto &[id, table] : design.all<RouteTable>()) {
        for (const auto &route : table.routes) {
            if (route.origin != RouteOrigin::Propagated || route.targetId != vgwId
                || !route.destination)
                continue;
            if (std::find(result.begin(), result.end(), *route.destination) == result.end())
                result.push_back(*route.destination);
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace

void readVpnGateways(const Json &array, ImportContext &context)
{
    forEachResource(array, "VpnGateways", vgwKey::id,
                    [&](const Json &item, const std::string &id) {
        VpnGateway vgw;
        vgw.id = id;
        vgw.tags = tags(item);
        vgw.name = nameTag(vgw.tags);
        forEachObject(item, vgwKey::attachments, [&](const Json &attachment) {
            if (text(attachment, key::state) == "attached")
                vgw.vpcIds.push_back(requiredText(attachment, key::vpcId));
        });
        if (auto asn = integer(item, vgwKey::asn))
            vgw.asn = *asn;
        if (auto state = text(item, key::state); !state.empty())
            vgw.state = state;
        context.add(std::move(vgw));
    });
}

void readVpnConnections(const Json &array, ImportContext &context)
{
    forEachResource(array, "VpnConnections", vpnKey::id,
                    [&](const Json &item, const std::string &id) {
                        readVpnConnection(item, id, context);
                    });
}

void readCustomerGateways(const Json &array, ImportContext &context)
{
    forEachResource(array, "CustomerGateways", cgwKey::id,
                    [&](const Json &item, const std::string &id) {
                        CustomerGateway cgw;
                        cgw.id = id;
                        cgw.tags = tags(item);
                        cgw.name = nameTag(cgw.tags);
                        cgw.ipAddress = ipv4(item, cgwKey::ipAddress);
                        if (auto asn = integer(item, cgwKey::asn))
                            cgw.bgpAsn = *asn;
                        context.add(std::move(cgw));
                    });
}

void linkVpn(ImportContext &context)
{
    std::vector<std::pair<std::string, std::vector<Cidr>>> learned;
    for (const auto &[id, vpn] : context.design.all<VpnConnection>()) {
        if (vpn.staticRoutesOnly || !vpn.routes.empty() || vpn.vpnGatewayId.empty())
            continue;
        auto prefixes = learnedPrefixes(context.design, vpn.vpnGatewayId);
        if (prefixes.empty())
            continue;
        context.info(id, "BGP prefixes taken from the routes " + vpn.vpnGatewayId
                             + " propagated into route tables");
        learned.emplace_back(id, std::move(prefixes));
    }
    for (auto &[id, prefixes] : learned)
        context.design.update<VpnConnection>(id,
                                             [&p = prefixes](VpnConnection &v) { v.routes = p; });
}

} // namespace mailpath::core::aws
