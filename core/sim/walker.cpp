#include "walker.h"

#include "text.h"
#include "walksteps.h"

#include "core/model/lifecycle.h"

#include <algorithm>

namespace mailpath::core {

namespace {
constexpr int maxSteps = 64;

/** AclDecision::describe() as phrases: which ports a rule allowed, which one denied. */
TextArg aclDecisionText(const AclDecision &decision)
{
    std::vector<Phrase> phrases;
    if (!decision.allowed.empty())
        phrases.push_back({&texts::aclPortsAllowed,
                           {decision.allowed.toString(), std::to_string(decision.allowingRule)}});
    if (!decision.denied.empty()) {
        if (!phrases.empty())
            phrases.push_back({&texts::clauseSeparator, {}});
        phrases.push_back({&texts::aclPortsDenied,
                           {decision.denied.toString(),
                            decision.denyingRule ? std::to_string(decision.denyingRule) : "*"}});
    }
    return TextArg(std::move(phrases));
}

std::string targetText(const Route &route)
{
    return route.targetId.empty() ? std::string(toString(route.target)) : route.targetId;
}
} // namespace

Walker::Walker(const CompiledNetwork &net, Trace &trace, const Query &query,
               const TraceOptions &options)
    : m_net(net)
    , m_trace(trace)
    , m_query(query)
    , m_record(options.recordHops)
{
    if (m_record) {
        m_trace.forward.reserve(16);
        m_trace.reply.reserve(16);
    }
}

void Walker::run(const Site &source, Ipv4 destination)
{
    m_source = source;
    PortRange ephemeral = m_net.design.assumptions.linuxEphemeralPorts;
    if (source.kind == Site::Interface && source.owner->eni) {
        const auto &eni = *source.owner->eni;
        if (eni.ephemeralPorts != PortRange{32768, 60999})
            ephemeral = eni.ephemeralPorts;
        if (eni.role == EniRole::Lambda)
            ephemeral = PortRange{1024, 65535};
        if (source.owner->subnet) {
            m_sourceVpc = source.owner->subnet->vpcId;
            m_sourceAz = source.owner->subnet->availabilityZone;
        }
    }
    m_pkt = Header{source.address, ephemeral, destination, PortRange::single(m_query.port)};
    m_in = m_pkt;
    if (!startFrom(source) || !m_finished)
        return;

    // The reply: the server answers from where the connection ended, to whom it saw.
    m_dir = Direction::Return;
    m_visited.clear();
    m_steps = 0;
    m_finished = false;
    m_pkt = Header{m_pkt.dst, m_pkt.dstPorts, m_pkt.src, m_pkt.srcPorts};
    m_in = m_pkt;
    if (m_replyOutsideModel) {
        if (m_record)
            note({texts::replyOutsideModel});
        return;
    }
    const Site replier = m_final;
    if (!startFrom(replier))
        return;
    if (m_finished && !m_trace.blockedAt)
        m_trace.verdict = Verdict::Delivered;
    if (m_finished && m_envelopeSes)
        sesEnvelopeAfterReply();
}

bool Walker::startFrom(const Site &site)
{
    if (site.kind == Site::Internet) {
        if (const auto *ses = m_dir == Direction::Forward && m_query.hasEnvelope()
                                  ? m_net.design.find<SesEndpoint>(site.resource)
                                  : nullptr;
            ses && site.resourceKind == ResourceKind::SesEndpoint && !sesEnvelope(*ses))
            return false; // SES sends on only what it accepted
        hop(site.resource, site.resourceKind, HopAction::Send);
        return arriveFromInternet();
    }
    if (site.kind == Site::OnPrem) {
        hop(site.resource, site.resourceKind, HopAction::Send);
        return sendFromOnPrem(site.onPrem);
    }
    if (site.kind == Site::Service)
        return replyFromService(site);
    const auto &owner = *site.owner;
    if (m_dir == Direction::Return) {
        for (const auto &b : m_bindings)
            if (b.type == Binding::LoadBalancer && b.preserved && b.targetIp == owner.privateIp)
                return replyFromTarget(b, owner);
    }
    hop(site.resource, site.resourceKind, HopAction::Send);
    if (owner.type == AddressOwner::Interface) {
        const auto &groups = owner.eni->securityGroupIds;
        if (!checkSecurityGroups(groups, site.resource, site.resourceKind, false))
            return false;
        if (m_dir == Direction::Forward && !checkOp25b(owner))
            return false;
    } else if (owner.type == AddressOwner::EndpointNode && m_dir == Direction::Return) {
        hop(owner.endpoint->id, ResourceKind::VpcEndpoint, HopAction::Allow, "tracked connection");
    }
    const auto *subnet = owner.subnet ? m_net.subnetInfo(owner.subnet->id) : nullptr;
    if (!subnet)
        return block(ReasonCode::UnknownEndpoint, site.resource, site.resourceKind,
                     {texts::interfaceNoSubnet}, {texts::placeInSubnetFix});
    return sendFromSubnet(*subnet, Origin::Local);
}

bool Walker::sendFromSubnet(const SubnetInfo &subnet, Origin origin)
{
    const auto &s = *subnet.subnet;
    if (revisit(s.id))
        return false;
    if (s.cidr.contains(m_pkt.dst)) {
        const auto *owner = m_net.ownerInVpc(s.vpcId, m_pkt.dst);
        if (owner && owner->subnet == &s) // R1.11: switched within the subnet
            return arriveAtOwner(*owner);
    }
    if (!checkAcl(subnet, true))
        return false;
    if (!subnet.routeTable)
        return block(ReasonCode::RouteNoMatch, s.id, ResourceKind::Subnet,
                     {texts::subnetNoRouteTable, {s.id}}, {texts::subnetNoRouteTableFix, {s.id}});
    const auto &rt = *subnet.routeTable;
    const auto table = m_net.routeTables.find(rt.id);
    Cidr matched;
    const RouteChoice *choice = table == m_net.routeTables.end()
                                    ? nullptr
                                    : table->second.lookup(m_pkt.dst, &matched);
    if (!choice) {
        block(ReasonCode::RouteNoMatch, rt.id, ResourceKind::RouteTable,
              {texts::routeNoMatch, {rt.id, ipv4Text(m_pkt.dst)}},
              noRouteFix(rt));
        return tagLastHop(s.id);
    }
    const auto &route = *choice->route;
    if (route.blackhole) { // R1.7: no fallback to a less specific route
        const std::string ruleText = matched.toString() + " -> " + targetText(route);
        return block(ReasonCode::RouteBlackhole, rt.id, ResourceKind::RouteTable,
                     {texts::routeBlackhole, {ruleText, rt.id}},
                     {texts::routeBlackholeFix, {matched.toString()}});
    }
    if (m_record)
        hop(rt.id, ResourceKind::RouteTable, HopAction::Forward,
            concat(matched.toString(), " -> ",
                   route.targetId.empty() ? toString(route.target) : route.targetId))
            .appliesTo = s.id;
    else
        hop(rt.id, ResourceKind::RouteTable, HopAction::Forward);
    return dispatchRoute(subnet, route, origin);
}

bool Walker::dispatchRoute(const SubnetInfo &subnet, const Route &route, Origin origin)
{
    // NAT gateways and peering connections name their own state (walkedges.cpp).
    const bool ownCheck = route.target == RouteTarget::NatGateway
                          || route.target == RouteTarget::Peering;
    if (const auto gone = ownCheck ? std::string_view() : m_net.goneState(route.targetId);
        !gone.empty())
        return block(ReasonCode::RouteBlackhole, subnet.routeTable->id, ResourceKind::RouteTable,
                     {texts::routeTargetGone, {route.targetId, gone}},
                     {texts::routeTargetGoneFix});
    if (const auto *step = stepForRoute(route.target, m_net.design, route.targetId))
        return step->viaRoute(*this, subnet, route, origin);
    return block(ReasonCode::RouteBlackhole, subnet.routeTable->id, ResourceKind::RouteTable,
                 {texts::routeTargetNotIpv4, {route.targetId}}, {texts::routeTargetNotIpv4Fix});
}

bool Walker::deliverLocal(const VpcInfo &vpc, const SubnetInfo *from)
{
    const auto *owner = m_net.ownerInVpc(vpc.vpc->id, m_pkt.dst);
    if (!owner)
        return block(ReasonCode::UnknownEndpoint, vpc.vpc->id, ResourceKind::Vpc,
                     {texts::noInterfaceWithAddress, {vpc.vpc->id, ipv4Text(m_pkt.dst)}},
                     {texts::noInterfaceWithAddressFix});
    if (owner->subnet && (!from || owner->subnet != from->subnet)) {
        if (const auto *dest = m_net.subnetInfo(owner->subnet->id); dest && !checkAcl(*dest, false))
            return false;
    }
    return arriveAtOwner(*owner);
}

bool Walker::checkAcl(const SubnetInfo &subnet, bool egress)
{
    if (!subnet.acl)
        return true; // no ACL in the design: AWS's default ACL allows everything
    const Ipv4 peer = egress ? m_pkt.dst : m_pkt.src;
    const auto decision = evaluateAcl(egress ? subnet.aclOut : subnet.aclIn, protocolTcp, peer,
                                      m_pkt.dstPorts);
    const std::string_view dirWord = egress ? "outbound" : "inbound";
    if (decision.ok()) {
        if (m_record)
            hop(subnet.acl->id, ResourceKind::NetworkAcl, HopAction::Allow,
                concat(dirWord, " rule ", std::to_string(decision.allowingRule)),
                Message(texts::hopAclSubnet, {subnet.subnet->id}))
                .appliesTo = subnet.subnet->id;
        else
            hop(subnet.acl->id, ResourceKind::NetworkAcl, HopAction::Allow);
        return true;
    }
    const bool partial = !decision.allowed.empty();
    Message detail(egress ? texts::naclOutboundDeny : texts::naclInboundDeny,
                   {subnet.acl->id, subnet.subnet->id, subnet.subnet->cidr.toString(),
                    decision.denied.toString(), ipv4Text(peer), aclDecisionText(decision)});
    if (partial)
        detail.append(texts::naclPartial);
    if (m_dir == Direction::Return && m_pkt.dstPorts.count() > 1) {
        bool natPorts = false;
        bool keptPorts = false;
        for (const auto &b : m_bindings) {
            natPorts = natPorts || (b.type == Binding::NatGateway && b.outsideIp == m_pkt.dst);
            keptPorts = keptPorts || (b.type == Binding::NatInstance && b.outsideIp == m_pkt.dst);
        }
        detail.append(keptPorts  ? texts::naclNatInstancePorts
                      : natPorts ? texts::naclNatGatewayPorts
                                 : texts::naclEphemeralPorts,
                      {m_pkt.dstPorts.toString()});
    }
    const int number = suggestAclRuleNumber(*subnet.acl, egress, decision.denyingRule);
    Message fix(egress ? texts::naclOutboundDenyFix : texts::naclInboundDenyFix,
                {std::to_string(number), m_pkt.dstPorts.toString(), peerCidrText(peer, true),
                 subnet.acl->id});
    const bool walkOn = block(egress ? ReasonCode::NaclOutboundDeny : ReasonCode::NaclInboundDeny,
                              subnet.acl->id, ResourceKind::NetworkAcl, std::move(detail),
                              std::move(fix));
    tagLastHop(subnet.subnet->id);
    return walkOn;
}

bool Walker::checkSecurityGroups(const std::vector<std::string> &groupIds, std::string_view owner,
                                 ResourceKind ownerKind, bool ingress)
{
    const auto groups = m_net.groups(groupIds);
    const bool single = groups.size() == 1;
    const std::string_view blame = single ? std::string_view(groups.front()->id) : owner;
    const ResourceKind kind = single ? ResourceKind::SecurityGroup : ownerKind;
    if (m_dir == Direction::Return) {
        if (m_record)
            hop(blame, kind, HopAction::Allow,
                "tracked connection (security groups are stateful)")
                .appliesTo = owner;
        else
            hop(blame, kind, HopAction::Allow);
        return true;
    }
    const Ipv4 peer = ingress ? m_pkt.src : m_pkt.dst;
    auto decision = evaluateSecurityGroups(asSpan(groups), ingress, protocolTcp, peer,
                                           m_pkt.dstPorts, m_net.resolver, m_record);
    if (decision.allowed) {
        hop(decision.groupId, ResourceKind::SecurityGroup, HopAction::Allow,
            std::move(decision.rule))
            .appliesTo = m_record ? std::string(owner) : std::string();
        return true;
    }
    const std::string port = m_pkt.dstPorts.toString();
    std::string names;
    for (const auto *g : groups)
        names += (names.empty() ? "" : ", ") + g->id;
    const TextArg namesArg = names.empty() ? TextArg(texts::noSecurityGroup) : TextArg(names);
    const TextArg groupArg = groups.empty()
                                 ? TextArg({Phrase{&texts::securityGroupOf, {std::string(owner)}}})
                                 : TextArg(groups.front()->id);
    Message detail(ingress ? texts::sgIngressDeny : texts::sgEgressDeny,
                   {namesArg, std::string(owner), port, ipv4Text(peer)});
    Message fix(ingress ? texts::sgIngressDenyFix : texts::sgEgressDenyFix,
                {groupArg, port, peerCidrText(peer, false)});
    const bool walkOn = block(ingress ? ReasonCode::SgIngressDeny : ReasonCode::SgEgressDeny,
                              blame, kind, std::move(detail), std::move(fix));
    tagLastHop(owner);
    return walkOn;
}

bool Walker::arriveAtOwner(const AddressOwner &owner)
{
    if (const auto *step = stepForOwner(owner.type))
        return step->arrive(*this, owner);
    return strayArrival(owner);
}

bool Walker::strayArrival(const AddressOwner &owner)
{
    return block(ReasonCode::UnknownEndpoint, owner.id, ResourceKind::NetworkInterface,
                 {texts::replyStray, {owner.id}}, {texts::symmetricRouteFix});
}

bool Walker::arriveAtInterface(const AddressOwner &owner)
{
    const auto &eni = *owner.eni;
    const auto *instance = m_net.instanceByEni.count(eni.id) ? m_net.instanceByEni.at(eni.id) : nullptr;
    const std::string resource = instance ? instance->id : eni.id;
    const ResourceKind kind = instance ? ResourceKind::Instance : ResourceKind::NetworkInterface;
    if (m_dir == Direction::Return) {
        if (const auto *nat = natInstanceBinding(owner))
            return natInstanceReply(*nat, owner);
        if (m_source.kind == Site::Interface && m_source.owner->privateIp == owner.privateIp) {
            checkSecurityGroups(eni.securityGroupIds, resource, kind, true);
            hop(resource, kind, HopAction::Deliver, "", {texts::hopReplyReached});
            return finish(m_source);
        }
        return block(ReasonCode::UnknownEndpoint, resource, kind,
                     {texts::replyAsymmetric, {resource}}, {texts::symmetricRouteFix});
    }
    if (!checkSecurityGroups(eni.securityGroupIds, resource, kind, true))
        return false;
    const auto *server = m_net.smtpServerOn(instance ? std::string_view(instance->id)
                                                     : std::string_view(eni.id),
                                            owner.privateIp);
    if (!smtpAccept(server))
        return false;
    hop(resource, kind, HopAction::Deliver);
    Site site{Site::Interface, &owner};
    site.address = owner.privateIp;
    site.resource = resource;
    site.resourceKind = kind;
    return finish(site);
}

bool Walker::checkOp25b(const AddressOwner &source)
{
    if (m_query.port != 25 || !source.eni || !isWorkload(source.eni->role))
        return true;
    const auto &eni = *source.eni;
    if (eni.role == EniRole::Fargate) {
        if (!m_net.design.assumptions.fargateSubjectToOp25b)
            return true;
        note({texts::op25bFargate});
    }
    const auto *vpc = m_net.design.find<Vpc>(m_sourceVpc);
    if ((vpc && vpc->primaryCidr().contains(m_pkt.dst)) || isPrivateRange(m_pkt.dst))
        return true; // R6.2 exemptions
    const auto *instance = m_net.instanceByEni.count(eni.id) ? m_net.instanceByEni.at(eni.id) : nullptr;
    auto liftedByQuery = [&](std::string_view id) {
        return std::find(m_query.op25bLifted.begin(), m_query.op25bLifted.end(), id)
               != m_query.op25bLifted.end();
    };
    if (eni.op25bLifted || liftedByQuery(eni.id)
        || (instance && (instance->op25bLifted || liftedByQuery(instance->id)))) {
        note({texts::op25bLifted, {instance ? instance->id : eni.id}});
        return true;
    }
    // R6.3: removal may be granted for the NAT gateway the traffic leaves through.
    if (const auto *subnet = m_net.subnetInfo(eni.subnetId); subnet && subnet->routeTable) {
        const auto &table = m_net.routeTables.at(subnet->routeTable->id);
        if (const auto *choice = table.lookup(m_pkt.dst);
            choice && choice->route->target == RouteTarget::NatGateway) {
            const auto *nat = m_net.design.find<NatGateway>(choice->route->targetId);
            if (nat && (nat->op25bLifted || liftedByQuery(nat->id))) {
                note({texts::op25bLiftedNat, {nat->id}});
                return true;
            }
        }
    }
    const std::string who = instance ? instance->id : eni.id;
    Message detail(texts::op25bBlocked, {toString(eni.role), ipv4Text(m_pkt.dst)});
    if (const auto *owning = m_net.vpcContaining(m_pkt.dst))
        detail.append(texts::op25bPublicInVpc, {ipv4Text(m_pkt.dst), owning->vpc->id});
    return block(ReasonCode::Op25bBlocked, who, instance ? ResourceKind::Instance
                                                         : ResourceKind::NetworkInterface,
                 std::move(detail), {texts::op25bBlockedFix, {who}});
}

Hop &Walker::hop(std::string_view resource, ResourceKind kind, HopAction action,
                 std::string rule, Message note)
{
    if (!m_record) {
        m_in = m_pkt;
        return m_unrecorded;
    }
    auto &hops = m_dir == Direction::Forward ? m_trace.forward : m_trace.reply;
    Hop &h = hops.emplace_back(); // built in place: no temporary Hop to move
    h.resource.assign(resource);
    h.kind = kind;
    h.action = action;
    h.rule = std::move(rule);
    h.in = m_in;
    h.out = m_pkt;
    if (!note.empty())
        h.note = englishText(note);
    h.noteMessage = std::move(note);
    h.assumed = m_trace.blockedAt.has_value();
    m_in = m_pkt;
    return h;
}

bool Walker::block(ReasonCode reason, std::string_view resource, ResourceKind kind,
                   Message detail, Message fix)
{
    hop(resource, kind, HopAction::Deny, "", m_record ? detail : Message());
    m_trace.verdict = Verdict::Blocked;
    BlockedAt at{std::string(resource), kind, m_dir, reason, {}, {}, {}, {}};
    at.setTexts(std::move(detail), std::move(fix));
    if (m_trace.blockedAt)
        m_trace.alsoBlocked.push_back(std::move(at));
    else
        m_trace.blockedAt = std::move(at);
    // A filter that refused the packet is walked past (as if it had passed) to list every
    // further blocker; a missing next hop ends the walk. The matrix keeps only the first.
    return m_record && walksPast(reason);
}

bool Walker::block(ReasonCode reason, std::string_view resource, ResourceKind kind,
                   std::string detail, std::string fix)
{
    return block(reason, resource, kind, Message::literal(std::move(detail)),
                 Message::literal(std::move(fix)));
}

BlockedAt *Walker::blockerAt(size_t index)
{
    if (!m_trace.blockedAt)
        return nullptr;
    if (index == 0)
        return &*m_trace.blockedAt;
    return index <= m_trace.alsoBlocked.size() ? &m_trace.alsoBlocked[index - 1] : nullptr;
}

size_t Walker::blockerCount() const
{
    return m_trace.blockedAt ? 1 + m_trace.alsoBlocked.size() : 0;
}

void Walker::note(Message message)
{
    m_trace.addNote(std::move(message));
}

void Walker::warning(Message message)
{
    m_trace.addWarning(std::move(message));
}

bool Walker::tagLastHop(std::string_view subject)
{
    auto &hops = m_dir == Direction::Forward ? m_trace.forward : m_trace.reply;
    if (m_record && !hops.empty())
        hops.back().appliesTo.assign(subject);
    return false;
}

bool Walker::revisit(std::string_view where)
{
    if (++m_steps > maxSteps)
        return !block(ReasonCode::RoutingLoop, where, ResourceKind::Subnet, {texts::tooManyHops},
                      {texts::tooManyHopsFix});
    const auto key = std::make_tuple(where, m_pkt.src.to_uint(), m_pkt.dst.to_uint(),
                                     uint32_t(m_pkt.dstPorts.lo) << 16 | m_pkt.dstPorts.hi);
    if (std::find(m_visited.begin(), m_visited.end(), key) == m_visited.end()) {
        m_visited.push_back(key);
        return false;
    }
    const auto *subnet = m_net.subnetInfo(where);
    const std::string rt = subnet && subnet->routeTable ? subnet->routeTable->id : std::string(where);
    block(ReasonCode::RoutingLoop, rt, subnet ? ResourceKind::RouteTable : ResourceKind::Subnet,
          {texts::routingLoop, {where}}, {texts::routingLoopFix, {ipv4Text(m_pkt.dst)}});
    return true;
}

bool Walker::finish(const Site &site)
{
    if (m_dir == Direction::Forward)
        m_final = site;
    m_finished = true;
    return true;
}

std::string Walker::peerCidrText(Ipv4 peer, bool wide) const
{
    if (const Cidr *cidr = m_net.subnetCidrContaining(peer))
        return cidr->toString();
    if (const auto *net = m_net.onPremContaining(peer))
        for (const auto &cidr : net->cidrs)
            if (cidr.contains(peer))
                return cidr.toString();
    // ACLs name Internet peers broadly (SES has many addresses); security groups exactly.
    if (wide && classify(peer) == AddressClass::Public)
        return "0.0.0.0/0";
    return ipv4Text(peer) + "/32";
}

namespace {

bool routeLocal(Walker &w, const SubnetInfo &from, const Route &, Origin)
{
    if (const auto *vpc = w.net().vpcInfo(from.subnet->vpcId))
        return w.deliverLocal(*vpc, &from);
    return w.block(ReasonCode::RouteNoMatch, from.subnet->id, ResourceKind::Subnet,
                   {texts::subnetVpcMissing, {from.subnet->id, from.subnet->vpcId}},
                   {texts::subnetVpcMissingFix});
}

bool arriveAtInterface(Walker &w, const AddressOwner &owner)
{
    return w.arriveAtInterface(owner);
}

} // namespace

extern constinit const WalkStep localStep = {
    .name = "local",
    .route = RouteTarget::Local,
    .viaRoute = routeLocal,
};

extern constinit const WalkStep interfaceStep = {
    .name = "network-interface",
    .route = std::nullopt,
    .owner = AddressOwner::Interface,
    .arrive = arriveAtInterface,
};

} // namespace mailpath::core
