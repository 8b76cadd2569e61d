// mailpath-cli diff and code sources on the command line: exit statuses, the JSON shape of a
// change, and SOURCE given as Terraform JSON or a CloudFormation template.

#include "clirunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace mailpath::test;

namespace {

const QString data = QStringLiteral(MAILPATH_SOURCE_DIR "/tests/data/iac/");
const QString plan = data + "s1-plan-remove-ephemeral.json";
const QString state = data + "s1-state.json";
const QString cfn = data + "s1-ses-via-nat.cfn.yaml";

} // namespace

class TestCliDiff : public QObject
{
    Q_OBJECT

private slots:
    void planAloneBreaksMail()
    {
        const auto r = runCli({"diff", plan, "--ports", "587", "--json"});
        QCOMPARE(r.exitCode, 1); // a delivered flow becomes blocked
        const auto changes = QJsonDocument::fromJson(r.out).object()["changes"].toArray();
        QVERIFY(!changes.isEmpty());
        const auto first = changes.first().toObject();
        QCOMPARE(first["change"].toString(), QStringLiteral("newly-blocked"));
        QCOMPARE(first["from"].toString(), QStringLiteral("i-0s1web"));
        QCOMPARE(first["before"].toObject()["verdict"].toString(), QStringLiteral("delivered"));
        const auto blocked = first["after"].toObject()["blocked_at"].toObject();
        QCOMPARE(blocked["resource"].toString(), QStringLiteral("acl-0s1public"));
        QCOMPARE(blocked["direction"].toString(), QStringLiteral("return"));
        QCOMPARE(blocked["reason"].toString(), QStringLiteral("NACL_INBOUND_DENY"));
    }

    void sameSourceHasNoChanges()
    {
        const auto r = runCli({"diff", state, state});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("0 changed"));
    }

    void addedFlowsAreNotFailures()
    {
        // The story's S1 (587 blocked) against the plan's after side (still blocked, plus a
        // new worker): nothing delivered becomes blocked.
        const auto r = runCli({"diff", state, plan, "--ports", "587", "--json"});
        QCOMPARE(r.exitCode, 0);
        const auto doc = QJsonDocument::fromJson(r.out).object();
        QCOMPARE(doc["summary"].toObject()["added"].toInt(), 1);
        QVERIFY(!doc["summary"].toObject().contains("newly-blocked"));
    }

    void oneSourceMustBeAPlan()
    {
        const auto r = runCli({"diff", state});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("needs a Terraform plan"));
    }

    void codeSourcesEverywhere()
    {
        const auto inspect = runCli({"inspect", plan, "--json"});
        QCOMPARE(inspect.exitCode, 0);
        const auto counts = QJsonDocument::fromJson(inspect.out).object()["counts"].toObject();
        QCOMPARE(counts["instance"].toInt(), 3); // web, partner and the planned worker
        const auto trace = runCli({"trace", cfn, "--from", "WebServer", "--to",
                                   "email-smtp.us-east-1.amazonaws.com", "--port", "587",
                                   "--json"});
        QCOMPARE(trace.exitCode, 1);
        const auto at = QJsonDocument::fromJson(trace.out).object()["blocked_at"].toObject();
        QCOMPARE(at["resource"].toString(), QStringLiteral("acl-PublicAcl"));
        QCOMPARE(at["reason"].toString(), QStringLiteral("NACL_INBOUND_DENY"));
        QCOMPARE(at["direction"].toString(), QStringLiteral("return"));
        // The fix in the template's own language, under its logical id.
        const auto code = at["fix_code"].toObject();
        QCOMPARE(code["language"].toString(), QStringLiteral("yaml"));
        QVERIFY(code["text"].toString().contains("NetworkAclId: !Ref PublicAcl"));
    }

    void sourceOptionsOnEveryCommand()
    {
        // The template's condition opens the ephemeral return: a parameter changes the answer.
        const QStringList query{"--from", "WebServer", "--to",
                                "email-smtp.us-east-1.amazonaws.com", "--port", "587"};
        QCOMPARE(runCli(QStringList{"trace", cfn} + query).exitCode, 1);
        const auto opened = runCli(QStringList{"trace", cfn, "--parameter",
                                               "AllowEphemeralReturn=true"} + query);
        QCOMPARE(opened.exitCode, 0);
        QVERIFY(opened.out.contains("verdict: DELIVERED"));
        QCOMPARE(runCli({"inspect", cfn, "--format", "cloudformation"}).exitCode, 0);
        QCOMPARE(runCli({"inspect", plan, "--format", "terraform"}).exitCode, 0);
        const auto wrong = runCli({"inspect", cfn, "--format", "terraform"});
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY2(wrong.err.contains("reads as cloudformation"), qPrintable(wrong.err));
        QVERIFY(wrong.err.contains("s1-ses-via-nat.cfn.yaml"));
        const auto design = runCli({"matrix", state, "--format", "design"});
        QCOMPARE(design.exitCode, 2);
        QVERIFY(design.err.contains("reads as terraform"));
        const auto bogus = runCli({"export", cfn, "-o", "/tmp/x.svg", "--format", "hcl"});
        QCOMPARE(bogus.exitCode, 2);
        QVERIFY(bogus.err.contains("--format takes"));
        QCOMPARE(runCli({"check", cfn, "--parameter", "=x"}).exitCode, 2);
    }

    void version3StateIsAnInputError()
    {
        const QString v3 = QStringLiteral(MAILPATH_SHARED_DIR "/iac-samples/terraform/"
                                          "cycloidio__inframap/"
                                          "generate__testdata__version_3_state.json");
        const auto r = runCli({"inspect", v3});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("version 3 is not read"));
        QVERIFY(r.err.contains("version_3_state.json"));
    }
};

QTEST_GUILESS_MAIN(TestCliDiff)
#include "tst_clidiff.moc"
