#include "tracemapper.h"

#include "core/model/kindtraits.h"
#include "diagramedges.h"

#include <algorithm>

namespace mailpath::core {

namespace {

using IsDrawn = std::function<bool(const std::string &)>;

/** The drawn key for a resource without looking at neighbours; "" when it needs context. */
std::string directAnchor(const Design &design, const std::string &id, const IsDrawn &drawn)
{
    if (drawn(id))
        return id;
    switch (design.kindOf(id).value_or(ResourceKind::PrefixList)) {
    case ResourceKind::NetworkInterface: {
        const auto *eni = design.find<Eni>(id);
        for (const auto &candidate : {eni->instanceId, eni->ownerId, eni->subnetId})
            if (!candidate.empty() && drawn(candidate))
                return candidate;
        // An ENI owned by a load balancer or endpoint node: find the owner by address.
        for (const auto &[lbId, lb] : design.all<LoadBalancer>())
            for (const auto &node : lb.nodes)
                if (node.eniId == id && drawn(lbId))
                    return lbId;
        return {};
    }
    case ResourceKind::TgwAttachment: {
        const auto *att = design.find<TgwAttachment>(id);
        return drawn(att->transitGatewayId) ? att->transitGatewayId : std::string();
    }
    case ResourceKind::TgwRouteTable: {
        const auto &tgw = design.find<TgwRouteTable>(id)->transitGatewayId;
        return drawn(tgw) ? tgw : std::string();
    }
    case ResourceKind::TargetGroup: {
        for (const auto &lb : design.find<TargetGroup>(id)->loadBalancerIds)
            if (drawn(lb))
                return lb;
        return {};
    }
    case ResourceKind::VpnConnection: {
        const auto *vpn = design.find<VpnConnection>(id);
        for (const auto &candidate : {vpn->vpnGatewayId, vpn->transitGatewayId, vpn->customerGatewayId})
            if (!candidate.empty() && drawn(candidate))
                return candidate;
        return {};
    }
    case ResourceKind::SmtpServer: {
        const auto &host = design.find<SmtpServer>(id)->hostId;
        return drawn(host) ? host : std::string();
    }
    case ResourceKind::Firewall: {
        const auto &net = design.find<Firewall>(id)->onPremNetworkId;
        return drawn(net) ? net : std::string();
    }
    default: return {};
    }
}

/** Candidate subnets of a subnet-level resource (ACL, route table). */
std::vector<std::string> subnetsOf(const Design &design, const std::string &id)
{
    if (const auto *rt = design.find<RouteTable>(id))
        return subnetsUsing(design, *rt);
    if (const auto *acl = design.find<NetworkAcl>(id))
        return subnetsUsing(design, *acl);
    return {};
}

/** The subnet a drawn key lies in (itself for a subnet). */
std::string subnetOfKey(const Design &design, const std::string &key)
{
    std::string current = key;
    for (int guard = 0; guard < 8 && !current.empty(); ++guard) {
        if (design.kindOf(current) == ResourceKind::Subnet)
            return current;
        current = design.containerOf(current);
    }
    return {};
}

std::string contextAnchor(const Design &design, const std::string &id, const IsDrawn &drawn,
                          const std::string &previous, const std::string &next)
{
    const auto subnets = subnetsOf(design, id);
    if (!subnets.empty()) {
        for (const auto &near : {previous, next}) {
            const std::string s = subnetOfKey(design, near);
            if (!s.empty() && drawn(s) && std::find(subnets.begin(), subnets.end(), s) != subnets.end())
                return s;
        }
        for (const auto &s : subnets)
            if (drawn(s))
                return s;
        return {};
    }
    // Security groups and anything else: show it on the neighbour it protects.
    return !previous.empty() ? previous : next;
}

void mapList(const Design &design, const std::vector<Hop> &hops, bool reply, const IsDrawn &drawn,
             std::vector<MappedHop> &out)
{
    std::vector<std::string> direct;
    direct.reserve(hops.size());
    for (const auto &hop : hops)
        direct.push_back(directAnchor(design, hop.resource, drawn));
    std::string previous;
    for (size_t i = 0; i < hops.size(); ++i) {
        std::string next;
        for (size_t j = i + 1; j < hops.size() && next.empty(); ++j)
            next = direct[j];
        std::string anchor = direct[i];
        // The simulator says which subnet an ACL or route table was applied for, and which
        // interface or load balancer a security group guarded: show the hop there.
        if (anchor.empty() && !hops[i].appliesTo.empty())
            anchor = directAnchor(design, hops[i].appliesTo, drawn);
        if (anchor.empty())
            anchor = contextAnchor(design, hops[i].resource, drawn, previous, next);
        out.push_back({&hops[i], anchor, reply, false});
        if (!anchor.empty())
            previous = anchor;
    }
}

} // namespace

namespace {

/** Marks the hop where a blocker refused the packet: its deny hop, else the direction's last. */
void markFailed(std::vector<MappedHop> &result, const BlockedAt &blocked)
{
    const bool reply = blocked.direction == Direction::Return;
    for (auto &m : result)
        if (m.reply == reply && m.hop->action == HopAction::Deny && !m.failed
            && m.hop->resource == blocked.resource) {
            m.failed = true;
            return;
        }
    for (auto it = result.rbegin(); it != result.rend(); ++it) {
        if (it->reply == reply && it->hop->resource == blocked.resource) {
            it->failed = true;
            return;
        }
    }
    for (auto it = result.rbegin(); it != result.rend(); ++it)
        if (it->reply == reply) {
            it->failed = true;
            break;
        }
}

} // namespace

std::vector<MappedHop> mapTrace(const Design &design, const Trace &trace, const IsDrawn &isDrawn)
{
    std::vector<MappedHop> result;
    mapList(design, trace.forward, false, isDrawn, result);
    mapList(design, trace.reply, true, isDrawn, result);
    // Every blocker is marked (the first and those found walking on past it).
    if (trace.blockedAt)
        markFailed(result, *trace.blockedAt);
    for (const auto &b : trace.alsoBlocked)
        markFailed(result, b);
    return result;
}

} // namespace mailpath::core
