#include "core/io/designfile.h"

#include <QtTest>

#include <fstream>
#include <sstream>

using namespace mailpath::core;

namespace {

Ipv4 ip(const char *text)
{
    return *parseIpv4(text);
}

Cidr net(const char *text)
{
    return *Cidr::parse(text);
}

// One resource of every kind, each with non-default values so that a field the
// serialiser forgets shows up as an inequality.
void addNetwork(Design &d)
{
    d.put(Vpc{"vpc-1", "prod", {{"Name", "prod"}}, "eu-west-1", "111122223333",
              {net("10.0.0.0/16"), net("10.1.0.0/16")}, true});
    d.put(Subnet{"subnet-1", "app-a", {}, "vpc-1", net("10.0.1.0/24"), "eu-west-1a", true});
    RouteTable rt{"rtb-1", "private", {}, "vpc-1", true, {"subnet-1"}, {"igw-1"}, {}, {"vgw-1"}};
    rt.routes.push_back({net("0.0.0.0/0"), "", RouteTarget::NatGateway, "nat-1", true,
                         RouteOrigin::Static});
    rt.routes.push_back({std::nullopt, "pl-1", RouteTarget::VpcEndpoint, "vpce-1", false,
                         RouteOrigin::Propagated});
    d.put(rt);
    SecurityGroup sg{"sg-1", "web", {}, "vpc-1", "web tier", {}, {}};
    sg.ingress.push_back({6, PortRange{25, 25}, net("192.0.2.0/24"), "", "", "smtp"});
    sg.egress.push_back({17, PortRange{53, 53}, std::nullopt, "sg-2", "", ""});
    sg.egress.push_back({-1, PortRange::all(), std::nullopt, "", "pl-1", ""});
    d.put(sg);
    NetworkAcl acl{"acl-1", "strict", {}, "vpc-1", true, {"subnet-1"}, {}};
    acl.entries.push_back({90, true, 6, PortRange{1024, 65535}, net("0.0.0.0/0"), false});
    d.put(acl);
    d.put(InternetGateway{"igw-1", "igw", {}, {"vpc-1"}});
    d.put(PrefixList{"pl-1", "s3", {}, {net("52.219.0.0/16")}});
}

void addCompute(Design &d)
{
    Eni eni;
    eni.id = "eni-1";
    eni.subnetId = "subnet-1";
    eni.vpcId = "vpc-1";
    eni.availabilityZone = "eu-west-1a";
    eni.privateIps = {ip("10.0.1.10"), ip("10.0.1.11")};
    eni.publicIp = ip("203.0.113.10");
    eni.securityGroupIds = {"sg-1"};
    eni.role = EniRole::Lambda;
    eni.instanceId = "i-1";
    eni.ownerId = "owner";
    eni.description = "d";
    eni.sourceDestCheck = false;
    eni.op25bLifted = true;
    eni.ephemeralPorts = PortRange{1024, 65535};
    d.put(eni);
    d.put(Instance{"i-1", "web-1", {}, "subnet-1", "vpc-1", "eu-west-1a", {"eni-1"}, "windows",
                   "stopped", true});
    d.put(NatGateway{"nat-1", "nat", {}, "subnet-1", "vpc-1", true, "eni-1", ip("10.0.1.5"),
                     ip("198.51.100.1"), "pending", true});
    LoadBalancer lb;
    lb.id = "arn:lb";
    lb.type = "application";
    lb.internetFacing = true;
    lb.vpcId = "vpc-1";
    lb.dnsName = "lb.example";
    lb.securityGroupIds = {"sg-1"};
    lb.nodes = {{"subnet-1", ip("10.0.1.20"), ip("198.51.100.2"), "eni-1"}};
    lb.crossZone = true;
    lb.listeners = {{587, "TLS", "arn:tg"}};
    d.put(lb);
    TargetGroup tg;
    tg.id = "arn:tg";
    tg.targetType = "ip";
    tg.protocol = "TLS";
    tg.port = 2587;
    tg.healthCheckPort = 8080;
    tg.healthCheckProtocol = "HTTP";
    tg.preserveClientIp = true;
    tg.targets = {{"10.0.1.30", 2525, "all", "unhealthy"}};
    tg.loadBalancerIds = {"arn:lb"};
    d.put(tg);
}

void addTransit(Design &d)
{
    d.put(TransitGateway{"tgw-1", "core", {}, "eu-west-1", "111122223333", 64600, "tgw-rtb-1",
                         "tgw-rtb-1"});
    d.put(TgwAttachment{"tgw-attach-1", "a", {}, "tgw-1", "vpn", "vpn-1", {"subnet-1"},
                        "tgw-rtb-1", true, "pending"});
    TgwRouteTable table{"tgw-rtb-1", "main", {}, "tgw-1", true, true, {}, {"tgw-attach-1"}};
    table.routes.push_back({net("192.168.0.0/16"), {"tgw-attach-1"}, true, true});
    d.put(table);
    d.put(PeeringConnection{"pcx-1", "peer", {}, "vpc-1", "vpc-2", {net("10.0.0.0/16")},
                            {net("10.9.0.0/16")}, "pending-acceptance"});
    VpcEndpoint vpce;
    vpce.id = "vpce-1";
    vpce.vpcId = "vpc-1";
    vpce.endpointType = "Gateway";
    vpce.serviceName = "com.amazonaws.eu-west-1.email-smtp";
    vpce.subnetIds = {"subnet-1"};
    vpce.nodes = {{"subnet-1", ip("10.0.1.40"), std::nullopt, "eni-1"}};
    vpce.securityGroupIds = {"sg-1"};
    vpce.privateDnsEnabled = true;
    vpce.routeTableIds = {"rtb-1"};
    vpce.ports = {587};
    vpce.state = "pending";
    d.put(vpce);
    d.put(VpnGateway{"vgw-1", "vgw", {}, {"vpc-1"}, 65001, "attaching"});
    d.put(VpnConnection{"vpn-1", "vpn", {}, "vgw-1", "tgw-1", "cgw-1", false,
                        {net("172.16.0.0/12")}, "pending"});
    d.put(CustomerGateway{"cgw-1", "edge", {}, ip("198.51.100.9"), 65100});
}

void addCustomer(Design &d)
{
    d.put(SesEndpoint{"ses-1", "ses", {}, "eu-west-1", true, {587}, {ip("52.0.0.1")}, true, false,
                      {{"example.com", "PENDING", "PENDING", {"t1", "t2", "t3"}, "tok",
                        "bounce.example.com", "cs"}},
                      {{"cs", "REQUIRE", false}},
                      {{"block", "Block", net("192.0.2.0/24")}}});
    d.put(OnPremNetwork{"onprem-1", "dc", {}, {net("172.16.0.0/12")}, {"vpn-1"}, "fw-1"});
    d.put(Firewall{"fw-1", "edge", {}, "onprem-1", {ip("198.51.100.9")}, ip("198.51.100.10"),
                   {{ip("198.51.100.9"), 25, ip("172.16.0.5"), 2525}},
                   {{net("10.0.0.0/8"), net("172.16.0.0/12"), PortRange{25, 25}, false, "no"}}});
    d.put(SmtpServer{"smtp-1", "relay", {}, "onprem-1", ip("172.16.0.5"), {25},
                     {net("10.0.0.0/8")}, "required"});
    d.put(InternetHost{"host-1", "mx", {}, {ip("203.0.113.25")}, "mx.example.com"});
    NfwRuleGroup stateless{.name = "fast-path", .type = "STATELESS", .priority = 5};
    stateless.statelessRules = {{3, {net("10.0.0.0/8")}, {net("0.0.0.0/0")}, {PortRange::all()},
                                 {PortRange{465, 465}}, {6}, "aws:pass"}};
    NfwRuleGroup stateful{.name = "smtp", .priority = 100};
    stateful.statefulRules = {{"DROP", "TCP", "$HOME_NET", "ANY", "ANY", "ANY", "587", "9"}};
    stateful.domains = {".example.com"};
    stateful.domainTargetTypes = {"TLS_SNI"};
    stateful.domainListType = "DENYLIST";
    stateful.rulesString = "alert tcp any any -> any 25 (sid:1;)";
    d.put(NetworkFirewall{.id = "nfw-1", .name = "inspection", .vpcId = "vpc-1",
                          .endpoints = {{"eu-west-1a", "subnet-1", "vpce-0nfw1"}},
                          .policyName = "egress", .ruleGroups = {stateless, stateful},
                          .statelessDefaultActions = {"aws:drop"},
                          .statelessFragmentDefaultActions = {"aws:drop"},
                          .statefulDefaultActions = {"aws:drop_strict"},
                          .ruleOrder = "STRICT_ORDER", .homeNet = {net("10.0.0.0/8")},
                          .state = "PROVISIONING"});
    d.put(HostedZone{"Z1", "example.com", {}, false,
                     {{"_dmarc.example.com", "TXT", 300, {"v=DMARC1; p=none"}}}});
    d.put(DirectConnectGateway{.id = "b3c1d2e4-2222-4abc-9def-00000000000b", .name = "dc",
                               .asn = 64514, .state = "available",
                               .associations = {{.id = "assoc-1", .gatewayId = "tgw-1",
                                                 .gatewayType = "transitGateway",
                                                 .allowedPrefixes = {net("10.0.0.0/16")}}}});
    d.put(VirtualInterface{.id = "dxvif-1", .name = "dc-transit", .type = "transit",
                           .state = "down", .vlan = 102, .asn = 65010,
                           .connectionId = "dxcon-1",
                           .directConnectGatewayId = "b3c1d2e4-2222-4abc-9def-00000000000b",
                           .customerAddress = "169.254.30.2/30",
                           .onPremPrefixes = {net("172.20.0.0/16")},
                           .bgpPeers = {{.asn = 65010, .bgpStatus = "down"}}});
}

Design sampleDesign()
{
    Design d;
    d.name = "sample";
    d.description = "every kind";
    d.assumptions.sesEndpointAcceptsPort25 = false;
    addNetwork(d);
    addCompute(d);
    addTransit(d);
    addCustomer(d);
    d.setLayout("vpc-1", NodeLayout{10, 20, 300, 200, true});
    d.setFlows({{"flow-1", "web to ses", "i-1", "ses-1", 587, "blocked", "OP25B_BLOCKED", "n",
                 "a@example.com", "b@example.org"}});
    return d;
}

std::string readAll(const QString &path)
{
    std::ifstream in(path.toStdString(), std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

} // namespace

class TestDesignFile : public QObject
{
    Q_OBJECT

private slots:
    void everyKindCovered();
    void resourceRoundTrip_data();
    void resourceRoundTrip();
    void resourceEquality();
    void designRoundTrip();
    void saveLoadSaveIsByteIdentical();
    void rejected_data();
    void rejected();
};

void TestDesignFile::everyKindCovered()
{
    const Design d = sampleDesign();
    for (int i = 0; i < resourceKindCount; ++i)
        QVERIFY2(d.count(ResourceKind(i)) > 0, kindName(ResourceKind(i)).data());
}

void TestDesignFile::resourceRoundTrip_data()
{
    QTest::addColumn<QString>("id");
    const Design d = sampleDesign();
    d.forEachStore([&](const auto &map) {
        for (const auto &[id, r] : map)
            QTest::newRow((std::string(kindName(r.kind)) + " " + id).c_str())
                << QString::fromStdString(id);
    });
}

void TestDesignFile::resourceRoundTrip()
{
    QFETCH(QString, id);
    const Design original = sampleDesign();
    const auto kind = *original.kindOf(id.toStdString());
    const nlohmann::json json = original.resourceJson(id.toStdString());
    QVERIFY(json.is_object());
    Design copy;
    copy.putResourceJson(kind, json);
    visitKind(kind, [&](auto proto) {
        using T = decltype(proto);
        const T *before = original.find<T>(id.toStdString());
        const T *after = copy.find<T>(id.toStdString());
        QVERIFY(before && after);
        QVERIFY2(*before == *after, json.dump().c_str());
        // And the JSON itself is stable.
        nlohmann::json again = *after;
        QCOMPARE(again, json);
    });
}

void TestDesignFile::resourceEquality()
{
    const Design d = sampleDesign();
    Eni changed = *d.find<Eni>("eni-1");
    QVERIFY(changed == *d.find<Eni>("eni-1"));
    changed.ephemeralPorts = PortRange{32768, 60999};
    QVERIFY(!(changed == *d.find<Eni>("eni-1")));
    RouteTable rt = *d.find<RouteTable>("rtb-1");
    rt.routes[0].blackhole = false;
    QVERIFY(!(rt == *d.find<RouteTable>("rtb-1")));
    // Missing keys take the defaults rather than failing.
    Vpc minimal = nlohmann::json{{"id", "vpc-9"}}.get<Vpc>();
    QCOMPARE(QString::fromStdString(minimal.id), QStringLiteral("vpc-9"));
    QVERIFY(minimal.cidrs.empty());
    QVERIFY(!minimal.isDefault);
}

void TestDesignFile::designRoundTrip()
{
    const Design original = sampleDesign();
    Design loaded;
    InputError error;
    QVERIFY2(designFromJson(designToJson(original), "mem", loaded, error),
             error.toString().c_str());
    QCOMPARE(loaded.resourceCount(), original.resourceCount());
    QCOMPARE(QString::fromStdString(loaded.name), QStringLiteral("sample"));
    QVERIFY(loaded.assumptions == original.assumptions);
    QVERIFY(loaded.flows() == original.flows());
    QVERIFY(loaded.layout() == original.layout());
    QCOMPARE(serializeDesign(loaded), serializeDesign(original));
}

void TestDesignFile::saveLoadSaveIsByteIdentical()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString first = dir.filePath("a.mailpath.json");
    const QString second = dir.filePath("b.mailpath.json");
    std::string error;
    QVERIFY(writeDesignFile(sampleDesign(), first.toStdString(), error));
    Design loaded;
    InputError inputError;
    QVERIFY2(readDesignFile(first.toStdString(), loaded, inputError),
             inputError.toString().c_str());
    QVERIFY(writeDesignFile(loaded, second.toStdString(), error));
    const std::string a = readAll(first);
    QVERIFY(!a.empty());
    QCOMPARE(a.back(), '\n');
    QCOMPARE(readAll(second), a);
}

void TestDesignFile::rejected_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("newer version")
        << QByteArray(R"({"format":"mailpath","version":99})") << "newer";
    QTest::newRow("not a design (AWS response)")
        << QByteArray(R"({"Vpcs":[]})") << "not a MailPath design";
    QTest::newRow("top level array") << QByteArray("[1,2]") << "not a MailPath design";
    QTest::newRow("version not a number")
        << QByteArray(R"({"format":"mailpath","version":"1"})") << "version";
    QTest::newRow("bad CIDR names the resource")
        << QByteArray(R"({"format":"mailpath","version":1,"resources":{"vpc":[)"
                      R"({"id":"vpc-ok","cidrs":["10.0.0.0/16"]},)"
                      R"({"id":"vpc-broken","cidrs":["10.0.0.0/99"]}]}})")
        << "vpc-broken";
    QTest::newRow("wrong type names the resource")
        << QByteArray(R"({"format":"mailpath","version":1,"resources":{"subnet":[)"
                      R"({"id":"subnet-x","vpcId":42}]}})")
        << "subnet-x";
    QTest::newRow("unknown kind")
        << QByteArray(R"({"format":"mailpath","version":1,"resources":{"spaceship":[]}})")
        << "spaceship";
    QTest::newRow("resource without id")
        << QByteArray(R"({"format":"mailpath","version":1,"resources":{"vpc":[{}]}})")
        << "resources.vpc[0]";
    QTest::newRow("port above 65535 is not wrapped")
        << QByteArray(R"({"format":"mailpath","version":1,"resources":{"smtp-server":[)"
                      R"({"id":"smtp-big","ports":[25,70000]}]}})")
        << "port out of range (0-65535): 70000";
    QTest::newRow("huge float port (fuzz_design_reader)")
        << QByteArray(R"({"format":"mailpath","version":1,"resources":{"ses-endpoint":[)"
                      R"({"id":"ses-x","ports":[25,24688888888888888888888885]}]}})")
        << "not a port number";
    QTest::newRow("negative listener port")
        << QByteArray(R"({"format":"mailpath","version":1,"resources":{"load-balancer":[)"
                      R"({"id":"nlb-x","listeners":[{"port":-25}]}]}})")
        << "nlb-x";
    QTest::newRow("duplicate id")
        << QByteArray(R"({"format":"mailpath","version":1,"resources":{"vpc":[)"
                      R"({"id":"vpc-1"},{"id":"vpc-1"}]}})")
        << "duplicate";
}

void TestDesignFile::rejected()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    nlohmann::json parsed;
    InputError error;
    QVERIFY(parseJsonText(json.toStdString(), "in.json", parsed, error));
    Design target = sampleDesign();
    const std::string before = serializeDesign(target);
    const auto revision = target.revision();
    QVERIFY(!designFromJson(parsed, "in.json", target, error));
    const QString message = QString::fromStdString(error.toString());
    QVERIFY2(message.contains(mentions), qPrintable(message));
    QVERIFY2(message.startsWith("in.json"), qPrintable(message));
    QCOMPARE(target.revision(), revision);
    QCOMPARE(serializeDesign(target), before);
}

QTEST_GUILESS_MAIN(TestDesignFile)
#include "tst_designfile.moc"
