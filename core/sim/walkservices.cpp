#include "walksteps.h"

#include <algorithm>

namespace mailpath::core {

namespace {
bool contains(const std::vector<uint16_t> &ports, uint16_t port)
{
    return std::find(ports.begin(), ports.end(), port) != ports.end();
}

std::string joinPorts(const std::vector<uint16_t> &ports)
{
    std::string text;
    for (auto p : ports)
        text += (text.empty() ? "" : ", ") + std::to_string(p);
    return text;
}

bool implicitTlsPort(uint16_t port)
{
    return port == 465 || port == 2465;
}
} // namespace

bool Walker::loadBalancerForward(const AddressOwner &node)
{
    const auto &lb = *node.lb;
    if (lb.isClassic())
        return classicForward(node);
    if (lb.securityGroupIds.empty())
        hop(lb.id, ResourceKind::LoadBalancer, HopAction::Allow, "",
            {texts::hopLbNoGroups});
    else if (!checkSecurityGroups(lb.securityGroupIds, lb.id, ResourceKind::LoadBalancer, true))
        return false;
    const auto *tg = listenerTargets(lb, m_pkt.dstPorts.lo);
    LbChoice choice;
    if (!tg || !chooseTarget(node, *tg, choice) || !checkTargetAllowed(lb, *tg, choice))
        return false;
    return forwardToTarget(node, *tg, choice);
}

const TargetGroup *Walker::listenerTargets(const LoadBalancer &lb, uint16_t port)
{
    const Listener *listener = nullptr;
    for (const auto &l : lb.listeners)
        if (l.port == port)
            listener = &l;
    if (!listener) {
        std::vector<uint16_t> listening; // for the sentence only
        for (const auto &l : lb.listeners)
            listening.push_back(l.port);
        block(ReasonCode::NlbNoListener, lb.id, ResourceKind::LoadBalancer,
              listening.empty()
                  ? Message(texts::nlbNoListener, {lb.name, std::to_string(port)})
                  : Message(texts::nlbNoListener, {lb.name, std::to_string(port)})
                        .append(texts::listenerList, {joinPorts(listening)}),
              {texts::nlbNoListenerFix, {std::to_string(port)}});
        return nullptr;
    }
    const auto *tg = m_net.design.find<TargetGroup>(listener->targetGroupId);
    if (!tg)
        block(ReasonCode::NlbNoHealthyTarget, lb.id, ResourceKind::LoadBalancer,
              {texts::nlbNoTargetGroup}, {texts::nlbNoTargetGroupFix});
    return tg;
}

bool Walker::chooseTarget(const AddressOwner &node, const TargetGroup &tg, LbChoice &choice)
{
    const std::string az = node.subnet ? node.subnet->availabilityZone : std::string();
    const bool crossZone = node.lb->crossZone;
    auto isHealthy = [](const Target &t) {
        return t.health == "healthy" || t.health == "initial";
    };
    for (size_t i = 0; i < tg.targets.size(); ++i) {
        const auto &t = tg.targets[i];
        if (!crossZone && !t.availabilityZone.empty() && t.availabilityZone != "all"
            && t.availabilityZone != az)
            continue;
        const auto address = m_net.targetAddress(tg, i);
        if (!address)
            continue;
        const Ipv4 ip = *address;
        if (!choice.target || (isHealthy(t) && !isHealthy(*choice.target))) {
            choice.target = &t;
            choice.ip = ip;
        }
    }
    if (!choice.target) {
        Message detail(texts::nlbNoTarget, {tg.name});
        if (!crossZone)
            detail.append(texts::nlbNoTargetInAz, {az});
        return block(ReasonCode::NlbNoHealthyTarget, tg.id, ResourceKind::TargetGroup,
                     std::move(detail), {texts::nlbNoTargetFix, {az}});
    }
    if (!isHealthy(*choice.target) && m_record)
        warning({texts::nlbFailOpen, {tg.name}});
    return true;
}

bool Walker::checkTargetAllowed(const LoadBalancer &lb, const TargetGroup &tg,
                                const LbChoice &choice)
{
    const Ipv4 targetIp = choice.ip;
    const bool inVpc = m_net.vpcInfo(lb.vpcId) && m_net.vpcInfo(lb.vpcId)->vpc->contains(targetIp);
    if (tg.targetType == "ip" && !inVpc && !isPrivateRange(targetIp)) // R8.3
        return block(ReasonCode::NlbTargetNotAllowed, tg.id, ResourceKind::TargetGroup,
                     {texts::nlbTargetPublic, {ipv4Text(targetIp)}}, {texts::nlbTargetPublicFix});
    if (tg.clientIpPreserved() && tg.targetType == "ip" && !inVpc) // R8.4
        return block(ReasonCode::NlbTargetNotAllowed, tg.id, ResourceKind::TargetGroup,
                     {texts::nlbPreserveOutside, {ipv4Text(targetIp)}},
                     {texts::nlbPreserveOutsideFix, {tg.name}});
    return true;
}

bool Walker::forwardToTarget(const AddressOwner &node, const TargetGroup &tg,
                             const LbChoice &choice)
{
    const auto &lb = *node.lb;
    const uint16_t port = m_pkt.dstPorts.lo;
    const bool preserve = tg.clientIpPreserved();
    const uint16_t targetPort = choice.target->port ? choice.target->port : tg.port;
    Binding b{Binding::LoadBalancer, lb.id, m_pkt.src, m_pkt.srcPorts, node.privateIp,
              PortRange::single(port)};
    b.node = &node;
    b.targetIp = choice.ip;
    b.preserved = preserve;
    m_bindings.push_back(b);
    m_pkt.dst = choice.ip;
    m_pkt.dstPorts = PortRange::single(targetPort);
    if (!preserve) {
        m_pkt.src = node.privateIp;
        m_pkt.srcPorts = m_net.design.assumptions.loadBalancerPorts;
    }
    const auto action = preserve ? HopAction::Dnat : HopAction::SnatDnat;
    if (m_record)
        hop(lb.id, ResourceKind::LoadBalancer, action,
            "listener TCP " + std::to_string(port) + " -> " + tg.name + " (" + tg.targetType
                + " target " + choice.target->id + ")",
            preserve ? Message(texts::hopClientIpPreserved, {ipv4Text(m_pkt.src)})
                     : Message(texts::hopClientIpNotPreserved, {ipv4Text(node.privateIp)}));
    else
        hop(lb.id, ResourceKind::LoadBalancer, action);
    if (!lb.securityGroupIds.empty()
        && !checkSecurityGroups(lb.securityGroupIds, lb.id, ResourceKind::LoadBalancer, false))
        return false;
    if (m_record) // notes and warnings only
        checkHealthCheck(tg, node, choice.ip, targetPort);
    const auto *subnet = node.subnet ? m_net.subnetInfo(node.subnet->id) : nullptr;
    if (!subnet)
        return block(ReasonCode::UnknownEndpoint, lb.id, ResourceKind::LoadBalancer,
                     {texts::lbNodeNoSubnet}, {texts::lbNodeNoSubnetFix});
    return sendFromSubnet(*subnet, Origin::Local);
}

void Walker::checkHealthCheck(const TargetGroup &tg, const AddressOwner &node, Ipv4 target,
                              uint16_t port)
{
    const uint16_t hcPort = tg.healthCheckPort ? tg.healthCheckPort : port;
    const Message hc(texts::healthCheckTcp,
                     {std::to_string(hcPort), ipv4Text(node.privateIp), ipv4Text(target)});
    if (hcPort == 25 || hcPort == 587)
        warning(Message(hc).append(texts::healthCheckSmtpPort));
    const auto *owner = node.lb ? m_net.ownerInVpc(node.lb->vpcId, target) : nullptr;
    if (!owner || !owner->eni)
        return;
    const auto groups = m_net.groups(owner->eni->securityGroupIds);
    const auto decision = evaluateSecurityGroups(asSpan(groups), true, protocolTcp, node.privateIp,
                                                 PortRange::single(hcPort), m_net.resolver);
    if (decision.allowed)
        note(Message(hc).append(texts::healthCheckAllowed, {decision.rule}));
    else
        warning(Message(hc).append(texts::healthCheckTargetSg));
}

bool Walker::loadBalancerReply(const AddressOwner &node)
{
    for (const auto &b : m_bindings) {
        if (b.type != Binding::LoadBalancer || b.node != &node)
            continue;
        m_pkt.src = b.outsideIp;
        m_pkt.srcPorts = b.outsidePorts;
        m_pkt.dst = b.insideIp;
        m_pkt.dstPorts = b.insidePorts;
        hop(node.id, ResourceKind::LoadBalancer, HopAction::UnNat, "tracked connection");
        return sendFromSubnet(*m_net.subnetInfo(node.subnet->id), Origin::Local);
    }
    return block(ReasonCode::UnknownEndpoint, node.id, ResourceKind::LoadBalancer,
                 {texts::lbNoConnection}, {texts::checkReturnPathFix});
}

bool Walker::replyFromTarget(const Binding &b, const AddressOwner &target)
{
    const auto *subnet = m_net.subnetInfo(target.subnet->id);
    hop(target.eni ? target.eni->id : std::string(target.id), ResourceKind::NetworkInterface,
        HopAction::Send);
    if (!checkAcl(*subnet, true))
        return false;
    m_pkt.src = b.outsideIp;
    m_pkt.srcPorts = b.outsidePorts;
    hop(b.resource, ResourceKind::LoadBalancer, HopAction::UnNat,
        "flow tracking returns the reply through the load balancer");
    return sendFromSubnet(*m_net.subnetInfo(b.node->subnet->id), Origin::Local);
}

bool Walker::endpointForward(const AddressOwner &node)
{
    const auto &ep = *node.endpoint;
    if (!checkSecurityGroups(ep.securityGroupIds, ep.id, ResourceKind::VpcEndpoint, true))
        return false;
    const uint16_t port = m_pkt.dstPorts.lo;
    std::vector<uint16_t> ports = ep.ports;
    if (ports.empty() && ep.isSesSmtp()) {
        ports = {465, 587, 2465, 2587};
        if (m_net.design.assumptions.sesEndpointAcceptsPort25)
            ports.insert(ports.begin(), 25);
    }
    if (!ports.empty() && !contains(ports, port))
        return block(ReasonCode::EndpointPortUnsupported, ep.id, ResourceKind::VpcEndpoint,
                     {texts::endpointPort,
                      {ep.id, ep.serviceName, joinPorts(ports), std::to_string(port)}},
                     {texts::endpointPortFix});
    if (ep.isSesSmtp() && port == 25)
        note({texts::sesEndpointPort25});
    hop(ep.id, ResourceKind::VpcEndpoint, HopAction::Forward, ep.serviceName);
    Site site{Site::Interface, &node};
    site.address = node.privateIp;
    site.resource = ep.id;
    site.resourceKind = ResourceKind::VpcEndpoint;
    if (ep.isSesSmtp()) {
        const auto &name = ep.serviceName; // com.amazonaws.<region>.email-smtp
        const auto first = name.find('.', name.find('.') + 1);
        const auto last = name.rfind('.');
        const auto *ses = sesForRegion(name.substr(first + 1, last - first - 1));
        if (ses && !sesAccept(*ses, ses->id, ResourceKind::SesEndpoint))
            return false;
    }
    return finish(site);
}

bool Walker::sesAccept(const SesEndpoint &ses, std::string_view resource, ResourceKind kind)
{
    const uint16_t port = m_pkt.dstPorts.lo;
    if (!contains(ses.ports, port))
        return block(ReasonCode::NoListener, resource, kind,
                     {texts::sesNoListener,
                      {ses.hostName(), joinPorts(ses.ports), std::to_string(port)}},
                     {texts::sesNoListenerFix});
    const TlsMode expected = implicitTlsPort(port) ? TlsMode::Implicit : TlsMode::StartTls;
    if (m_query.tls != TlsMode::Auto && m_query.tls != expected)
        return block(ReasonCode::SmtpTlsRequired, resource, kind,
                     {expected == TlsMode::Implicit ? texts::sesImplicitTls : texts::sesStartTls,
                      {std::to_string(port)}},
                     {expected == TlsMode::Implicit ? texts::sesImplicitTlsFix
                                                    : texts::startTlsFix});
    if (ses.receiving && m_dir == Direction::Forward && !sesReceive(ses, resource, kind))
        return false;
    if (!ses.receiving && m_query.hasEnvelope() && m_dir == Direction::Forward)
        m_envelopeSes = &ses;
    if (ses.sandbox && !ses.receiving && m_record)
        warning({texts::sesSandbox, {ses.region}});
    if (const auto *vpc = m_record ? m_net.design.find<Vpc>(m_sourceVpc) : nullptr;
        vpc && !vpc->region.empty() && vpc->region != ses.region)
        warning({texts::sesOtherRegion, {vpc->region, ses.region}});
    if (m_record)
        hop(resource, kind, HopAction::Deliver,
            std::string("SMTP ") + (expected == TlsMode::Implicit ? "TLS wrapper" : "STARTTLS"),
            Message::literal(ses.hostName()));
    else
        hop(resource, kind, HopAction::Deliver);
    return true;
}

bool Walker::smtpAccept(const SmtpServer *server)
{
    if (!server)
        return true;
    const uint16_t port = m_pkt.dstPorts.lo;
    if (!contains(server->ports, port))
        return block(ReasonCode::NoListener, server->id, ResourceKind::SmtpServer,
                     {texts::smtpNoListener,
                      {server->id, joinPorts(server->ports), std::to_string(port)}},
                     {texts::smtpNoListenerFix, {joinPorts(server->ports), std::to_string(port)}});
    bool allowed = server->relayAllow.empty();
    for (const auto &c : server->relayAllow)
        allowed = allowed || c.contains(m_pkt.src);
    if (!allowed) {
        Message seen(texts::relaySees, {server->id, ipv4Text(m_pkt.src)});
        for (const auto &b : m_bindings)
            if (b.type == Binding::LoadBalancer && !b.preserved && m_pkt.src == b.outsideIp)
                seen.append(b.node && b.node->lb && b.node->lb->isClassic() ? texts::relaySeesClassicLb
                                                                             : texts::relaySeesLb);
            else if (b.type == Binding::NatGateway && m_pkt.src == b.outsideIp)
                seen.append(texts::relaySeesNat);
        seen.append(texts::relayDenied);
        return block(ReasonCode::SmtpRelayDenied, server->id, ResourceKind::SmtpServer,
                     std::move(seen), {texts::relayDeniedFix, {ipv4Text(m_pkt.src)}});
    }
    if (server->tls == "required" && m_query.tls == TlsMode::None)
        return block(ReasonCode::SmtpTlsRequired, server->id, ResourceKind::SmtpServer,
                     {texts::smtpTlsRequired, {server->id}}, {texts::startTlsFix});
    if (!sesTlsPolicy(*server))
        return false;
    if (m_crossedInternet && (server->tls == "none" || m_query.tls == TlsMode::None))
        warning({texts::clearText, {server->id}});
    return true;
}

namespace {
/** The ports a gateway endpoint's service answers (R18.2); empty when unknown. */
std::vector<uint16_t> servicePorts(const VpcEndpoint &ep)
{
    if (!ep.ports.empty())
        return ep.ports;
    if (ep.serviceName.ends_with(".s3"))
        return {443, 80};
    if (ep.serviceName.ends_with(".dynamodb"))
        return {443};
    return {};
}
} // namespace

bool Walker::viaGatewayEndpoint(const SubnetInfo &, const Route &route)
{
    const auto *ep = m_net.design.find<VpcEndpoint>(route.targetId);
    const uint16_t port = m_pkt.dstPorts.lo;
    const auto ports = ep ? servicePorts(*ep) : std::vector<uint16_t>();
    const std::string service = ep ? ep->serviceName : std::string("S3 or DynamoDB");
    if (!contains(ports, port)) // R18.2: a route, not a listener; the service has its own ports
        return block(ReasonCode::EndpointPortUnsupported, route.targetId,
                     ResourceKind::VpcEndpoint,
                     "gateway endpoint " + route.targetId + " leads to " + service
                         + (ports.empty() ? std::string(", whose ports are unknown")
                                          : ", which answers on TCP " + joinPorts(ports) + " only")
                         + "; nothing there speaks SMTP on " + std::to_string(port),
                     "route SMTP traffic to a NAT gateway, an SES interface endpoint or a relay");
    hop(route.targetId, ResourceKind::VpcEndpoint, HopAction::Deliver, service,
        Message::literal("the service answers on " + std::to_string(port)
                         + " behind the gateway endpoint"));
    Site site{Site::Service};
    site.address = m_pkt.dst;
    site.resource = route.targetId;
    site.resourceKind = ResourceKind::VpcEndpoint;
    return finish(site);
}

bool Walker::replyFromService(const Site &site)
{
    // The reply comes back through the endpoint into the VPC (R18.4), the subnet's ACL
    // inbound applying as to any other packet.
    hop(site.resource, site.resourceKind, HopAction::Send);
    const auto *ep = m_net.design.find<VpcEndpoint>(site.resource);
    const auto *vpc = ep ? m_net.vpcInfo(ep->vpcId) : nullptr;
    if (!vpc)
        return block(ReasonCode::UnknownEndpoint, site.resource, site.resourceKind,
                     "the endpoint's VPC is not in the design", "check the design");
    return deliverLocal(*vpc, nullptr);
}

const SesEndpoint *Walker::sesForRegion(const std::string &region) const
{
    return m_net.sesForRegion(region);
}

namespace {

bool arriveAtLoadBalancer(Walker &w, const AddressOwner &node)
{
    return w.direction() == Direction::Forward ? w.loadBalancerForward(node)
                                               : w.loadBalancerReply(node);
}

bool routeToGatewayEndpoint(Walker &w, const SubnetInfo &from, const Route &route, Origin)
{
    return w.viaGatewayEndpoint(from, route);
}

bool arriveAtEndpoint(Walker &w, const AddressOwner &node)
{
    return w.direction() == Direction::Forward ? w.endpointForward(node) : w.strayArrival(node);
}

} // namespace

extern constinit const WalkStep loadBalancerStep = {
    .name = "load-balancer",
    .owner = AddressOwner::LoadBalancerNode,
    .arrive = arriveAtLoadBalancer,
};

extern constinit const WalkStep vpcEndpointStep = {
    .name = "vpc-endpoint",
    .route = RouteTarget::VpcEndpoint,
    .owner = AddressOwner::EndpointNode,
    .viaRoute = routeToGatewayEndpoint,
    .arrive = arriveAtEndpoint,
};

} // namespace mailpath::core
