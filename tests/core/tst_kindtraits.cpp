// The per-kind traits table and the shared AWS rules built on it: containment, the route
// table / network ACL that applies to a subnet, and what a route to each kind means.

#include "core/layout/autolayout.h"
#include "core/model/kindtraits.h"

#include <QTest>

#include <set>

using namespace mailpath::core;

Q_DECLARE_METATYPE(ResourceKind)
Q_DECLARE_METATYPE(std::optional<RouteTarget>)

namespace {

Ipv4 ip(const char *text)
{
    return *parseIpv4(text);
}

Cidr net(const char *text)
{
    return *Cidr::parse(text);
}

/** One resource of every kind, wired the way the designer and the importer wire them. */
Design everyKind()
{
    Design d;
    d.put(Vpc{.id = "vpc-1", .region = "eu-west-1", .cidrs = {net("10.0.0.0/16")}});
    d.put(Vpc{.id = "vpc-2", .region = "eu-west-1", .cidrs = {net("10.1.0.0/16")}});
    d.put(Subnet{.id = "subnet-a", .vpcId = "vpc-1", .cidr = net("10.0.1.0/24")});
    d.put(Subnet{.id = "subnet-b", .vpcId = "vpc-1", .cidr = net("10.0.2.0/24")});
    d.put(Subnet{.id = "subnet-c", .vpcId = "vpc-2", .cidr = net("10.1.1.0/24")});
    d.put(RouteTable{.id = "rtb-main", .vpcId = "vpc-1", .main = true});
    d.put(RouteTable{.id = "rtb-a", .vpcId = "vpc-1", .subnetIds = {"subnet-a"}});
    d.put(SecurityGroup{.id = "sg-1", .vpcId = "vpc-1"});
    d.put(NetworkAcl{.id = "acl-default", .vpcId = "vpc-1", .isDefault = true});
    d.put(NetworkAcl{.id = "acl-b", .vpcId = "vpc-1", .subnetIds = {"subnet-b"}});
    d.put(Instance{.id = "i-1", .subnetId = "subnet-a", .vpcId = "vpc-1", .eniIds = {"eni-i"}});
    d.put(Eni{.id = "eni-i", .subnetId = "subnet-a", .vpcId = "vpc-1",
              .privateIps = {ip("10.0.1.10")}, .publicIp = ip("54.0.0.1"), .instanceId = "i-1"});
    d.put(Eni{.id = "eni-lambda", .subnetId = "subnet-b", .vpcId = "vpc-1",
              .privateIps = {ip("10.0.2.20")}, .role = EniRole::Lambda});
    d.put(Eni{.id = "eni-orphan", .subnetId = "subnet-gone", .vpcId = "vpc-1",
              .instanceId = "i-gone"});
    d.put(NatGateway{.id = "nat-1", .subnetId = "subnet-a", .vpcId = "vpc-1",
                     .privateIp = ip("10.0.1.5"), .publicIp = ip("54.0.0.5")});
    d.put(NatGateway{.id = "nat-lost", .subnetId = "subnet-gone", .vpcId = "vpc-1"});
    d.put(InternetGateway{.id = "igw-1", .vpcIds = {"vpc-gone", "vpc-1"}});
    d.put(TransitGateway{.id = "tgw-1"});
    d.put(TgwAttachment{.id = "tgw-attach-1", .transitGatewayId = "tgw-1", .resourceId = "vpc-1"});
    d.put(TgwRouteTable{.id = "tgw-rtb-1", .transitGatewayId = "tgw-1"});
    d.put(PeeringConnection{.id = "pcx-1"});
    d.put(VpcEndpoint{.id = "vpce-if", .vpcId = "vpc-1", .subnetIds = {"subnet-b"},
                      .nodes = {{"subnet-b", ip("10.0.2.7"), {}, ""}}});
    d.put(VpcEndpoint{.id = "vpce-gw", .vpcId = "vpc-1", .endpointType = "Gateway"});
    d.put(VpcEndpoint{.id = "vpce-gwlb", .vpcId = "vpc-1", .endpointType = "GatewayLoadBalancer",
                      .subnetIds = {"subnet-a"}, .loadBalancerId = "nlb-1"});
    d.put(LoadBalancer{.id = "nlb-1", .internetFacing = true, .vpcId = "vpc-1"});
    d.put(TargetGroup{.id = "tg-1", .vpcId = "vpc-1", .loadBalancerIds = {"nlb-1"}});
    d.put(VpnGateway{.id = "vgw-1", .vpcIds = {"vpc-2"}});
    d.put(VpnConnection{.id = "vpn-1", .vpnGatewayId = "vgw-1", .customerGatewayId = "cgw-1"});
    d.put(CustomerGateway{.id = "cgw-1", .ipAddress = ip("203.0.113.9")});
    d.put(CustomerGateway{.id = "cgw-alone"});
    d.put(SesEndpoint{.id = "ses-1", .region = "eu-west-1"});
    d.put(OnPremNetwork{.id = "onprem-1", .cidrs = {net("192.168.0.0/16")},
                        .vpnConnectionIds = {"vpn-1"}});
    d.put(Firewall{.id = "fw-1", .onPremNetworkId = "onprem-1", .publicIps = {ip("203.0.113.1")}});
    d.put(SmtpServer{.id = "smtp-ec2", .hostId = "i-1", .address = ip("10.0.1.10")});
    d.put(SmtpServer{.id = "smtp-onprem", .hostId = "onprem-1", .address = ip("192.168.0.25")});
    d.put(InternetHost{.id = "host-1", .addresses = {ip("198.51.100.7")}});
    d.put(SmtpServer{.id = "smtp-internet", .hostId = "host-1"});
    d.put(PrefixList{.id = "pl-1"});
    d.put(NetworkFirewall{.id = "nfw-1", .vpcId = "vpc-1",
                          .endpoints = {{"eu-west-1a", "subnet-a", "vpce-nfw-a"}}});
    d.put(HostedZone{.id = "Z1", .name = "example.com"});
    d.put(DirectConnectGateway{.id = "dxgw-1", .asn = 64513,
                               .associations = {{.id = "assoc-1", .gatewayId = "vgw-1"}}});
    d.put(VirtualInterface{.id = "dxvif-1", .vlan = 101, .directConnectGatewayId = "dxgw-1"});
    d.put(OnPremNetwork{.id = "onprem-dx", .cidrs = {net("172.16.0.0/16")},
                        .vpnConnectionIds = {"dxvif-1"}});
    return d;
}

} // namespace

class TestKindTraits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { m_design = everyKind(); }

    void everyKindHasOneEntry()
    {
        std::set<std::string_view> names, prefixes;
        for (int i = 0; i < resourceKindCount; ++i) {
            const auto kind = ResourceKind(i);
            const auto &t = kindTraits(kind);
            QCOMPARE(int(t.kind), i);
            QVERIFY2(names.insert(t.name).second, t.name.data());
            QVERIFY2(prefixes.insert(t.idPrefix).second, t.idPrefix.data());
            QVERIFY(!t.title.empty());
            QCOMPARE(kindFromName(t.name), std::optional<ResourceKind>(kind));
            QCOMPARE(kindName(kind), t.name);
            QCOMPARE(idPrefix(kind), t.idPrefix);
            QVERIFY2(m_design.count(kind) > 0, t.name.data()); // the fixture covers every kind
        }
        QCOMPARE(kindFromName("no-such-kind"), std::optional<ResourceKind>());
        QCOMPARE(kindTraits(ResourceKind::NatGateway).name, std::string_view("nat-gateway"));
        QCOMPARE(kindTraits(ResourceKind::LoadBalancer).idPrefix, std::string_view("nlb"));
    }

    void containment_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("container");
        auto row = [](const char *id, const char *container) {
            QTest::newRow(id) << QString(id) << QString(container);
        };
        row("vpc-1", "");
        row("subnet-a", "vpc-1");
        row("rtb-a", "vpc-1");
        row("sg-1", "vpc-1");
        row("acl-b", "vpc-1");
        row("eni-i", "i-1");          // attached: inside its instance
        row("eni-lambda", "subnet-b");
        row("eni-orphan", "vpc-1");   // neither instance nor subnet exists: the VPC
        row("i-1", "subnet-a");
        row("nat-1", "subnet-a");
        row("nat-lost", "vpc-1");
        row("igw-1", "vpc-1");        // the first VPC that exists
        row("tgw-1", "");
        row("tgw-attach-1", "");
        row("tgw-rtb-1", "tgw-1");
        row("pcx-1", "");
        row("vpce-if", "subnet-b");   // one subnet: drawn in it
        row("vpce-gw", "vpc-1");
        row("nlb-1", "vpc-1");
        row("tg-1", "vpc-1");
        row("vgw-1", "vpc-2");
        row("vpn-1", "");
        row("cgw-1", "onprem-1");     // through the on-prem network's VPN connection
        row("cgw-alone", "");
        row("ses-1", "");
        row("onprem-1", "");
        row("fw-1", "onprem-1");
        row("smtp-ec2", "subnet-a");  // where its instance is
        row("smtp-onprem", "onprem-1");
        row("smtp-internet", "host-1");
        row("host-1", "");
        row("pl-1", "");
        row("nfw-1", "vpc-1");        // its endpoints sit in several subnets: drawn in the VPC
        row("vpce-gwlb", "subnet-a");
        row("dxgw-1", "");            // global: drawn outside every Region
        row("dxvif-1", "onprem-dx");  // in the on-premises network that lists it as a link
        row("not-there", "");
    }

    void containment()
    {
        QFETCH(QString, id);
        QFETCH(QString, container);
        const std::string key = id.toStdString();
        QCOMPARE(QString::fromStdString(containerOf(m_design, key)), container);
        QCOMPARE(QString::fromStdString(m_design.containerOf(key)), container);
    }

    // The diagram nests a drawn node in its container when that container is a box.
    void layoutParentFollowsContainment_data()
    {
        QTest::addColumn<QString>("id");
        for (const char *id : {"i-1", "eni-lambda", "nat-1", "nat-lost", "igw-1", "vpce-if",
                               "vpce-gw", "nlb-1", "vgw-1", "cgw-1", "fw-1", "smtp-ec2",
                               "smtp-onprem", "smtp-internet", "tgw-1", "ses-1", "host-1",
                               "nfw-1", "dxgw-1", "dxvif-1"})
            QTest::newRow(id) << QString(id);
    }

    void layoutParentFollowsContainment()
    {
        QFETCH(QString, id);
        const std::string key = id.toStdString();
        QVERIFY(isDiagramNode(m_design, key));
        const auto container = containerOf(m_design, key);
        if (m_design.kindOf(key) == ResourceKind::TransitGateway) {
            // Drawn in its Region's box (a regional resource), not in a container of the model.
            QVERIFY(isRegionKey(layoutParentOf(m_design, key)));
            return;
        }
        const bool boxed = !container.empty() && isContainerKind(*m_design.kindOf(container));
        QCOMPARE(layoutParentOf(m_design, key), boxed ? container : std::string());
    }

    void descendantsFollowContainment()
    {
        const auto inside = m_design.descendantsOf("onprem-1");
        QCOMPARE(inside, (std::vector<std::string>{"cgw-1", "fw-1", "smtp-onprem"}));
        const auto inTgw = m_design.descendantsOf("tgw-1");
        QCOMPARE(inTgw, (std::vector<std::string>{"tgw-rtb-1"}));
    }

    void routeTargetMeaning_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<std::optional<RouteTarget>>("target");
        auto row = [](const char *id, std::optional<RouteTarget> target) {
            QTest::newRow(id) << QString(id) << target;
        };
        const std::optional<RouteTarget> none;
        row("vpc-1", none);
        row("subnet-a", none);
        row("rtb-a", none);
        row("sg-1", none);
        row("acl-b", none);
        row("eni-lambda", RouteTarget::NetworkInterface);
        row("i-1", RouteTarget::Instance);
        row("nat-1", RouteTarget::NatGateway);
        row("igw-1", RouteTarget::InternetGateway);
        row("tgw-1", RouteTarget::TransitGateway);
        row("tgw-attach-1", none);
        row("tgw-rtb-1", none);
        row("pcx-1", RouteTarget::Peering);
        row("vpce-gw", RouteTarget::VpcEndpoint);
        row("vpce-if", none); // interface endpoints are reached by address, not routed to
        row("nlb-1", none);
        row("tg-1", none);
        row("vgw-1", RouteTarget::VpnGateway);
        row("vpn-1", none);
        row("cgw-1", none);
        row("ses-1", none);
        row("onprem-1", none);
        row("fw-1", none);
        row("smtp-ec2", none);
        row("host-1", none);
        row("pl-1", none);
        row("nfw-1", none);                         // routes name its endpoints, not the firewall
        row("vpce-gwlb", RouteTarget::VpcEndpoint); // R16.6: read back as GatewayId vpce-
        row("dxgw-1", none); // reached through its VGW or TGW association, never a route target
        row("dxvif-1", none);
        row("not-there", none);
    }

    void routeTargetMeaning()
    {
        QFETCH(QString, id);
        QFETCH(std::optional<RouteTarget>, target);
        QVERIFY(routeTargetOf(m_design, id.toStdString()) == target);
    }

    void subtitles_data()
    {
        QTest::addColumn<QString>("id");
        QTest::addColumn<QString>("subtitle");
        QTest::newRow("instance: its first ENI") << "i-1" << "10.0.1.10 / 54.0.0.1";
        QTest::newRow("eni") << "eni-lambda" << "10.0.2.20";
        QTest::newRow("nat") << "nat-1" << "10.0.1.5 / 54.0.0.5";
        QTest::newRow("endpoint") << "vpce-if" << "10.0.2.7";
        QTest::newRow("endpoint without nodes") << "vpce-gw" << "";
        QTest::newRow("load balancer") << "nlb-1" << "internet-facing";
        QTest::newRow("customer gateway") << "cgw-1" << "203.0.113.9";
        QTest::newRow("ses") << "ses-1" << "email-smtp.eu-west-1.amazonaws.com";
        QTest::newRow("firewall") << "fw-1" << "203.0.113.1";
        QTest::newRow("smtp server") << "smtp-onprem" << "192.168.0.25";
        QTest::newRow("internet host") << "host-1" << "198.51.100.7";
        QTest::newRow("gateway: its id") << "igw-1" << "igw-1";
        QTest::newRow("dx gateway: its ASN") << "dxgw-1" << "ASN 64513";
        QTest::newRow("virtual interface") << "dxvif-1" << "private VLAN 101";
    }

    void subtitles()
    {
        QFETCH(QString, id);
        QFETCH(QString, subtitle);
        QCOMPARE(QString::fromStdString(kindSubtitle(m_design, id.toStdString())), subtitle);
    }

    void effectiveTables_data()
    {
        QTest::addColumn<QString>("subnet");
        QTest::addColumn<QString>("routeTable");
        QTest::addColumn<QString>("acl");
        QTest::newRow("explicit route table, default ACL")
            << "subnet-a" << "rtb-a" << "acl-default";
        QTest::newRow("main route table, explicit ACL") << "subnet-b" << "rtb-main" << "acl-b";
        QTest::newRow("VPC without tables") << "subnet-c" << "" << "";
        QTest::newRow("no such subnet") << "subnet-gone" << "" << "";
    }

    void effectiveTables()
    {
        QFETCH(QString, subnet);
        QFETCH(QString, routeTable);
        QFETCH(QString, acl);
        const std::string id = subnet.toStdString();
        QCOMPARE(QString::fromStdString(effectiveRouteTable(m_design, id)), routeTable);
        QCOMPARE(QString::fromStdString(effectiveNetworkAcl(m_design, id)), acl);
        const auto all = subnetTables(m_design);
        const auto it = all.find(id);
        if (it == all.end()) {
            QVERIFY(!m_design.contains(id));
            return;
        }
        const auto name = [](const auto *table) {
            return table ? QString::fromStdString(table->id) : QString();
        };
        QCOMPARE(name(it->second.routeTable), routeTable);
        QCOMPARE(name(it->second.acl), acl);
    }

    void subnetsUsingTables()
    {
        auto sorted = [](std::vector<std::string> v) {
            std::sort(v.begin(), v.end());
            return v;
        };
        const auto &d = m_design;
        QCOMPARE(sorted(subnetsUsing(d, *d.find<RouteTable>("rtb-main"))),
                 std::vector<std::string>{"subnet-b"});
        QCOMPARE(sorted(subnetsUsing(d, *d.find<RouteTable>("rtb-a"))),
                 std::vector<std::string>{"subnet-a"});
        QCOMPARE(sorted(subnetsUsing(d, *d.find<NetworkAcl>("acl-default"))),
                 std::vector<std::string>{"subnet-a"});
        QCOMPARE(sorted(subnetsUsing(d, *d.find<NetworkAcl>("acl-b"))),
                 std::vector<std::string>{"subnet-b"});
    }

private:
    Design m_design;
};

QTEST_GUILESS_MAIN(TestKindTraits)
#include "tst_kindtraits.moc"
