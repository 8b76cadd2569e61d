#include "derivededges.h"

#include <algorithm>
#include <set>

namespace mailpath::app {

using namespace core;

std::vector<std::string> subnetsUsing(const Design &design, const RouteTable &table)
{
    std::vector<std::string> result = table.subnetIds;
    if (!table.main)
        return result;
    std::set<std::string> explicitly;
    for (const auto &[id, rt] : design.all<RouteTable>())
        explicitly.insert(rt.subnetIds.begin(), rt.subnetIds.end());
    for (const auto &[id, subnet] : design.all<Subnet>())
        if (subnet.vpcId == table.vpcId && !explicitly.count(id))
            result.push_back(id);
    return result;
}

namespace {

void addRouteEdges(const Design &design, std::vector<DerivedEdge> &edges)
{
    for (const auto &[id, rt] : design.all<RouteTable>()) {
        const auto subnets = subnetsUsing(design, rt);
        for (const auto &route : rt.routes) {
            if (route.target == RouteTarget::Local || route.targetId.empty())
                continue;
            const QString label = route.destination
                                      ? QString::fromStdString(route.destination->toString())
                                      : QString::fromStdString(route.destinationPrefixListId);
            for (const auto &subnet : subnets)
                edges.push_back({subnet, route.targetId, EdgeItem::Style::Route, label});
        }
    }
}

/** The resource that owns an address: an ENI (or its instance), an SMTP server... */
std::string ownerOfAddress(const Design &design, const std::string &text)
{
    const auto ip = parseIpv4(text);
    if (!ip)
        return text; // an instance id
    for (const auto &[id, eni] : design.all<Eni>())
        if (std::find(eni.privateIps.begin(), eni.privateIps.end(), *ip) != eni.privateIps.end())
            return eni.instanceId.empty() ? id : eni.instanceId;
    for (const auto &[id, smtp] : design.all<SmtpServer>())
        if (smtp.address == *ip)
            return id;
    for (const auto &[id, net] : design.all<OnPremNetwork>())
        for (const auto &cidr : net.cidrs)
            if (cidr.contains(*ip))
                return id;
    return {};
}

void addServiceEdges(const Design &design, std::vector<DerivedEdge> &edges)
{
    for (const auto &[id, att] : design.all<TgwAttachment>()) {
        if (att.resourceId.empty() || att.transitGatewayId.empty())
            continue;
        edges.push_back({att.resourceId, att.transitGatewayId, EdgeItem::Style::Attachment,
                         QString::fromStdString(att.resourceType + " attachment")});
    }
    for (const auto &[id, pcx] : design.all<PeeringConnection>()) {
        edges.push_back({pcx.requesterVpcId, id, EdgeItem::Style::Peering, {}});
        edges.push_back({id, pcx.accepterVpcId, EdgeItem::Style::Peering, {}});
    }
    for (const auto &[id, lb] : design.all<LoadBalancer>()) {
        for (const auto &listener : lb.listeners) {
            const auto *tg = design.find<TargetGroup>(listener.targetGroupId);
            if (!tg)
                continue;
            for (const auto &target : tg->targets) {
                const std::string owner = ownerOfAddress(design, target.id);
                const uint16_t port = target.port ? target.port : tg->port;
                if (!owner.empty())
                    edges.push_back({id, owner, EdgeItem::Style::Target,
                                     QStringLiteral(":%1").arg(port)});
            }
        }
    }
    for (const auto &[id, vpn] : design.all<VpnConnection>()) {
        const std::string gateway = vpn.vpnGatewayId.empty() ? vpn.transitGatewayId
                                                             : vpn.vpnGatewayId;
        if (!gateway.empty() && !vpn.customerGatewayId.empty())
            edges.push_back({gateway, vpn.customerGatewayId, EdgeItem::Style::Vpn,
                             QStringLiteral("VPN")});
    }
    for (const auto &[id, net] : design.all<OnPremNetwork>())
        for (const auto &vpnId : net.vpnConnectionIds)
            if (const auto *vpn = design.find<VpnConnection>(vpnId))
                edges.push_back({vpn->customerGatewayId, id, EdgeItem::Style::Vpn, {}});
}

} // namespace

std::vector<DerivedEdge> deriveEdges(const Design &design)
{
    std::vector<DerivedEdge> edges;
    addRouteEdges(design, edges);
    addServiceEdges(design, edges);
    return edges;
}

} // namespace mailpath::app
