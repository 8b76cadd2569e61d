// mailpath-cli inspect, run as a process: the JSON contract of DESIGN §4 on a sample, and
// exit status 2 with a message naming the file on inputs that must never crash it.

#include "clirunner.h"

#include <QtTest>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

namespace {

const QString cli = mailpath::test::cliPath();
const QString samples = QStringLiteral(MAILPATH_SHARED_DIR "/aws-samples");

using Run = mailpath::test::CliRun;

Run run(const QStringList &arguments)
{
    return mailpath::test::runCli(arguments, 60000);
}

const QStringList contractKinds = {
    "vpc", "subnet", "route-table", "security-group", "network-acl", "network-interface",
    "instance", "nat-gateway", "internet-gateway", "transit-gateway", "tgw-attachment",
    "tgw-route-table", "peering-connection", "vpc-endpoint", "load-balancer", "target-group",
    "vpn-gateway", "vpn-connection", "customer-gateway", "ses-endpoint", "on-prem-network",
    "firewall", "smtp-server", "internet-host",
    "network-firewall", // appended with centralised inspection (DESIGN §4 kinds only grow)
    "dx-gateway", "virtual-interface"}; // appended with Direct Connect

QByteArray deepArrays(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

} // namespace

class TestCliInspect : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonCounts();
    void table();
    void badInput_data();
    void badInput();
    void usageErrors();
};

void TestCliInspect::initTestCase()
{
    QVERIFY2(QFileInfo::exists(cli), qPrintable(cli + " not built"));
}

void TestCliInspect::jsonCounts()
{
    const Run r = run({"inspect", samples + "/batfish/test-transit-gateway", "--json"});
    QVERIFY2(r.exitCode != -1, qPrintable(r.err));
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &parseError);
    QVERIFY2(!doc.isNull(), qPrintable(parseError.errorString()));
    const QJsonObject counts = doc.object().value("counts").toObject();
    const QStringList kinds = counts.keys();
    QCOMPARE(QSet<QString>(kinds.begin(), kinds.end()),
             QSet<QString>(contractKinds.begin(), contractKinds.end()));
    // The numbers of entries in the set's files.
    QCOMPARE(counts.value("vpc").toInt(), 2);
    QCOMPARE(counts.value("subnet").toInt(), 3);
    QCOMPARE(counts.value("route-table").toInt(), 2);
    QCOMPARE(counts.value("security-group").toInt(), 5);
    QCOMPARE(counts.value("network-acl").toInt(), 2);
    QCOMPARE(counts.value("network-interface").toInt(), 5);
    QCOMPARE(counts.value("instance").toInt(), 4);
    QCOMPARE(counts.value("internet-gateway").toInt(), 1);
    QCOMPARE(counts.value("nat-gateway").toInt(), 0);
    QCOMPARE(counts.value("transit-gateway").toInt(), 1);
    QCOMPARE(counts.value("tgw-attachment").toInt(), 3);
    QCOMPARE(counts.value("tgw-route-table").toInt(), 1);
    QCOMPARE(counts.value("vpn-connection").toInt(), 1);
    QCOMPARE(counts.value("customer-gateway").toInt(), 1);
    QCOMPARE(counts.value("ses-endpoint").toInt(), 0);
    const QJsonArray diagnostics = doc.object().value("diagnostics").toArray();
    for (const auto &value : diagnostics) {
        const QJsonObject d = value.toObject();
        QCOMPARE(d.keys().size(), 4);
        for (const char *key : {"severity", "file", "resource", "message"})
            QVERIFY2(d.value(key).isString(), key);
        const QString severity = d.value("severity").toString();
        QVERIFY(QStringList({"info", "warning", "error"}).contains(severity));
    }
}

void TestCliInspect::table()
{
    const Run r = run({"inspect", samples + "/batfish/test-nat-gateway"});
    QVERIFY2(r.exitCode != -1, qPrintable(r.err));
    QCOMPARE(r.exitCode, 0);
    const QString text = QString::fromUtf8(r.out);
    QVERIFY(text.contains(QRegularExpression("\\nnat-gateway +1\\n")));
    QVERIFY(text.contains(QRegularExpression("\\nsubnet +3\\n")));
    QVERIFY(!text.contains("prefix-list"));
}

void TestCliInspect::badInput_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<bool>("syntax"); // expects line:column in the message

    QTest::newRow("truncated JSON") << QByteArray(R"({"Vpcs": [{"VpcId": "vpc-1", "Cidr)")
                                    << true;
    QTest::newRow("wrong types") << QByteArray(R"({"Vpcs": 5})") << false;
    QTest::newRow("element of the wrong type") << QByteArray(R"({"Subnets": [true]})") << false;
    QTest::newRow("empty file") << QByteArray() << false;
    QByteArray garbage;
    for (int i = 0; i < 4096; ++i)
        garbage.append(char((i * 131 + 7) % 256));
    QTest::newRow("binary garbage") << garbage << true;
    QTest::newRow("100000-deep nested arrays") << deepArrays(100000) << true;
    QTest::newRow("deep arrays under a known key")
        << (QByteArray(R"({"Vpcs": )") + deepArrays(100000) + "}") << true;
}

void TestCliInspect::badInput()
{
    QFETCH(QByteArray, contents);
    QFETCH(bool, syntax);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString file = dir.filePath("Vpcs.json");
    {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(contents);
    }
    // The file itself, and a snapshot folder holding it.
    for (const QString &source : {file, dir.path()}) {
        const Run r = run({"inspect", source, "--json"});
        QVERIFY2(r.exitCode != -1, qPrintable(r.err));
        QVERIFY2(r.exitCode == 2, qPrintable(QString::number(r.exitCode) + " " + r.err));
        QVERIFY2(r.err.contains(file), qPrintable(r.err));
        if (syntax)
            QVERIFY2(r.err.contains(QRegularExpression(QRegularExpression::escape(file)
                                                       + ":\\d+:\\d+: ")),
                     qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }
}

void TestCliInspect::usageErrors()
{
    Run r = run({"inspect"});
    QVERIFY2(r.exitCode != -1, qPrintable(r.err));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!r.err.isEmpty());
    const QString missing = samples + "/no-such-folder";
    r = run({"inspect", missing});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(missing), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestCliInspect)
#include "tst_cliinspect.moc"
