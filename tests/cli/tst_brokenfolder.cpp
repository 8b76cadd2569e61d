// A snapshot folder with one broken file (DESIGN §4, §7): the CLI exits 2 and names the file
// (with line and column for a syntax error); the importer can skip broken files and report
// them as error diagnostics so that the GUI can offer "import the rest".

#include "clirunner.h"
#include "core/io/awsimport.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <filesystem>

using namespace mailpath::core;
namespace fs = std::filesystem;

namespace {

const fs::path sample = fs::path(MAILPATH_SHARED_DIR) / "aws-samples/batfish/test-nat-gateway";

using Run = mailpath::test::CliRun;

Run run(const QStringList &args)
{
    return mailpath::test::runCli(args);
}

// A copy of the sample with Subnets.json broken: a syntax error at line 3, column 6, or a
// well-formed file of the wrong shape.
QString brokenCopy(const QTemporaryDir &temp, bool syntax)
{
    const fs::path dir = fs::path(temp.path().toStdString()) / (syntax ? "syntax" : "shape");
    fs::create_directories(dir);
    for (const auto &entry : fs::directory_iterator(sample)) {
        fs::copy_file(entry.path(), dir / entry.path().filename());
        fs::permissions(dir / entry.path().filename(), fs::perms::owner_write,
                        fs::perm_options::add);
    }
    QFile broken(QString::fromStdString((dir / "Subnets.json").string()));
    if (!broken.open(QIODevice::WriteOnly | QIODevice::Truncate))
        qFatal("cannot write the broken file");
    broken.write(syntax ? "{\n \"Subnets\": [\n    {,}\n ]\n}\n"
                        : "{\"Subnets\": [{\"SubnetId\": \"subnet-x\", \"CidrBlock\": 42}]}\n");
    return QString::fromStdString(dir.string());
}

} // namespace

class TestBrokenFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cliExitsTwoNamingTheFile_data();
    void cliExitsTwoNamingTheFile();
    void importerFailsByDefault();
    void importerSkipsBrokenFiles_data();
    void importerSkipsBrokenFiles();
    void everyFileBrokenIsOneErrorNamingThem();

private:
    QTemporaryDir m_temp;
    QString m_syntax;
    QString m_shape;
};

void TestBrokenFolder::initTestCase()
{
    QVERIFY(fs::is_directory(sample));
    QVERIFY(m_temp.isValid());
    m_syntax = brokenCopy(m_temp, true);
    m_shape = brokenCopy(m_temp, false);
}

void TestBrokenFolder::cliExitsTwoNamingTheFile_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<bool>("syntax");
    QTest::newRow("inspect, syntax error") << "inspect" << true;
    QTest::newRow("trace, syntax error") << "trace" << true;
    QTest::newRow("inspect, wrong shape") << "inspect" << false;
    QTest::newRow("trace, wrong shape") << "trace" << false;
}

void TestBrokenFolder::cliExitsTwoNamingTheFile()
{
    QFETCH(QString, command);
    QFETCH(bool, syntax);
    const QString dir = syntax ? m_syntax : m_shape;
    QStringList args{command, dir};
    if (command == "trace")
        args << "--from" << "10.0.0.10" << "--to" << "203.0.113.5" << "--port" << "587";
    const Run r = run(args);
    QCOMPARE(r.exitCode, 2);
    const QString file = QDir(dir).filePath("Subnets.json");
    QVERIFY2(r.err.contains(syntax ? file + ":3:6:" : file + ":"), qPrintable(r.err));
    if (!syntax)
        QVERIFY2(r.err.contains("CidrBlock"), qPrintable(r.err));
}

void TestBrokenFolder::importerFailsByDefault()
{
    Design design;
    Diagnostics diagnostics;
    InputError error;
    QVERIFY(!importAwsSnapshot(m_syntax.toStdString(), design, diagnostics, error));
    QVERIFY(error.file.ends_with("Subnets.json"));
    QCOMPARE(error.line, 3);
    QCOMPARE(error.column, 6);
    QCOMPARE(design.resourceCount(), size_t(0));
}

void TestBrokenFolder::importerSkipsBrokenFiles_data()
{
    QTest::addColumn<bool>("syntax");
    QTest::newRow("syntax error") << true;
    QTest::newRow("wrong shape") << false;
}

void TestBrokenFolder::importerSkipsBrokenFiles()
{
    QFETCH(bool, syntax);
    Design whole;
    Diagnostics ignored;
    InputError error;
    QVERIFY(importAwsSnapshot(sample.string(), whole, ignored, error));

    Design design;
    Diagnostics diagnostics;
    AwsImportOptions options;
    options.skipBrokenFiles = true;
    const std::string dir = (syntax ? m_syntax : m_shape).toStdString();
    QVERIFY2(importAwsSnapshot(dir, design, diagnostics, error, options),
             error.toString().c_str());
    // Everything but the subnets arrived; nothing of the broken file did.
    QCOMPARE(design.count(ResourceKind::Subnet), size_t(0));
    QVERIFY(design.count(ResourceKind::Vpc) > 0);
    QCOMPARE(design.count(ResourceKind::Vpc), whole.count(ResourceKind::Vpc));
    QCOMPARE(design.count(ResourceKind::NatGateway), whole.count(ResourceKind::NatGateway));
    int errors = 0;
    for (const auto &d : diagnostics) {
        if (d.severity != Severity::Error)
            continue;
        ++errors;
        QVERIFY(d.file.ends_with("Subnets.json"));
        QVERIFY(d.fileSkipped);
        QVERIFY2(d.message.find("file skipped") != std::string::npos, d.message.c_str());
        QCOMPARE(d.line, syntax ? 3 : 0);
        QCOMPARE(d.column, syntax ? 6 : 0);
        if (!syntax)
            QVERIFY2(d.message.find("CidrBlock") != std::string::npos, d.message.c_str());
    }
    QCOMPARE(errors, 1);
}

void TestBrokenFolder::everyFileBrokenIsOneErrorNamingThem()
{
    const fs::path dir = fs::path(m_temp.path().toStdString()) / "all-broken";
    fs::create_directories(dir);
    const auto write = [&dir](const char *name, const char *text) {
        QFile file(QString::fromStdString((dir / name).string()));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write("Subnets.json", "{\n \"Subnets\": [\n    {,}\n ]\n}\n");
    write("Vpcs.json", "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \"10.0.0.0/16\\u0000x\"}]}");
    Design design;
    design.name = "kept";
    Diagnostics diagnostics;
    InputError error;
    AwsImportOptions options;
    options.skipBrokenFiles = true;
    QVERIFY(!importAwsSnapshot(dir.string(), design, diagnostics, error, options));
    const QString message = QString::fromStdString(error.toString());
    QVERIFY2(message.contains("every JSON file is broken"), qPrintable(message));
    QVERIFY2(message.contains(QString::fromStdString((dir / "Subnets.json").string()) + ":3:6: "),
             qPrintable(message));
    QVERIFY2(message.contains(QString::fromStdString((dir / "Vpcs.json").string()) + ": "),
             qPrintable(message));
    QVERIFY2(message.contains("CidrBlock: not an IPv4 CIDR: CIDR contains a NUL character at "
                              "position 12"),
             qPrintable(message));
    QCOMPARE(design.name, std::string("kept")); // the target design is left as it was
    QCOMPARE(design.resourceCount(), size_t(0));
}

QTEST_GUILESS_MAIN(TestBrokenFolder)
#include "tst_brokenfolder.moc"
