// Inspection middleboxes reached by "vpce-" routes: AWS Network Firewall endpoints (R15) and
// Gateway Load Balancer endpoints (R16). Both are stateful in effect: the walk records which
// endpoint or appliance saw the request, and a reply that meets another one is dropped (R14.9).

#include "nfwpolicy.h"
#include "reasontexts.h"
#include "text.h"
#include "walksteps.h"

namespace mailpath::core {

namespace {

struct FoundEndpoint
{
    const NetworkFirewall *fw = nullptr;
    const NfwEndpoint *endpoint = nullptr;
};

FoundEndpoint firewallEndpoint(const Design &design, std::string_view endpointId)
{
    const auto *fw = firewallOfEndpoint(design, endpointId);
    return fw ? FoundEndpoint{fw, fw->endpoint(endpointId)} : FoundEndpoint{};
}

const VpcEndpoint *gwlbEndpoint(const Design &design, std::string_view id)
{
    const auto *ep = design.find<VpcEndpoint>(id);
    return ep && ep->endpointType == "GatewayLoadBalancer" ? ep : nullptr;
}

/** The server name an SMTP client presents: the host name it was asked to reach, if any. */
std::string serverName(const Walker &w)
{
    const auto &to = w.query().to;
    if (const auto *ses = w.design().find<SesEndpoint>(to))
        return ses->hostName();
    const bool name = to.find('.') != std::string::npos
                      && to.find_first_of("abcdefghijklmnopqrstuvwxyz") != std::string::npos;
    return name ? to : std::string();
}

NfwFlow flowOf(const Walker &w, const Header &h)
{
    NfwFlow f;
    f.src = h.src;
    f.srcPorts = h.srcPorts;
    f.dst = h.dst;
    f.dstPort = h.dstPorts.lo;
    const auto tls = w.query().tls;
    f.implicitTls = tls == TlsMode::Implicit
                    || (tls == TlsMode::Auto && (f.dstPort == 465 || f.dstPort == 2465));
    f.startTls = !f.implicitTls && tls != TlsMode::None;
    f.sni = serverName(w);
    return f;
}

std::vector<Cidr> homeNetOf(const Walker &w, const NetworkFirewall &fw)
{
    if (!fw.homeNet.empty())
        return fw.homeNet;
    const auto *vpc = w.design().find<Vpc>(fw.vpcId);
    return vpc ? vpc->cidrs : std::vector<Cidr>();
}

Binding *inspectionBinding(Walker &w, std::string_view resource)
{
    for (auto &b : w.bindings())
        if (b.type == Binding::Inspection && b.resource == resource)
            return &b;
    return nullptr;
}

/** The request came in through the VPC's internet gateway, past no edge route to endpoint. */
const VpcInfo *enteredThroughIgw(Walker &w, std::string_view vpcId)
{
    const auto *vpc = w.net().vpcInfo(vpcId);
    if (!vpc || !vpc->igw)
        return nullptr;
    for (const auto &b : w.bindings())
        if (b.type == Binding::IgwEntry && b.resource == vpc->igw->id
            && b.outsideIp == w.packet().src)
            return vpc;
    return nullptr;
}

/** R1.9 / R16.7: an IGW edge route should have sent the request to this endpoint. */
bool ingressBypass(Walker &w, const SubnetInfo &from, const VpcInfo &vpc, Message detail,
                   std::string_view endpoint)
{
    const std::string &igw = vpc.igw->id;
    const std::string cidr = from.subnet ? from.subnet->cidr.toString() : ipv4Text(w.packet().src);
    detail.append(texts::asymmetricIngress, {igw});
    if (!vpc.igwEdgeTable)
        return w.block(ReasonCode::AsymmetricReturn, igw, ResourceKind::InternetGateway,
                       std::move(detail),
                       {texts::edgeAssociateFix, {igw, cidr, std::string(endpoint)}});
    const std::string &rt = vpc.igwEdgeTable->id;
    return w.block(ReasonCode::AsymmetricReturn, rt, ResourceKind::RouteTable, std::move(detail),
                   {texts::edgeRouteFix, {cidr, std::string(endpoint), rt}});
}

/** R14.9 / R15.4: the reply met an endpoint or appliance that never saw the request. */
bool asymmetric(Walker &w, const SubnetInfo &from, std::string_view resource, ResourceKind kind,
                std::string_view vpcId, std::string_view seen, std::string_view sawRequest,
                std::string_view endpoint)
{
    const TextArg what({Phrase{kind == ResourceKind::NetworkFirewall ? &texts::firewallEndpointWhat
                                                                     : &texts::applianceWhat,
                               {std::string(seen)}}});
    Message detail = sawRequest.empty()
                         ? Message(texts::asymmetricNeverPassed, {what, std::string(resource)})
                         : Message(texts::asymmetricPassedOther,
                                   {what, std::string(resource), std::string(sawRequest)});
    if (const auto *vpc = sawRequest.empty() ? enteredThroughIgw(w, vpcId) : nullptr)
        return ingressBypass(w, from, *vpc, std::move(detail), endpoint);
    for (const auto &[id, att] : w.design().all<TgwAttachment>())
        if (att.resourceType == "vpc" && att.resourceId == vpcId && !att.applianceMode)
            return w.block(ReasonCode::AsymmetricReturn, att.id, ResourceKind::TgwAttachment,
                           Message(detail).append(texts::asymmetricNoApplianceMode),
                           {texts::asymmetricNoApplianceModeFix, {att.id, std::string(vpcId)}});
    const std::string table = from.routeTable ? from.routeTable->id : from.subnet->id;
    return w.block(ReasonCode::AsymmetricReturn, table, ResourceKind::RouteTable,
                   detail.append(texts::asymmetricRouteTable, {table}),
                   {texts::asymmetricRouteTableFix, {table, std::string(sawRequest)}});
}

bool firewallHop(Walker &w, const SubnetInfo &from, const Route &route, Origin origin)
{
    const auto [fw, endpoint] = firewallEndpoint(w.design(), route.targetId);
    const auto *next = w.net().subnetInfo(endpoint->subnetId);
    if (fw->state != "READY" || !next)
        return w.block(ReasonCode::RouteBlackhole, route.targetId, ResourceKind::NetworkFirewall,
                       {texts::firewallNotReady, {route.targetId, fw->id}},
                       {texts::firewallNotReadyFix});
    const auto flow = flowOf(w, w.packet());
    const std::string where = route.targetId + " (" + endpoint->availabilityZone + ")";
    if (w.direction() == Direction::Return) {
        auto v = evaluateNfwStateless(*fw, flowOf(w, w.packet()));
        auto *seen = inspectionBinding(w, fw->id);
        if (v.stateful && (!seen || seen->via != endpoint->endpointId))
            return asymmetric(w, from, fw->id, ResourceKind::NetworkFirewall, fw->vpcId, where,
                              seen ? seen->via : std::string_view(), route.targetId);
        if (!v.pass)
            return w.block(ReasonCode::NetworkFirewallDeny, fw->id, ResourceKind::NetworkFirewall,
                           {texts::nfwReplyDropped, {v.why}}, {texts::nfwReplyDroppedFix});
        if (seen)
            seen->replied = true;
        w.hop(fw->id, ResourceKind::NetworkFirewall, HopAction::Allow,
              "endpoint " + where + (v.stateful ? ": tracked connection" : ": " + v.why));
        return w.sendFromSubnet(*next, origin);
    }
    const auto v = evaluateNfwPolicy(*fw, homeNetOf(w, *fw), flow);
    for (const auto &warning : v.warnings)
        w.warning({texts::nfwWarning, {fw->id, warning}});
    if (!v.pass)
        return w.block(ReasonCode::NetworkFirewallDeny, fw->id, ResourceKind::NetworkFirewall,
                       {texts::nfwDrops, {fw->id, where, std::to_string(flow.dstPort), v.why}},
                       v.group.empty()
                           ? Message(texts::nfwDefaultFix,
                                     {std::to_string(flow.dstPort), ipv4Text(flow.dst), v.rule})
                           : Message(texts::nfwRuleFix, {v.group, std::to_string(flow.dstPort)}));
    if (v.stateful) {
        Binding b{Binding::Inspection, fw->id, flow.src, flow.srcPorts, flow.dst,
                  PortRange::single(flow.dstPort)};
        b.via = endpoint->endpointId;
        w.bindings().push_back(b);
    }
    w.hop(fw->id, ResourceKind::NetworkFirewall, HopAction::Allow, "endpoint " + where + ": "
                                                                     + v.why);
    return w.sendFromSubnet(*next, origin);
}

bool claimsFirewallEndpoint(const Design &design, std::string_view targetId)
{
    return firewallEndpoint(design, targetId).fw != nullptr;
}

/**
 * A target's AZ: describe-target-health names it for ip targets only; an instance target is in
 * its instance's AZ. Empty or "all": every AZ.
 */
std::string targetZone(const Walker &w, const Target &t)
{
    if (!t.availabilityZone.empty())
        return t.availabilityZone;
    const auto *instance = w.design().find<Instance>(t.id);
    return instance ? instance->availabilityZone : std::string();
}

/** The appliance a GWLB gives this flow: a healthy target, by a direction-free flow hash. */
const Target *gwlbTarget(const Walker &w, const LoadBalancer &lb, std::string_view az,
                         const TargetGroup *&group)
{
    for (const auto &listener : lb.listeners) {
        group = w.design().find<TargetGroup>(listener.targetGroupId);
        if (!group)
            continue;
        for (const auto &t : group->targets) {
            const std::string zone = targetZone(w, t);
            // Cross-zone load balancing is off by default (R16.5): only this AZ's appliances.
            if (t.health == "healthy"
                && (lb.crossZone || zone.empty() || zone == "all" || zone == az))
                return &t;
        }
    }
    return nullptr;
}

bool gwlbHop(Walker &w, const SubnetInfo &from, const Route &route, Origin origin)
{
    const auto *ep = gwlbEndpoint(w.design(), route.targetId);
    const auto *lb = w.design().find<LoadBalancer>(ep->loadBalancerId);
    const auto *next = ep->subnetIds.empty() ? nullptr : w.net().subnetInfo(ep->subnetIds[0]);
    if (!lb || !next)
        return w.block(ReasonCode::RouteBlackhole, ep->id, ResourceKind::VpcEndpoint,
                       {texts::gwlbEndpointUnconnected, {ep->id}},
                       {texts::gwlbEndpointUnconnectedFix});
    const auto &az = next->subnet->availabilityZone;
    const TargetGroup *group = nullptr;
    const auto *target = gwlbTarget(w, *lb, az, group);
    if (!target)
        return w.block(ReasonCode::GwlbNoHealthyTarget, lb->id, ResourceKind::LoadBalancer,
                       lb->crossZone ? Message(texts::gwlbNoHealthy, {lb->id})
                                     : Message(texts::gwlbNoHealthyInAz, {lb->id, az}),
                       lb->crossZone ? Message(texts::gwlbNoHealthyFix)
                                     : Message(texts::gwlbNoHealthyInAzFix, {az}));
    w.hop(ep->id, ResourceKind::VpcEndpoint, HopAction::Forward, "GENEVE to " + lb->id);
    if (w.direction() == Direction::Return) {
        auto *seen = inspectionBinding(w, lb->id);
        if (!seen || seen->via != target->id)
            return asymmetric(w, from, lb->id, ResourceKind::LoadBalancer, ep->vpcId, target->id,
                              seen ? seen->via : std::string_view(), ep->id);
        seen->replied = true;
    } else {
        Binding b{Binding::Inspection, lb->id, w.packet().src, w.packet().srcPorts,
                  w.packet().dst, w.packet().dstPorts};
        b.via = target->id;
        w.bindings().push_back(b);
    }
    const auto kind = w.design().find<Instance>(target->id) ? ResourceKind::Instance
                                                            : ResourceKind::NetworkInterface;
    w.hop(target->id, kind, HopAction::Appliance, "chosen by flow hash; returned unchanged");
    return w.sendFromSubnet(*next, origin);
}

bool claimsGwlbEndpoint(const Design &design, std::string_view targetId)
{
    return gwlbEndpoint(design, targetId) != nullptr;
}

} // namespace

extern constinit const WalkStep networkFirewallStep = {
    .name = "network-firewall",
    .route = RouteTarget::VpcEndpoint,
    .viaRoute = firewallHop,
    .claims = claimsFirewallEndpoint,
};

extern constinit const WalkStep gwlbEndpointStep = {
    .name = "vpc-endpoint",
    .route = RouteTarget::VpcEndpoint,
    .viaRoute = gwlbHop,
    .claims = claimsGwlbEndpoint,
};

} // namespace mailpath::core
