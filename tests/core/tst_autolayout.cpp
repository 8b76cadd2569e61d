#include "core/io/source.h"
#include "core/layout/autolayout.h"
#include "core/layout/diagramedges.h"
#include "core/layout/routedestination.h"
#include "core/model/validate.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTest>

#include <algorithm>
#include <map>

using namespace mailpath::core;

namespace {

Cidr cidr(const char *text)
{
    return *Cidr::parse(text);
}

Vpc makeVpc(const std::string &id, const char *block, const std::string &region = "eu-west-1")
{
    Vpc v;
    v.id = id;
    v.region = region;
    v.cidrs = {cidr(block)};
    return v;
}

Subnet makeSubnet(const std::string &id, const std::string &vpc, const char *block,
                  const std::string &az)
{
    Subnet s;
    s.id = id;
    s.vpcId = vpc;
    s.cidr = cidr(block);
    s.availabilityZone = az;
    return s;
}

Eni makeEni(const std::string &id, const Subnet &subnet, uint32_t ip)
{
    Eni e;
    e.id = id;
    e.subnetId = subnet.id;
    e.vpcId = subnet.vpcId;
    e.availabilityZone = subnet.availabilityZone;
    e.privateIps = {Ipv4(ip)};
    return e;
}

/** Every problem found, as readable lines; empty means the layout is sound. */
QStringList layoutProblems(const Design &design, const Layout &layout)
{
    QStringList problems;
    std::map<std::string, std::vector<std::string>> children;
    for (const auto &key : diagramKeys(design)) {
        const auto it = layout.find(key);
        if (it == layout.end() || it->second.width <= 0 || it->second.height <= 0) {
            problems << QString("%1 not laid out").arg(QString::fromStdString(key));
            continue;
        }
        const auto parent = layoutParentOf(design, key);
        children[parent].push_back(key);
        if (parent.empty())
            continue;
        const auto &p = layout.at(parent);
        const auto &c = it->second;
        if (c.x < 0 || c.y < 0 || c.x + c.width > p.width || c.y + c.height > p.height)
            problems << QString("%1 outside %2").arg(QString::fromStdString(key),
                                                     QString::fromStdString(parent));
    }
    for (auto &[parent, kids] : children) { // sweep by x: linear for grids
        std::sort(kids.begin(), kids.end(),
                  [&](auto &a, auto &b) { return layout.at(a).x < layout.at(b).x; });
        for (size_t i = 0; i < kids.size(); ++i) {
            const auto &a = layout.at(kids[i]);
            for (size_t j = i + 1; j < kids.size() && layout.at(kids[j]).x < a.x + a.width; ++j) {
                const auto &b = layout.at(kids[j]);
                if (a.y < b.y + b.height && b.y < a.y + a.height)
                    problems << QString("%1 overlaps %2").arg(QString::fromStdString(kids[i]),
                                                              QString::fromStdString(kids[j]));
            }
        }
    }
    return problems;
}

LayoutRect rectOf(const Design &design, const Layout &layout, const std::string &key)
{
    const auto r = absoluteRect(design, layout, key);
    return r.value_or(LayoutRect{-1, -1, 0, 0});
}

/** The synthetic account of DESIGN §6: 40 VPCs, 200 subnets, 10,000 ENIs, one TGW. */
Design bigDesign()
{
    Design d;
    TransitGateway tgw;
    tgw.id = "tgw-big";
    d.put(tgw);
    for (int v = 0; v < 40; ++v) {
        const auto vpcId = "vpc-" + std::to_string(1000 + v);
        auto vpc = makeVpc(vpcId, "10.0.0.0/16");
        vpc.cidrs = {Cidr(Ipv4(uint32_t((10u << 24) | (uint32_t(v) << 16))), 16)};
        d.put(vpc);
        TgwAttachment att;
        att.id = "tgw-attach-" + std::to_string(v);
        att.transitGatewayId = tgw.id;
        att.resourceId = vpcId;
        d.put(att);
        for (int s = 0; s < 5; ++s) {
            const uint32_t base = (10u << 24) | (uint32_t(v) << 16) | (uint32_t(s) << 8);
            Subnet subnet = makeSubnet("subnet-" + std::to_string(v * 5 + s), vpcId, "10.0.0.0/24",
                                       s % 2 ? "eu-west-1b" : "eu-west-1a");
            subnet.cidr = Cidr(Ipv4(base), 24);
            d.put(subnet);
            for (int e = 0; e < 50; ++e)
                d.put(makeEni("eni-" + std::to_string((v * 5 + s) * 50 + e), subnet,
                              base + 10 + uint32_t(e)));
        }
    }
    return d;
}

} // namespace

class TestAutoLayout : public QObject
{
    Q_OBJECT

private slots:
    void keysAndParents();
    void samples_data();
    void samples();
    void publicSubnetsAboveGatewaysOnEdge();
    void peeredVpcsAreNeighbours();
    void fillKeepsExistingAndGrows();
    void fillOnEmptyLayoutEqualsCompute();
    void bigAccount();
    void fanOutBundling();
    void suggestedDestinations();
    void vpcCidrConflicts();
};

void TestAutoLayout::keysAndParents()
{
    Design d;
    d.put(makeVpc("vpc-a", "10.0.0.0/16"));
    const auto subnet = makeSubnet("subnet-a", "vpc-a", "10.0.1.0/24", "eu-west-1a");
    d.put(subnet);
    InternetGateway igw;
    igw.id = "igw-a";
    igw.vpcIds = {"vpc-a"};
    d.put(igw);
    Instance inst;
    inst.id = "i-a";
    inst.subnetId = "subnet-a";
    inst.eniIds = {"eni-a"};
    d.put(inst);
    auto eni = makeEni("eni-a", subnet, 0x0a000105);
    eni.instanceId = "i-a";
    d.put(eni);
    d.put(makeEni("eni-lambda", subnet, 0x0a000106));

    QCOMPARE(layoutParentOf(d, "vpc-a"), regionKey("eu-west-1"));
    QCOMPARE(layoutParentOf(d, "subnet-a"), azKey("vpc-a", "eu-west-1a"));
    QCOMPARE(layoutParentOf(d, azKey("vpc-a", "eu-west-1a")), std::string("vpc-a"));
    QCOMPARE(layoutParentOf(d, "igw-a"), std::string("vpc-a"));
    QCOMPARE(layoutParentOf(d, "i-a"), std::string("subnet-a"));
    QCOMPARE(layoutParentOf(d, regionKey("eu-west-1")), std::string());
    QVERIFY(isRegionKey(regionKey("x")) && !isAzKey(regionKey("x")));
    // An attached ENI is drawn as its instance; a Lambda ENI is its own node.
    QVERIFY(!isDiagramNode(d, "eni-a"));
    QCOMPARE(diagramNodeFor(d, "eni-a"), std::string("i-a"));
    QVERIFY(isDiagramNode(d, "eni-lambda"));
    const auto keys = diagramKeys(d);
    QCOMPARE(keys.size(), size_t(7)); // region, vpc, az, subnet, igw, instance, lambda eni
    // Parents come before their children.
    for (size_t i = 0; i < keys.size(); ++i) {
        const auto parent = layoutParentOf(d, keys[i]);
        if (!parent.empty())
            QVERIFY(std::find(keys.begin(), keys.begin() + long(i), parent) != keys.begin() + long(i));
    }
}

void TestAutoLayout::samples_data()
{
    QTest::addColumn<QString>("path");
    const QString root = QStringLiteral(MAILPATH_SHARED_DIR "/aws-samples");
    for (const char *group : {"batfish", "cloudmapper"}) {
        const QDir dir(root + "/" + group);
        for (const auto &name : dir.entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name)) {
            if (name == "unit-fixtures")
                continue;
            QTest::newRow(qPrintable(QString(group) + "/" + name)) << dir.filePath(name);
        }
    }
    QVERIFY(QTest::currentTestFunction());
}

void TestAutoLayout::samples()
{
    QFETCH(QString, path);
    Design design;
    Diagnostics diagnostics;
    InputError error;
    QVERIFY2(loadSource(path.toStdString(), design, diagnostics, error), error.toString().c_str());
    QVERIFY(design.count(ResourceKind::Vpc) > 0);
    const Layout layout = computeLayout(design);
    const auto problems = layoutProblems(design, layout);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));

    fillMissingLayout(design);
    QCOMPARE(design.layout(), layout);
    // Every arrow joins two laid-out keys.
    for (const auto &edge : diagramEdges(design)) {
        QVERIFY2(layout.count(edge.from), edge.from.c_str());
        QVERIFY2(layout.count(edge.to), edge.to.c_str());
    }
}

void TestAutoLayout::publicSubnetsAboveGatewaysOnEdge()
{
    Design d;
    d.put(makeVpc("vpc-a", "10.0.0.0/16"));
    // The private subnet has the lower CIDR: only the tier can put the public one on top.
    d.put(makeSubnet("subnet-priv", "vpc-a", "10.0.0.0/24", "eu-west-1a"));
    d.put(makeSubnet("subnet-pub", "vpc-a", "10.0.9.0/24", "eu-west-1a"));
    InternetGateway igw;
    igw.id = "igw-a";
    igw.vpcIds = {"vpc-a"};
    d.put(igw);
    RouteTable rt;
    rt.id = "rtb-pub";
    rt.vpcId = "vpc-a";
    rt.subnetIds = {"subnet-pub"};
    rt.routes = {Route{cidr("0.0.0.0/0"), {}, RouteTarget::InternetGateway, "igw-a"}};
    d.put(rt);
    VpnGateway vgw;
    vgw.id = "vgw-a";
    vgw.vpcIds = {"vpc-a"};
    d.put(vgw);

    const Layout layout = computeLayout(d);
    QVERIFY(layoutProblems(d, layout).isEmpty());
    const auto pub = rectOf(d, layout, "subnet-pub"), priv = rectOf(d, layout, "subnet-priv");
    QVERIFY(pub.y + pub.height <= priv.y);
    const auto az = rectOf(d, layout, azKey("vpc-a", "eu-west-1a"));
    const auto igwRect = rectOf(d, layout, "igw-a"), vgwRect = rectOf(d, layout, "vgw-a");
    QVERIFY(igwRect.y + igwRect.height <= az.y); // IGW on the top edge, VGW on the bottom
    QVERIFY(vgwRect.y >= az.y + az.height);
    const auto vpc = rectOf(d, layout, "vpc-a");
    QCOMPARE(igwRect.x + igwRect.width / 2 > vpc.x + vpc.width / 4, true);
}

void TestAutoLayout::peeredVpcsAreNeighbours()
{
    Design d;
    const std::vector<std::string> chain = {"vpc-1", "vpc-6", "vpc-2", "vpc-5", "vpc-3", "vpc-4"};
    for (const auto &id : chain)
        d.put(makeVpc(id, "10.0.0.0/16"));
    for (size_t i = 0; i + 1 < chain.size(); ++i) {
        PeeringConnection pcx;
        pcx.id = "pcx-" + std::to_string(i);
        pcx.requesterVpcId = chain[i];
        pcx.accepterVpcId = chain[i + 1];
        d.put(pcx);
    }
    const Layout layout = computeLayout(d);
    QVERIFY(layoutProblems(d, layout).isEmpty());
    std::vector<std::string> order(chain);
    std::sort(order.begin(), order.end(), [&](auto &a, auto &b) {
        const auto ra = rectOf(d, layout, a), rb = rectOf(d, layout, b);
        return ra.y != rb.y ? ra.y < rb.y : ra.x < rb.x;
    });
    if (order.front() != chain.front())
        std::reverse(order.begin(), order.end());
    QCOMPARE(order, chain);
}

void TestAutoLayout::fillKeepsExistingAndGrows()
{
    Design d;
    d.put(makeVpc("vpc-a", "10.0.0.0/16"));
    const auto s1 = makeSubnet("subnet-1", "vpc-a", "10.0.1.0/24", "eu-west-1a");
    d.put(s1);
    fillMissingLayout(d);
    QVERIFY(layoutProblems(d, d.layout()).isEmpty());
    NodeLayout moved = *d.layoutOf("subnet-1");
    moved.x += 40; // a user's change that must survive
    d.setLayout("subnet-1", moved);
    const auto vpcBefore = *d.layoutOf("vpc-a");

    d.put(makeSubnet("subnet-2", "vpc-a", "10.0.2.0/24", "eu-west-1a"));
    for (int i = 0; i < 30; ++i)
        d.put(makeEni("eni-" + std::to_string(i), s1, 0x0a000110 + uint32_t(i)));
    TransitGateway tgw;
    tgw.id = "tgw-new";
    d.put(tgw);
    fillMissingLayout(d);

    QCOMPARE(*d.layoutOf("subnet-1") == moved, false); // grew to hold the ENIs...
    QCOMPARE(d.layoutOf("subnet-1")->x, moved.x);      // ...but stayed where the user put it
    QCOMPARE(d.layoutOf("subnet-1")->y, moved.y);
    QCOMPARE(d.layoutOf("vpc-a")->x, vpcBefore.x);
    QVERIFY(d.layoutOf("vpc-a")->width > vpcBefore.width);
    QVERIFY(d.layoutOf("subnet-2") && d.layoutOf("tgw-new") && d.layoutOf("eni-29"));
    const auto problems = layoutProblems(d, d.layout());
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join('\n')));
}

void TestAutoLayout::fillOnEmptyLayoutEqualsCompute()
{
    Design d = bigDesign();
    Design copy = d;
    fillMissingLayout(copy);
    QCOMPARE(copy.layout(), computeLayout(d));
}

void TestAutoLayout::bigAccount()
{
    const Design d = bigDesign();
    QElapsedTimer timer;
    timer.start();
    const Layout layout = computeLayout(d);
    const auto ms = timer.elapsed();
    qInfo("layout of %zu ENIs, %zu subnets, %zu VPCs: %lld ms", d.count(ResourceKind::NetworkInterface),
          d.count(ResourceKind::Subnet), d.count(ResourceKind::Vpc), qint64(ms));
    // A loose bound (the target, well under a second, is a benchmark): catches quadratic code.
    QVERIFY2(ms < 3000, qPrintable(QString::number(ms)));
    const auto problems = layoutProblems(d, layout);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.mid(0, 10).join('\n')));
    // Usable: no box wider than a few screens, the whole drawing roughly landscape.
    double width = 0, height = 0;
    for (const auto &key : diagramKeys(d))
        if (layoutParentOf(d, key).empty()) {
            const auto &l = layout.at(key);
            width = std::max(width, l.x + l.width);
            height = std::max(height, l.y + l.height);
        }
    QVERIFY2(width < 4 * height && height < 4 * width, qPrintable(QString("%1x%2").arg(width).arg(height)));
}

namespace {

/** A VPC with n subnets whose own route tables send 10.0.0.0/8 to tgw-1. */
Design fanOutDesign(int n)
{
    Design d;
    d.put(makeVpc("vpc-a", "10.1.0.0/16"));
    TransitGateway tgw;
    tgw.id = "tgw-1";
    d.put(tgw);
    for (int i = 0; i < n; ++i) {
        const auto block = "10.1." + std::to_string(i) + ".0/24";
        d.put(makeSubnet("subnet-" + std::to_string(i), "vpc-a", block.c_str(), "eu-west-1a"));
        RouteTable rt;
        rt.id = "rtb-" + std::to_string(i);
        rt.vpcId = "vpc-a";
        rt.subnetIds = {"subnet-" + std::to_string(i)};
        Route route;
        route.destination = cidr(i % 2 ? "10.0.0.0/8" : "192.168.0.0/16");
        route.target = RouteTarget::TransitGateway;
        route.targetId = "tgw-1";
        rt.routes = {route};
        d.put(rt);
    }
    return d;
}

} // namespace

void TestAutoLayout::fanOutBundling()
{
    const Design big = fanOutDesign(5);
    const auto edges = bundleFanOut(big, diagramEdges(big));
    QCOMPARE(edges.size(), size_t(1));
    QCOMPARE(edges[0].from, std::string("vpc-a"));
    QCOMPARE(edges[0].to, std::string("tgw-1"));
    QCOMPARE(edges[0].subnetCount, size_t(5));
    QCOMPARE(edges[0].label, std::string("5 subnets: 192.168.0.0/16, 10.0.0.0/8"));
    QCOMPARE(edges[0].modelIds.size(), size_t(5));
    QCOMPARE(bundleFanOut(big, diagramEdges(big))[0].label, edges[0].label); // stable

    // A subnet on a shown path keeps its arrow; the rest stay bundled.
    BundleOptions keep;
    keep.keepSubnets = {"subnet-2"};
    const auto kept = bundleFanOut(big, diagramEdges(big), keep);
    QCOMPARE(kept.size(), size_t(2));
    QCOMPARE(kept[0].subnetCount, size_t(4));
    QCOMPARE(kept[1].from, std::string("subnet-2"));

    const Design small = fanOutDesign(3);
    QCOMPARE(bundleFanOut(small, diagramEdges(small)).size(), size_t(3));

    // Targets inside the VPC (a NAT gateway) are never bundled.
    Design inside = fanOutDesign(5);
    NatGateway nat;
    nat.id = "nat-1";
    nat.vpcId = "vpc-a";
    nat.subnetId = "subnet-0";
    inside.put(nat);
    for (int i = 0; i < 5; ++i)
        inside.update<RouteTable>("rtb-" + std::to_string(i), [](RouteTable &rt) {
            rt.routes[0].target = RouteTarget::NatGateway;
            rt.routes[0].targetId = "nat-1";
        });
    QCOMPARE(bundleFanOut(inside, diagramEdges(inside)).size(), size_t(5));
}

void TestAutoLayout::suggestedDestinations()
{
    Design d;
    d.put(makeVpc("vpc-a", "10.1.0.0/16"));
    d.put(makeVpc("vpc-b", "10.2.0.0/16"));
    d.put(makeVpc("vpc-c", "10.3.0.0/16"));
    d.put(makeSubnet("subnet-a", "vpc-a", "10.1.0.0/24", "eu-west-1a"));
    PeeringConnection pcx;
    pcx.id = "pcx-1";
    pcx.requesterVpcId = "vpc-b";
    pcx.accepterVpcId = "vpc-a";
    d.put(pcx);
    InternetGateway igw;
    igw.id = "igw-1";
    d.put(igw);
    VpnGateway vgw;
    vgw.id = "vgw-1";
    d.put(vgw);
    VpnConnection vpn;
    vpn.id = "vpn-1";
    vpn.vpnGatewayId = "vgw-1";
    d.put(vpn);
    OnPremNetwork office;
    office.id = "onprem-1";
    office.cidrs = {cidr("192.168.10.0/24")};
    office.vpnConnectionIds = {"vpn-1"};
    d.put(office);

    QCOMPARE(routeTargetForKey(d, "subnet-a", "vpc-b"), std::string("pcx-1"));
    QCOMPARE(routeTargetForKey(d, "subnet-a", "vpc-c"), std::string());
    QCOMPARE(routeTargetForKey(d, "subnet-a", "igw-1"), std::string("igw-1"));
    QCOMPARE(suggestedDestination(d, "subnet-a", "igw-1"), Cidr::any());
    QCOMPARE(suggestedDestination(d, "subnet-a", "pcx-1"), cidr("10.2.0.0/16"));
    QCOMPARE(suggestedDestination(d, "subnet-a", "vgw-1"), cidr("192.168.10.0/24"));

    // Towards a transit gateway: the default route while the table has none; else an attached
    // VPC's block first, then the Region's other VPCs, never a block already routed.
    TransitGateway tgw;
    tgw.id = "tgw-1";
    d.put(tgw);
    TgwAttachment att;
    att.id = "tgw-attach-c";
    att.transitGatewayId = "tgw-1";
    att.resourceId = "vpc-c";
    d.put(att);
    QCOMPARE(suggestedDestination(d, "subnet-a", "tgw-1"), Cidr::any());
    RouteTable rt;
    rt.id = "rtb-a";
    rt.vpcId = "vpc-a";
    rt.main = true;
    Route toNat;
    toNat.destination = Cidr::any();
    toNat.targetId = "nat-1";
    rt.routes = {toNat};
    d.put(rt);
    QCOMPARE(suggestedDestination(d, "subnet-a", "tgw-1"), cidr("10.3.0.0/16"));
    Route toC;
    toC.destination = cidr("10.3.0.0/16");
    toC.targetId = "tgw-1";
    rt.routes.push_back(toC);
    d.put(rt);
    QCOMPARE(suggestedDestination(d, "subnet-a", "tgw-1"), cidr("10.2.0.0/16"));
}

void TestAutoLayout::vpcCidrConflicts()
{
    Design d;
    d.put(makeVpc("vpc-a", "10.0.0.0/16"));
    d.put(makeVpc("vpc-b", "10.0.128.0/17"));
    d.put(makeVpc("vpc-c", "10.0.0.0/16"));
    QVERIFY(cidrConflicts(d).empty()); // overlapping but not connected: no conflict
    PeeringConnection pcx;
    pcx.id = "pcx-1";
    pcx.requesterVpcId = "vpc-b";
    pcx.accepterVpcId = "vpc-a";
    d.put(pcx);
    const auto conflicts = cidrConflicts(d);
    QCOMPARE(conflicts.size(), size_t(1));
    QCOMPARE(conflicts[0].resource, std::string("vpc-a"));
    QCOMPARE(conflicts[0].other, std::string("vpc-b"));
    QVERIFY(conflicts[0].message.find("pcx-1") != std::string::npos);
    TgwAttachment a, c;
    a.id = "tgw-attach-a";
    a.transitGatewayId = "tgw-1";
    a.resourceType = "vpc";
    a.resourceId = "vpc-a";
    c = a;
    c.id = "tgw-attach-c";
    c.resourceId = "vpc-c";
    d.put(a);
    d.put(c);
    QCOMPARE(cidrConflicts(d).size(), size_t(2));
    const auto diagnostics = validateDesign(d);
    QVERIFY(std::any_of(diagnostics.begin(), diagnostics.end(), [](const Diagnostic &x) {
        return x.resource == "vpc-a" && x.message.find("tgw-1") != std::string::npos;
    }));
}

QTEST_GUILESS_MAIN(TestAutoLayout)
#include "tst_autolayout.moc"
