// Classic Load Balancers in a VPC: security groups on the load balancer and on the instances;
// a TCP/SSL listener opens a new connection from the load balancer's own address, so the
// backend never sees the client (a Proxy Protocol policy only adds a header in the stream);
// only InService instances receive traffic: there is no fail-open as with an NLB.

#include "walker.h"

#include "text.h"

#include <charconv>

namespace mailpath::core {

namespace {
/** "TCP:80", "HTTP:80/health", "SSL:465": the port, 0 when unreadable. */
uint16_t healthCheckPort(std::string_view target)
{
    const auto colon = target.find(':');
    if (colon == std::string_view::npos)
        return 0;
    const auto digits = target.substr(colon + 1);
    unsigned value = 0;
    const auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    return error == std::errc() && value > 0 && value < 65536 ? uint16_t(value) : 0;
}

bool inService(const Target &t)
{
    return t.health == "healthy" || t.health == "initial";
}

const Listener *findListener(const LoadBalancer &lb, uint16_t port)
{
    for (const auto &l : lb.listeners)
        if (l.port == port)
            return &l;
    return nullptr;
}
} // namespace

bool Walker::classicForward(const AddressOwner &node)
{
    const auto &lb = *node.lb;
    const uint16_t port = m_pkt.dstPorts.lo;
    if (!checkSecurityGroups(lb.securityGroupIds, lb.id, ResourceKind::LoadBalancer, true))
        return false;
    const Listener *listener = findListener(lb, port);
    if (!listener || listener->protocol == "HTTP" || listener->protocol == "HTTPS") {
        std::string ports;
        for (const auto &l : lb.listeners)
            ports += (ports.empty() ? "" : ", ") + l.protocol + ":" + std::to_string(l.port);
        Message detail = listener ? Message(texts::clbWrongProtocol,
                                            {lb.name, std::to_string(port), listener->protocol})
                                  : Message(texts::clbNoListener, {lb.name, std::to_string(port)});
        if (!ports.empty())
            detail.append(texts::listenerList, {ports});
        return block(ReasonCode::NlbNoListener, lb.id, ResourceKind::LoadBalancer,
                     std::move(detail), {texts::clbNoListenerFix, {std::to_string(port)}});
    }
    const std::string az = node.subnet ? node.subnet->availabilityZone : std::string();
    const Target *chosen = nullptr;
    const AddressOwner *target = nullptr;
    bool chosenSameZone = false;
    int registered = 0;
    for (const auto &t : lb.instances) {
        const auto *instance = m_net.design.find<Instance>(t.id);
        const auto *eni = instance && !instance->eniIds.empty()
                              ? m_net.design.find<Eni>(instance->eniIds.front())
                              : nullptr;
        const auto *owner = eni ? m_net.ownerInVpc(lb.vpcId, eni->primaryIp()) : nullptr;
        if (!owner)
            continue;
        ++registered;
        const bool sameZone = instance->availabilityZone.empty() || instance->availabilityZone == az;
        // The first InService instance, preferring the node's own zone.
        if (inService(t) && (lb.crossZone || sameZone) && (!chosen || (sameZone && !chosenSameZone))) {
            chosen = &t;
            target = owner;
            chosenSameZone = sameZone;
        }
    }
    if (!chosen && !registered)
        return block(ReasonCode::LbNoHealthyTarget, lb.id, ResourceKind::LoadBalancer,
                     {texts::clbNoInstance, {lb.name}}, {texts::clbNoInstanceFix});
    if (!chosen) {
        Message detail(texts::clbNoInService, {lb.name});
        if (!lb.crossZone)
            detail.append(texts::clbNoInServiceInAz, {az});
        detail.append(texts::clbHealthyOnly);
        return block(ReasonCode::LbNoHealthyTarget, lb.id, ResourceKind::LoadBalancer,
                     std::move(detail), {texts::clbNoInServiceFix, {lb.healthCheck}});
    }
    const uint16_t backend = listener->backendPort();
    Binding b{Binding::LoadBalancer, lb.id, m_pkt.src, m_pkt.srcPorts, node.privateIp,
              PortRange::single(port)};
    b.node = &node;
    b.targetIp = target->privateIp;
    m_bindings.push_back(b);
    m_pkt.src = node.privateIp;
    m_pkt.srcPorts = m_net.design.assumptions.loadBalancerPorts;
    m_pkt.dst = target->privateIp;
    m_pkt.dstPorts = PortRange::single(backend);
    if (m_record)
        hop(lb.id, ResourceKind::LoadBalancer, HopAction::SnatDnat,
            concat("listener ", listener->protocol, " ", std::to_string(port), " -> instance ",
                   chosen->id, " ", listener->instanceProtocol.empty() ? listener->protocol
                                                                    : listener->instanceProtocol,
                   " ", std::to_string(backend)),
            lb.proxyProtocol ? Message(texts::hopClassicLb, {ipv4Text(node.privateIp)})
                                   .append(texts::hopProxyProtocol)
                             : Message(texts::hopClassicLb, {ipv4Text(node.privateIp)}));
    else
        hop(lb.id, ResourceKind::LoadBalancer, HopAction::SnatDnat);
    if (!checkSecurityGroups(lb.securityGroupIds, lb.id, ResourceKind::LoadBalancer, false))
        return false;
    if (m_record)
        classicHealthCheck(lb, node, target->privateIp);
    const auto *subnet = node.subnet ? m_net.subnetInfo(node.subnet->id) : nullptr;
    if (!subnet)
        return block(ReasonCode::UnknownEndpoint, lb.id, ResourceKind::LoadBalancer,
                     {texts::lbNodeNoSubnet}, {texts::lbNodeNoSubnetFix});
    const size_t blockers = blockerCount();
    const bool reached = sendFromSubnet(*subnet, Origin::Local);
    if (auto *at = blockerAt(blockers))
        explainSeenAddress(*at, lb, node.privateIp);
    return reached;
}

// Seed 003's timeout: the instance's security group admits the application, not the ELB.
void Walker::explainSeenAddress(BlockedAt &blocked, const LoadBalancer &lb, Ipv4 nodeIp)
{
    auto *at = &blocked;
    if (at->reason != ReasonCode::SgIngressDeny || m_dir != Direction::Forward
        || at->resource == lb.id || m_pkt.src != nodeIp)
        return;
    Message detail = at->detailMessage;
    detail.append(texts::sgBehindClassicLb, {ipv4Text(nodeIp), lb.name});
    Message fix = lb.securityGroupIds.empty()
                      ? at->fixMessage
                      : Message(texts::sgBehindClassicLbFix, {m_pkt.dstPorts.toString(),
                                                              lb.securityGroupIds.front(),
                                                              at->resource});
    at->setTexts(std::move(detail), std::move(fix));
}

void Walker::classicHealthCheck(const LoadBalancer &lb, const AddressOwner &node, Ipv4 target)
{
    const uint16_t port = healthCheckPort(lb.healthCheck);
    if (!port)
        return;
    const Message hc(texts::healthCheckClassic,
                     {lb.healthCheck, ipv4Text(node.privateIp), ipv4Text(target)});
    if (port == 25 || port == 587)
        warning(Message(hc).append(texts::healthCheckSmtpPort));
    const auto lbGroups = m_net.groups(lb.securityGroupIds);
    const auto out = evaluateSecurityGroups(asSpan(lbGroups), false, protocolTcp, target,
                                            PortRange::single(port), m_net.resolver);
    if (!lbGroups.empty() && !out.allowed)
        warning(Message(hc).append(texts::healthCheckClbOut));
    const auto *owner = m_net.ownerInVpc(lb.vpcId, target);
    if (!owner || !owner->eni)
        return;
    const auto groups = m_net.groups(owner->eni->securityGroupIds);
    const auto in = evaluateSecurityGroups(asSpan(groups), true, protocolTcp, node.privateIp,
                                           PortRange::single(port), m_net.resolver);
    if (in.allowed)
        note(Message(hc).append(texts::healthCheckAllowed, {in.rule}));
    else
        warning(Message(hc).append(texts::healthCheckInstanceSg));
}

} // namespace mailpath::core
