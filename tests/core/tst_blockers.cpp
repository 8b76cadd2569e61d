// Blocker ranking: groups, fixes as model edits and unblock counts against brute force.
#include "core/io/source.h"
#include "core/model/design.h"
#include "core/model/resources.h"
#include "core/sim/blockers.h"

#include <QProcess>
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

    void templatesAgreeWithBruteForce_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *t : {"s1-ses-via-nat", "s1b-ses-vpc-endpoint", "s2-saas-to-customer",
                              "s3-ses-facts", "s4-smtp-relay-nlb", "s5-fargate-tgw"})
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
        QProcess gen;
        gen.start("python3", {QString(MAILPATH_SOURCE_DIR) + "/benchmarks/gen_account.py",
                              "--enis", "120", "--vpcs", "3", "--subnets-per-vpc", "2",
                              "--seed", "11", "-o", dir.path()});
        QVERIFY(gen.waitForFinished(60000));
        QCOMPARE(gen.exitCode(), 0);
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
