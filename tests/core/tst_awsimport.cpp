#include "core/io/awsimport.h"
#include "core/io/designfile.h"
#include "core/model/validate.h"

#include <QtTest>

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <set>

using namespace mailpath::core;

namespace {

const QString samples = QStringLiteral(MAILPATH_SHARED_DIR "/aws-samples");

// Where each kind's ids live in describe-* responses: top-level key, then the id member.
// Counted here with Qt's JSON reader, independently of the importer.
struct IdSource
{
    ResourceKind kind;
    const char *key;
    const char *id;
};

const IdSource idSources[] = {
    {ResourceKind::Vpc, "Vpcs", "VpcId"},
    {ResourceKind::Subnet, "Subnets", "SubnetId"},
    {ResourceKind::RouteTable, "RouteTables", "RouteTableId"},
    {ResourceKind::SecurityGroup, "SecurityGroups", "GroupId"},
    {ResourceKind::NetworkAcl, "NetworkAcls", "NetworkAclId"},
    {ResourceKind::NetworkInterface, "NetworkInterfaces", "NetworkInterfaceId"},
    {ResourceKind::NatGateway, "NatGateways", "NatGatewayId"},
    {ResourceKind::InternetGateway, "InternetGateways", "InternetGatewayId"},
    {ResourceKind::TransitGateway, "TransitGateways", "TransitGatewayId"},
    {ResourceKind::TgwAttachment, "TransitGatewayAttachments", "TransitGatewayAttachmentId"},
    {ResourceKind::TgwAttachment, "TransitGatewayVpcAttachments", "TransitGatewayAttachmentId"},
    {ResourceKind::TgwRouteTable, "TransitGatewayRouteTables", "TransitGatewayRouteTableId"},
    {ResourceKind::PeeringConnection, "VpcPeeringConnections", "VpcPeeringConnectionId"},
    {ResourceKind::VpcEndpoint, "VpcEndpoints", "VpcEndpointId"},
    {ResourceKind::LoadBalancer, "LoadBalancers", "LoadBalancerArn"},
    {ResourceKind::LoadBalancer, "LoadBalancerDescriptions", "LoadBalancerName"},
    {ResourceKind::TargetGroup, "TargetGroups", "TargetGroupArn"},
    {ResourceKind::VpnGateway, "VpnGateways", "VpnGatewayId"},
    {ResourceKind::VpnConnection, "VpnConnections", "VpnConnectionId"},
    {ResourceKind::CustomerGateway, "CustomerGateways", "CustomerGatewayId"},
    {ResourceKind::PrefixList, "PrefixLists", "PrefixListId"},
    {ResourceKind::DirectConnectGateway, "DirectConnectGateways", "DirectConnectGatewayId"},
    {ResourceKind::VirtualInterface, "VirtualInterfaces", "VirtualInterfaceId"},
};

using IdSets = std::map<ResourceKind, std::set<QString>>;

void collectIds(const QJsonObject &root, IdSets &ids)
{
    for (const auto &source : idSources)
        for (const auto &item : root.value(source.key).toArray())
            ids[source.kind].insert(item.toObject().value(source.id).toString());
    // A TGW peering attachment has one id and one record per side (R14.3).
    for (const auto &item : root.value("TransitGatewayAttachments").toArray()) {
        const auto object = item.toObject();
        if (object.value("ResourceType").toString() != "peering")
            continue;
        const auto id = object.value("TransitGatewayAttachmentId").toString();
        ids[ResourceKind::TgwAttachment].erase(id);
        ids[ResourceKind::TgwAttachment].insert(id + "@"
                                                + object.value("TransitGatewayId").toString());
    }
    // Instances, and the interfaces they describe, sit one level down in Reservations.
    for (const auto &reservation : root.value("Reservations").toArray()) {
        for (const auto &instance : reservation.toObject().value("Instances").toArray()) {
            const auto object = instance.toObject();
            ids[ResourceKind::Instance].insert(object.value("InstanceId").toString());
            for (const auto &eni : object.value("NetworkInterfaces").toArray())
                ids[ResourceKind::NetworkInterface].insert(
                    eni.toObject().value("NetworkInterfaceId").toString());
        }
    }
}

QJsonObject readJson(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

IdSets expectedIds(const QString &dir)
{
    IdSets ids;
    QDirIterator it(dir, {"*.json"}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext())
        collectIds(readJson(it.next()), ids);
    return ids;
}

void compareCounts(const Design &design, const IdSets &expected)
{
    for (int i = 0; i < resourceKindCount; ++i) {
        const auto kind = ResourceKind(i);
        const auto it = expected.find(kind);
        const size_t want = it == expected.end() ? 0 : it->second.size();
        QVERIFY2(design.count(kind) == want,
                 qPrintable(QString("%1: imported %2, files hold %3")
                                .arg(kindName(kind).data())
                                .arg(design.count(kind))
                                .arg(want)));
    }
}

bool importDir(const QString &dir, Design &design, Diagnostics &diagnostics)
{
    InputError error;
    const bool ok = importAwsSnapshot(dir.toStdString(), design, diagnostics, error);
    if (!ok)
        qWarning("%s", error.toString().c_str());
    return ok;
}

bool writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(contents) == contents.size();
}

template<typename Enum>
QString str(Enum value)
{
    const std::string_view text = toString(value);
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

bool hasDiagnostic(const Diagnostics &diagnostics, const std::string &resource,
                   const std::string &text)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic &d) {
        return d.resource == resource && d.message.find(text) != std::string::npos;
    });
}

} // namespace

class TestAwsImport : public QObject
{
    Q_OBJECT

private slots:
    void sampleSet_data();
    void sampleSet();
    void unitFixture_data();
    void unitFixture();
    void natGateway();
    void loadBalancer();
    void hybridCloud();
    void transitGateway();
    void tgwStaticRoutesAcrossFiles();
    void vpcCidrsPrimaryFirst();
    void securityGroupRules();
    void eniRoles();
    void multiAccountDedupe();
    void botocoreExamples();
    void unknownKeysAreDiagnostics();
    void badShape_data();
    void badShape();
    void syntaxError();
    void validateFindsDanglingAndOverlaps();
};

void TestAwsImport::sampleSet_data()
{
    QTest::addColumn<QString>("dir");
    const QDir batfish(samples + "/batfish");
    for (const auto &name : batfish.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (name != "unit-fixtures")
            QTest::newRow(qPrintable("batfish/" + name)) << batfish.filePath(name);
    }
    QTest::newRow("cloudmapper/demo-us-east-1") << samples + "/cloudmapper/demo-us-east-1";
}

void TestAwsImport::sampleSet()
{
    QFETCH(QString, dir);
    Design design;
    Diagnostics diagnostics;
    QVERIFY(importDir(dir, design, diagnostics));
    compareCounts(design, expectedIds(dir));
    for (const auto &d : diagnostics)
        QVERIFY2(d.severity != Severity::Error, d.message.c_str());
    // Every imported VPC knows its region, from the folder or from its zones.
    for (const auto &[id, vpc] : design.all<Vpc>())
        QVERIFY2(!vpc.region.empty(), id.c_str());
    // Every instance's interfaces point back at it, or the conflict is reported (the
    // synthetic cloudmapper account lists one ENI id under three instances).
    for (const auto &[id, instance] : design.all<Instance>()) {
        for (const auto &eniId : instance.eniIds) {
            const Eni *eni = design.find<Eni>(eniId);
            QVERIFY(eni);
            QVERIFY2(eni->instanceId == id
                         || hasDiagnostic(diagnostics, eniId, "listed by instance " + id),
                     eniId.c_str());
        }
    }
}

void TestAwsImport::unitFixture_data()
{
    QTest::addColumn<QString>("file");
    const QDir fixtures(samples + "/batfish/unit-fixtures");
    for (const auto &name : fixtures.entryList({"*.json"}, QDir::Files))
        QTest::newRow(qPrintable(name)) << fixtures.filePath(name);
}

void TestAwsImport::unitFixture()
{
    QFETCH(QString, file);
    Design design;
    Diagnostics diagnostics;
    InputError error;
    QVERIFY2(importAwsFile(file.toStdString(), design, diagnostics, error),
             error.toString().c_str());
    IdSets expected;
    collectIds(readJson(file), expected);
    compareCounts(design, expected);
}

void TestAwsImport::natGateway()
{
    Design d;
    Diagnostics diagnostics;
    QVERIFY(importDir(samples + "/batfish/test-nat-gateway", d, diagnostics));
    const NatGateway *nat = d.find<NatGateway>("nat-07ab4846da51f4612");
    QVERIFY(nat);
    QCOMPARE(nat->privateIp.to_string(), std::string("10.1.250.210"));
    QVERIFY(nat->publicIp);
    QCOMPARE(nat->publicIp->to_string(), std::string("3.135.127.225"));
    QCOMPARE(nat->eniId, std::string("eni-017aaec115610308a"));
    QVERIFY(!nat->privateConnectivity);
    const Eni *eni = d.find<Eni>(nat->eniId);
    QVERIFY(eni);
    QCOMPARE(str(eni->role), str(EniRole::NatGateway));
    QCOMPARE(eni->ownerId, nat->id);
    QVERIFY(!eni->sourceDestCheck);
    const RouteTable *rt = d.find<RouteTable>("rtb-02fe228b42de92a7c");
    QVERIFY(rt && rt->routes.size() == 2);
    QCOMPARE(str(rt->routes[1].target), str(RouteTarget::NatGateway));
    QCOMPARE(rt->routes[1].targetId, nat->id);
    QCOMPARE(rt->subnetIds, std::vector<std::string>{"subnet-06f469bcee42e408e"});
    QVERIFY(d.find<RouteTable>("rtb-0e169c4a1e0b27b55")->main);
    const Eni *jump = d.find<Eni>("eni-068fb5a0a9a57f23c");
    QCOMPARE(str(jump->role), str(EniRole::Workload));
    QCOMPARE(jump->instanceId, std::string("i-0b31b509174d7f5de"));
    QCOMPARE(jump->publicIp->to_string(), std::string("18.216.129.140"));
    QCOMPARE(jump->ephemeralPorts, (PortRange{32768, 60999}));
    // The flat folder is not a region: the zones (us-east-2b) tell.
    QCOMPARE(d.find<Vpc>("vpc-0008a7b45e3ddf1dd")->region, std::string("us-east-2"));
    const NetworkAcl *acl = d.find<NetworkAcl>("acl-0792adae678b88f85");
    QCOMPARE(acl->entries.size(), size_t(3)); // the two 32767 "*" entries are implicit
    QCOMPARE(acl->subnetIds, std::vector<std::string>{"subnet-0428892a357fa1f94"});
}

void TestAwsImport::loadBalancer()
{
    Design d;
    Diagnostics diagnostics;
    QVERIFY(importDir(samples + "/batfish/test-load-balancer", d, diagnostics));
    const std::string arn = "arn:aws:elasticloadbalancing:us-east-2:554773406868:"
                            "loadbalancer/net/test-lb/725b996cb6be8fba";
    const std::string tgArn = "arn:aws:elasticloadbalancing:us-east-2:554773406868:"
                              "targetgroup/test-lb-tg/8e891d8fcdf8ece8";
    const LoadBalancer *lb = d.find<LoadBalancer>(arn);
    QVERIFY(lb);
    QCOMPARE(lb->name, std::string("test-lb"));
    QVERIFY(!lb->internetFacing);
    QVERIFY(lb->crossZone);
    QCOMPARE(lb->listeners.size(), size_t(1));
    QCOMPARE(lb->listeners[0].port, uint16_t(80));
    QCOMPARE(lb->listeners[0].protocol, std::string("TCP"));
    QCOMPARE(lb->listeners[0].targetGroupId, tgArn);
    QCOMPARE(lb->nodes.size(), size_t(2));
    QCOMPARE(lb->nodes[0].subnetId, std::string("subnet-0873d71031a560a88"));
    QCOMPARE(lb->nodes[0].eniId, std::string("eni-0c82d6f7254ae6695"));
    QCOMPARE(lb->nodes[0].privateIp.to_string(), std::string("10.1.20.123"));
    QCOMPARE(lb->nodes[1].eniId, std::string("eni-01f261dccaba46564"));
    QCOMPARE(lb->nodes[1].privateIp.to_string(), std::string("10.1.1.237"));
    QCOMPARE(str(d.find<Eni>("eni-01f261dccaba46564")->role), str(EniRole::LoadBalancer));
    QCOMPARE(d.find<Eni>("eni-01f261dccaba46564")->ownerId, arn);
    const TargetGroup *tg = d.find<TargetGroup>(tgArn);
    QVERIFY(tg);
    QCOMPARE(tg->healthCheckPort, uint16_t(0));
    QCOMPARE(tg->port, uint16_t(80));
    QCOMPARE(tg->loadBalancerIds, std::vector<std::string>{arn});
    QCOMPARE(tg->targets.size(), size_t(2));
    QCOMPARE(tg->targets[0].id, std::string("i-0f4af951d61a19245"));
    QCOMPARE(tg->targets[0].port, uint16_t(22));
    QCOMPARE(tg->targets[0].health, std::string("healthy"));
    // Target groups of a VPC that is not in the snapshot are reported, not dropped.
    QVERIFY(hasDiagnostic(diagnostics,
                          "arn:aws:elasticloadbalancing:us-east-2:554773406868:"
                          "targetgroup/target1/10b6be82e58c40a8",
                          "vpc-08afc01f5013ddc43"));
}

void TestAwsImport::hybridCloud()
{
    Design d;
    Diagnostics diagnostics;
    QVERIFY(importDir(samples + "/batfish/hybrid-cloud-aws", d, diagnostics));
    const RouteTable *isolated = d.find<RouteTable>("rtb-f28e418b");
    QVERIFY(isolated && isolated->routes.size() == 2);
    const Route &blackhole = isolated->routes[1];
    QVERIFY(blackhole.blackhole);
    QCOMPARE(str(blackhole.target), str(RouteTarget::NatGateway));
    QCOMPARE(blackhole.targetId, std::string("nat-055c00735cace0ec4"));
    QVERIFY(!isolated->routes[0].blackhole);
    QVERIFY(hasDiagnostic(diagnostics, "rtb-f28e418b", "nat-055c00735cace0ec4"));

    const RouteTable *vgwTable = d.find<RouteTable>("rtb-296bf350");
    QCOMPARE(vgwTable->propagatingVgwIds, std::vector<std::string>{"vgw-81fd279f"});
    const Route &propagated = vgwTable->routes[1];
    QCOMPARE(propagated.destination->toString(), std::string("10.1.1.0/24"));
    QCOMPARE(str(propagated.target), str(RouteTarget::VpnGateway));
    QCOMPARE(propagated.origin, RouteOrigin::Propagated);
    QCOMPARE(vgwTable->routes[0].origin, RouteOrigin::Static);
    QCOMPARE(str(vgwTable->routes[0].target), str(RouteTarget::Local));

    // The region folder names the region; the VGW, VPN and CGW are linked.
    QCOMPARE(d.find<Vpc>("vpc-815775e7")->region, std::string("us-west-2"));
    QCOMPARE(d.find<VpnGateway>("vgw-81fd279f")->vpcIds, std::vector<std::string>{"vpc-815775e7"});
    const VpnConnection *vpn = d.find<VpnConnection>("vpn-ba2e34a8");
    QVERIFY(!vpn->staticRoutesOnly);
    QCOMPARE(vpn->customerGatewayId, std::string("cgw-fb76ace5"));
    QCOMPARE(vpn->routes.size(), size_t(5)); // learned by BGP, read from the propagated routes
    QCOMPARE(d.find<CustomerGateway>("cgw-fb76ace5")->bgpAsn, int64_t(65301));
    // RDS and Elasticsearch are named, not silently dropped.
    QVERIFY(hasDiagnostic(diagnostics, "", "RDS"));
}

void TestAwsImport::transitGateway()
{
    Design d;
    Diagnostics diagnostics;
    QVERIFY(importDir(samples + "/batfish/test-transit-gateway", d, diagnostics));
    const TgwRouteTable *table = d.find<TgwRouteTable>("tgw-rtb-0fa40c8df355dce6e");
    QVERIFY(table);
    QVERIFY(table->defaultAssociation && table->defaultPropagation);
    QCOMPARE(table->propagationAttachmentIds,
             (std::vector<std::string>{"tgw-attach-07f5ec59e9f540021",
                                       "tgw-attach-0ae2696617bb06fb4"}));
    const TgwAttachment *a = d.find<TgwAttachment>("tgw-attach-07f5ec59e9f540021");
    QVERIFY(a);
    QCOMPARE(a->associationRouteTableId, table->id);
    QCOMPARE(a->resourceType, std::string("vpc"));
    QCOMPARE(a->resourceId, std::string("vpc-0404e08ceddf7f650"));
    QCOMPARE(a->subnetIds, std::vector<std::string>{"subnet-006a19c846f047bd7"});
    QCOMPARE(a->name, std::string("tgw-vpcA"));
    const TgwAttachment *vpnAttachment = d.find<TgwAttachment>("tgw-attach-0d724909ecd7a5961");
    QCOMPARE(vpnAttachment->resourceType, std::string("vpn"));
    QCOMPARE(vpnAttachment->state, std::string("deleted"));
    const TransitGateway *tgw = d.find<TransitGateway>("tgw-044be4464fcc69aff");
    QCOMPARE(tgw->defaultAssociationRouteTableId, table->id);
    QCOMPARE(tgw->region, std::string("us-east-2"));
    QCOMPARE(tgw->asn, int64_t(64512));
    QCOMPARE(str(d.find<Eni>("eni-00f08ecf4f651037c")->role), str(EniRole::TgwAttachment));
    QCOMPARE(d.find<Eni>("eni-00f08ecf4f651037c")->ownerId, a->id);
    // The Elastic IP lands on the instance's interface.
    QCOMPARE(d.find<Eni>("eni-0024c0af5aa1387e5")->publicIp->to_string(),
             std::string("3.136.41.161"));
}

void TestAwsImport::tgwStaticRoutesAcrossFiles()
{
    // An aggregate names its parent by id; the parent may come from another file.
    QTemporaryDir dir;
    const QString fixtures = samples + "/batfish/unit-fixtures/";
    QVERIFY(QFile::copy(fixtures + "TransitGatewayStaticRoutesTest.json",
                        dir.filePath("a-routes.json")));
    QVERIFY(QFile::copy(fixtures + "TransitGatewayRouteTableTest.json",
                        dir.filePath("b-tables.json")));
    Design d;
    Diagnostics diagnostics;
    QVERIFY(importDir(dir.path(), d, diagnostics));
    const TgwRouteTable *table = d.find<TgwRouteTable>("tgw-rtb-08262a9ed03306288");
    QVERIFY(table && table->routes.size() == 2);
    QCOMPARE(table->routes[0].destination.toString(), std::string("1.1.1.1/32"));
    QCOMPARE(table->routes[0].attachmentIds,
             std::vector<std::string>{"tgw-attach-07f5ec59e9f540021"});
    QVERIFY(!table->routes[0].blackhole);
    QCOMPARE(table->routes[1].destination.toString(), std::string("192.168.0.0/16"));
    QVERIFY(table->routes[1].blackhole);
    QVERIFY(table->routes[1].attachmentIds.empty());
}

void TestAwsImport::vpcCidrsPrimaryFirst()
{
    Design d;
    Diagnostics diagnostics;
    QVERIFY(importDir(samples + "/batfish/test-vpc-peering", d, diagnostics));
    // Disassociated blocks are gone; only the associated primary remains.
    const Vpc *vpc = d.find<Vpc>("vpc-0404e08ceddf7f650");
    QCOMPARE(vpc->cidrs, std::vector<Cidr>{*Cidr::parse("10.10.0.0/16")});
    const PeeringConnection *pcx = d.find<PeeringConnection>("pcx-0b89b559e3319d6cf");
    QCOMPARE(pcx->requesterVpcId, vpc->id);
    QCOMPARE(pcx->accepterVpcId, std::string("vpc-00a31ce9d0c06675c"));
    QCOMPARE(pcx->status, std::string("active"));

    Design single;
    InputError error;
    QVERIFY(importAwsFile((samples + "/batfish/unit-fixtures/VpcTest.json").toStdString(),
                          single, diagnostics, error));
    QVERIFY(single.find<Vpc>("vpc-CCCCCC"));
    QCOMPARE(single.find<Vpc>("vpc-CCCCCC")->cidrs,
             (std::vector<Cidr>{*Cidr::parse("10.100.0.0/16"), *Cidr::parse("10.200.0.0/16")}));
}

void TestAwsImport::securityGroupRules()
{
    Design d;
    Diagnostics diagnostics;
    QVERIFY(importDir(samples + "/cloudmapper/demo-us-east-1", d, diagnostics));
    // One permission with a group peer and one with a CIDR peer: two rules.
    const SecurityGroup *sg = d.find<SecurityGroup>("sg-00000008");
    QVERIFY(sg);
    QCOMPARE(sg->ingress.size(), size_t(2));
    QCOMPARE(sg->ingress[0].protocol, 6);
    QCOMPARE(sg->ingress[0].ports, PortRange::single(22));
    QCOMPARE(sg->ingress[0].groupId, std::string("sg-00000002"));
    QVERIFY(!sg->ingress[0].cidr);
    QCOMPARE(sg->ingress[1].ports, PortRange::single(443));
    QCOMPARE(sg->ingress[1].cidr->toString(), std::string("0.0.0.0/0"));
    QCOMPARE(sg->egress.size(), size_t(1));
    QCOMPARE(sg->egress[0].protocol, -1);
    QVERIFY(sg->egress[0].ports.isAll());

    Design nat;
    QVERIFY(importDir(samples + "/batfish/test-nat-gateway", nat, diagnostics));
    // ICMP's FromPort/ToPort are type and code, not ports.
    const auto &icmp = nat.find<SecurityGroup>("sg-0253af84ae6485905")->ingress[1];
    QCOMPARE(icmp.protocol, 1);
    QVERIFY(icmp.ports.isAll());
}

void TestAwsImport::eniRoles()
{
    Design d;
    Diagnostics diagnostics;
    QVERIFY(importDir(samples + "/cloudmapper/demo-us-east-1", d, diagnostics));
    QCOMPARE(str(d.find<Eni>("eni-00000001")->role), str(EniRole::Fargate));
    QCOMPARE(str(d.find<Eni>("eni-00000000")->role), str(EniRole::Workload));
    // Its Classic Load Balancer (LoadBalancerDescriptions) is modelled, no longer skipped.
    const LoadBalancer *weblb = d.find<LoadBalancer>("weblb");
    QVERIFY(weblb && weblb->isClassic());
    QCOMPARE(weblb->listeners.size(), size_t(1));
    QCOMPARE(weblb->listeners[0].protocol, std::string("HTTP"));
    QCOMPARE(weblb->instances.size(), size_t(2));
    QCOMPARE(weblb->healthCheck, std::string("TCP:8000"));
    QVERIFY(weblb->internetFacing);
    QVERIFY(!hasDiagnostic(diagnostics, "", "classic load balancers"));

    Design windows;
    InputError error;
    const auto file = samples + "/batfish/unit-fixtures/InstanceTest.json";
    QVERIFY(importAwsFile(file.toStdString(), windows, diagnostics, error));
    QCOMPARE(windows.find<Instance>("i-05f467abe21e9b883")->platform, std::string("windows"));
    QCOMPARE(windows.find<Eni>("eni-bd11cc9d")->ephemeralPorts, (PortRange{49152, 65535}));
    QCOMPARE(windows.find<Instance>("i-08e529f98f5659289")->platform, std::string("linux"));
    QCOMPARE(windows.find<Eni>("eni-a9d44c8a")->ephemeralPorts, (PortRange{32768, 60999}));

    // Lambda's ephemeral range differs from Linux's.
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("enis.json"), R"({"NetworkInterfaces":[{
        "NetworkInterfaceId":"eni-l","InterfaceType":"lambda","SubnetId":"subnet-1",
        "PrivateIpAddress":"10.0.0.5"}]})"));
    Design lambda;
    QVERIFY(importDir(dir.path(), lambda, diagnostics));
    QCOMPARE(str(lambda.find<Eni>("eni-l")->role), str(EniRole::Lambda));
    QCOMPARE(lambda.find<Eni>("eni-l")->ephemeralPorts, (PortRange{1024, 65535}));
}

void TestAwsImport::multiAccountDedupe()
{
    Design d;
    Diagnostics diagnostics;
    const QString dir = samples + "/batfish/test-transit-gateway-multi-account";
    QVERIFY(importDir(dir, d, diagnostics));
    // The TGW and the shared attachment appear in both accounts' files: one each.
    QCOMPARE(d.count(ResourceKind::TransitGateway), size_t(1));
    const TgwAttachment *shared = d.find<TgwAttachment>("tgw-attach-0f8397dbb9b9bce0d");
    QCOMPARE(shared->name, std::string("tgw-att-fish")); // the owner account sees no name
    QCOMPARE(shared->associationRouteTableId, std::string("tgw-rtb-0b2c8eeefcf19371b"));
    QCOMPARE(d.find<Vpc>("vpc-08287a9084472b276")->accountId, std::string("951601349076"));
    QCOMPARE(d.find<Vpc>("vpc-08287a9084472b276")->region, std::string("us-east-1"));
}

void TestAwsImport::botocoreExamples()
{
    // Chosen behaviour: the outputs of the Describe* examples are read as responses.
    Design d;
    Diagnostics diagnostics;
    InputError error;
    const auto file = samples + "/botocore/ec2-2016-11-15/examples-1.json";
    QVERIFY2(importAwsFile(file.toStdString(), d, diagnostics, error), error.toString().c_str());
    QVERIFY(d.count(ResourceKind::Vpc) >= 1);
    QVERIFY(d.count(ResourceKind::RouteTable) >= 1);
    QVERIFY(hasDiagnostic(diagnostics, "", "botocore examples"));
}

void TestAwsImport::unknownKeysAreDiagnostics()
{
    QTemporaryDir dir;
    QVERIFY(writeFile(dir.filePath("Vpcs.json"),
                      R"({"Vpcs":[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16"}]})"));
    QVERIFY(writeFile(dir.filePath("Other.json"), R"({"Spaceships":[{"Id":"x"}]})"));
    QVERIFY(writeFile(dir.filePath("list.json"), "[1, 2, 3]"));
    QVERIFY(writeFile(dir.filePath("notes.txt"), "hello"));
    Design d;
    Diagnostics diagnostics;
    QVERIFY(importDir(dir.path(), d, diagnostics));
    QCOMPARE(d.count(ResourceKind::Vpc), size_t(1));
    QVERIFY(hasDiagnostic(diagnostics, "", "Spaceships"));
    QVERIFY(hasDiagnostic(diagnostics, "", "top level is array"));
    QVERIFY(hasDiagnostic(diagnostics, "", "not a JSON file"));
}

void TestAwsImport::badShape_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("mentions");

    QTest::newRow("list is a number") << QByteArray(R"({"Vpcs": 5})") << "Vpcs";
    QTest::newRow("element not an object") << QByteArray(R"({"Subnets": ["subnet-1"]})")
                                           << "Subnets[0]";
    QTest::newRow("missing required id")
        << QByteArray(R"({"RouteTables": [{"VpcId": "vpc-1"}]})") << "RouteTableId";
    QTest::newRow("bad CIDR names the resource")
        << QByteArray(R"({"Subnets": [{"SubnetId": "subnet-9", "CidrBlock": "10.0.0.0/40"}]})")
        << "subnet-9";
    QTest::newRow("wrong member type")
        << QByteArray(R"({"NetworkInterfaces": [{"NetworkInterfaceId": "eni-7",)"
                      R"( "PrivateIpAddress": 10}]})")
        << "eni-7";
    QTest::newRow("bad port range")
        << QByteArray(R"({"SecurityGroups": [{"GroupId": "sg-3", "IpPermissions": [)"
                      R"({"IpProtocol": "tcp", "FromPort": 600, "ToPort": 500}]}]})")
        << "sg-3";
    QTest::newRow("aggregate of the wrong shape")
        << QByteArray(R"({"TransitGatewayPropagations": {"x": 1}})")
        << "TransitGatewayPropagations";
}

void TestAwsImport::badShape()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, mentions);
    QTemporaryDir dir;
    const QString file = dir.filePath("bad.json");
    QVERIFY(writeFile(file, json));
    QVERIFY(writeFile(dir.filePath("good.json"),
                      R"({"Vpcs":[{"VpcId":"vpc-1","CidrBlock":"10.0.0.0/16"}]})"));
    Design target;
    target.put(Vpc{"vpc-keep", "", {}, "", "", {*Cidr::parse("10.9.0.0/16")}, false});
    const auto revision = target.revision();
    Diagnostics diagnostics;
    InputError error;
    for (const QString &source : {dir.path(), file}) {
        const bool ok = source == file
                            ? importAwsFile(source.toStdString(), target, diagnostics, error)
                            : importAwsSnapshot(source.toStdString(), target, diagnostics, error);
        QVERIFY(!ok);
        const QString message = QString::fromStdString(error.toString());
        QVERIFY2(message.contains(mentions), qPrintable(message));
        QCOMPARE(QString::fromStdString(error.file), file);
        QCOMPARE(target.revision(), revision);
        QCOMPARE(target.resourceCount(), size_t(1));
        QVERIFY(diagnostics.empty());
    }
}

void TestAwsImport::syntaxError()
{
    QTemporaryDir dir;
    const QString file = dir.filePath("Vpcs.json");
    QVERIFY(writeFile(file, "{\n  \"Vpcs\": [\n    {\"VpcId\": \"vpc-1\",,}\n  ]\n}\n"));
    Design target;
    Diagnostics diagnostics;
    InputError error;
    QVERIFY(!importAwsSnapshot(dir.path().toStdString(), target, diagnostics, error));
    QCOMPARE(QString::fromStdString(error.file), file);
    QCOMPARE(error.line, 3);
    QVERIFY(error.column > 1);
    QCOMPARE(target.resourceCount(), size_t(0));

    QTemporaryDir empty;
    QVERIFY(!importAwsSnapshot(empty.path().toStdString(), target, diagnostics, error));
    QVERIFY(QString::fromStdString(error.message).contains("no JSON files"));
}

void TestAwsImport::validateFindsDanglingAndOverlaps()
{
    Design d;
    d.put(Vpc{"vpc-1", "", {}, "", "", {*Cidr::parse("10.0.0.0/16")}, false});
    d.put(Subnet{"subnet-a", "", {}, "vpc-1", *Cidr::parse("10.0.0.0/24"), "", false});
    d.put(Subnet{"subnet-b", "", {}, "vpc-1", *Cidr::parse("10.0.0.128/25"), "", false});
    d.put(Subnet{"subnet-c", "", {}, "vpc-1", *Cidr::parse("10.5.0.0/24"), "", false});
    d.put(Subnet{"subnet-d", "", {}, "vpc-gone", *Cidr::parse("10.0.1.0/24"), "", false});
    RouteTable rt;
    rt.id = "rtb-1";
    rt.vpcId = "vpc-1";
    rt.routes.push_back({Cidr::any(), "", RouteTarget::NatGateway, "nat-gone", false, {}});
    d.put(rt);
    Eni eni;
    eni.id = "eni-1";
    eni.subnetId = "subnet-gone";
    d.put(eni);
    const Diagnostics found = validateDesign(d);
    QVERIFY(hasDiagnostic(found, "subnet-d", "vpc-gone"));
    QVERIFY(hasDiagnostic(found, "rtb-1", "nat-gone"));
    QVERIFY(hasDiagnostic(found, "eni-1", "subnet-gone"));
    QVERIFY(hasDiagnostic(found, "subnet-c", "outside"));
    QVERIFY(hasDiagnostic(found, "subnet-a", "overlaps subnet-b"));
    QVERIFY(!hasDiagnostic(found, "subnet-a", "outside"));
    QVERIFY(!hasDiagnostic(found, "subnet-d", "overlaps")); // other VPC
}

QTEST_GUILESS_MAIN(TestAwsImport)
#include "tst_awsimport.moc"
