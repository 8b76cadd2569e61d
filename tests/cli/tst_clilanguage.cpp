// The CLI's human output follows the locale (LANG=ja_JP.UTF-8) or --lang; JSON stays
// language-neutral: the same bytes in every language.

#include "clirunner.h"

#include <QProcess>
#include <QProcessEnvironment>
#include <QtTest>

namespace {

using Run = mailpath::test::CliRun;

Run cliIn(const QString &lang, const QStringList &args)
{
    QProcess process;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("LC_ALL"));
    env.remove(QStringLiteral("LC_MESSAGES"));
    env.insert(QStringLiteral("LANG"), lang);
    process.setProcessEnvironment(env);
    process.start(mailpath::test::cliPath(), args);
    Run r;
    if (!process.waitForFinished(60000))
        return r;
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

const QString s1 = QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates/s1-ses-via-nat.mailpath.json");
const QStringList blocked = {QStringLiteral("trace"), s1, QStringLiteral("--from"),
                             QStringLiteral("web-1"), QStringLiteral("--to"),
                             QStringLiteral("email-smtp.us-east-1.amazonaws.com"),
                             QStringLiteral("--port"), QStringLiteral("587")};

} // namespace

class TestCliLanguage : public QObject
{
    Q_OBJECT

private slots:
    void blockedTraceInJapanese()
    {
        const Run r = cliIn(QStringLiteral("ja_JP.UTF-8"), blocked);
        QCOMPARE(r.exitCode, 1);
        const QString out = QString::fromUtf8(r.out);
        QVERIFY2(out.contains(QStringLiteral("判定: 復路でブロック")), qPrintable(out));
        // Codes and ids stay as they are; the sentences are Japanese, with AWS's console terms.
        QVERIFY(out.contains(QStringLiteral("NACL_INBOUND_DENY")));
        QVERIFY(out.contains(QStringLiteral("acl-0s1public")));
        QVERIFY2(out.contains(QStringLiteral("のネットワーク ACL acl-0s1public が")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("インバウンドルール")));
        QVERIFY(out.contains(QStringLiteral("往路")));
        QVERIFY(out.contains(QStringLiteral("サブネット")));
        QVERIFY(!out.contains(QStringLiteral("verdict:")));
        QVERIFY(!out.contains(QStringLiteral("denies inbound")));
    }

    void langOptionOverridesTheLocale()
    {
        const Run en = cliIn(QStringLiteral("ja_JP.UTF-8"), QStringList(blocked) << "--lang" << "en");
        QCOMPARE(en.exitCode, 1);
        QVERIFY(en.out.contains("verdict: BLOCKED in the return direction"));
        QVERIFY(en.out.contains("denies inbound TCP"));
        const Run ja = cliIn(QStringLiteral("C"), QStringList{"--lang", "ja"} + blocked);
        QCOMPARE(ja.exitCode, 1);
        QVERIFY(QString::fromUtf8(ja.out).contains(QStringLiteral("判定: 復路でブロック")));
        const Run wrong = cliIn(QStringLiteral("C"), QStringList(blocked) << "--lang" << "fr");
        QCOMPARE(wrong.exitCode, 2);
        QVERIFY(wrong.err.contains(QStringLiteral("--lang")));
    }

    void englishLocaleKeepsTheEnglishOutput()
    {
        const Run c = cliIn(QStringLiteral("C.UTF-8"), blocked);
        const Run en = cliIn(QStringLiteral("en_US.UTF-8"), QStringList(blocked) << "--lang" << "en");
        QCOMPARE(c.exitCode, 1);
        QCOMPARE(c.out, en.out);
        QVERIFY(c.out.contains("  detail: network ACL acl-0s1public of subnet"));
    }

    void jsonIsLanguageNeutral()
    {
        const Run ja = cliIn(QStringLiteral("ja_JP.UTF-8"), QStringList(blocked) << "--json");
        const Run c = cliIn(QStringLiteral("C"), QStringList(blocked) << "--json");
        QCOMPARE(ja.exitCode, 1);
        QVERIFY(!ja.out.isEmpty());
        QCOMPARE(ja.out, c.out);
        QVERIFY(ja.out.contains("\"reason\":\"NACL_INBOUND_DENY\"")
                || ja.out.contains("\"reason\": \"NACL_INBOUND_DENY\""));
    }
};

QTEST_GUILESS_MAIN(TestCliLanguage)
#include "tst_clilanguage.moc"
