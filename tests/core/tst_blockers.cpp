// Blocker ranking: groups, fixes as model edits and unblock counts against brute force.
#include "tests/core/generatedaccount.h"
#include "core/io/source.h"
#include "core/model/design.h"
#include "core/model/resources.h"
#include "core/sim/blockers.h"

#include <QTemporaryDir>
#include <QtTest>

#include <set>

using namespace mailpath::core;

namespace {


Design load(const std::string &path)
{
    Design design;
    Diagnostics diagnostics;
    InputError error;
    if (!loadSource(path, design, diagnostics, error))
        qFatal("cannot load %s", path.c_str());
    return design;
}

Design loadTemplate(const char *name)
{
    return load(std::string(MAILPATH_SOURCE_DIR) + "/resources/templates/" + name
                + ".mailpath.json");
}

std::vector<MatrixRow> matrixOf(const Simulator &sim)
{
    return runMatrix(sim, sim.defaultSources(), sim.defaultSinks(), smtpPorts(), 1);
}

const BlockerGroup *findGroup(const std::vector<BlockerGroup> &groups, const std::string &id,
                              ReasonCode reason)
{
    for (const auto &g : groups)
        if (g.resource == id && g.reason == reason)
            return &g;
    return nullptr;
}

/** Blocked rows delivered on a copy with the fix applied: in the group, elsewhere. */
std::pair<size_t, size_t> bruteForceUnblocked(const Design &design,
                                              const std::vector<MatrixRow> &rows,
                                              const BlockerGroup &group, const ModelFix &fix)
{
    Design fixed = design;
    if (!fix.applyTo(fixed))
        qFatal("fix not applied");
    const Simulator fixedSim(fixed);
    const auto after = matrixOf(fixedSim);
    const std::set<size_t> members(group.rows.begin(), group.rows.end());
    size_t delivered = 0, elsewhere = 0;
    for (size_t i = 0; i < rows.size(); ++i)
        if (after[i].verdict == Verdict::Delivered && rows[i].verdict == Verdict::Blocked)
            ++(members.count(i) ? delivered : elsewhere);
    return {delivered, elsewhere};
}

BlockerGroup evaluatedGroup(const Design &design, const std::string &id, ReasonCode reason,
                            std::vector<MatrixRow> &rows);

/**
 * s1 with its network ACL's fix applied (so that the NAT gateway's path delivers), then
 * without the private subnet's default route to the NAT gateway.
 */
Design s1WithoutDefaultRoute()
{
    Design design = loadTemplate("s1-ses-via-nat");
    std::vector<MatrixRow> rows;
    const auto acl = evaluatedGroup(design, "acl-0s1public", ReasonCode::NaclInboundDeny, rows);
    if (!acl.fix || !acl.fix->applyTo(design))
        qFatal("no ACL fix");
    design.update<RouteTable>("rtb-0s1private", [](RouteTable &t) {
        std::erase_if(t.routes,
                      [](const Route &r) { return r.target == RouteTarget::NatGateway; });
    });
    return design;
}

void addNatIn(Design &design, const std::string &id, const std::string &az, const char *cidr)
{
    Subnet subnet = *design.find<Subnet>("subnet-0s1public");
    subnet.id = "subnet-" + id;
    subnet.availabilityZone = az;
    subnet.cidr = *Cidr::parse(cidr);
    design.put(subnet);
    design.update<RouteTable>("rtb-0s1public",
                              [&](RouteTable &t) { t.subnetIds.push_back(subnet.id); });
    NatGateway nat = *design.find<NatGateway>("nat-0s1");
    nat.id = id;
    nat.subnetId = subnet.id;
    design.put(nat);
}

/** The evaluated group at `id` for `reason` of the design's matrix. */
BlockerGroup evaluatedGroup(const Design &design, const std::string &id, ReasonCode reason,
                            std::vector<MatrixRow> &rows)
{
    const Simulator sim(design);
    rows = matrixOf(sim);
    auto groups = groupBlockers(rows);
    evaluateFixes(sim, rows, groups, groups.size());
    const auto *group = findGroup(groups, id, reason);
    if (!group)
        qFatal("no group at %s", id.c_str());
    return *group;
}

/** Groups partition the blocked rows, largest first; fixes agree with a full matrix rerun. */
void checkAgainstBruteForce(const Design &design, size_t limit)
{
    const Simulator sim(design);
    const auto rows = matrixOf(sim);
    auto groups = groupBlockers(rows);
    evaluateFixes(sim, rows, groups, limit);
    std::set<size_t> seen;
    size_t blocked = 0;
    for (const auto &r : rows)
        blocked += r.verdict == Verdict::Blocked ? 1 : 0;
    for (size_t g = 0; g < groups.size(); ++g) {
        if (g > 0)
            QVERIFY(groups[g - 1].rows.size() >= groups[g].rows.size());
        for (size_t i : groups[g].rows) {
            QVERIFY(seen.insert(i).second);
            QCOMPARE(rows[i].blockedAt->resource, groups[g].resource);
            QVERIFY(rows[i].blockedAt->reason == groups[g].reason);
        }
        if (!groups[g].fix)
            continue;
        QVERIFY(groups[g].unblocked.has_value());
        Design fixed = design;
        QVERIFY(groups[g].fix->applyTo(fixed));
        const Simulator fixedSim(fixed);
        const auto after = matrixOf(fixedSim);
        QCOMPARE(after.size(), rows.size());
        size_t delivered = 0, elsewhere = 0;
        const std::set<size_t> members(groups[g].rows.begin(), groups[g].rows.end());
        for (size_t i = 0; i < rows.size(); ++i) {
            if (after[i].verdict != Verdict::Delivered || rows[i].verdict != Verdict::Blocked)
                continue;
            ++(members.count(i) ? delivered : elsewhere);
        }
        QCOMPARE(*groups[g].unblocked, delivered);
        QCOMPARE(groups[g].unblockedElsewhere, elsewhere);
    }
    QCOMPARE(seen.size(), blocked);
}

} // namespace

class TestBlockers : public QObject
{
    Q_OBJECT

private slots:
    void endpointSecurityGroupFixUnblocksAll()
    {
        const Design design = loadTemplate("s1b-ses-vpc-endpoint");
        const Simulator sim(design);
        const auto rows = matrixOf(sim);
        const auto counts = summarizeMatrix(rows);
        QCOMPARE(counts.size(), size_t(5));
        QCOMPARE(counts[2].port, uint16_t(587));
        QCOMPARE(counts[2].delivered, size_t(1));
        QCOMPARE(counts[0].blocked, size_t(1));
        auto groups = groupBlockers(rows);
        QCOMPARE(groups.size(), size_t(1));
        QCOMPARE(groups[0].resource, std::string("sg-0s1bvpce"));
        QVERIFY(groups[0].reason == ReasonCode::SgIngressDeny);
        QCOMPARE(groups[0].rows.size(), size_t(4));
        evaluateFixes(sim, rows, groups, 10);
        QVERIFY(groups[0].fix);
        QVERIFY(groups[0].fix->kind == ModelFix::Kind::AddSgRules);
        QCOMPARE(groups[0].fix->resource, std::string("sg-0s1bvpce"));
        QCOMPARE(groups[0].fix->sgRules.size(), size_t(4));
        QCOMPARE(groups[0].unblocked.value(), size_t(4));
    }

    void relayGroupsRankedWithPartialUnblock()
    {
        const Design design = loadTemplate("s4-smtp-relay-nlb");
        const Simulator sim(design);
        const auto rows = matrixOf(sim);
        auto groups = groupBlockers(rows);
        evaluateFixes(sim, rows, groups, 10);
        QCOMPARE(groups[0].resource, std::string("sg-0s4relay"));
        QCOMPARE(groups[0].rows.size(), size_t(28));
        QCOMPARE(groups[0].unblocked.value(), size_t(2));
        const auto *nlb = findGroup(groups, "sg-0s4nlb", ReasonCode::SgIngressDeny);
        QVERIFY(nlb);
        QCOMPARE(nlb->rows.size(), size_t(14));
        QCOMPARE(nlb->unblocked.value(), size_t(0)); // the relay's group still blocks them
    }

    void aclFixAddsRulesBeforeTheDeny()
    {
        const Design design = loadTemplate("s1-ses-via-nat");
        const Simulator sim(design);
        const auto rows = matrixOf(sim);
        auto groups = groupBlockers(rows);
        evaluateFixes(sim, rows, groups, 10);
        const auto *acl = findGroup(groups, "acl-0s1public", ReasonCode::NaclInboundDeny);
        QVERIFY(acl);
        QCOMPARE(acl->rows.size(), size_t(4));
        QVERIFY(acl->fix);
        QVERIFY(acl->fix->kind == ModelFix::Kind::AddAclEntries);
        QVERIFY(!acl->fix->egress);
        QCOMPARE(acl->unblocked.value(), size_t(1));
        // Reasons without a mechanical fix keep only the simulator's sentence.
        const auto *pcx = findGroup(groups, "pcx-0s1peer",
                                    ReasonCode::PeeringDestinationNotInPeer);
        QVERIFY(pcx && !pcx->fix && !pcx->unblocked && !pcx->fixText.empty());
    }

    void listenerFixCopiesTheListenerOfTheNearestSmtpPort()
    {
        const Design design = loadTemplate("s8-inbound-mail");
        const std::string nlb =
            "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/mx-nlb/0s8";
        std::vector<MatrixRow> rows;
        const auto group = evaluatedGroup(design, nlb, ReasonCode::NlbNoListener, rows);
        QVERIFY(group.fix);
        const ModelFix &fix = *group.fix;
        QVERIFY(fix.kind == ModelFix::Kind::AddListeners);
        QCOMPARE(fix.resource, nlb);
        QCOMPARE(fix.listeners.size(), size_t(2));
        QCOMPARE(fix.listeners[0].listener.port, uint16_t(2465));
        QCOMPARE(fix.listeners[1].listener.port, uint16_t(2587));
        QCOMPARE(fix.listeners[0].copiedPort, uint16_t(25)); // its only listener
        QCOMPARE(fix.listeners[0].listener.targetGroupId,
                 design.find<LoadBalancer>(nlb)->listeners.front().targetGroupId);
        QCOMPARE(fix.text(), std::string("add listener TCP 2465 -> mx-relays (port 25), as the "
                                         "one on 25; add listener TCP 2587 -> mx-relays "
                                         "(port 25), as the one on 25 on mx-nlb"));
        Design fixed = design;
        QVERIFY(fix.applyTo(fixed));
        QCOMPARE(fixed.find<LoadBalancer>(nlb)->listeners.size(),
                 design.find<LoadBalancer>(nlb)->listeners.size() + 2);
        QVERIFY(fix.applyTo(fixed)); // twice: a port has one listener
        QCOMPARE(fixed.find<LoadBalancer>(nlb)->listeners.size(),
                 design.find<LoadBalancer>(nlb)->listeners.size() + 2);
        const auto [delivered, elsewhere] = bruteForceUnblocked(design, rows, group, fix);
        QCOMPARE(group.unblocked.value(), delivered);
        QCOMPARE(group.unblockedElsewhere, elsewhere);
        QCOMPARE(delivered, group.rows.size());
    }

    void listenerFixPrefersTheSamePortBelowAThousand()
    {
        Design design = loadTemplate("s8-inbound-mail");
        const std::string nlb =
            "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/mx-nlb/0s8";
        design.update<LoadBalancer>(nlb, [](LoadBalancer &lb) {
            Listener l = lb.listeners.front();
            l.port = 465;
            lb.listeners.push_back(l);
        });
        std::vector<MatrixRow> rows;
        const auto group = evaluatedGroup(design, nlb, ReasonCode::NlbNoListener, rows);
        QVERIFY(group.fix);
        QCOMPARE(group.fix->listeners.front().listener.port, uint16_t(2465));
        QCOMPARE(group.fix->listeners.front().copiedPort, uint16_t(465));
        // A load balancer without a TCP listener to copy gets no mechanical fix (a TLS one
        // would need its certificate).
        design.update<LoadBalancer>(nlb, [](LoadBalancer &lb) {
            for (auto &l : lb.listeners)
                l.protocol = "TLS";
        });
        const auto none = evaluatedGroup(design, nlb, ReasonCode::NlbNoListener, rows);
        QVERIFY(!none.fix && !none.unblocked && !none.fixText.empty());
    }

    void serverPortFixListensOnTheRefusedPorts()
    {
        const Design design = loadTemplate("s3-ses-facts");
        std::vector<MatrixRow> rows;
        const auto group = evaluatedGroup(design, "smtp-0s3partner", ReasonCode::NoListener,
                                          rows);
        QVERIFY(group.fix);
        QVERIFY(group.fix->kind == ModelFix::Kind::AddServerPorts);
        QCOMPARE(group.fix->serverPorts, (std::vector<uint16_t>{465, 587, 2465, 2587}));
        const auto [delivered, elsewhere] = bruteForceUnblocked(design, rows, group, *group.fix);
        QCOMPARE(group.unblocked.value(), delivered);
        QCOMPARE(group.unblockedElsewhere, elsewhere);
    }

    void routeFixSendsTheDefaultRouteToTheOnlyNatGateway()
    {
        const Design design = s1WithoutDefaultRoute();
        std::vector<MatrixRow> rows;
        const auto group = evaluatedGroup(design, "rtb-0s1private", ReasonCode::RouteNoMatch,
                                          rows);
        QVERIFY(group.fix);
        const ModelFix &fix = *group.fix;
        QVERIFY(fix.kind == ModelFix::Kind::AddRoutes);
        QCOMPARE(fix.resource, std::string("rtb-0s1private"));
        QCOMPARE(fix.routes.size(), size_t(1));
        QCOMPARE(fix.routes[0].destination.value(), Cidr::any());
        QVERIFY(fix.routes[0].target == RouteTarget::NatGateway);
        QCOMPARE(fix.routes[0].targetId, std::string("nat-0s1"));
        QCOMPARE(fix.text(), std::string("add route 0.0.0.0/0 -> nat-0s1 on private-rt"));
        const auto [delivered, elsewhere] = bruteForceUnblocked(design, rows, group, fix);
        QCOMPARE(group.unblocked.value(), delivered);
        QCOMPARE(group.unblockedElsewhere, elsewhere);
        QVERIFY(delivered > 0);
        // The fixed design walks as it did with the route it lost.
        Design fixed = design, before = s1WithoutDefaultRoute();
        QVERIFY(fix.applyTo(fixed));
        const Design source = loadTemplate("s1-ses-via-nat");
        before.update<RouteTable>("rtb-0s1private", [&](RouteTable &t) {
            t.routes = source.find<RouteTable>(t.id)->routes;
        });
        const Simulator original(before), repaired(fixed);
        const auto want = matrixOf(original), got = matrixOf(repaired);
        QCOMPARE(got.size(), want.size());
        for (size_t i = 0; i < got.size(); ++i) {
            QVERIFY(got[i].verdict == want[i].verdict);
            QCOMPARE(got[i].blockedAt.has_value(), want[i].blockedAt.has_value());
            if (got[i].blockedAt)
                QVERIFY(got[i].blockedAt->reason == want[i].blockedAt->reason);
        }
    }

    void routeFixPrefersTheNatGatewayOfTheZone()
    {
        Design design = s1WithoutDefaultRoute();
        addNatIn(design, "nat-0s1b", "us-east-1b", "10.0.2.0/24");
        std::vector<MatrixRow> rows;
        const auto group = evaluatedGroup(design, "rtb-0s1private", ReasonCode::RouteNoMatch,
                                          rows);
        QVERIFY(group.fix);
        QCOMPARE(group.fix->routes.at(0).targetId, std::string("nat-0s1")); // us-east-1a
    }

    void ambiguousRouteGetsNoFix()
    {
        Design design = s1WithoutDefaultRoute();
        addNatIn(design, "nat-0s1b", "us-east-1b", "10.0.2.0/24");
        addNatIn(design, "nat-0s1c", "us-east-1c", "10.0.3.0/24");
        design.remove("nat-0s1"); // two NAT gateways, none in the private subnet's zone
        std::vector<MatrixRow> rows;
        const auto group = evaluatedGroup(design, "rtb-0s1private", ReasonCode::RouteNoMatch,
                                          rows);
        QVERIFY(!group.fix);
        QVERIFY(!group.unblocked);
        QVERIFY(!group.fixText.empty());
    }

    void attachmentFixes()
    {
        // s7: the inspection VPC's attachment without appliance mode.
        const Design s7 = loadTemplate("s7-centralised-egress");
        std::vector<MatrixRow> rows;
        const auto asym = evaluatedGroup(s7, "tgw-attach-0s7insp", ReasonCode::AsymmetricReturn,
                                         rows);
        QVERIFY(asym.fix);
        QVERIFY(asym.fix->kind == ModelFix::Kind::EnableApplianceMode);
        QCOMPARE(asym.fix->text(), std::string("enable appliance mode on inspection-attachment"));
        auto [delivered, elsewhere] = bruteForceUnblocked(s7, rows, asym, *asym.fix);
        QCOMPARE(asym.unblocked.value(), delivered);
        QCOMPARE(asym.unblockedElsewhere, elsewhere);
        QCOMPARE(delivered, asym.rows.size());
        // s5: no attachment subnet in us-east-1b, where the VPC has one subnet.
        const Design s5 = loadTemplate("s5-fargate-tgw");
        const auto az = evaluatedGroup(s5, "tgw-attach-0s5a", ReasonCode::TgwNoAttachmentInAz,
                                       rows);
        QVERIFY(az.fix);
        QVERIFY(az.fix->kind == ModelFix::Kind::AddAttachmentSubnets);
        QCOMPARE(az.fix->attachmentSubnets, std::vector<std::string>{"subnet-0s5a2"});
        std::tie(delivered, elsewhere) = bruteForceUnblocked(s5, rows, az, *az.fix);
        QCOMPARE(az.unblocked.value(), delivered);
        QCOMPARE(az.unblockedElsewhere, elsewhere);
        // Two subnets in that zone: which one is the user's choice.
        Design two = s5;
        Subnet extra = *two.find<Subnet>("subnet-0s5a2");
        extra.id = "subnet-0s5extra";
        extra.cidr = *Cidr::parse("10.0.99.0/24");
        two.put(extra);
        QVERIFY(!evaluatedGroup(two, "tgw-attach-0s5a", ReasonCode::TgwNoAttachmentInAz, rows)
                     .fix);
    }

    void templatesAgreeWithBruteForce_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *t : {"s1-ses-via-nat", "s1b-ses-vpc-endpoint", "s2-saas-to-customer",
                              "s3-ses-facts", "s4-smtp-relay-nlb", "s4b-smtp-relay-classic-elb",
                              "s5-fargate-tgw", "s7-centralised-egress",
                              "s8-inbound-mail"})
            QTest::newRow(t) << QString(t);
    }

    void templatesAgreeWithBruteForce()
    {
        QFETCH(QString, name);
        checkAgainstBruteForce(loadTemplate(name.toUtf8().constData()), 100);
    }

    void generatedAccountAgreesWithBruteForce()
    {
        QTemporaryDir dir;
        QVERIFY(mailpath::testing::generateSmallAccount(dir.path()));
        const Design design = load(dir.path().toStdString());
        const Simulator sim(design);
        const auto rows = matrixOf(sim);
        const auto groups = groupBlockers(rows);
        QVERIFY(groups.size() > 7);
        // The generator's SMTP-blocking egress rules, then its relays without a 2465 listener.
        QVERIFY(groups[0].reason == ReasonCode::SgEgressDeny);
        QCOMPARE(groups[0].rows.size(), size_t(192));
        QVERIFY(groups[2].reason == ReasonCode::NlbNoListener);
        QCOMPARE(groups[2].rows.size(), size_t(138));
        checkAgainstBruteForce(design, 12);
    }
};

QTEST_GUILESS_MAIN(TestBlockers)
#include "tst_blockers.moc"
