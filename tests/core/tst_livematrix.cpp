// The live matrix: after random edits, the incremental re-walk gives exactly what a full
// recomputation gives, and an edit of rules re-walks only the sources that consulted them.
#include "tests/core/generatedaccount.h"
#include "core/io/source.h"
#include "core/model/design.h"
#include "core/model/kindtraits.h"
#include "core/model/resources.h"
#include "core/sim/livematrix.h"

#include <QTemporaryDir>
#include <QtTest>

#include <random>

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

template<typename T>
std::vector<std::string> idsOf(const Design &design)
{
    std::vector<std::string> ids;
    for (const auto &[id, value] : design.all<T>())
        ids.push_back(id);
    std::sort(ids.begin(), ids.end()); // the same edits on every run
    return ids;
}

PortRange randomPorts(std::mt19937 &rng)
{
    static const std::vector<PortRange> choices{{25, 25}, {587, 587}, {465, 465},
                                                {1024, 65535}, {32768, 60999}, {0, 65535},
                                                {2465, 2587}};
    return choices[rng() % choices.size()];
}

Cidr randomCidr(const Design &design, std::mt19937 &rng)
{
    const auto subnets = idsOf<Subnet>(design);
    if (rng() % 3 == 0 || subnets.empty())
        return Cidr::any();
    return design.find<Subnet>(subnets[rng() % subnets.size()])->cidr;
}

/** One edit a user makes in the inspector; returns the id it changed ("" when none). */
std::string randomEdit(Design &design, std::mt19937 &rng)
{
    const auto acls = idsOf<NetworkAcl>(design);
    const auto groups = idsOf<SecurityGroup>(design);
    const auto tables = idsOf<RouteTable>(design);
    const auto subnets = idsOf<Subnet>(design);
    switch (rng() % 8) {
    case 0: case 1: { // an ACL rule added, removed or flipped
        const auto &id = acls[rng() % acls.size()];
        design.update<NetworkAcl>(id, [&](NetworkAcl &acl) {
            if (!acl.entries.empty() && rng() % 2) {
                auto &e = acl.entries[rng() % acl.entries.size()];
                rng() % 2 ? void(e.allow = !e.allow) : void(e.ports = randomPorts(rng));
                return;
            }
            AclEntry e;
            e.ruleNumber = int(rng() % 200 + 1);
            e.egress = rng() % 2;
            e.allow = rng() % 4 != 0;
            e.ports = randomPorts(rng);
            e.cidr = randomCidr(design, rng);
            acl.entries.push_back(e);
        });
        return id;
    }
    case 2: case 3: { // a security group rule added or removed
        const auto &id = groups[rng() % groups.size()];
        design.update<SecurityGroup>(id, [&](SecurityGroup &sg) {
            auto &rules = rng() % 2 ? sg.ingress : sg.egress;
            if (!rules.empty() && rng() % 3 == 0) {
                rules.erase(rules.begin() + long(rng() % rules.size()));
                return;
            }
            SgRule rule;
            rule.ports = randomPorts(rng);
            rule.cidr = randomCidr(design, rng);
            rules.push_back(rule);
        });
        return id;
    }
    case 4: { // a route removed or re-pointed (the local route stays)
        const auto &id = tables[rng() % tables.size()];
        design.update<RouteTable>(id, [&](RouteTable &rt) {
            if (rt.routes.size() > 1)
                rt.routes.erase(rt.routes.begin() + long(1 + rng() % (rt.routes.size() - 1)));
        });
        return id;
    }
    case 5: { // a route added back towards a table's existing targets
        const auto &id = tables[rng() % tables.size()];
        const RouteTable from = *design.find<RouteTable>(tables[rng() % tables.size()]);
        design.update<RouteTable>(id, [&](RouteTable &rt) {
            if (!from.routes.empty() && from.vpcId == rt.vpcId)
                rt.routes.push_back(from.routes[rng() % from.routes.size()]);
        });
        return id;
    }
    case 6: { // a subnet associated with another ACL of its VPC (re-wires paths)
        const auto &subnet = subnets[rng() % subnets.size()];
        const auto &id = acls[rng() % acls.size()];
        const auto vpc = design.find<Subnet>(subnet)->vpcId;
        if (design.find<NetworkAcl>(id)->vpcId != vpc)
            return {};
        for (const auto &other : acls)
            design.update<NetworkAcl>(other, [&](NetworkAcl &acl) {
                std::erase(acl.subnetIds, subnet);
                if (acl.id == id)
                    acl.subnetIds.push_back(subnet);
            });
        return id;
    }
    default: { // a security group detached from or attached to an interface
        const auto enis = idsOf<Eni>(design);
        const auto &eni = enis[rng() % enis.size()];
        design.update<Eni>(eni, [&](Eni &e) {
            if (e.securityGroupIds.size() > 1)
                e.securityGroupIds.pop_back();
            else
                e.securityGroupIds.push_back(groups[rng() % groups.size()]);
        });
        return eni;
    }
    }
}

// The incremental counts and blocker groups against the brute-force ones of the full rows.
void compareSummary(const LiveMatrix &live, const std::vector<MatrixRow> &full, int edit)
{
    const QByteArray where = QByteArray("edit ") + QByteArray::number(edit);
    const auto counts = summarizeMatrix(full);
    QVERIFY2(live.counts().size() == counts.size(), where);
    size_t delivered = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        const auto &a = live.counts()[i];
        const auto &b = counts[i];
        QVERIFY2(a.sink == b.sink && a.port == b.port, where);
        QVERIFY2(a.delivered == b.delivered && a.blocked == b.blocked,
                 where + " " + b.sink.c_str() + ":" + QByteArray::number(b.port));
        delivered += b.delivered;
    }
    QVERIFY2(live.delivered() == delivered, where);
    const auto groups = groupBlockers(full);
    QVERIFY2(live.groups().size() == groups.size(),
             where + " groups " + QByteArray::number(qulonglong(live.groups().size())) + " vs "
                 + QByteArray::number(qulonglong(groups.size())));
    for (size_t i = 0; i < groups.size(); ++i) {
        const auto &a = live.groups()[i];
        const auto &b = groups[i];
        const QByteArray group = where + " group " + QByteArray::number(qulonglong(i)) + " "
                                 + b.resource.c_str();
        QVERIFY2(a.resource == b.resource && a.reason == b.reason, group);
        QVERIFY2(a.kind == b.kind && a.direction == b.direction, group);
        QVERIFY2(a.rows == b.rows, group);
        QVERIFY2(a.fixText == b.fixText, group);
    }
}

void compareWithFull(const LiveMatrix &live, const Design &design, int edit)
{
    const Simulator sim(design);
    const auto full = runMatrix(sim, sim.defaultSources(), sim.defaultSinks(), smtpPorts(), 1);
    QCOMPARE(live.rows().size(), full.size());
    for (size_t i = 0; i < full.size(); ++i) {
        const auto &a = live.rows()[i];
        const auto &b = full[i];
        const QByteArray where = QByteArray("edit ") + QByteArray::number(edit) + ", row "
                                 + QByteArray::number(qulonglong(i)) + " " + b.from.c_str()
                                 + " -> " + b.to.c_str() + ":" + QByteArray::number(b.port);
        QVERIFY2(a.from == b.from && a.to == b.to && a.port == b.port, where);
        QVERIFY2(a.verdict == b.verdict, where);
        QVERIFY2(a.blockedAt.has_value() == b.blockedAt.has_value(), where);
        if (!b.blockedAt)
            continue;
        QVERIFY2(a.blockedAt->resource == b.blockedAt->resource,
                 where + " live: " + a.blockedAt->resource.c_str() + " "
                     + a.blockedAt->detail.c_str() + " / full: " + b.blockedAt->resource.c_str()
                     + " " + b.blockedAt->detail.c_str());
        QVERIFY2(a.blockedAt->reason == b.blockedAt->reason,
                 where + " live: " + a.blockedAt->resource.c_str() + " "
                     + a.blockedAt->detail.c_str() + " / full: " + b.blockedAt->resource.c_str()
                     + " " + b.blockedAt->detail.c_str());
        QVERIFY2(a.blockedAt->direction == b.blockedAt->direction, where);
        QVERIFY2(a.blockedAt->detail == b.blockedAt->detail, where);
        QVERIFY2(a.blockedAt->fix == b.blockedAt->fix, where);
    }
    compareSummary(live, full, edit);
}

// Short in CI (the sanitizer build walks each edit twice as slowly); MAILPATH_LIVEMATRIX_EDITS
// sets the count for a long run.
int editCount(int ciDefault)
{
    const int asked = qEnvironmentVariableIntValue("MAILPATH_LIVEMATRIX_EDITS");
    return asked > 0 ? asked : ciDefault;
}

void randomEdits(Design design, int edits, unsigned seed)
{
    const Simulator first(design);
    LiveMatrix live(design, first.defaultSources(), first.defaultSinks(), smtpPorts(), 1);
    std::mt19937 rng(seed);
    size_t partial = 0;
    for (int i = 0; i < edits; ++i) {
        const std::string id = randomEdit(design, rng);
        const auto update = live.update(design,
                                        id.empty() ? std::vector<std::string>{}
                                                   : std::vector<std::string>{id},
                                        1 + i % 2); // the re-walk on one thread and on two
        partial += update.full ? 0 : 1;
        compareWithFull(live, design, i);
        if (QTest::currentTestFailed())
            return;
    }
    QVERIFY(partial > size_t(edits) / 2); // most edits are rule edits, walked in part
}

} // namespace

class TestLiveMatrix : public QObject
{
    Q_OBJECT

private slots:
    void templatesAfterRandomEdits_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"s1-ses-via-nat", "s1b-ses-vpc-endpoint", "s4-smtp-relay-nlb",
                                 "s5-fargate-tgw", "s1c-ses-via-nat-instance",
                                 "s4b-smtp-relay-classic-elb"})
            QTest::newRow(name) << QString(name);
    }

    void templatesAfterRandomEdits()
    {
        QFETCH(QString, name);
        const Design design = load(std::string(MAILPATH_SOURCE_DIR) + "/resources/templates/"
                                   + name.toStdString() + ".mailpath.json");
        randomEdits(design, editCount(150), 7);
    }

    void generatedAccountAfterRandomEdits()
    {
        QTemporaryDir dir;
        QVERIFY(mailpath::testing::generateSmallAccount(dir.path()));
        randomEdits(load(dir.path().toStdString()), editCount(80), 23);
    }

    void ruleEditWalksOnlyTheSourcesThatConsultedIt()
    {
        QTemporaryDir dir;
        QVERIFY(mailpath::testing::generateSmallAccount(dir.path()));
        Design design = load(dir.path().toStdString());
        const Simulator first(design);
        LiveMatrix live(design, first.defaultSources(), first.defaultSinks(), smtpPorts(), 1);
        std::string acl;
        for (const auto &[id, a] : design.all<NetworkAcl>())
            if (!a.isDefault && !a.subnetIds.empty() && (acl.empty() || id < acl))
                acl = id;
        QVERIFY(!acl.empty());
        design.update<NetworkAcl>(acl, [](NetworkAcl &a) { a.entries.front().allow = !a.entries.front().allow; });
        const auto update = live.update(design, {acl});
        QVERIFY(!update.full);
        QVERIFY(update.sourcesWalked > 0);
        QVERIFY2(update.sourcesWalked < live.sourceCount(),
                 qPrintable(QString("%1 of %2").arg(update.sourcesWalked).arg(live.sourceCount())));
        compareWithFull(live, design, 0);
    }
};

QTEST_GUILESS_MAIN(TestLiveMatrix)
#include "tst_livematrix.moc"
