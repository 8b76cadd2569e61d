#include "validate.h"

#include "publicplan.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

namespace mailpath::core {

namespace {

class Checker
{
public:
    explicit Checker(const Design &design)
        : m_design(design)
    {}

    Diagnostics take() { return std::move(m_diagnostics); }

    void report(Severity severity, const std::string &resource, std::string message)
    {
        m_diagnostics.push_back({severity, {}, resource, std::move(message)});
    }

    /** Reports when id is set but is not a T of the design. */
    template<typename T>
    void ref(const std::string &owner, const std::string &id, std::string_view role,
             Severity severity = Severity::Warning)
    {
        if (id.empty() || m_design.find<T>(id))
            return;
        report(severity, owner,
               std::string(role) + " " + id + " (" + std::string(kindName(T::kind))
                   + ") is not in the design");
    }

    template<typename T>
    void refs(const std::string &owner, const std::vector<std::string> &ids, std::string_view role,
              Severity severity = Severity::Warning)
    {
        for (const auto &id : ids)
            ref<T>(owner, id, role, severity);
    }

    const Design &design() const { return m_design; }

private:
    const Design &m_design;
    Diagnostics m_diagnostics;
};

std::vector<const Subnet *> sortedSubnets(const Design &design)
{
    std::vector<const Subnet *> subnets;
    for (const auto &[id, subnet] : design.all<Subnet>())
        subnets.push_back(&subnet);
    std::sort(subnets.begin(), subnets.end(), [](auto *a, auto *b) { return a->id < b->id; });
    return subnets;
}

void subnetConflicts(const Design &design, std::vector<CidrConflict> &out)
{
    const auto subnets = sortedSubnets(design);
    for (size_t i = 0; i < subnets.size(); ++i) {
        const Subnet &s = *subnets[i];
        const Vpc *vpc = design.find<Vpc>(s.vpcId);
        if (vpc && std::none_of(vpc->cidrs.begin(), vpc->cidrs.end(),
                                [&](const Cidr &block) { return block.contains(s.cidr); }))
            out.push_back({s.id, {},
                           "CIDR " + s.cidr.toString() + " is outside the CIDRs of " + vpc->id});
        for (size_t j = i + 1; j < subnets.size(); ++j) {
            const Subnet &t = *subnets[j];
            if (t.vpcId == s.vpcId && t.cidr.overlaps(s.cidr))
                out.push_back({s.id, t.id,
                               "CIDR " + s.cidr.toString() + " overlaps " + t.id + " ("
                                   + t.cidr.toString() + ") in the same VPC"});
        }
    }
}

/** VPC pairs that exchange traffic (peered, or attached to one transit gateway) and how. */
std::map<std::pair<std::string, std::string>, std::string> connectedVpcPairs(const Design &design)
{
    std::map<std::pair<std::string, std::string>, std::string> pairs;
    auto add = [&](const std::string &a, const std::string &b, const std::string &via) {
        if (a != b && design.find<Vpc>(a) && design.find<Vpc>(b))
            pairs.try_emplace({std::min(a, b), std::max(a, b)}, via);
    };
    std::map<std::string, const PeeringConnection *> peerings;
    for (const auto &[id, pcx] : design.all<PeeringConnection>())
        peerings.emplace(id, &pcx);
    for (const auto &[id, pcx] : peerings)
        add(pcx->requesterVpcId, pcx->accepterVpcId, id);
    std::map<std::string, std::set<std::string>> vpcsOfTgw;
    for (const auto &[id, att] : design.all<TgwAttachment>())
        if (att.resourceType == "vpc")
            vpcsOfTgw[att.transitGatewayId].insert(att.resourceId);
    for (const auto &[tgw, vpcs] : vpcsOfTgw)
        for (auto i = vpcs.begin(); i != vpcs.end(); ++i)
            for (auto j = std::next(i); j != vpcs.end(); ++j)
                add(*i, *j, tgw);
    return pairs;
}

void vpcConflicts(const Design &design, std::vector<CidrConflict> &out)
{
    for (const auto &[pair, via] : connectedVpcPairs(design)) {
        const auto &[a, b] = pair;
        for (const auto &x : design.find<Vpc>(a)->cidrs) {
            const auto &others = design.find<Vpc>(b)->cidrs;
            const auto y = std::find_if(others.begin(), others.end(),
                                        [&](const Cidr &c) { return c.overlaps(x); });
            if (y == others.end())
                continue;
            out.push_back({a, b, "CIDR " + x.toString() + " overlaps " + b + " ("
                                     + y->toString() + "), connected through " + via});
            break;
        }
    }
}

void checkSubnets(Checker &c)
{
    for (const auto *s : sortedSubnets(c.design()))
        c.ref<Vpc>(s->id, s->vpcId, "VPC");
    for (const auto &conflict : cidrConflicts(c.design()))
        c.report(Severity::Warning, conflict.resource, conflict.message);
}

template<typename T>
void routeTarget(Checker &c, const RouteTable &table, const Route &route)
{
    // A blackhole route's target is gone by definition: worth knowing, not a fault.
    const Severity severity = route.blackhole ? Severity::Info : Severity::Warning;
    c.ref<T>(table.id, route.targetId, "route target", severity);
}

void checkRoute(Checker &c, const RouteTable &table, const Route &route)
{
    switch (route.target) {
    case RouteTarget::InternetGateway: routeTarget<InternetGateway>(c, table, route); break;
    case RouteTarget::NatGateway: routeTarget<NatGateway>(c, table, route); break;
    case RouteTarget::TransitGateway: routeTarget<TransitGateway>(c, table, route); break;
    case RouteTarget::Peering: routeTarget<PeeringConnection>(c, table, route); break;
    case RouteTarget::NetworkInterface: routeTarget<Eni>(c, table, route); break;
    case RouteTarget::Instance: routeTarget<Instance>(c, table, route); break;
    case RouteTarget::VpnGateway: routeTarget<VpnGateway>(c, table, route); break;
    case RouteTarget::VpcEndpoint:
        if (!firewallOfEndpoint(c.design(), route.targetId)) // firewall endpoints are no resource
            routeTarget<VpcEndpoint>(c, table, route);
        break;
    case RouteTarget::Local:
    case RouteTarget::EgressOnlyGateway:
    case RouteTarget::Other: break;
    }
    c.ref<PrefixList>(table.id, route.destinationPrefixListId, "destination prefix list");
}

void checkVpcParts(Checker &c)
{
    const Design &d = c.design();
    for (const auto &[id, t] : d.all<RouteTable>()) {
        c.ref<Vpc>(id, t.vpcId, "VPC");
        c.refs<Subnet>(id, t.subnetIds, "associated subnet");
        for (const auto &route : t.routes)
            checkRoute(c, t, route);
    }
    for (const auto &[id, sg] : d.all<SecurityGroup>()) {
        c.ref<Vpc>(id, sg.vpcId, "VPC");
        for (const auto *rules : {&sg.ingress, &sg.egress}) {
            for (const auto &rule : *rules) {
                // Rules may name groups of peered VPCs or other accounts.
                c.ref<SecurityGroup>(id, rule.groupId, "rule peer group", Severity::Info);
                c.ref<PrefixList>(id, rule.prefixListId, "rule prefix list");
            }
        }
    }
    for (const auto &[id, acl] : d.all<NetworkAcl>()) {
        c.ref<Vpc>(id, acl.vpcId, "VPC");
        c.refs<Subnet>(id, acl.subnetIds, "associated subnet");
    }
    for (const auto &[id, igw] : d.all<InternetGateway>())
        c.refs<Vpc>(id, igw.vpcIds, "attached VPC");
    for (const auto &[id, p] : d.all<PeeringConnection>()) {
        // The peer VPC may belong to an account outside the snapshot.
        c.ref<Vpc>(id, p.requesterVpcId, "requester VPC", Severity::Info);
        c.ref<Vpc>(id, p.accepterVpcId, "accepter VPC", Severity::Info);
    }
    for (const auto &[id, e] : d.all<VpcEndpoint>()) {
        c.ref<Vpc>(id, e.vpcId, "VPC");
        c.refs<Subnet>(id, e.subnetIds, "subnet");
        c.refs<SecurityGroup>(id, e.securityGroupIds, "security group");
        c.refs<RouteTable>(id, e.routeTableIds, "route table");
    }
}

void checkEc2(Checker &c)
{
    const Design &d = c.design();
    for (const auto &[id, eni] : d.all<Eni>()) {
        c.ref<Subnet>(id, eni.subnetId, "subnet");
        c.ref<Vpc>(id, eni.vpcId, "VPC");
        c.refs<SecurityGroup>(id, eni.securityGroupIds, "security group");
        c.ref<Instance>(id, eni.instanceId, "instance");
        if (eni.subnetId.empty())
            c.report(Severity::Warning, id, "network interface without a subnet");
    }
    for (const auto &[id, instance] : d.all<Instance>()) {
        c.ref<Subnet>(id, instance.subnetId, "subnet");
        c.ref<Vpc>(id, instance.vpcId, "VPC");
        c.refs<Eni>(id, instance.eniIds, "network interface");
        for (const auto &eniId : instance.eniIds)
            if (const Eni *eni = d.find<Eni>(eniId); eni && eni->instanceId != id)
                c.report(Severity::Warning, id,
                         "network interface " + eniId + " does not point back to the instance");
    }
    for (const auto &[id, nat] : d.all<NatGateway>()) {
        c.ref<Subnet>(id, nat.subnetId, "subnet");
        c.ref<Vpc>(id, nat.vpcId, "VPC");
        c.ref<Eni>(id, nat.eniId, "network interface", Severity::Info);
    }
}

void checkLoadBalancing(Checker &c)
{
    const Design &d = c.design();
    for (const auto &[id, lb] : d.all<LoadBalancer>()) {
        c.ref<Vpc>(id, lb.vpcId, "VPC");
        c.refs<SecurityGroup>(id, lb.securityGroupIds, "security group");
        for (const auto &node : lb.nodes)
            c.ref<Subnet>(id, node.subnetId, "node subnet");
        for (const auto &listener : lb.listeners)
            c.ref<TargetGroup>(id, listener.targetGroupId, "listener target group");
    }
    for (const auto &[id, tg] : d.all<TargetGroup>()) {
        c.ref<Vpc>(id, tg.vpcId, "VPC");
        c.refs<LoadBalancer>(id, tg.loadBalancerIds, "load balancer");
        if (tg.targetType != "instance")
            continue;
        for (const auto &target : tg.targets)
            c.ref<Instance>(id, target.id, "target");
    }
}

void checkTransit(Checker &c)
{
    const Design &d = c.design();
    for (const auto &[id, tgw] : d.all<TransitGateway>()) {
        c.ref<TgwRouteTable>(id, tgw.defaultAssociationRouteTableId, "default association table");
        c.ref<TgwRouteTable>(id, tgw.defaultPropagationRouteTableId, "default propagation table");
    }
    for (const auto &[id, a] : d.all<TgwAttachment>()) {
        c.ref<TransitGateway>(id, a.transitGatewayId, "transit gateway");
        c.refs<Subnet>(id, a.subnetIds, "subnet");
        c.ref<TgwRouteTable>(id, a.associationRouteTableId, "associated route table");
        if (a.resourceType == "vpc")
            c.ref<Vpc>(id, a.resourceId, "attached VPC", Severity::Info);
    }
    for (const auto &[id, t] : d.all<TgwRouteTable>()) {
        c.ref<TransitGateway>(id, t.transitGatewayId, "transit gateway");
        c.refs<TgwAttachment>(id, t.propagationAttachmentIds, "propagating attachment");
        for (const auto &route : t.routes)
            c.refs<TgwAttachment>(id, route.attachmentIds, "route attachment");
    }
}

void checkVpn(Checker &c)
{
    const Design &d = c.design();
    for (const auto &[id, vgw] : d.all<VpnGateway>())
        c.refs<Vpc>(id, vgw.vpcIds, "attached VPC");
    for (const auto &[id, vpn] : d.all<VpnConnection>()) {
        c.ref<VpnGateway>(id, vpn.vpnGatewayId, "VPN gateway");
        c.ref<TransitGateway>(id, vpn.transitGatewayId, "transit gateway");
        c.ref<CustomerGateway>(id, vpn.customerGatewayId, "customer gateway");
    }
    for (const auto &[id, net] : d.all<OnPremNetwork>()) {
        for (const auto &link : net.vpnConnectionIds) // a VPN connection or a DX VIF
            if (!d.find<VirtualInterface>(link))
                c.ref<VpnConnection>(id, link, "VPN connection");
        c.ref<Firewall>(id, net.firewallId, "firewall");
    }
    for (const auto &[id, vif] : d.all<VirtualInterface>()) {
        c.ref<DirectConnectGateway>(id, vif.directConnectGatewayId, "Direct Connect gateway");
        c.ref<VpnGateway>(id, vif.virtualGatewayId, "VPN gateway");
    }
    for (const auto &[id, fw] : d.all<Firewall>())
        c.ref<OnPremNetwork>(id, fw.onPremNetworkId, "on-premises network");
    for (const auto &[id, server] : d.all<SmtpServer>())
        if (!server.hostId.empty() && !d.contains(server.hostId))
            c.report(Severity::Warning, id, "host " + server.hostId + " is not in the design");
}

/** A drawn public address the simulator uses for SES would take SES's replies. */
void checkPublicPlan(Checker &c)
{
    for (const auto &[address, owner] : publicplan::designAddresses(c.design())) {
        const std::string ses = publicplan::sesHostOf(address);
        if (ses.empty())
            continue;
        c.report(Severity::Warning, owner,
                 "public address " + ipv4Text(address) + " of " + owner
                     + " collides with the simulator's address for " + ses + " ("
                     + publicplan::simulatorBlock().toString()
                     + " is reserved for SES); give " + owner + " an address outside it");
    }
}

} // namespace

std::vector<CidrConflict> cidrConflicts(const Design &design)
{
    std::vector<CidrConflict> result;
    subnetConflicts(design, result);
    vpcConflicts(design, result);
    return result;
}

Diagnostics validateDesign(const Design &design)
{
    Checker checker(design);
    checkSubnets(checker);
    checkVpcParts(checker);
    checkEc2(checker);
    checkLoadBalancing(checker);
    checkTransit(checker);
    checkVpn(checker);
    checkPublicPlan(checker);
    Diagnostics result = checker.take();
    // Hash-map order is not stable; sort so output and tests are reproducible.
    std::stable_sort(result.begin(), result.end(), [](const Diagnostic &a, const Diagnostic &b) {
        return std::tie(a.resource, a.message) < std::tie(b.resource, b.message);
    });
    return result;
}

} // namespace mailpath::core
