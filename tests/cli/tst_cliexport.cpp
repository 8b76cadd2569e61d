#include "clirunner.h"
#include "core/io/designfile.h"
#include "core/layout/autolayout.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace mailpath;

namespace {

const QString hybrid = QStringLiteral(MAILPATH_SHARED_DIR "/aws-samples/batfish/hybrid-cloud-aws");
const QString templ = QStringLiteral(MAILPATH_SOURCE_DIR
                                     "/resources/templates/s1-ses-via-nat.mailpath.json");

using Run = mailpath::test::CliRun;

Run run(const QStringList &args)
{
    return mailpath::test::runCli(args);
}

} // namespace

class TestCliExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void importSnapshot();
    void importErrors();
    void exportFormats_data();
    void exportFormats();
    void exportFlowAndReport();
    void exportErrors_data();
    void exportErrors();

private:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QTemporaryDir m_dir;
};

void TestCliExport::importSnapshot()
{
    const Run r = run({"import", hybrid, "-o", path("hybrid.mailpath.json")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains("4 vpc"));
    QVERIFY(r.out.contains("wrote"));
    core::Design design;
    core::InputError error;
    QVERIFY2(core::readDesignFile(path("hybrid.mailpath.json").toStdString(), design, error),
             error.toString().c_str());
    QCOMPARE(design.count(core::ResourceKind::Vpc), size_t(4));
    for (const auto &key : core::diagramKeys(design))
        QVERIFY2(design.layoutOf(key), key.c_str());
    // Importing the design again keeps its layout as it is.
    const Run again = run({"import", path("hybrid.mailpath.json"), "-o", path("again.mailpath.json")});
    QCOMPARE(again.exitCode, 0);
    core::Design second;
    QVERIFY(core::readDesignFile(path("again.mailpath.json").toStdString(), second, error));
    QCOMPARE(second.layout(), design.layout());
}

void TestCliExport::importErrors()
{
    Run r = run({"import", path("nowhere"), "-o", path("x.mailpath.json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("nowhere"));
    QVERIFY(!QFile::exists(path("x.mailpath.json")));
    r = run({"import", hybrid});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("-o"));
    QFile broken(path("broken.json"));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\"Vpcs\": [\n  {\"VpcId\": }\n]}\n");
    broken.close();
    r = run({"import", path("broken.json"), "-o", path("y.mailpath.json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("broken.json") && r.err.contains("2"), qPrintable(r.err));
}

void TestCliExport::exportFormats_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QByteArray>("magic");
    QTest::newRow("svg") << "t.svg" << QByteArray("<?xml");
    QTest::newRow("png") << "t.png" << QByteArray("\x89PNG");
    QTest::newRow("pdf") << "t.pdf" << QByteArray("%PDF-");
    QTest::newRow("drawio") << "t.drawio" << QByteArray("<?xml");
    QTest::newRow("vsdx") << "t.vsdx" << QByteArray("PK\x03\x04");
    QTest::newRow("html") << "t.html" << QByteArray("<!DOCTYPE html>");
}

void TestCliExport::exportFormats()
{
    QFETCH(QString, file);
    QFETCH(QByteArray, magic);
    const Run r = run({"export", templ, "-o", path(file), "--dpi", "72"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QFile out(path(file));
    QVERIFY(out.open(QIODevice::ReadOnly));
    QVERIFY(out.read(magic.size()) == magic);
}

void TestCliExport::exportFlowAndReport()
{
    Run r = run({"export", hybrid, "-o", path("h.png"), "--flow",
                 "i-075dc46a9bc347264,8.8.8.8,587", "--dpi", "96"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({"export", templ, "-o", path("report.pdf"), "--report"});
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({"export", templ, "-o", path("plain.pdf")});
    QCOMPARE(r.exitCode, 0);
    // The report has the flows after the diagram page: it is the larger file.
    QVERIFY(QFile(path("report.pdf")).size() > QFile(path("plain.pdf")).size());
}

void TestCliExport::exportErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("no output") << QStringList{"export", templ} << "-o";
    QTest::newRow("unknown suffix") << QStringList{"export", templ, "-o", "x.bmp"} << "format";
    QTest::newRow("bad flow") << QStringList{"export", templ, "-o", "x.png", "--flow", "a,b"} << "FROM,TO,PORT";
    QTest::newRow("bad port") << QStringList{"export", templ, "-o", "x.png", "--flow", "a,b,99999"} << "port";
    QTest::newRow("bad dpi") << QStringList{"export", templ, "-o", "x.png", "--dpi", "lots"} << "--dpi";
    QTest::newRow("bad paper") << QStringList{"export", templ, "-o", "x.pdf", "--paper", "A5"} << "--paper";
    QTest::newRow("unknown flow id") << QStringList{"export", templ, "-o", "x.png", "--flow-id", "nope"} << "nope";
    QTest::newRow("missing source") << QStringList{"export", "/nonexistent/design.json", "-o", "x.png"} << "nonexistent";
}

void TestCliExport::exportErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    for (auto &a : args)
        if (a.startsWith("x."))
            a = path(a);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), qPrintable(r.err));
    QVERIFY(!QFile::exists(path("x.png")));
}

QTEST_GUILESS_MAIN(TestCliExport)
#include "tst_cliexport.moc"
