// Ingress routing (R1.9, R1.10, R16.7): traffic that enters a VPC through its internet gateway,
// after the 1:1 NAT, follows the route table associated with the gateway (edge association).
// It may send a subnet's traffic to a GWLB or firewall endpoint first; the reply must come
// back through the same endpoint, or stateful inspection never sees it (R1.9, R15.4).

#include "walker.h"

#include "text.h"
#include "walksteps.h"

namespace mailpath::core {

namespace {

/** The endpoint an edge route should send the reply to: the one the request passed. */
std::string endpointFor(const Design &design, const Binding &b, std::string_view vpcId,
                        std::string_view az)
{
    if (design.find<NetworkFirewall>(b.resource))
        return std::string(b.via);
    std::string any;
    for (const auto &[id, ep] : design.all<VpcEndpoint>()) {
        if (ep.loadBalancerId != b.resource || ep.vpcId != vpcId || ep.subnetIds.empty())
            continue;
        const auto *subnet = design.find<Subnet>(ep.subnetIds.front());
        if (subnet && subnet->availabilityZone == az)
            return id;
        if (any.empty())
            any = id;
    }
    return any.empty() ? std::string(b.resource) : any;
}

bool inspectsEdgeTarget(const WalkStep *step, const Route &route)
{
    return step && route.target == RouteTarget::VpcEndpoint && step->claims;
}

} // namespace

bool Walker::enterThroughIgw(const VpcInfo &vpc)
{
    const auto *rt = vpc.igwEdgeTable;
    if (rt)
        DependencyRecorder::note(rt->id); // LiveMatrix re-walks on an edit of its routes
    const auto table = rt ? m_net.routeTables.find(rt->id) : m_net.routeTables.end();
    Cidr matched;
    const RouteChoice *choice = table == m_net.routeTables.end()
                                    ? nullptr
                                    : table->second.lookup(m_pkt.dst, &matched);
    const Route *route = choice ? choice->route : nullptr;
    const WalkStep *step = route && route->target != RouteTarget::Local
                               ? stepForRoute(route->target, m_net.design, route->targetId)
                               : nullptr;
    if (m_dir == Direction::Return && !(route && inspectsEdgeTarget(step, *route))) {
        // The request passed inspection on its way out: the reply must pass it too.
        for (const auto &b : m_bindings) {
            if (b.type != Binding::Inspection || b.insideIp != m_pkt.dst)
                continue;
            const auto *owner = m_net.ownerInVpc(vpc.vpc->id, m_pkt.dst);
            const std::string az = owner && owner->subnet ? owner->subnet->availabilityZone : "";
            const std::string endpoint = endpointFor(m_net.design, b, vpc.vpc->id, az);
            const std::string cidr = peerCidrText(m_pkt.dst, false);
            const std::string passed = std::string(b.resource) + " (" + std::string(b.via) + ")";
            if (!rt)
                return block(ReasonCode::AsymmetricReturn, vpc.igw->id,
                             ResourceKind::InternetGateway,
                             {texts::replyBypassNoEdge,
                              {passed, vpc.igw->id, ipv4Text(m_pkt.dst)}},
                             {texts::edgeAssociateFix, {vpc.igw->id, cidr, endpoint}});
            return block(ReasonCode::AsymmetricReturn, rt->id, ResourceKind::RouteTable,
                         {texts::replyBypassEdge,
                          {passed, vpc.igw->id, rt->id, ipv4Text(m_pkt.dst)}},
                         {texts::edgeRouteFix, {cidr, endpoint, rt->id}});
        }
    }
    if (m_dir == Direction::Forward) {
        Binding entry{Binding::IgwEntry, vpc.igw->id, m_pkt.src, m_pkt.srcPorts, m_pkt.dst,
                      m_pkt.dstPorts};
        m_bindings.push_back(entry);
    }
    if (!route || route->target == RouteTarget::Local)
        return deliverLocal(vpc, nullptr);
    if (route->blackhole)
        return block(ReasonCode::RouteBlackhole, rt->id, ResourceKind::RouteTable,
                     {texts::routeBlackhole, {matched.toString() + " -> " + route->targetId,
                                              rt->id}},
                     {texts::routeBlackholeFix, {matched.toString()}});
    const bool allowed = route->target == RouteTarget::NetworkInterface
                         || route->target == RouteTarget::Instance
                         || inspectsEdgeTarget(step, *route);
    if (!step || !allowed)
        return block(ReasonCode::RouteBlackhole, rt->id, ResourceKind::RouteTable,
                     {texts::edgeTargetNotAllowed,
                      {rt->id, matched.toString(), route->targetId}},
                     {texts::edgeTargetNotAllowedFix, {matched.toString(), rt->id}});
    if (m_record)
        hop(rt->id, ResourceKind::RouteTable, HopAction::Forward,
            concat(matched.toString(), " -> ", route->targetId),
            Message(texts::hopEdgeTable, {vpc.igw->id}))
            .appliesTo = vpc.igw->id;
    else
        hop(rt->id, ResourceKind::RouteTable, HopAction::Forward);
    SubnetInfo edge; // the gateway is no subnet: only its table and VPC
    edge.vpc = vpc.vpc;
    edge.routeTable = rt;
    return step->viaRoute(*this, edge, *route, Origin::Internet);
}

bool Walker::checkReplyInspected(const SubnetInfo &from)
{
    for (const auto &b : m_bindings) {
        if (b.type != Binding::Inspection || b.replied || b.outsideIp != m_pkt.src)
            continue;
        const std::string table = from.routeTable ? from.routeTable->id : from.subnet->id;
        const auto *owner = m_net.ownerInVpc(from.subnet->vpcId, m_pkt.src);
        const std::string az = owner && owner->subnet ? owner->subnet->availabilityZone : "";
        const std::string endpoint = endpointFor(m_net.design, b, from.subnet->vpcId, az);
        const std::string passed = std::string(b.resource) + " (" + std::string(b.via) + ")";
        return block(ReasonCode::AsymmetricReturn, table, ResourceKind::RouteTable,
                     {texts::replyBypassToIgw, {passed, table}},
                     {texts::asymmetricRouteTableFix, {table, endpoint}});
    }
    return true;
}

} // namespace mailpath::core
