#include "palettebuilders.h"

namespace mailpath::app::factory {

using namespace core;

namespace {

std::string defaultSecurityGroup(Builder &b, const std::string &vpcId)
{
    for (const auto &[id, sg] : b.scratch().all<SecurityGroup>())
        if (sg.vpcId == vpcId && sg.name == "default")
            return id;
    SecurityGroup sg;
    sg.id = b.newId(ResourceKind::SecurityGroup);
    sg.name = "default";
    sg.vpcId = vpcId;
    sg.description = "default VPC security group";
    SgRule self;
    self.groupId = sg.id;
    sg.ingress.push_back(self);
    SgRule all;
    all.cidr = Cidr::any();
    sg.egress.push_back(all);
    return b.add(std::move(sg)).id;
}

} // namespace

bool addVpc(Builder &b, const DropContext &ctx)
{
    Vpc vpc;
    vpc.id = b.newId(ResourceKind::Vpc);
    vpc.name = "vpc";
    vpc.region = ctx.region;
    vpc.cidrs = {b.planner().nextVpcCidr()};
    b.add(vpc);

    RouteTable main;
    main.id = b.newId(ResourceKind::RouteTable);
    main.name = "main";
    main.vpcId = vpc.id;
    main.main = true;
    Route local;
    local.destination = vpc.primaryCidr();
    local.target = RouteTarget::Local;
    local.targetId = "local";
    main.routes.push_back(local);
    b.add(std::move(main));

    NetworkAcl acl;
    acl.id = b.newId(ResourceKind::NetworkAcl);
    acl.name = "default";
    acl.vpcId = vpc.id;
    acl.isDefault = true;
    for (bool egress : {false, true}) {
        AclEntry e;
        e.ruleNumber = 100;
        e.egress = egress;
        e.cidr = Cidr::any();
        acl.entries.push_back(e);
    }
    b.add(std::move(acl));
    defaultSecurityGroup(b, vpc.id);
    b.bundle().primaryId = vpc.id;
    b.place(vpc.id);
    return true;
}

bool addSubnet(Builder &b, DropContext ctx, bool isPublic)
{
    if (ctx.vpcId.empty()) {
        b.bundle().error = tr("Drop a subnet into a VPC.");
        return false;
    }
    const auto cidr = b.planner().nextSubnetCidr(ctx.vpcId);
    if (!cidr) {
        b.bundle().error = tr("The VPC has no free /24 left.");
        return false;
    }
    Subnet s;
    s.id = b.newId(ResourceKind::Subnet);
    s.name = isPublic ? "public" : "private";
    s.vpcId = ctx.vpcId;
    s.cidr = *cidr;
    s.mapPublicIpOnLaunch = isPublic;
    if (ctx.availabilityZone.empty()) {
        for (const auto &[id, other] : b.scratch().all<Subnet>())
            if (other.vpcId == ctx.vpcId)
                ctx.availabilityZone = other.availabilityZone;
    }
    s.availabilityZone = ctx.availabilityZone.empty() ? ctx.region + "a" : ctx.availabilityZone;
    return b.addPrimary(std::move(s));
}

/** An ENI with the next free address and the VPC's default security group. */

namespace {

Eni makeEni(Builder &b, const Subnet &subnet, EniRole role)
{
    Eni eni;
    eni.id = b.newId(ResourceKind::NetworkInterface);
    eni.subnetId = subnet.id;
    eni.vpcId = subnet.vpcId;
    eni.availabilityZone = subnet.availabilityZone;
    eni.role = role;
    if (const auto ip = b.planner().nextFreeIp(subnet.id)) {
        eni.privateIps = {*ip};
        b.planner().reserve(*ip);
    }
    if (subnet.mapPublicIpOnLaunch && role == EniRole::Workload) {
        eni.publicIp = b.planner().nextPublicIp();
        b.planner().reserve(*eni.publicIp);
    }
    eni.securityGroupIds = {defaultSecurityGroup(b, subnet.vpcId)};
    if (role == EniRole::Lambda)
        eni.ephemeralPorts = PortRange{1024, 65535};
    return eni;
}

const Subnet *requireSubnet(Builder &b, const DropContext &ctx, const QString &what)
{
    const auto *subnet = b.scratch().find<Subnet>(ctx.subnetId);
    if (!subnet)
        b.bundle().error = tr("Drop %1 into a subnet.").arg(what);
    return subnet;
}

} // namespace

bool addInstance(Builder &b, const DropContext &ctx, const char *name)
{
    const auto *subnet = requireSubnet(b, ctx, tr("an EC2 instance"));
    if (!subnet)
        return false;
    Instance inst;
    inst.id = b.newId(ResourceKind::Instance);
    inst.name = name;
    inst.subnetId = subnet->id;
    inst.vpcId = subnet->vpcId;
    inst.availabilityZone = subnet->availabilityZone;
    Eni eni = makeEni(b, *subnet, EniRole::Workload);
    eni.instanceId = inst.id;
    inst.eniIds = {eni.id};
    b.add(std::move(eni));
    return b.addPrimary(std::move(inst));
}

bool addNatInstance(Builder &b, const DropContext &ctx)
{
    const auto *subnet = requireSubnet(b, ctx, tr("a NAT instance"));
    if (!subnet)
        return false;
    Instance inst;
    inst.id = b.newId(ResourceKind::Instance);
    inst.name = "nat-instance";
    inst.subnetId = subnet->id;
    inst.vpcId = subnet->vpcId;
    inst.availabilityZone = subnet->availabilityZone;
    Eni eni = makeEni(b, *subnet, EniRole::Workload);
    eni.instanceId = inst.id;
    eni.sourceDestCheck = false; // R4.11
    if (!eni.publicIp) {
        eni.publicIp = b.planner().nextPublicIp();
        b.planner().reserve(*eni.publicIp);
    }
    inst.eniIds = {eni.id};
    b.add(std::move(eni));
    return b.addPrimary(std::move(inst));
}

bool addClassicLoadBalancer(Builder &b, const DropContext &ctx)
{
    const auto *subnet = requireSubnet(b, ctx, tr("a Classic Load Balancer"));
    if (!subnet)
        return false;
    LoadBalancer lb;
    lb.id = b.newId(ResourceKind::LoadBalancer);
    lb.name = "classic-elb";
    lb.type = "classic";
    lb.crossZone = true;
    lb.vpcId = subnet->vpcId;
    lb.internetFacing = subnet->mapPublicIpOnLaunch;
    lb.securityGroupIds = {defaultSecurityGroup(b, subnet->vpcId)};
    lb.healthCheck = "TCP:80"; // seed 003: a health check on 25 floods the mail log
    ServiceNode node;
    node.subnetId = subnet->id;
    if (const auto ip = b.planner().nextFreeIp(subnet->id))
        node.privateIp = *ip;
    if (lb.internetFacing)
        node.publicIp = b.planner().nextPublicIp();
    lb.nodes = {node};
    lb.listeners = {Listener{25, "TCP", {}, 0, {}}};
    return b.addPrimary(std::move(lb));
}

bool addTaskEni(Builder &b, const DropContext &ctx, EniRole role)
{
    const auto *subnet = requireSubnet(b, ctx, role == EniRole::Lambda ? tr("a Lambda function")
                                                                       : tr("a Fargate task"));
    if (!subnet)
        return false;
    Eni eni = makeEni(b, *subnet, role);
    eni.name = role == EniRole::Lambda ? "lambda" : "fargate-task";
    eni.description = role == EniRole::Lambda ? "AWS Lambda VPC ENI" : "ECS Fargate task ENI";
    b.bundle().primaryId = b.add(std::move(eni)).id;
    b.place(b.bundle().primaryId);
    return true;
}

bool addNatGateway(Builder &b, const DropContext &ctx)
{
    const auto *subnet = requireSubnet(b, ctx, tr("a NAT gateway"));
    if (!subnet)
        return false;
    NatGateway nat;
    nat.id = b.newId(ResourceKind::NatGateway);
    nat.name = "nat";
    nat.subnetId = subnet->id;
    nat.vpcId = subnet->vpcId;
    if (const auto ip = b.planner().nextFreeIp(subnet->id))
        nat.privateIp = *ip;
    nat.publicIp = b.planner().nextPublicIp();
    return b.addPrimary(std::move(nat));
}

bool addInternetGateway(Builder &b, const DropContext &ctx)
{
    if (ctx.vpcId.empty()) {
        b.bundle().error = tr("Drop an internet gateway into a VPC.");
        return false;
    }
    for (const auto &[id, igw] : b.scratch().all<InternetGateway>())
        if (std::find(igw.vpcIds.begin(), igw.vpcIds.end(), ctx.vpcId) != igw.vpcIds.end()) {
            b.bundle().error = tr("This VPC already has an internet gateway (%1).")
                                   .arg(QString::fromStdString(id));
            return false;
        }
    InternetGateway igw;
    igw.id = b.newId(ResourceKind::InternetGateway);
    igw.name = "igw";
    igw.vpcIds = {ctx.vpcId};
    return b.addPrimary(std::move(igw));
}

bool addLoadBalancer(Builder &b, const DropContext &ctx)
{
    const auto *subnet = requireSubnet(b, ctx, tr("a network load balancer"));
    if (!subnet)
        return false;
    TargetGroup tg;
    tg.id = b.newId(ResourceKind::TargetGroup);
    tg.name = "smtp-targets";
    tg.vpcId = subnet->vpcId;
    LoadBalancer lb;
    lb.id = b.newId(ResourceKind::LoadBalancer);
    lb.name = "nlb";
    lb.vpcId = subnet->vpcId;
    lb.internetFacing = subnet->mapPublicIpOnLaunch;
    ServiceNode node;
    node.subnetId = subnet->id;
    if (const auto ip = b.planner().nextFreeIp(subnet->id))
        node.privateIp = *ip;
    if (lb.internetFacing)
        node.publicIp = b.planner().nextPublicIp();
    lb.nodes = {node};
    lb.listeners = {Listener{25, "TCP", tg.id, 0, {}}};
    tg.loadBalancerIds = {lb.id};
    b.add(std::move(tg));
    return b.addPrimary(std::move(lb));
}

bool addSesVpcEndpoint(Builder &b, const DropContext &ctx)
{
    const auto *subnet = requireSubnet(b, ctx, tr("an SES VPC endpoint"));
    if (!subnet)
        return false;
    const auto *vpc = b.scratch().find<Vpc>(subnet->vpcId);
    SecurityGroup sg;
    sg.id = b.newId(ResourceKind::SecurityGroup);
    sg.name = "ses-endpoint";
    sg.vpcId = subnet->vpcId;
    for (uint16_t port : {25, 465, 587, 2465, 2587}) {
        SgRule r;
        r.protocol = 6;
        r.ports = PortRange::single(port);
        r.cidr = vpc ? vpc->primaryCidr() : Cidr::any();
        sg.ingress.push_back(r);
    }
    b.add(sg);
    VpcEndpoint ep;
    ep.id = b.newId(ResourceKind::VpcEndpoint);
    ep.name = "ses-smtp-endpoint";
    ep.vpcId = subnet->vpcId;
    ep.serviceName = "com.amazonaws." + ctx.region + ".email-smtp";
    ep.subnetIds = {subnet->id};
    ServiceNode node;
    node.subnetId = subnet->id;
    if (const auto ip = b.planner().nextFreeIp(subnet->id))
        node.privateIp = *ip;
    ep.nodes = {node};
    ep.securityGroupIds = {sg.id};
    ep.privateDnsEnabled = true;
    return b.addPrimary(std::move(ep));
}

bool addVpnGateway(Builder &b, const DropContext &ctx)
{
    if (ctx.vpcId.empty()) {
        b.bundle().error = tr("Drop a virtual private gateway into a VPC.");
        return false;
    }
    VpnGateway vgw;
    vgw.id = b.newId(ResourceKind::VpnGateway);
    vgw.name = "vgw";
    vgw.vpcIds = {ctx.vpcId};
    b.add(vgw);
    CustomerGateway cgw;
    cgw.id = b.newId(ResourceKind::CustomerGateway);
    cgw.name = "customer-gateway";
    cgw.ipAddress = b.planner().nextPublicIp();
    b.add(cgw);
    VpnConnection vpn;
    vpn.id = b.newId(ResourceKind::VpnConnection);
    vpn.name = "vpn";
    vpn.vpnGatewayId = vgw.id;
    vpn.customerGatewayId = cgw.id;
    for (const auto &[id, net] : b.scratch().all<OnPremNetwork>())
        vpn.routes.insert(vpn.routes.end(), net.cidrs.begin(), net.cidrs.end());
    b.add(vpn);
    b.bundle().primaryId = vgw.id;
    b.place(vgw.id);
    if (b.scratch().layoutOf(cgw.id) == nullptr)
        b.place(cgw.id);
    return true;
}

bool addDirectConnect(Builder &b, const DropContext &ctx)
{
    if (ctx.vpcId.empty()) {
        b.bundle().error = tr("Drop Direct Connect into a VPC.");
        return false;
    }
    std::string vgwId;
    for (const auto &[id, vgw] : b.scratch().all<VpnGateway>())
        if (std::find(vgw.vpcIds.begin(), vgw.vpcIds.end(), ctx.vpcId) != vgw.vpcIds.end())
            vgwId = id;
    if (vgwId.empty()) {
        VpnGateway vgw;
        vgw.id = vgwId = b.newId(ResourceKind::VpnGateway);
        vgw.name = "vgw";
        vgw.vpcIds = {ctx.vpcId};
        b.add(vgw);
        b.place(vgw.id);
    }
    const auto *vpc = b.scratch().find<Vpc>(ctx.vpcId);
    DirectConnectGateway gw; // R17.2: the allowed prefix must cover the whole VPC CIDR
    gw.id = b.newId(ResourceKind::DirectConnectGateway);
    gw.name = "dx-gateway";
    gw.associations = {{.id = gw.id + "-assoc", .gatewayId = vgwId,
                        .allowedPrefixes = {vpc ? vpc->primaryCidr() : Cidr::any()}}};
    VirtualInterface vif;
    vif.id = b.newId(ResourceKind::VirtualInterface);
    vif.name = "private-vif";
    vif.vlan = 100;
    vif.directConnectGatewayId = gw.id;
    for (const auto &[id, net] : b.scratch().all<OnPremNetwork>())
        vif.onPremPrefixes.insert(vif.onPremPrefixes.end(), net.cidrs.begin(), net.cidrs.end());
    const std::string gwId = gw.id;
    b.addPrimary(std::move(gw));
    b.add(vif);
    b.placeBeside(vif.id, gwId); // the VIF beside its gateway, not on top of it
    return true;
}

bool addSimple(Builder &b, const DropContext &ctx, const QString &entry)
{
    std::string id;
    if (entry == "transit-gateway") {
        TransitGateway tgw;
        tgw.id = b.newId(ResourceKind::TransitGateway);
        tgw.name = "tgw";
        tgw.region = ctx.region;
        TgwRouteTable rt;
        rt.id = b.newId(ResourceKind::TgwRouteTable);
        rt.name = "default";
        rt.transitGatewayId = tgw.id;
        rt.defaultAssociation = rt.defaultPropagation = true;
        tgw.defaultAssociationRouteTableId = tgw.defaultPropagationRouteTableId = rt.id;
        id = b.add(tgw).id;
        b.add(rt);
    } else if (entry == "ses-endpoint") {
        SesEndpoint ses;
        ses.id = b.newId(ResourceKind::SesEndpoint);
        ses.region = ctx.region;
        ses.name = "SES " + ctx.region;
        id = b.add(ses).id;
    } else if (entry == "on-prem-network") {
        OnPremNetwork net;
        net.id = b.newId(ResourceKind::OnPremNetwork);
        net.name = "on-premises";
        net.cidrs = {b.planner().nextOnPremCidr()};
        id = b.add(net).id;
    } else if (entry == "internet-host") {
        InternetHost host;
        host.id = b.newId(ResourceKind::InternetHost);
        host.name = "mail.example.com";
        host.hostName = "mail.example.com";
        host.addresses = {b.planner().nextPublicIp()};
        id = b.add(host).id;
    }
    b.bundle().primaryId = id;
    b.place(id);
    return true;
}

bool addNetworkFirewall(Builder &b, const DropContext &ctx)
{
    const auto *subnet = requireSubnet(b, ctx, tr("an AWS Network Firewall (its firewall subnet)"));
    if (!subnet)
        return false;
    // One endpoint in the dropped subnet; a policy that hands everything to the stateful
    // engine and passes what no rule matches (AWS's defaults).
    NetworkFirewall fw;
    fw.id = b.newId(ResourceKind::NetworkFirewall);
    fw.name = "network-firewall";
    fw.vpcId = subnet->vpcId;
    fw.policyName = "policy";
    fw.endpoints = {NfwEndpoint{subnet->availabilityZone, subnet->id,
                                b.newId(ResourceKind::VpcEndpoint)}};
    return b.addPrimary(std::move(fw));
}

bool addFirewall(Builder &b, const DropContext &ctx)
{
    const auto *net = b.scratch().find<OnPremNetwork>(ctx.onPremId);
    if (!net) {
        b.bundle().error = tr("Drop a customer firewall into an on-premises network.");
        return false;
    }
    Firewall fw;
    fw.id = b.newId(ResourceKind::Firewall);
    fw.name = "firewall";
    fw.onPremNetworkId = net->id;
    fw.publicIps = {b.planner().nextPublicIp()};
    fw.snatIp = fw.publicIps.front();
    FirewallRule allow;
    allow.ports = PortRange::single(587);
    allow.description = "SMTP submission";
    fw.rules = {allow};
    OnPremNetwork changed = *net;
    changed.firewallId = fw.id;
    b.add(fw);
    b.add(std::move(changed));
    b.bundle().primaryId = fw.id;
    b.place(fw.id);
    return true;
}

bool addSmtpServer(Builder &b, const DropContext &ctx)
{
    SmtpServer smtp;
    smtp.id = b.newId(ResourceKind::SmtpServer);
    smtp.name = "smtp";
    if (const auto *subnet = b.scratch().find<Subnet>(ctx.subnetId)) {
        if (!addInstance(b, ctx, "smtp-relay"))
            return false;
        smtp.hostId = b.bundle().primaryId;
        const auto *inst = b.scratch().find<Instance>(smtp.hostId);
        if (const auto *eni = b.scratch().find<Eni>(inst->eniIds.front()))
            smtp.address = eni->primaryIp();
        (void) subnet;
        b.add(smtp);
        b.bundle().primaryId = smtp.id;
        b.placeBeside(smtp.id, smtp.hostId); // not on the subnet's title
        return true;
    }
    if (const auto *net = b.scratch().find<OnPremNetwork>(ctx.onPremId)) {
        smtp.hostId = net->id;
        if (!net->cidrs.empty())
            smtp.address = Ipv4(net->cidrs.front().baseValue() + 25);
    } else {
        smtp.address = b.planner().nextPublicIp();
    }
    return b.addPrimary(std::move(smtp));
}

bool addPeering(Builder &b, const DropContext &ctx)
{
    std::string other;
    for (const auto &[id, v] : b.scratch().all<Vpc>())
        if (id != ctx.vpcId && other.empty())
            other = id;
    if (ctx.vpcId.empty() || other.empty()) {
        b.bundle().error = tr("Drop a peering into a VPC; the design needs a second VPC.");
        return false;
    }
    PeeringConnection pcx;
    pcx.id = b.newId(ResourceKind::PeeringConnection);
    pcx.name = "peering";
    pcx.requesterVpcId = ctx.vpcId;
    pcx.accepterVpcId = other;
    pcx.requesterCidrs = b.scratch().find<Vpc>(ctx.vpcId)->cidrs;
    pcx.accepterCidrs = b.scratch().find<Vpc>(other)->cidrs;
    b.bundle().primaryId = b.add(pcx).id;
    b.place(pcx.id);
    return true;
}

namespace {

bool addPublicSubnet(Builder &b, const DropContext &ctx) { return addSubnet(b, ctx, true); }
bool addPrivateSubnet(Builder &b, const DropContext &ctx) { return addSubnet(b, ctx, false); }
bool addEc2(Builder &b, const DropContext &ctx) { return addInstance(b, ctx, "web"); }
bool addFargate(Builder &b, const DropContext &ctx)
{
    return addTaskEni(b, ctx, EniRole::Fargate);
}
bool addLambda(Builder &b, const DropContext &ctx) { return addTaskEni(b, ctx, EniRole::Lambda); }
bool addTransitGateway(Builder &b, const DropContext &ctx)
{
    return addSimple(b, ctx, "transit-gateway");
}
bool addSesEndpoint(Builder &b, const DropContext &ctx)
{
    return addSimple(b, ctx, "ses-endpoint");
}
bool addOnPrem(Builder &b, const DropContext &ctx) { return addSimple(b, ctx, "on-prem-network"); }
bool addInternetHost(Builder &b, const DropContext &ctx)
{
    return addSimple(b, ctx, "internet-host");
}

} // namespace

} // namespace mailpath::app::factory

namespace mailpath::app {

const std::vector<PaletteEntry> &paletteEntries()
{
    using namespace factory;
    const QString net = tr("Network"), compute = tr("Compute"), mail = tr("Mail"),
                  outside = tr("Outside AWS");
    static const std::vector<PaletteEntry> entries = {
        {"vpc", tr("VPC"), ":/icons/vpc.svg", net, addVpc},
        {"subnet-public", tr("Public subnet"), ":/icons/subnet-public.svg", net, addPublicSubnet},
        {"subnet-private", tr("Private subnet"), ":/icons/subnet-private.svg", net,
         addPrivateSubnet},
        {"internet-gateway", tr("Internet gateway"), ":/icons/internet-gateway.svg", net,
         addInternetGateway},
        {"nat-gateway", tr("NAT gateway"), ":/icons/nat-gateway.svg", net, addNatGateway},
        {"nat-instance", tr("NAT instance"), ":/icons/nat-gateway.svg", net, addNatInstance},
        {"nlb", tr("Network load balancer"), ":/icons/load-balancer.svg", net, addLoadBalancer},
        {"classic-lb", tr("Classic Load Balancer"), ":/icons/load-balancer.svg", net,
         addClassicLoadBalancer},
        {"network-firewall", tr("AWS Network Firewall"), ":/icons/network-firewall.svg", net,
         addNetworkFirewall},
        {"gwlb", tr("Gateway Load Balancer"), ":/icons/load-balancer.svg", net,
         addGatewayLoadBalancer},
        {"gwlb-endpoint", tr("GWLB endpoint"), ":/icons/gwlb-endpoint.svg", net, addGwlbEndpoint},
        {"transit-gateway", tr("Transit gateway"), ":/icons/transit-gateway.svg", net,
         addTransitGateway},
        {"peering", tr("VPC peering"), ":/icons/peering-connection.svg", net, addPeering},
        {"vpn-gateway", tr("VPN gateway + VPN"), ":/icons/vpn-gateway.svg", net, addVpnGateway},
        {"direct-connect", tr("Direct Connect gateway + VIF"), ":/icons/dx-gateway.svg", net,
         addDirectConnect},
        {"ec2", tr("EC2 instance"), ":/icons/instance.svg", compute, addEc2},
        {"fargate", tr("Fargate task"), ":/icons/fargate.svg", compute, addFargate},
        {"lambda", tr("Lambda function"), ":/icons/lambda.svg", compute, addLambda},
        {"ses-endpoint", tr("SES SMTP endpoint"), ":/icons/ses-endpoint.svg", mail,
         addSesEndpoint},
        {"ses-vpc-endpoint", tr("SES VPC endpoint"), ":/icons/vpc-endpoint.svg", mail,
         addSesVpcEndpoint},
        {"smtp-server", tr("SMTP server"), ":/icons/smtp-server.svg", mail, addSmtpServer},
        {"on-prem-network", tr("On-premises network"), ":/icons/on-prem-network.svg", outside,
         addOnPrem},
        {"firewall", tr("Customer firewall"), ":/icons/firewall.svg", outside, addFirewall},
        {"internet-host", tr("Internet host"), ":/icons/internet-host.svg", outside,
         addInternetHost},
    };
    return entries;
}

} // namespace mailpath::app
