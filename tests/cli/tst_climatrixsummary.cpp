// mailpath-cli matrix --summary: per sink/port counts and the ranked blockers with their fixes.
#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace mailpath::test;

namespace {

QString templ(const char *name)
{
    return QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates/%1.mailpath.json").arg(name);
}

} // namespace

class TestCliMatrixSummary : public QObject
{
    Q_OBJECT

private slots:
    void jsonSummaryRanksBlockers()
    {
        const CliRun r = runCli({"matrix", templ("s4-smtp-relay-nlb"), "--summary", "--json"});
        QCOMPARE(r.exitCode, 1);
        const auto o = QJsonDocument::fromJson(r.out).object();
        const auto sinks = o["sinks"].toArray();
        QVERIFY(!sinks.isEmpty());
        int total = 0;
        for (const auto &s : sinks)
            total += s.toObject()["delivered"].toInt() + s.toObject()["blocked"].toInt();
        const CliRun full = runCli({"matrix", templ("s4-smtp-relay-nlb"), "--json"});
        const auto summary = QJsonDocument::fromJson(full.out).object()["summary"].toObject();
        QCOMPARE(total, summary["flows"].toInt()); // every flow counted once
        QCOMPARE(sinks.size(), 4 * 5);             // 4 sinks x 5 ports
        const auto blockers = o["blockers"].toArray();
        const auto top = blockers[0].toObject();
        QCOMPARE(top["resource"].toString(), QString("sg-0s4relay"));
        QCOMPARE(top["reason"].toString(), QString("SG_INGRESS_DENY"));
        QCOMPARE(top["flows"].toInt(), 28);
        QCOMPARE(top["unblocks"].toInt(), 2);
        QVERIFY(top["fix"].toString().contains("on sg-0s4relay"));
        for (int i = 1; i < blockers.size(); ++i)
            QVERIFY(blockers[i - 1].toObject()["flows"].toInt()
                    >= blockers[i].toObject()["flows"].toInt());
        // A blocker without a mechanical fix keeps the simulator's sentence and no count.
        QVERIFY(blockers.last().toObject()["unblocks"].isNull());
    }

    void listenerFixAndItsCount()
    {
        const CliRun r = runCli({"matrix", templ("s8-inbound-mail"), "--summary", "--json"});
        QCOMPARE(r.exitCode, 1);
        const auto blockers = QJsonDocument::fromJson(r.out).object()["blockers"].toArray();
        QJsonObject nlb;
        for (const auto &b : blockers)
            if (b.toObject()["reason"].toString() == "NLB_NO_LISTENER")
                nlb = b.toObject();
        QVERIFY(nlb["resource"].toString().endsWith("loadbalancer/net/mx-nlb/0s8"));
        QCOMPARE(nlb["fix"].toString(),
                 QString("add listener TCP 2465 -> mx-relays (port 25), as the one on 25; "
                         "add listener TCP 2587 -> mx-relays (port 25), as the one on 25 "
                         "on mx-nlb"));
        QCOMPARE(nlb["flows"].toInt(), 2);
        QCOMPARE(nlb["unblocks"].toInt(), 2); // both delivered once the listeners exist
        QCOMPARE(nlb["unblocks_elsewhere"].toInt(), 0);
        const CliRun text = runCli({"matrix", templ("s8-inbound-mail"), "--summary"});
        QVERIFY(text.out.contains("on mx-nlb -> 2 of 2 delivered"));
    }

    void textSummary()
    {
        const CliRun r = runCli({"matrix", templ("s1b-ses-vpc-endpoint"), "--summary"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("blockers (largest first)"));
        QVERIFY(r.out.contains("1. sg-0s1bvpce  SG_INGRESS_DENY  4 flows"));
        QVERIFY(r.out.contains("-> 4 of 4 delivered"));
        QCOMPARE(runCli({"matrix", templ("s1b-ses-vpc-endpoint"), "--summary", "--ports", "587"})
                     .exitCode,
                 0); // nothing blocked
    }
};

QTEST_GUILESS_MAIN(TestCliMatrixSummary)
#include "tst_climatrixsummary.moc"
