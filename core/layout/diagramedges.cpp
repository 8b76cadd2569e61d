#include "diagramedges.h"

#include "autolayout.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>
#include <unordered_map>

namespace mailpath::core {

namespace {

constexpr size_t maxLabelParts = 3;

/** Collects edges merged by (from, to, kind), keeping first-seen order. */
class EdgeCollector
{
public:
    void add(std::string from, std::string to, EdgeKind kind, const std::string &label,
             const std::string &modelId, bool undirected = false)
    {
        if (from.empty() || to.empty() || from == to)
            return;
        if (undirected && to < from)
            std::swap(from, to);
        const auto key = std::make_tuple(from, to, kind);
        auto [it, inserted] = m_index.try_emplace(key, m_edges.size());
        if (inserted)
            m_edges.push_back({from, to, kind, {}, {}});
        auto &edge = m_edges[it->second];
        if (!label.empty())
            addPart(it->second, label);
        if (!modelId.empty()
            && std::find(edge.modelIds.begin(), edge.modelIds.end(), modelId) == edge.modelIds.end())
            edge.modelIds.push_back(modelId);
    }

    std::vector<DiagramEdge> take()
    {
        for (size_t i = 0; i < m_edges.size(); ++i) {
            const auto &parts = m_parts[i];
            std::string label;
            for (size_t p = 0; p < parts.size() && p < maxLabelParts; ++p)
                label += (p ? ", " : "") + parts[p];
            if (parts.size() > maxLabelParts)
                label += ", +" + std::to_string(parts.size() - maxLabelParts);
            m_edges[i].label = label;
        }
        return std::move(m_edges);
    }

private:
    void addPart(size_t edge, const std::string &part)
    {
        auto &parts = m_parts[edge];
        if (std::find(parts.begin(), parts.end(), part) == parts.end())
            parts.push_back(part);
    }

    std::vector<DiagramEdge> m_edges;
    std::map<std::tuple<std::string, std::string, EdgeKind>, size_t> m_index;
    std::unordered_map<size_t, std::vector<std::string>> m_parts;
};

std::unordered_map<std::string, std::string> routeTableIndex(const Design &design)
{
    std::unordered_map<std::string, std::string> mainOfVpc;
    std::unordered_map<std::string, std::string> bySubnet;
    for (const auto &[id, rt] : design.all<RouteTable>()) {
        if (rt.main)
            mainOfVpc.try_emplace(rt.vpcId, id);
        for (const auto &subnet : rt.subnetIds)
            bySubnet.try_emplace(subnet, id);
    }
    for (const auto &[id, subnet] : design.all<Subnet>())
        if (!bySubnet.count(id))
            if (const auto it = mainOfVpc.find(subnet.vpcId); it != mainOfVpc.end())
                bySubnet.emplace(id, it->second);
    return bySubnet;
}

std::string routeTargetNode(const Design &design, const Subnet &subnet, const Route &route)
{
    if (route.target == RouteTarget::Local || route.blackhole || route.targetId.empty())
        return {};
    if (const auto *pcx = design.find<PeeringConnection>(route.targetId)) {
        const auto &peer = pcx->requesterVpcId == subnet.vpcId ? pcx->accepterVpcId
                                                                : pcx->requesterVpcId;
        return design.contains(peer) ? peer : std::string();
    }
    if (const auto *fw = firewallOfEndpoint(design, route.targetId))
        return fw->id; // a firewall endpoint: the edge goes to its firewall
    return diagramNodeFor(design, route.targetId);
}

void addRouteEdges(const Design &design, EdgeCollector &edges)
{
    const auto rtOf = routeTableIndex(design);
    std::vector<const Subnet *> subnets;
    for (const auto &[id, subnet] : design.all<Subnet>())
        subnets.push_back(&subnet);
    std::sort(subnets.begin(), subnets.end(),
              [](const Subnet *a, const Subnet *b) { return a->id < b->id; });
    for (const auto *subnet : subnets) {
        const auto it = rtOf.find(subnet->id);
        if (it == rtOf.end())
            continue;
        for (const auto &route : design.find<RouteTable>(it->second)->routes) {
            const auto target = routeTargetNode(design, *subnet, route);
            const auto label = route.destination ? route.destination->toString()
                                                 : route.destinationPrefixListId;
            edges.add(subnet->id, target, EdgeKind::Route, label, it->second);
        }
    }
}

/** Edge (ingress) route tables: arrows from the gateway to the endpoints it steers to (R1.9). */
void addGatewayRouteEdges(const Design &design, EdgeCollector &edges)
{
    std::map<std::string, const RouteTable *> tables;
    for (const auto &[id, rt] : design.all<RouteTable>())
        if (!rt.gatewayIds.empty())
            tables.emplace(id, &rt);
    for (const auto &[id, rt] : tables)
        for (const auto &gateway : rt->gatewayIds) {
            const auto *igw = design.find<InternetGateway>(gateway);
            if (!igw || !isDiagramNode(design, gateway))
                continue;
            for (const auto &route : rt->routes) {
                if (route.target == RouteTarget::Local || route.blackhole || !route.destination)
                    continue;
                const auto *fw = firewallOfEndpoint(design, route.targetId);
                const std::string target = fw ? fw->id : diagramNodeFor(design, route.targetId);
                edges.add(gateway, target, EdgeKind::Route, route.destination->toString(), id);
            }
        }
}

void addTgwEdges(const Design &design, EdgeCollector &edges)
{
    std::vector<const TgwAttachment *> attachments;
    for (const auto &[id, att] : design.all<TgwAttachment>())
        attachments.push_back(&att);
    std::sort(attachments.begin(), attachments.end(),
              [](auto *a, auto *b) { return a->id < b->id; });
    for (const auto *att : attachments) {
        if (!design.contains(att->transitGatewayId))
            continue;
        std::string other;
        if (att->resourceType == "vpn") {
            if (const auto *vpn = design.find<VpnConnection>(att->resourceId))
                other = vpn->customerGatewayId;
        } else {
            other = att->resourceId;
        }
        if (!isDiagramNode(design, other))
            continue;
        const bool peering = att->resourceType == "peering";
        edges.add(att->transitGatewayId, other, EdgeKind::TgwAttachment, att->resourceType,
                  att->id, peering);
    }
}

void addPeeringAndVpnEdges(const Design &design, EdgeCollector &edges)
{
    std::map<std::string, const PeeringConnection *> peerings;
    for (const auto &[id, pcx] : design.all<PeeringConnection>())
        peerings.emplace(id, &pcx);
    for (const auto &[id, pcx] : peerings)
        if (design.contains(pcx->requesterVpcId) && design.contains(pcx->accepterVpcId))
            edges.add(pcx->requesterVpcId, pcx->accepterVpcId, EdgeKind::Peering, "peering", id);
    std::map<std::string, const VpnConnection *> vpns;
    for (const auto &[id, vpn] : design.all<VpnConnection>())
        vpns.emplace(id, &vpn);
    for (const auto &[id, vpn] : vpns) {
        if (!isDiagramNode(design, vpn->customerGatewayId))
            continue;
        if (design.contains(vpn->vpnGatewayId))
            edges.add(vpn->vpnGatewayId, vpn->customerGatewayId, EdgeKind::Vpn, "VPN", id);
    }
}

// Direct Connect: VGW <-> DX gateway (its associations; TGWs come as attachments) <-> VIF.
void addDxEdges(const Design &design, EdgeCollector &edges)
{
    std::map<std::string, const DirectConnectGateway *> gateways;
    for (const auto &[id, gw] : design.all<DirectConnectGateway>())
        gateways.emplace(id, &gw);
    for (const auto &[id, gw] : gateways)
        for (const auto &assoc : gw->associations)
            if (!assoc.isTransit() && isDiagramNode(design, assoc.gatewayId))
                edges.add(assoc.gatewayId, id, EdgeKind::Vpn, "DX association", assoc.id);
    std::map<std::string, const VirtualInterface *> vifs;
    for (const auto &[id, vif] : design.all<VirtualInterface>())
        vifs.emplace(id, &vif);
    for (const auto &[id, vif] : vifs) {
        const std::string &to = vif->directConnectGatewayId.empty() ? vif->virtualGatewayId
                                                                   : vif->directConnectGatewayId;
        if (isDiagramNode(design, to))
            edges.add(to, id, EdgeKind::Vpn, "VLAN " + std::to_string(vif->vlan), id);
    }
}

std::string targetNode(const Design &design, const Target &target,
                       std::unordered_map<std::string, std::string> &byIp)
{
    if (design.contains(target.id))
        return diagramNodeFor(design, target.id);
    if (byIp.empty())
        for (const auto &[id, eni] : design.all<Eni>())
            for (const auto &ip : eni.privateIps)
                byIp.emplace(ip.to_string(), id);
    if (const auto it = byIp.find(target.id); it != byIp.end())
        return diagramNodeFor(design, it->second);
    // An IP target outside the VPC: the SMTP server or on-premises network that holds it.
    const auto ip = parseIpv4(target.id);
    if (!ip)
        return {};
    for (const auto &[id, smtp] : design.all<SmtpServer>())
        if (smtp.address == *ip)
            return diagramNodeFor(design, id);
    for (const auto &[id, net] : design.all<OnPremNetwork>())
        for (const auto &cidr : net.cidrs)
            if (cidr.contains(*ip))
                return diagramNodeFor(design, id);
    return {};
}

// A Classic Load Balancer registers instances directly; the label is the backend port.
void addClassicEdges(const Design &design, EdgeCollector &edges,
                     std::unordered_map<std::string, std::string> &byIp)
{
    std::map<std::string, const LoadBalancer *> classic;
    for (const auto &[id, lb] : design.all<LoadBalancer>())
        if (lb.isClassic())
            classic.emplace(id, &lb);
    for (const auto &[id, lb] : classic) {
        const auto *first = lb->listeners.empty() ? nullptr : &lb->listeners.front();
        const std::string label = first ? (first->instanceProtocol.empty() ? first->protocol
                                                                           : first->instanceProtocol)
                                              + " " + std::to_string(first->backendPort())
                                        : std::string("instance");
        for (const auto &target : lb->instances)
            edges.add(id, targetNode(design, target, byIp), EdgeKind::Target, label, id);
    }
}

void addTargetEdges(const Design &design, EdgeCollector &edges)
{
    std::unordered_map<std::string, std::string> byIp;
    addClassicEdges(design, edges, byIp);
    std::map<std::string, const TargetGroup *> groups;
    for (const auto &[id, tg] : design.all<TargetGroup>())
        groups.emplace(id, &tg);
    for (const auto &[id, tg] : groups) {
        std::vector<std::string> lbs = tg->loadBalancerIds;
        for (const auto &[lbId, lb] : design.all<LoadBalancer>())
            for (const auto &listener : lb.listeners)
                if (listener.targetGroupId == id)
                    lbs.push_back(lbId);
        std::sort(lbs.begin(), lbs.end());
        lbs.erase(std::unique(lbs.begin(), lbs.end()), lbs.end());
        for (const auto &lb : lbs) {
            if (!design.contains(lb))
                continue;
            for (const auto &target : tg->targets) {
                const auto port = target.port ? target.port : tg->port;
                edges.add(lb, targetNode(design, target, byIp), EdgeKind::Target,
                          tg->protocol + " " + std::to_string(port), id);
            }
        }
    }
}

} // namespace

std::string_view toString(EdgeKind kind)
{
    switch (kind) {
    case EdgeKind::Route: return "route";
    case EdgeKind::TgwAttachment: return "tgw-attachment";
    case EdgeKind::Peering: return "peering";
    case EdgeKind::Vpn: return "vpn";
    case EdgeKind::Target: return "target";
    }
    return "route";
}

std::vector<DiagramEdge> diagramEdges(const Design &design)
{
    EdgeCollector edges;
    addRouteEdges(design, edges);
    addGatewayRouteEdges(design, edges);
    addTgwEdges(design, edges);
    addPeeringAndVpnEdges(design, edges);
    addDxEdges(design, edges);
    addTargetEdges(design, edges);
    return edges.take();
}

} // namespace mailpath::core
