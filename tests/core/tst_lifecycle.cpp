// Lifecycle states (issue: deleted, deleting, failed, rejected and expired resources): imported
// as such with a diagnostic, drawn greyed, never walked; a route to one is a blackhole
// (AWS-SEMANTICS R1.6, R14.3). Batfish's test-transit-gateway sample: 10.10.10.157 reaches
// 192.168.1.106 over the transit gateway; the sample also holds a deleted VPN attachment.

#include "core/io/awsimport.h"
#include "core/layout/diagramgeometry.h"
#include "core/model/lifecycle.h"
#include "core/sim/simulator.h"

#include <QtTest>

using namespace mailpath::core;

namespace {

const char *SAMPLE = MAILPATH_SHARED_DIR "/aws-samples/batfish/test-transit-gateway";
const char *SOURCE_ATTACHMENT = "tgw-attach-07f5ec59e9f540021"; // vpc-0404 (10.10.0.0/16)
const char *DEST_ATTACHMENT = "tgw-attach-0ae2696617bb06fb4";   // vpc-00a3 (192.168.0.0/16)
const char *DELETED_VPN_ATTACHMENT = "tgw-attach-0d724909ecd7a5961";
const char *TGW_TABLE = "tgw-rtb-0fa40c8df355dce6e";

Design import(Diagnostics *out = nullptr)
{
    Design design;
    Diagnostics diagnostics;
    InputError error;
    if (!importAwsSnapshot(SAMPLE, design, diagnostics, error))
        qFatal("cannot import: %s", error.toString().c_str());
    if (out)
        *out = diagnostics;
    return design;
}

Trace trace(const Design &d)
{
    Query q;
    q.from = "10.10.10.157";
    q.to = "192.168.1.106";
    q.port = 22;
    return Simulator(d).trace(q);
}

void setState(Design &d, const char *attachment, const char *state)
{
    QVERIFY(d.update<TgwAttachment>(attachment, [&](TgwAttachment &a) { a.state = state; }));
}

std::string sourceRouteTable(const Trace &t)
{
    for (const auto &h : t.forward)
        if (h.kind == ResourceKind::RouteTable)
            return h.resource;
    return {};
}

} // namespace

class TestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void importedAsSuchWithADiagnostic()
    {
        Diagnostics diagnostics;
        const Design d = import(&diagnostics);
        const auto *att = d.find<TgwAttachment>(DELETED_VPN_ATTACHMENT);
        QVERIFY(att);
        QCOMPARE(att->state, std::string("deleted"));
        QCOMPARE(goneStateOf(d, DELETED_VPN_ATTACHMENT), std::string("deleted"));
        QVERIFY(isDeletedResource(d, DELETED_VPN_ATTACHMENT)); // drawn greyed
        QVERIFY(!isDeletedResource(d, SOURCE_ATTACHMENT));
        const bool said = std::any_of(diagnostics.begin(), diagnostics.end(), [](const auto &x) {
            return x.resource == DELETED_VPN_ATTACHMENT
                   && x.message.find("never walked") != std::string::npos;
        });
        QVERIFY(said);
        QVERIFY(trace(d).verdict == Verdict::Delivered);
    }

    void statesThatCarryNoTraffic_data()
    {
        QTest::addColumn<QString>("state");
        for (const char *s : {"deleting", "deleted", "failed", "rejected", "expired"})
            QTest::newRow(s) << QString::fromLatin1(s);
    }

    void statesThatCarryNoTraffic()
    {
        QFETCH(QString, state);
        QVERIFY(isGoneState(state.toStdString()));
        QVERIFY(!isGoneState("available"));
        QVERIFY(!isGoneState("pendingAcceptance"));
    }

    void routeToTheSourceVpcsDeletedAttachmentIsABlackhole()
    {
        Design d = import();
        const std::string table = sourceRouteTable(trace(d));
        setState(d, SOURCE_ATTACHMENT, "deleting");
        const Trace t = trace(d);
        QVERIFY(t.blockedAt);
        QCOMPARE(std::string(toString(t.blockedAt->reason)), std::string("ROUTE_BLACKHOLE"));
        QCOMPARE(t.blockedAt->resource, table);
        QVERIFY(t.blockedAt->direction == Direction::Forward);
        QVERIFY(t.blockedAt->detail.find("deleting") != std::string::npos);
        QVERIFY(std::none_of(t.forward.begin(), t.forward.end(), [](const Hop &h) {
            return h.resource == SOURCE_ATTACHMENT && h.action == HopAction::Forward;
        }));
    }

    void tgwRouteToAFailedAttachmentIsABlackhole()
    {
        Design d = import();
        setState(d, DEST_ATTACHMENT, "failed");
        const Trace t = trace(d);
        QVERIFY(t.blockedAt);
        QCOMPARE(std::string(toString(t.blockedAt->reason)), std::string("TGW_ROUTE_BLACKHOLE"));
        QCOMPARE(t.blockedAt->resource, std::string(TGW_TABLE));
        QVERIFY(t.blockedAt->direction == Direction::Forward);
    }

    void replacedAttachmentIsNotChosen()
    {
        // A deleted attachment of the same VPC beside its live replacement: the live one walks.
        Design d = import();
        TgwAttachment old = *d.find<TgwAttachment>(SOURCE_ATTACHMENT);
        old.id = "tgw-attach-000000000000000aa"; // listed first
        old.state = "deleted";
        d.put(old);
        QVERIFY(trace(d).verdict == Verdict::Delivered);
    }
};

QTEST_GUILESS_MAIN(TestLifecycle)
#include "tst_lifecycle.moc"
