// Save -> open round-trips; broken or newer files leave the open design untouched.
#include "s1fixture.h"

#include "app/gui/fileactions.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>

using namespace mailpath;
using namespace mailpath::app;

namespace {

/**
 * A full disk for this process: writes past maxBytes fail with EFBIG (as ENOSPC would)
 * instead of raising SIGXFSZ. The old limit comes back when it goes out of scope.
 */
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t maxBytes)
    {
        std::signal(SIGXFSZ, SIG_IGN);
        getrlimit(RLIMIT_FSIZE, &m_old);
        rlimit lowered = m_old;
        lowered.rlim_cur = maxBytes;
        m_ok = setrlimit(RLIMIT_FSIZE, &lowered) == 0;
    }
    ~FileSizeLimit() { setrlimit(RLIMIT_FSIZE, &m_old); }
    bool ok() const { return m_ok; }

private:
    rlimit m_old{};
    bool m_ok = false;
};

QByteArray contents(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestFiles : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip()
    {
        QTemporaryDir dir;
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        const std::string before = core::serializeDesign(doc.design());
        const QString path = dir.filePath("s1.mailpath.json");
        QString error;
        QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        DesignDocument other;
        QVERIFY2(other.open(path, &error), qPrintable(error));
        QCOMPARE(core::serializeDesign(other.design()), before);
        QCOMPARE(other.filePath(), QFileInfo(path).absoluteFilePath());
    }

    void saveKeepsPermissionsAndLinks()
    {
        QTemporaryDir dir;
        const QString target = dir.filePath("shared.mailpath.json");
        const QString link = dir.filePath("link.mailpath.json");
        QFile old(target);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("previous");
        old.close();
        QVERIFY(old.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
        QVERIFY(QFile::link(target, link));
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        QString error;
        QVERIFY2(doc.saveAs(link, &error), qPrintable(error));
        QVERIFY(QFileInfo(link).isSymLink()); // the link still points at the shared file
        QCOMPARE(QFile::permissions(target), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser
                                                 | QFile::WriteUser);
        DesignDocument other;
        QVERIFY2(other.open(target, &error), qPrintable(error));
        QCOMPARE(core::serializeDesign(other.design()), core::serializeDesign(doc.design()));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).size(), 2);
    }

    void failedSaveKeepsDocumentModified()
    {
        QTemporaryDir dir;
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        doc.undoStack()->push(new QUndoCommand("marker"));
        QString error;
        QVERIFY(!doc.saveAs(dir.filePath("missing-folder/s1.mailpath.json"), &error));
        QVERIFY2(error.contains("missing-folder"), qPrintable(error));
        QVERIFY(doc.isModified());
        QVERIFY(doc.filePath().isEmpty() || !doc.filePath().contains("missing-folder"));
    }

    /** Ctrl+S onto a full disk: the old file, the modified mark and an error for the user. */
    void fullDiskSaveKeepsOldFile()
    {
        QTemporaryDir dir;
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        const QString path = dir.filePath("s1.mailpath.json");
        QString error;
        QVERIFY2(doc.saveAs(path, &error), qPrintable(error));
        const QByteArray saved = contents(path);
        QVERIFY(saved.size() > 8192 && saved.size() < 16384); // fits Qt's write buffer
        doc.design().name = "Edited before the disk filled";
        doc.undoStack()->push(new QUndoCommand("edit"));
        FileActions actions(&doc, nullptr);
        QStringList errors;
        actions.setPrompts({[](const QString &, const QString &) { return false; },
                            [&](const QString &, const QString &text) { errors << text; }});
        bool savedAgain = true;
        {
            FileSizeLimit full(8192);
            QVERIFY(full.ok());
            savedAgain = actions.save();
        }
        QVERIFY(!savedAgain);
        QCOMPARE(errors.size(), 1);
        QVERIFY2(errors.first().contains("s1.mailpath.json"), qPrintable(errors.first()));
        QVERIFY(doc.isModified());
        QCOMPARE(contents(path), saved); // not cut to 8,192 bytes
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System),
                 QStringList{"s1.mailpath.json"}); // no temporary left behind
        QVERIFY2(actions.save(), "saves once there is room again");
        QVERIFY(contents(path).contains("Edited before the disk filled"));
    }

    void saveRefusesSpecialFiles()
    {
        QTemporaryDir dir;
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        const QString fifo = dir.filePath("pipe.mailpath.json");
        QVERIFY(::mkfifo(fifo.toLocal8Bit().constData(), 0600) == 0);
        QString error;
        QVERIFY(!doc.saveAs(fifo, &error));
        QVERIFY2(error.contains("pipe.mailpath.json"), qPrintable(error));
        QVERIFY(QFileInfo(fifo).exists() && !QFileInfo(fifo).isFile()); // still the FIFO
        QVERIFY(!doc.saveAs(dir.path(), &error));
        QVERIFY(!doc.saveAs("/dev/null", &error));
        QVERIFY2(error.contains("/dev/null"), qPrintable(error));
    }

    void brokenFileLeavesDesignUntouched_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::newRow("syntax") << QByteArray("{\"format\": \"mailpath\", \"version\": 1, ");
        QTest::newRow("newer") << QByteArray("{\"format\": \"mailpath\", \"version\": 999, "
                                             "\"resources\": {}}");
        QTest::newRow("wrong type") << QByteArray("{\"format\": \"mailpath\", \"version\": 1, "
                                                  "\"resources\": {\"vpc\": [{\"id\": 5}]}}");
        QTest::newRow("empty") << QByteArray();
    }

    void brokenFileLeavesDesignUntouched()
    {
        QFETCH(QByteArray, contents);
        QTemporaryDir dir;
        const QString path = dir.filePath("broken.mailpath.json");
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(contents);
        file.close();
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        doc.undoStack()->push(new QUndoCommand("marker"));
        const std::string before = core::serializeDesign(doc.design());
        QString error;
        QVERIFY(!doc.open(path, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(core::serializeDesign(doc.design()), before);
        QCOMPARE(doc.undoStack()->count(), 1); // history kept too
    }
};

QTEST_MAIN(TestFiles)
#include "tst_files.moc"
