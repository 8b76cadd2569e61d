#include "resourcefactory.h"

#include "addressplanner.h"
#include "core/layout/autolayout.h"

#include <QCoreApplication>

#include <cmath>

namespace mailpath::app {

using namespace core;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("ResourceFactory", text);
}

constexpr double grid = 10;
constexpr double padding = 24;
constexpr double header = 28;

double snap(double v)
{
    return std::round(v / grid) * grid;
}

/** Where in the model a drop landed, found by walking up the layout parents. */
struct DropContext
{
    std::string subnetId;
    std::string vpcId;
    std::string availabilityZone;
    std::string region;
    std::string onPremId;
};

DropContext resolveDrop(const Design &design, std::string key)
{
    DropContext ctx;
    for (int guard = 0; guard < 16; ++guard) {
        const auto kind = design.kindOf(key);
        if (kind == ResourceKind::Subnet && ctx.subnetId.empty()) {
            const auto *s = design.find<Subnet>(key);
            ctx.subnetId = key;
            ctx.availabilityZone = s->availabilityZone;
        } else if (kind == ResourceKind::Vpc && ctx.vpcId.empty()) {
            ctx.vpcId = key;
            ctx.region = design.find<Vpc>(key)->region;
        } else if (kind == ResourceKind::OnPremNetwork && ctx.onPremId.empty()) {
            ctx.onPremId = key;
        } else if (isAzKey(key) && ctx.availabilityZone.empty()) {
            for (const auto &[id, s] : design.all<Subnet>())
                if (azKey(s.vpcId, s.availabilityZone) == key)
                    ctx.availabilityZone = s.availabilityZone;
        } else if (isRegionKey(key) && ctx.region.empty()) {
            for (const auto &[id, v] : design.all<Vpc>())
                if (regionKey(v.region) == key)
                    ctx.region = v.region;
        }
        if (key.empty())
            break;
        key = layoutParentOf(design, key);
    }
    if (ctx.region.empty() && !design.all<Vpc>().empty())
        ctx.region = design.all<Vpc>().begin()->second.region;
    if (ctx.region.empty())
        ctx.region = "us-east-1";
    return ctx;
}

/** Accumulates a bundle; keeps a scratch copy of the design so layout parents resolve. */
class Builder
{
public:
    Builder(const Design &design, const DropPoint &drop)
        : m_design(design)
        , m_scratch(design)
        , m_drop(drop)
        , m_planner(m_scratch)
    {}

    template<typename T>
    const T &add(T value)
    {
        m_bundle.resources.emplace_back(T::kind, nlohmann::json(value));
        return m_scratch.put(std::move(value));
    }
    const Design &scratch() const { return m_scratch; }
    AddressPlanner &planner() { return m_planner; }
    ResourceBundle &bundle() { return m_bundle; }
    std::string newId(ResourceKind kind)
    {
        // Reserve through the scratch design so two new ids of a kind never collide.
        std::string id = m_scratch.generateId(kind);
        return id;
    }

    /** Gives key a layout at the drop point (creating missing containers on the way). */
    void place(const std::string &key) { placeAt(key, std::nullopt); }

    ResourceBundle take() { return std::move(m_bundle); }

private:
    const NodeLayout *layoutOf(const std::string &key) const
    {
        if (const auto it = m_bundle.layouts.find(key); it != m_bundle.layouts.end())
            return &it->second;
        return m_design.layoutOf(key);
    }

    void placeAt(const std::string &key, std::optional<QPointF> pos)
    {
        const std::string parent = layoutParentOf(m_scratch, key);
        if (!parent.empty() && !layoutOf(parent)) {
            placeAt(parent, std::nullopt);
            pos = QPointF(padding, header + 8);
        }
        if (!pos)
            pos = m_drop.localPos ? m_drop.localPos(parent) : QPointF(40, 40);
        const QSizeF size = defaultSize(m_scratch, key);
        NodeLayout layout;
        layout.x = snap(std::max(0.0, pos->x() - size.width() / 2));
        layout.y = snap(std::max(parent.empty() ? 0.0 : header, pos->y() - size.height() / 2));
        if (isContainerKey(m_scratch, key)) {
            layout.width = size.width();
            layout.height = size.height();
        }
        m_bundle.layouts[key] = layout;
        grow(parent, layout.x + size.width() + padding, layout.y + size.height() + padding);
    }

    /** Enlarges a container (and its ancestors) so that a child fits inside. */
    void grow(const std::string &key, double right, double bottom)
    {
        if (key.empty())
            return;
        const NodeLayout *current = layoutOf(key);
        if (!current)
            return;
        NodeLayout layout = *current;
        const QSizeF natural = defaultSize(m_scratch, key);
        const double w = layout.width > 0 ? layout.width : natural.width();
        const double h = layout.height > 0 ? layout.height : natural.height();
        if (right <= w && bottom <= h)
            return;
        layout.width = snap(std::max(w, right) + grid / 2);
        layout.height = snap(std::max(h, bottom) + grid / 2);
        m_bundle.layouts[key] = layout;
        grow(layoutParentOf(m_scratch, key), layout.x + layout.width + padding,
             layout.y + layout.height + padding);
    }

    const Design &m_design;
    Design m_scratch;
    const DropPoint &m_drop;
    AddressPlanner m_planner;
    ResourceBundle m_bundle;
};

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
    b.add(s);
    b.bundle().primaryId = s.id;
    b.place(s.id);
    return true;
}

/** An ENI with the next free address and the VPC's default security group. */
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
    b.add(inst);
    b.bundle().primaryId = inst.id;
    b.place(inst.id);
    return true;
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
    b.add(nat);
    b.bundle().primaryId = nat.id;
    b.place(nat.id);
    return true;
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
    b.add(igw);
    b.bundle().primaryId = igw.id;
    b.place(igw.id);
    return true;
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
    lb.listeners = {Listener{25, "TCP", tg.id}};
    tg.loadBalancerIds = {lb.id};
    b.add(std::move(tg));
    b.add(lb);
    b.bundle().primaryId = lb.id;
    b.place(lb.id);
    return true;
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
    b.add(ep);
    b.bundle().primaryId = ep.id;
    b.place(ep.id);
    return true;
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
        return true; // drawn inside its instance's subnet through the instance
    }
    if (const auto *net = b.scratch().find<OnPremNetwork>(ctx.onPremId)) {
        smtp.hostId = net->id;
        if (!net->cidrs.empty())
            smtp.address = Ipv4(net->cidrs.front().baseValue() + 25);
    } else {
        smtp.address = b.planner().nextPublicIp();
    }
    b.add(smtp);
    b.bundle().primaryId = smtp.id;
    b.place(smtp.id);
    return true;
}

} // namespace

bool isContainerKey(const Design &design, const std::string &key)
{
    if (isRegionKey(key) || isAzKey(key))
        return true;
    const auto kind = design.kindOf(key);
    return kind == ResourceKind::Vpc || kind == ResourceKind::Subnet
           || kind == ResourceKind::OnPremNetwork;
}

std::vector<std::string> ResourceBundle::keys() const
{
    std::vector<std::string> result;
    for (const auto &[kind, json] : resources)
        result.push_back(json.value("id", std::string()));
    for (const auto &[key, layout] : layouts)
        if (std::find(result.begin(), result.end(), key) == result.end())
            result.push_back(key);
    return result;
}

const std::vector<PaletteEntry> &paletteEntries()
{
    static const std::vector<PaletteEntry> entries = {
        {"vpc", tr("VPC"), ":/icons/vpc.svg", tr("Network")},
        {"subnet-public", tr("Public subnet"), ":/icons/subnet-public.svg", tr("Network")},
        {"subnet-private", tr("Private subnet"), ":/icons/subnet-private.svg", tr("Network")},
        {"internet-gateway", tr("Internet gateway"), ":/icons/internet-gateway.svg", tr("Network")},
        {"nat-gateway", tr("NAT gateway"), ":/icons/nat-gateway.svg", tr("Network")},
        {"nlb", tr("Network load balancer"), ":/icons/load-balancer.svg", tr("Network")},
        {"transit-gateway", tr("Transit gateway"), ":/icons/transit-gateway.svg", tr("Network")},
        {"peering", tr("VPC peering"), ":/icons/peering-connection.svg", tr("Network")},
        {"vpn-gateway", tr("VPN gateway + VPN"), ":/icons/vpn-gateway.svg", tr("Network")},
        {"ec2", tr("EC2 instance"), ":/icons/instance.svg", tr("Compute")},
        {"fargate", tr("Fargate task"), ":/icons/fargate.svg", tr("Compute")},
        {"lambda", tr("Lambda function"), ":/icons/lambda.svg", tr("Compute")},
        {"ses-endpoint", tr("SES SMTP endpoint"), ":/icons/ses-endpoint.svg", tr("Mail")},
        {"ses-vpc-endpoint", tr("SES VPC endpoint"), ":/icons/vpc-endpoint.svg", tr("Mail")},
        {"smtp-server", tr("SMTP server"), ":/icons/smtp-server.svg", tr("Mail")},
        {"on-prem-network", tr("On-premises network"), ":/icons/on-prem-network.svg",
         tr("Outside AWS")},
        {"firewall", tr("Customer firewall"), ":/icons/firewall.svg", tr("Outside AWS")},
        {"internet-host", tr("Internet host"), ":/icons/internet-host.svg", tr("Outside AWS")},
    };
    return entries;
}

QSizeF defaultSize(const Design &design, const std::string &key)
{
    if (isRegionKey(key))
        return {720, 480};
    if (isAzKey(key))
        return {540, 320};
    switch (design.kindOf(key).value_or(ResourceKind::Instance)) {
    case ResourceKind::Vpc: return {620, 420};
    case ResourceKind::Subnet: return {240, 170};
    case ResourceKind::OnPremNetwork: return {320, 220};
    default: return {96, 72};
    }
}

ResourceBundle createFromPalette(const Design &design, const QString &entryKey,
                                 const DropPoint &drop)
{
    Builder b(design, drop);
    const DropContext ctx = resolveDrop(design, drop.containerKey);
    const auto *entry = [&]() -> const PaletteEntry * {
        for (const auto &e : paletteEntries())
            if (e.key == entryKey)
                return &e;
        return nullptr;
    }();
    if (!entry) {
        b.bundle().error = tr("Unknown component %1.").arg(entryKey);
        return b.take();
    }
    b.bundle().text = tr("Add %1").arg(entry->label);
    bool ok = false;
    if (entryKey == "vpc")
        ok = addVpc(b, ctx);
    else if (entryKey == "subnet-public" || entryKey == "subnet-private")
        ok = addSubnet(b, ctx, entryKey == "subnet-public");
    else if (entryKey == "ec2")
        ok = addInstance(b, ctx, "web");
    else if (entryKey == "fargate")
        ok = addTaskEni(b, ctx, EniRole::Fargate);
    else if (entryKey == "lambda")
        ok = addTaskEni(b, ctx, EniRole::Lambda);
    else if (entryKey == "nat-gateway")
        ok = addNatGateway(b, ctx);
    else if (entryKey == "internet-gateway")
        ok = addInternetGateway(b, ctx);
    else if (entryKey == "nlb")
        ok = addLoadBalancer(b, ctx);
    else if (entryKey == "ses-vpc-endpoint")
        ok = addSesVpcEndpoint(b, ctx);
    else if (entryKey == "vpn-gateway")
        ok = addVpnGateway(b, ctx);
    else if (entryKey == "firewall")
        ok = addFirewall(b, ctx);
    else if (entryKey == "smtp-server")
        ok = addSmtpServer(b, ctx);
    else if (entryKey == "peering")
        ok = false; // handled below: needs two VPCs
    else
        ok = addSimple(b, ctx, entryKey);
    if (entryKey == "peering") {
        const auto &vpcs = design.all<Vpc>();
        std::string other;
        for (const auto &[id, v] : vpcs)
            if (id != ctx.vpcId && other.empty())
                other = id;
        if (ctx.vpcId.empty() || other.empty()) {
            b.bundle().error = tr("Drop a peering into a VPC; the design needs a second VPC.");
        } else {
            PeeringConnection pcx;
            pcx.id = b.newId(ResourceKind::PeeringConnection);
            pcx.name = "peering";
            pcx.requesterVpcId = ctx.vpcId;
            pcx.accepterVpcId = other;
            pcx.requesterCidrs = design.find<Vpc>(ctx.vpcId)->cidrs;
            pcx.accepterCidrs = design.find<Vpc>(other)->cidrs;
            b.bundle().primaryId = b.add(pcx).id;
            b.place(pcx.id);
            ok = true;
        }
    }
    if (!ok && b.bundle().error.isEmpty())
        b.bundle().error = tr("Cannot add %1 here.").arg(entry->label);
    return b.take();
}

} // namespace mailpath::app
