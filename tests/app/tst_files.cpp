// Save -> open round-trips; broken or newer files leave the open design untouched.
#include "s1fixture.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mailpath;
using namespace mailpath::app;

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
