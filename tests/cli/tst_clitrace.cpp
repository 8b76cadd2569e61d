// The command-line contract of trace, matrix and check (DESIGN §4): exit statuses, JSON
// fields and the readable output, run as a script would run them.

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

namespace {

using Run = mailpath::test::CliRun;

Run cli(const QStringList &args)
{
    return mailpath::test::runCli(args, 60000);
}

QString templ(const char *name)
{
    return QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates/%1.mailpath.json").arg(name);
}

const QString ses = QStringLiteral("email-smtp.us-east-1.amazonaws.com");

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestCliTrace : public QObject
{
    Q_OBJECT

private slots:
    void blockedTraceJson()
    {
        const Run r = cli({"trace", templ("s1-ses-via-nat"), "--from", "web-1", "--to", ses, "--port",
                           "587", "--json"});
        QCOMPARE(r.exitCode, 1);
        const auto doc = QJsonDocument::fromJson(r.out);
        QVERIFY2(doc.isObject(), r.out.constData());
        const auto o = doc.object();
        QCOMPARE(o["verdict"].toString(), QString("blocked"));
        QVERIFY(o["query"].isObject());
        QVERIFY(o["forward"].isArray());
        QVERIFY(o["return"].isArray());
        const auto b = o["blocked_at"].toObject();
        // DESIGN §4's keys, plus fix_code (the fix as code, added by the IaC issue).
        QCOMPARE(sortedKeys(b), (QStringList{"detail", "direction", "fix", "fix_code", "kind",
                                             "reason", "resource"}));
        QCOMPARE(b["fix_code"].toObject()["language"].toString(), QString("aws-cli"));
        QVERIFY(b["fix_code"].toObject()["text"].toString().startsWith(
            "aws ec2 create-network-acl-entry --network-acl-id acl-0s1public --ingress"));
        QCOMPARE(b["resource"].toString(), QString("acl-0s1public"));
        QCOMPARE(b["kind"].toString(), QString("network-acl"));
        QCOMPARE(b["direction"].toString(), QString("return"));
        QCOMPARE(b["reason"].toString(), QString("NACL_INBOUND_DENY"));
        QVERIFY(b["fix"].toString().contains("1024-65535"));
        const auto hop = o["forward"].toArray().at(5).toObject();
        QCOMPARE(hop["kind"].toString(), QString("nat-gateway"));
        QCOMPARE(hop["in"].toObject()["src"].toString(), QString("10.0.1.10:32768-60999"));
        QCOMPARE(hop["out"].toObject()["src"].toString(), QString("10.0.0.10:1024-65535"));
        for (const auto &h : o["forward"].toArray())
            for (const auto &key : {"resource", "kind", "action", "in", "out"})
                QVERIFY2(h.toObject().contains(key), key);
    }

    void readableTraceNamesTheFix()
    {
        const Run r = cli({"trace", templ("s1-ses-via-nat"), "--from", "web-1", "--to", ses, "--port", "587"});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.out.contains("BLOCKED in the return direction"));
        QVERIFY(r.out.contains("NACL_INBOUND_DENY"));
        QVERIFY(r.out.contains("fix:"));
        QVERIFY(r.out.contains("FORWARD"));
        QVERIFY(r.out.contains("RETURN"));
    }

    void deliveredAfterTheFix()
    {
        QTemporaryDir dir;
        QFile in(templ("s1-ses-via-nat"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        auto doc = QJsonDocument::fromJson(in.readAll()).object();
        auto resources = doc["resources"].toObject();
        auto acls = resources["network-acl"].toArray();
        for (int i = 0; i < acls.size(); ++i) {
            auto acl = acls[i].toObject();
            if (acl["id"].toString() != "acl-0s1public")
                continue;
            auto entries = acl["entries"].toArray();
            entries.append(QJsonObject{{"ruleNumber", 110}, {"egress", false}, {"protocol", 6},
                                       {"ports", "1024-65535"}, {"cidr", "0.0.0.0/0"}, {"allow", true}});
            acl["entries"] = entries;
            acls[i] = acl;
        }
        resources["network-acl"] = acls;
        doc["resources"] = resources;
        const QString fixed = dir.filePath("fixed.mailpath.json");
        QFile out(fixed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(QJsonDocument(doc).toJson());
        out.close();
        const Run r = cli({"trace", fixed, "--from", "web-1", "--to", ses, "--port", "587", "--json"});
        QCOMPARE(r.exitCode, 0);
        const auto o = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(o["verdict"].toString(), QString("delivered"));
        QVERIFY(o["blocked_at"].isNull());
    }

    void liftOp25bAndRepeat()
    {
        const QStringList base = {"trace", templ("s3-ses-facts"), "--from", "web-1", "--to", "ses-0s3",
                                  "--port", "25"};
        QCOMPARE(cli(base).exitCode, 1);
        QCOMPARE(cli(base + QStringList{"--lift-op25b", "i-0s3web"}).exitCode, 0);
        const Run repeated = cli(base + QStringList{"--repeat", "50", "--json"});
        QCOMPARE(repeated.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(repeated.out).object()["blocked_at"].toObject()["reason"].toString(),
                 QString("OP25B_BLOCKED"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString t = templ("s3-ses-facts");
        QTest::newRow("missing --port") << QStringList{"trace", t, "--from", "web-1", "--to", "ses-0s3"} << "--port";
        QTest::newRow("bad port") << QStringList{"trace", t, "--from", "web-1", "--to", "ses-0s3", "--port", "70000"} << "--port";
        QTest::newRow("missing file") << QStringList{"trace", "/nonexistent/x.json", "--from", "a", "--to", "b", "--port", "25"} << "/nonexistent/x.json";
        QTest::newRow("unknown command") << QStringList{"frobnicate"} << "unknown command";
        QTest::newRow("bad --ports") << QStringList{"matrix", t, "--ports", "25,abc"} << "--ports";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    void unknownEndpointIsBlocked()
    {
        const Run r = cli({"trace", templ("s3-ses-facts"), "--from", "nobody", "--to", "ses-0s3",
                           "--port", "587", "--json"});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(r.out).object()["blocked_at"].toObject()["reason"].toString(),
                 QString("UNKNOWN_ENDPOINT"));
    }

    void matrixDefaultsAndFormats()
    {
        const Run json = cli({"matrix", templ("s5-fargate-tgw"), "--json", "--threads", "2"});
        QCOMPARE(json.exitCode, 1); // port 25 to the public range is blocked
        const auto o = QJsonDocument::fromJson(json.out).object();
        const auto flows = o["flows"].toArray();
        // 2 task ENIs + 2 mail instances as sources; SES of the region and 2 SMTP servers as
        // sinks; 5 ports.
        QCOMPARE(flows.size(), 4 * 3 * 5);
        const auto summary = o["summary"].toObject();
        QCOMPARE(summary["flows"].toInt(), 60);
        QCOMPARE(summary["delivered"].toInt() + summary["blocked"].toInt(), 60);
        QVERIFY(summary["reasons"].toObject().contains("OP25B_BLOCKED"));
        const Run csv = cli({"matrix", templ("s5-fargate-tgw"), "--from", "task-a", "--to", "mail-1",
                             "--ports", "25,587", "--csv"});
        QCOMPARE(csv.exitCode, 0);
        const auto lines = csv.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines[0], QByteArray("from,to,port,verdict,direction,reason,resource"));
        const Run table = cli({"matrix", templ("s5-fargate-tgw"), "--from", "task-b"});
        QVERIFY(table.out.contains("TGW_NO_ATTACHMENT_IN_AZ"));
        QVERIFY(table.out.contains("flows:"));
    }

    void checkRunsTheDesignsFlows()
    {
        QCOMPARE(cli({"check", templ("s3-ses-facts")}).exitCode, 0);
        const Run s1 = cli({"check", templ("s1-ses-via-nat")});
        QCOMPARE(s1.exitCode, 1);
        QVERIFY(s1.out.contains("DIFFERS"));
    }

    void everyBlockerInTheJson()
    {
        // Batfish's two-region TGW peering: the SG refuses 587 (first, forward); walked on as if
        // it passed, the reply finds no route on the far side's peering table (return).
        const Run r = cli({"trace", MAILPATH_SHARED_DIR "/aws-samples/batfish/test-transit-gateway-peering",
                           "--from", "10.20.1.100", "--to", "192.168.1.100", "--port", "587", "--json"});
        QCOMPARE(r.exitCode, 1);
        const auto o = QJsonDocument::fromJson(r.out).object();
        const auto b = o["blocked_at"].toObject();
        QCOMPARE(b["reason"].toString(), QString("SG_INGRESS_DENY"));
        QCOMPARE(b["resource"].toString(), QString("sg-0365783e832fbf535"));
        QCOMPARE(b["direction"].toString(), QString("forward"));
        const auto also = o["also_blocked"].toArray();
        QCOMPARE(also.size(), 1);
        const auto next = also.at(0).toObject();
        QCOMPARE(next["reason"].toString(), QString("TGW_ROUTE_NO_MATCH"));
        QCOMPARE(next["resource"].toString(), QString("tgw-rtb-05d2952671d1f460a"));
        QCOMPARE(next["direction"].toString(), QString("return"));
        QVERIFY(!next["fix"].toString().isEmpty());
        const auto reply = o["return"].toArray();
        QVERIFY(!reply.isEmpty());
        for (const auto &h : reply)
            QVERIFY(h.toObject()["assumed"].toBool());
    }

    void traceOnASnapshotFolder()
    {
        const Run r = cli({"trace", MAILPATH_SHARED_DIR "/aws-samples/batfish/test-nat-gateway", "--from",
                           "i-0a128d26e59be60f3", "--to", "8.8.8.8", "--port", "443", "--json"});
        QVERIFY(r.exitCode == 0 || r.exitCode == 1);
        const auto o = QJsonDocument::fromJson(r.out).object();
        bool nat = false;
        for (const auto &h : o["forward"].toArray())
            nat = nat || h.toObject()["kind"].toString() == "nat-gateway";
        QVERIFY(nat);
    }
};

QTEST_GUILESS_MAIN(TestCliTrace)
#include "tst_clitrace.moc"
