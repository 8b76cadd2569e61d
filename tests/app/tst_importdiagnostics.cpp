// File > Import AWS snapshot and File > Open through the main window (DESIGN §5, §7): broken
// files in a snapshot folder are named and the rest imported only with the user's consent;
// the diagnostics panel lists what the import reported and selects a resource on the canvas;
// a refused import or a broken, newer or foreign file leaves the open design untouched.
#include "app/canvas/diagramscene.h"
#include "app/gui/designdocument.h"
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "app/panels/diagnosticspanel.h"

#include "core/io/designfile.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

#include <filesystem>

using namespace mailpath;
using namespace mailpath::app;
namespace fs = std::filesystem;

namespace {

const fs::path sample = fs::path(MAILPATH_SHARED_DIR) / "aws-samples/batfish/test-nat-gateway";
const QString s1Path = QStringLiteral(MAILPATH_SOURCE_DIR)
                       + "/resources/templates/s1-ses-via-nat.mailpath.json";

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

/** Records the questions and errors FileActions shows, answering questions with answer. */
struct Recorder
{
    bool answer = false;
    QStringList questions;
    QStringList errors;

    FileActions::Prompts prompts()
    {
        return {[this](const QString &, const QString &text) {
                    questions << text;
                    return answer;
                },
                [this](const QString &, const QString &text) { errors << text; }};
    }
};

} // namespace

class TestImportDiagnostics : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("MailPathTest");
        QCoreApplication::setApplicationName("tst_importdiagnostics");
        QVERIFY(fs::is_directory(sample));
        QVERIFY(m_temp.isValid());
        // The sample with Subnets.json broken (syntax error at line 3, column 6).
        m_broken = m_temp.filePath("broken");
        fs::create_directories(m_broken.toStdString());
        for (const auto &entry : fs::directory_iterator(sample)) {
            const fs::path target = fs::path(m_broken.toStdString()) / entry.path().filename();
            fs::copy_file(entry.path(), target);
            fs::permissions(target, fs::perms::owner_write, fs::perm_options::add);
        }
        writeFile(m_broken + "/Subnets.json", "{\n \"Subnets\": [\n    {,}\n ]\n}\n");
    }

    void cleanImportFillsThePanel()
    {
        MainWindow w;
        Recorder recorder;
        w.fileActions()->setPrompts(recorder.prompts());
        QVERIFY(w.fileActions()->importFolder(QString::fromStdString(sample.string())));
        QVERIFY(recorder.questions.isEmpty());
        QVERIFY(recorder.errors.isEmpty());
        QVERIFY(w.document()->design().resourceCount() > 0);
        QVERIFY2(w.diagnosticsPanel()->summary().startsWith("Import of "),
                 qPrintable(w.diagnosticsPanel()->summary()));
    }

    void brokenFileAskedAndDeclined()
    {
        MainWindow w;
        QVERIFY(w.fileActions()->openFile(s1Path));
        const std::string before = core::serializeDesign(w.document()->design());
        Recorder recorder; // answers No
        w.fileActions()->setPrompts(recorder.prompts());
        QVERIFY(!w.fileActions()->importFolder(m_broken));
        QCOMPARE(recorder.questions.size(), 1);
        const QString question = recorder.questions.front();
        QVERIFY2(question.startsWith("1 file(s) could not be read:"), qPrintable(question));
        QVERIFY2(question.contains("Subnets.json:3:6: "), qPrintable(question));
        QVERIFY2(question.endsWith("Import the remaining files?"), qPrintable(question));
        QCOMPARE(core::serializeDesign(w.document()->design()), before);
        QCOMPARE(w.document()->filePath(), QFileInfo(s1Path).absoluteFilePath());
        QVERIFY(!w.document()->isModified());
        QCOMPARE(w.diagnosticsPanel()->rowCount(), 0);
    }

    void brokenFileAskedAndAccepted()
    {
        MainWindow w;
        QVERIFY(w.fileActions()->openFile(s1Path));
        Recorder recorder;
        recorder.answer = true;
        w.fileActions()->setPrompts(recorder.prompts());
        QVERIFY(w.fileActions()->importFolder(m_broken));
        QCOMPARE(recorder.questions.size(), 1);
        const auto &design = w.document()->design();
        QCOMPARE(design.count(core::ResourceKind::Subnet), size_t(0));
        QVERIFY(design.count(core::ResourceKind::Vpc) > 0);
        QVERIFY(w.document()->filePath().isEmpty()); // an import is a new, unsaved design
        // The skipped file is listed with its position and an error icon.
        DiagnosticsPanel *panel = w.diagnosticsPanel();
        QTreeWidgetItem *skipped = nullptr;
        for (int i = 0; i < panel->rowCount(); ++i)
            if (panel->row(i)->text(DiagnosticsPanel::WhereColumn) == "Subnets.json:3:6")
                skipped = panel->row(i);
        QVERIFY(skipped);
        QCOMPARE(skipped->text(DiagnosticsPanel::SeverityColumn), QString("error"));
        QVERIFY(skipped->text(DiagnosticsPanel::MessageColumn).contains("file skipped"));
        QVERIFY(!skipped->icon(DiagnosticsPanel::SeverityColumn).isNull());
        QVERIFY(panel->summary().contains("1 error(s)"));
    }

    void everyFileBrokenIsAnErrorAndNoChange()
    {
        const QString dir = m_temp.filePath("all-broken");
        QVERIFY(QDir().mkpath(dir));
        writeFile(dir + "/Vpcs.json", "{\"Vpcs\": [");
        MainWindow w;
        QVERIFY(w.fileActions()->openFile(s1Path));
        const std::string before = core::serializeDesign(w.document()->design());
        Recorder recorder;
        recorder.answer = true;
        w.fileActions()->setPrompts(recorder.prompts());
        QVERIFY(!w.fileActions()->importFolder(dir));
        QVERIFY(recorder.questions.isEmpty());
        QCOMPARE(recorder.errors.size(), 1);
        QVERIFY2(recorder.errors.front().contains("every JSON file is broken"),
                 qPrintable(recorder.errors.front()));
        QVERIFY2(recorder.errors.front().contains("Vpcs.json:1:"), qPrintable(recorder.errors.front()));
        QCOMPARE(core::serializeDesign(w.document()->design()), before);
        QCOMPARE(w.diagnosticsPanel()->rowCount(), 1);
    }

    void doubleClickSelectsTheResource()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Recorder recorder;
        w.fileActions()->setPrompts(recorder.prompts());
        QVERIFY(w.fileActions()->importFolder(QString::fromStdString(sample.string())));
        // Feed a row naming a VPC of the import, as a warning about it would.
        const auto &vpcs = w.document()->design().all<core::Vpc>();
        QVERIFY(!vpcs.empty());
        const std::string vpcId = vpcs.begin()->first;
        core::Diagnostic d{core::Severity::Warning, "Vpcs.json", vpcId, "example"};
        w.diagnosticsPanel()->setDiagnostics({d}, "test");
        w.scene()->sync();
        QVERIFY(w.scene()->selectedKeys().empty());
        auto *tree = w.diagnosticsPanel()->findChild<QTreeWidget *>();
        QVERIFY(tree);
        QTreeWidgetItem *row = w.diagnosticsPanel()->row(0);
        QCOMPARE(row->text(DiagnosticsPanel::WhereColumn), QString::fromStdString(vpcId));
        emit tree->itemActivated(row, DiagnosticsPanel::MessageColumn);
        QCOMPARE(w.scene()->selectedKeys(), std::vector<std::string>{vpcId});
    }

    void badFileOpenLeavesDesignUntouched_data()
    {
        QTest::addColumn<QByteArray>("contents");
        QTest::addColumn<QString>("explanation");
        QTest::newRow("broken") << QByteArray("{\"format\": \"mailpath\",\n \"version\": 1,\n")
                                << "broken.json:3:";
        QTest::newRow("newer version")
            << QByteArray("{\"format\": \"mailpath\", \"version\": 999, \"resources\": {}}")
            << "written by a newer MailPath";
        QTest::newRow("not MailPath") << QByteArray("{\"Vpcs\": []}") << "not a MailPath design";
    }

    void badFileOpenLeavesDesignUntouched()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QString, explanation);
        const QString path = m_temp.filePath("broken.json");
        writeFile(path, contents);
        MainWindow w;
        QVERIFY(w.fileActions()->openFile(s1Path));
        w.document()->undoStack()->push(new QUndoCommand("marker"));
        const std::string before = core::serializeDesign(w.document()->design());
        Recorder recorder;
        w.fileActions()->setPrompts(recorder.prompts());
        QVERIFY(!w.fileActions()->openFile(path));
        QCOMPARE(recorder.errors.size(), 1);
        QVERIFY2(recorder.errors.front().contains("nothing was changed"),
                 qPrintable(recorder.errors.front()));
        QVERIFY2(recorder.errors.front().contains(explanation), qPrintable(recorder.errors.front()));
        QCOMPARE(core::serializeDesign(w.document()->design()), before);
        QCOMPARE(w.document()->filePath(), QFileInfo(s1Path).absoluteFilePath());
        QCOMPARE(w.document()->undoStack()->count(), 1);
        QVERIFY(w.document()->isModified());
    }

private:
    QTemporaryDir m_temp;
    QString m_broken;
};

QTEST_MAIN(TestImportDiagnostics)
#include "tst_importdiagnostics.moc"
