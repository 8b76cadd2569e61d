#include "walker.h"

#include "text.h"
#include "walksteps.h"

#include <algorithm>

namespace mailpath::core {

namespace {
constexpr int maxSteps = 64;

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
            m_trace.notes.push_back("the reply path lies outside the model and was not simulated");
        return;
    }
    const Site replier = m_final;
    if (!startFrom(replier))
        return;
    if (m_finished)
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
    const auto &owner = *site.owner;
    if (m_dir == Direction::Return) {
        for (const auto &b : m_bindings)
            if (b.type == Binding::LoadBalancer && b.preserved && b.targetIp == owner.privateIp)
                return replyFromTarget(b, owner);
    }
    hop(site.resource, site.resourceKind, HopAction::Send);
    if (owner.type == AddressOwner::Interface) {
        const auto &groups = owner.eni->securityGroupIds;
        if (!checkSecurityGroups(groups, site.resource, site.resourceKind, false, "outbound"))
            return false;
        if (m_dir == Direction::Forward && !checkOp25b(owner))
            return false;
    } else if (owner.type == AddressOwner::EndpointNode && m_dir == Direction::Return) {
        hop(owner.endpoint->id, ResourceKind::VpcEndpoint, HopAction::Allow, "tracked connection");
    }
    const auto *subnet = owner.subnet ? m_net.subnetInfo(owner.subnet->id) : nullptr;
    if (!subnet)
        return block(ReasonCode::UnknownEndpoint, site.resource, site.resourceKind,
                     "the interface is not in a known subnet", "place it in a subnet");
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
                     "subnet " + s.id + " has no route table (and its VPC no main table)",
                     "associate a route table with " + s.id);
    const auto &rt = *subnet.routeTable;
    const auto table = m_net.routeTables.find(rt.id);
    Cidr matched;
    const RouteChoice *choice = table == m_net.routeTables.end()
                                    ? nullptr
                                    : table->second.lookup(m_pkt.dst, &matched);
    if (!choice) {
        block(ReasonCode::RouteNoMatch, rt.id, ResourceKind::RouteTable,
              "route table " + rt.id + " has no route for " + ipv4Text(m_pkt.dst),
              "add a route for " + ipv4Text(m_pkt.dst) + "/32 (or a covering prefix) to " + rt.id);
        return tagLastHop(s.id);
    }
    const auto &route = *choice->route;
    if (route.blackhole) { // R1.7: no fallback to a less specific route
        const std::string ruleText = matched.toString() + " -> " + targetText(route);
        return block(ReasonCode::RouteBlackhole, rt.id, ResourceKind::RouteTable,
                     "the route " + ruleText + " in " + rt.id
                         + " is a blackhole: its target no longer exists",
                     "delete the route or point " + matched.toString() + " at a live target");
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
    if (const auto *step = stepForRoute(route.target))
        return step->viaRoute(*this, subnet, route, origin);
    return block(ReasonCode::RouteBlackhole, subnet.routeTable->id, ResourceKind::RouteTable,
                 "the route's target " + route.targetId + " cannot carry IPv4 SMTP traffic",
                 "route the destination to an internet or NAT gateway");
}

bool Walker::deliverLocal(const VpcInfo &vpc, const SubnetInfo *from, Origin origin)
{
    const auto *owner = m_net.ownerInVpc(vpc.vpc->id, m_pkt.dst);
    if (!owner)
        return block(ReasonCode::UnknownEndpoint, vpc.vpc->id, ResourceKind::Vpc,
                     "no interface in " + vpc.vpc->id + " has the address " + ipv4Text(m_pkt.dst),
                     "check the destination address, or add the host to the design");
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
                concat("subnet ", subnet.subnet->id))
                .appliesTo = subnet.subnet->id;
        else
            hop(subnet.acl->id, ResourceKind::NetworkAcl, HopAction::Allow);
        return true;
    }
    const bool partial = !decision.allowed.empty();
    std::string detail = aclName(subnet) + " denies " + std::string(dirWord) + " TCP " + decision.denied.toString()
                         + (egress ? " to " : " from ") + ipv4Text(peer) + " (" + decision.describe()
                         + ")";
    if (partial)
        detail += ". Only part of the port range passes, so connections fail intermittently,"
                  " whenever the chosen port falls in the denied part";
    if (m_dir == Direction::Return && m_pkt.dstPorts.count() > 1) {
        bool natPorts = false;
        bool keptPorts = false;
        for (const auto &b : m_bindings) {
            natPorts = natPorts || (b.type == Binding::NatGateway && b.outsideIp == m_pkt.dst);
            keptPorts = keptPorts || (b.type == Binding::NatInstance && b.outsideIp == m_pkt.dst);
        }
        if (keptPorts)
            detail += ". The NAT instance kept the client's source port, so replies come back to "
                      "the client's ephemeral ports " + m_pkt.dstPorts.toString()
                      + ", not to the SMTP port";
        else if (natPorts)
            detail += ". Replies come back to the source port the NAT gateway chose, anywhere in "
                      + m_pkt.dstPorts.toString() + " (the high ports seen in flow logs)";
        else
            detail += ". Replies come back to the client's ephemeral ports "
                      + m_pkt.dstPorts.toString();
    }
    const int number = suggestAclRuleNumber(*subnet.acl, egress, decision.denyingRule);
    std::string fix = "add " + std::string(dirWord) + " rule " + std::to_string(number) + " allow TCP "
                      + m_pkt.dstPorts.toString() + (egress ? " to " : " from ")
                      + peerCidrText(peer, true) + " to " + subnet.acl->id;
    block(egress ? ReasonCode::NaclOutboundDeny : ReasonCode::NaclInboundDeny, subnet.acl->id,
          ResourceKind::NetworkAcl, detail, fix);
    return tagLastHop(subnet.subnet->id);
}

bool Walker::checkSecurityGroups(const std::vector<std::string> &groupIds, std::string_view owner,
                                 ResourceKind ownerKind, bool ingress, const std::string &subject)
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
    if (names.empty())
        names = "no security group";
    const std::string detail = "no rule of " + names + " on " + std::string(owner) + " allows "
                               + subject + " TCP " + port + (ingress ? " from " : " to ")
                               + ipv4Text(peer);
    const std::string fix = "add an " + subject + " rule to "
                            + (groups.empty() ? std::string("a security group of ") + std::string(owner)
                                              : groups.front()->id)
                            + ": allow TCP " + port + (ingress ? " from " : " to ")
                            + peerCidrText(peer, false);
    block(ingress ? ReasonCode::SgIngressDeny : ReasonCode::SgEgressDeny, blame, kind, detail, fix);
    return tagLastHop(owner);
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
                 "the reply reached " + std::string(owner.id) + " instead of the client",
                 "make the return route symmetric");
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
            checkSecurityGroups(eni.securityGroupIds, resource, kind, true, "inbound");
            hop(resource, kind, HopAction::Deliver, "", "the reply reached the client");
            return finish(m_source);
        }
        return block(ReasonCode::UnknownEndpoint, resource, kind,
                     "the reply reached " + resource + " instead of the client (asymmetric routing)",
                     "make the return route symmetric");
    }
    if (!checkSecurityGroups(eni.securityGroupIds, resource, kind, true, "inbound"))
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
        m_trace.notes.push_back("OP25B applied to a Fargate task: AWS documents no exemption "
                                "(AWS-SEMANTICS §12.3, unconfirmed)");
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
        m_trace.notes.push_back("port-25 restriction removed for " + (instance ? instance->id : eni.id));
        return true;
    }
    // R6.3: removal may be granted for the NAT gateway the traffic leaves through.
    if (const auto *subnet = m_net.subnetInfo(eni.subnetId); subnet && subnet->routeTable) {
        const auto &table = m_net.routeTables.at(subnet->routeTable->id);
        if (const auto *choice = table.lookup(m_pkt.dst);
            choice && choice->route->target == RouteTarget::NatGateway) {
            const auto *nat = m_net.design.find<NatGateway>(choice->route->targetId);
            if (nat && (nat->op25bLifted || liftedByQuery(nat->id))) {
                m_trace.notes.push_back("port-25 restriction removed for NAT gateway " + nat->id);
                return true;
            }
        }
    }
    const std::string who = instance ? instance->id : eni.id;
    std::string why;
    if (const auto *owning = m_net.vpcContaining(m_pkt.dst))
        why = "; " + ipv4Text(m_pkt.dst) + " is inside " + owning->vpc->id
              + " but in public address space: only the source VPC's primary CIDR and RFC 1918 "
                "and RFC 6598 ranges are exempt";
    return block(ReasonCode::Op25bBlocked, who, instance ? ResourceKind::Instance
                                                         : ResourceKind::NetworkInterface,
                 "AWS blocks outbound TCP 25 from " + std::string(toString(eni.role))
                     + " interfaces to public addresses such as " + ipv4Text(m_pkt.dst)
                     + " (the SYN times out; security groups and routes are not the cause)" + why,
                 "use port 587 or 465 (SES: STARTTLS on 587, TLS on 465), or ask AWS to remove "
                 "the port-25 restriction for " + who + " and record it (--lift-op25b " + who + ")");
}

Hop &Walker::hop(std::string_view resource, ResourceKind kind, HopAction action,
                 std::string rule, std::string note)
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
    h.note = std::move(note);
    m_in = m_pkt;
    return h;
}

bool Walker::block(ReasonCode reason, std::string_view resource, ResourceKind kind,
                   std::string detail, std::string fix)
{
    hop(resource, kind, HopAction::Deny, "", detail);
    m_trace.verdict = Verdict::Blocked;
    m_trace.blockedAt = BlockedAt{std::string(resource), kind, m_dir, reason, std::move(detail),
                                  std::move(fix)};
    return false;
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
        return !block(ReasonCode::RoutingLoop, where, ResourceKind::Subnet,
                      "the packet passed more than 64 components", "check the routes for a cycle");
    const auto key = std::make_tuple(where, m_pkt.src.to_uint(), m_pkt.dst.to_uint(),
                                     uint32_t(m_pkt.dstPorts.lo) << 16 | m_pkt.dstPorts.hi);
    if (std::find(m_visited.begin(), m_visited.end(), key) == m_visited.end()) {
        m_visited.push_back(key);
        return false;
    }
    const auto *subnet = m_net.subnetInfo(where);
    const std::string rt = subnet && subnet->routeTable ? subnet->routeTable->id : std::string(where);
    block(ReasonCode::RoutingLoop, rt, subnet ? ResourceKind::RouteTable : ResourceKind::Subnet,
          "the packet came back to " + std::string(where) + " with the same header: a routing loop",
          "fix the routes so that " + ipv4Text(m_pkt.dst) + " leads to its destination");
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
    for (const auto &[id, info] : m_net.subnets)
        if (info.subnet->cidr.contains(peer))
            return info.subnet->cidr.toString();
    if (const auto *net = m_net.onPremContaining(peer))
        for (const auto &cidr : net->cidrs)
            if (cidr.contains(peer))
                return cidr.toString();
    // ACLs name Internet peers broadly (SES has many addresses); security groups exactly.
    if (wide && classify(peer) == AddressClass::Public)
        return "0.0.0.0/0";
    return ipv4Text(peer) + "/32";
}

std::string Walker::aclName(const SubnetInfo &subnet) const
{
    return "network ACL " + subnet.acl->id + " of subnet " + subnet.subnet->id + " ("
           + subnet.subnet->cidr.toString() + ")";
}

namespace {

bool routeLocal(Walker &w, const SubnetInfo &from, const Route &, Origin origin)
{
    if (const auto *vpc = w.net().vpcInfo(from.subnet->vpcId))
        return w.deliverLocal(*vpc, &from, origin);
    return w.block(ReasonCode::RouteNoMatch, from.subnet->id, ResourceKind::Subnet,
                   "subnet " + from.subnet->id + " belongs to " + from.subnet->vpcId
                       + ", which is not in the design",
                   "add the VPC or move the subnet into an existing one");
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
