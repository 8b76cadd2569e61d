// mailpath-cli dns, run as a process: the records S3's SES identities need, listed, as JSON
// and ready to apply in three formats; exit 1 while one is missing, 0 once the zone has it.

#include "clirunner.h"

#include <QtTest>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>

namespace {

const QString s3 = QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates/s3-ses-facts.mailpath.json");
const QString s1 = QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates/s1-ses-via-nat.mailpath.json");
const QString missingName = QStringLiteral("s3dkimtokenc._domainkey.example.com");

mailpath::test::CliRun run(const QStringList &arguments)
{
    return mailpath::test::runCli(arguments, 60000);
}

} // namespace

class TestCliDns : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryCheckAndFailsOnTheMissingRecord()
    {
        const auto r = run({"dns", s3});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QRegularExpression("example.com +dkim +missing +CNAME "
                                                 + QRegularExpression::escape(missingName))),
                 qPrintable(out));
        QVERIFY(out.contains(QRegularExpression("news.example.net +dmarc +not checked")));
        QVERIFY(out.contains("1 record(s) to add or correct"));
    }

    void jsonHasEveryCheckWithItsState()
    {
        const auto r = run({"dns", s3, "--json"});
        QCOMPARE(r.exitCode, 1);
        const auto checks = QJsonDocument::fromJson(r.out).array();
        QVERIFY(checks.size() >= 6);
        int missing = 0;
        for (const auto &v : checks) {
            const auto c = v.toObject();
            QVERIFY(!c["message"].toString().isEmpty());
            if (c["state"].toString() != "missing")
                continue;
            ++missing;
            QCOMPARE(c["ses"].toString(), QStringLiteral("ses-0s3"));
            QCOMPARE(c["check"].toString(), QStringLiteral("dkim"));
            QCOMPARE(c["record"].toObject()["name"].toString(), missingName);
            QCOMPARE(c["record"].toObject()["type"].toString(), QStringLiteral("CNAME"));
            QCOMPARE(c["zone"].toString(), QStringLiteral("Z0S3EXAMPLE"));
        }
        QCOMPARE(missing, 1);
    }

    void route53ChangeBatchPerZone()
    {
        const auto r = run({"dns", s3, "--as", "route53"});
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY(out.startsWith("# aws route53 change-resource-record-sets --hosted-zone-id "
                               "Z0S3EXAMPLE"));
        QJsonParseError error;
        const auto batch = QJsonDocument::fromJson(r.out.mid(r.out.indexOf('\n') + 1), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const auto changes = batch.object()["Changes"].toArray();
        QCOMPARE(changes.size(), 1);
        const auto set = changes[0].toObject()["ResourceRecordSet"].toObject();
        QCOMPARE(set["Name"].toString(), missingName + '.');
        QCOMPARE(changes[0].toObject()["Action"].toString(), QStringLiteral("UPSERT"));
    }

    void terraformAndCloudFormation()
    {
        const auto tf = run({"dns", s3, "--as", "terraform"});
        QCOMPARE(tf.exitCode, 1);
        QVERIFY(tf.out.contains("resource \"aws_route53_record\""));
        QVERIFY(tf.out.contains("zone_id = \"Z0S3EXAMPLE\""));
        const auto cfn = run({"dns", s3, "--as", "cloudformation"});
        QCOMPARE(cfn.exitCode, 1);
        QVERIFY(cfn.out.startsWith("Resources:\n  CnameS3dkimtokencDomainkeyExampleCom:\n"
                                   "    Type: AWS::Route53::RecordSet\n"));
    }

    void passesOnceTheZoneHasTheRecord()
    {
        QFile file(s3);
        QVERIFY(file.open(QIODevice::ReadOnly));
        auto design = QJsonDocument::fromJson(file.readAll()).object();
        auto resources = design["resources"].toObject();
        auto zones = resources["hosted-zone"].toArray();
        auto zone = zones[0].toObject();
        auto records = zone["records"].toArray();
        records.append(QJsonObject{{"name", missingName}, {"type", "CNAME"}, {"ttl", 1800},
                                   {"values", QJsonArray{"s3dkimtokenc.dkim.amazonses.com"}}});
        zone["records"] = records;
        zones[0] = zone;
        resources["hosted-zone"] = zones;
        design["resources"] = resources;
        QTemporaryDir dir;
        const QString fixed = dir.filePath("s3-fixed.mailpath.json");
        QFile out(fixed);
        QVERIFY(out.open(QIODevice::WriteOnly));
        QVERIFY(out.write(QJsonDocument(design).toJson()) > 0);
        out.close();
        const auto r = run({"dns", fixed});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("0 record(s) to add or correct"));
        QVERIFY(!r.out.contains(" missing "));
    }

    void noIdentitiesAndBadOptions()
    {
        const auto none = run({"dns", s1});
        QCOMPARE(none.exitCode, 0);
        QVERIFY(none.out.contains("no domain identity"));
        const auto bad = run({"dns", s3, "--as", "yaml"});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY(bad.err.contains("--as takes route53, terraform or cloudformation"));
        QCOMPARE(run({"dns"}).exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestCliDns)
#include "tst_clidns.moc"
