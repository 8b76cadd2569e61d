// What mailpath-cli writes with -o: never a truncated file on a full disk, never over a FIFO,
// device or folder; and what it refuses on the command line (unknown options, absurd numbers).
#include "clirunner.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace mailpath;
using mailpath::test::CliRun;

namespace {

const QString s1 = QStringLiteral(MAILPATH_SOURCE_DIR
                                  "/resources/templates/s1-ses-via-nat.mailpath.json");
const QString hybrid = QStringLiteral(MAILPATH_SHARED_DIR "/aws-samples/batfish/hybrid-cloud-aws");

/** Runs mailpath-cli on a disk that is full after maxBytes per file (RLIMIT_FSIZE). */
CliRun runOnFullDisk(const QStringList &args, rlim_t maxBytes)
{
    QProcess process;
    process.setChildProcessModifier([maxBytes] {
        std::signal(SIGXFSZ, SIG_IGN); // writes fail with EFBIG instead of killing the process
        rlimit limit{};
        getrlimit(RLIMIT_FSIZE, &limit);
        limit.rlim_cur = maxBytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    });
    process.start(mailpath::test::cliPath(), args);
    CliRun r;
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return r;
    }
    r.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = process.readAllStandardOutput();
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestCliOutput : public QObject
{
    Q_OBJECT

private slots:
    void fullDisk_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("output");
        QTest::newRow("export svg") << QStringList{"export", s1} << "s1.svg";
        QTest::newRow("export drawio") << QStringList{"export", s1} << "s1.drawio";
        QTest::newRow("export html") << QStringList{"export", s1} << "s1.html";
        QTest::newRow("export png") << QStringList{"export", s1} << "s1.png";
        QTest::newRow("export pdf") << QStringList{"export", s1} << "s1.pdf";
        QTest::newRow("import") << QStringList{"import", hybrid} << "hybrid.mailpath.json";
    }

    /** Exit 2, the old file as it was, no partial file beside it; a new path stays absent. */
    void fullDisk()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, output);
        QTemporaryDir dir;
        const QString old = dir.filePath(output);
        QFile file(old);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("the previous export\n");
        file.close();
        const CliRun r = runOnFullDisk(args + QStringList{"-o", old}, 4096);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(output), qPrintable(r.err));
        QCOMPARE(contents(old), QByteArray("the previous export\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{output});

        const QString fresh = dir.filePath("new-" + output);
        const CliRun again = runOnFullDisk(args + QStringList{"-o", fresh}, 4096);
        QCOMPARE(again.exitCode, 2);
        QVERIFY(!QFileInfo::exists(fresh));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList{output});
    }

    void specialOutputs_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("export") << "export" << ".svg";
        QTest::newRow("import") << "import" << ".mailpath.json";
    }

    /** -o onto a FIFO, a character device or a folder: refused, the special file kept. */
    void specialOutputs()
    {
        QFETCH(QString, command);
        QFETCH(QString, suffix);
        QTemporaryDir dir;
        const QString source = command == "import" ? hybrid : s1;
        const QString fifo = dir.filePath("pipe" + suffix);
        QVERIFY(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
        const QString folder = dir.filePath("folder" + suffix);
        QVERIFY(QDir().mkpath(folder));
        const QString link = dir.filePath("link" + suffix);
        QVERIFY(QFile::link(fifo, link));
        for (const QString &target : {fifo, folder, link, QStringLiteral("/dev/null")}) {
            const CliRun r = mailpath::test::runCli({command, source, "-o", target}, 30000);
            QCOMPARE(r.exitCode, 2);
            QVERIFY2(r.err.contains(target), qPrintable(r.err));
        }
        struct stat st{};
        QVERIFY(::stat(fifo.toLocal8Bit().constData(), &st) == 0 && S_ISFIFO(st.st_mode));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QFileInfo(link).isSymLink());
        // A symbolic link to a regular file is written through, as before.
        const QString real = dir.filePath("real" + suffix);
        QFile(real).open(QIODevice::WriteOnly);
        const QString toReal = dir.filePath("to-real" + suffix);
        QVERIFY(QFile::link(real, toReal));
        const CliRun ok = mailpath::test::runCli({command, source, "-o", toReal});
        QVERIFY2(ok.exitCode == 0, qPrintable(ok.err));
        QVERIFY(QFileInfo(toReal).isSymLink());
        QVERIFY(QFileInfo(real).size() > 0);
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("named");
        const QString trace = "trace";
        QTest::newRow("matrix --bogus") << QStringList{"matrix", s1, "--bogus"} << "--bogus";
        QTest::newRow("trace --frobnicate")
            << QStringList{"trace", s1, "--from", "app-1", "--to", "smtp.gmail.com", "--port",
                           "25", "--frobnicate"} << "--frobnicate";
        QTest::newRow("misspelt --lift-op25")
            << QStringList{"trace", s1, "--from", "app-1", "--to", "smtp.gmail.com", "--port",
                           "25", "--lift-op25", "i-0s1app"} << "--lift-op25";
        QTest::newRow("single dash") << QStringList{"inspect", s1, "-x"} << "-x";
        QTest::newRow("flag with a value") << QStringList{"inspect", s1, "--json=yes"} << "--json";
        QTest::newRow("repeat 1e9")
            << QStringList{"trace", s1, "--from", "a", "--to", "b", "--port", "25", "--repeat",
                           "1000000000"} << "1 to 100000";
        QTest::newRow("repeat 1e9 text")
            << QStringList{"trace", s1, "--from", "a", "--to", "b", "--port", "25", "--repeat",
                           "1e9"} << "--repeat";
        QTest::newRow("threads 100000")
            << QStringList{"matrix", s1, "--threads", "100000"} << "0 to 256";
        QTest::newRow("threads -1") << QStringList{"matrix", s1, "--threads", "-1"} << "--threads";
        QTest::newRow("dpi 0") << QStringList{"export", s1, "-o", "/tmp/x.png", "--dpi", "0"}
                               << "24 to 2400";
        QTest::newRow("-o without a path") << QStringList{"import", s1, "-o"} << "-o";
    }

    void badOptions()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, named);
        const CliRun r = mailpath::test::runCli(args, 30000);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(named), qPrintable(r.err));
        QVERIFY(r.out.isEmpty()); // refused before any work
    }
};

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_clioutput.moc"
