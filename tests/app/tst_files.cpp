// Save -> open round-trips; broken or newer files leave the open design untouched.
#include "s1fixture.h"

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
