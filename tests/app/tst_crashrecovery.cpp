// Crash recovery (DESIGN §5, §7): a MailPath window in a child process opens a copy of S1,
// deletes an instance through the canvas and the Edit menu, waits for the autosave and is
// killed with SIGKILL. A fresh window with the same data folder offers the recovery: accepting
// brings the edit back (modified, with the original file name, over the file on disk when
// started with it) and keeps the recovery file until the edit is saved; declining removes it.
// Two windows never share a recovery file.
#include "app/canvas/diagramscene.h"
#include "app/canvas/diagramview.h"
#include "app/gui/autosave.h"
#include "app/gui/designdocument.h"
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoCommand>
#include <QUndoStack>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace mailpath;
using namespace mailpath::app;

namespace {

constexpr const char *childFlag = "--edit-until-autosaved";
const QString s1Template = QStringLiteral(MAILPATH_SOURCE_DIR)
                           + "/resources/templates/s1-ses-via-nat.mailpath.json";
const std::string deletedId = "i-0s1app";

QAction *menuAction(QMainWindow &w, const QString &menu, const QString &text)
{
    for (QAction *top : w.menuBar()->actions())
        if (top->text() == menu && top->menu())
            for (QAction *a : top->menu()->actions())
                if (a->text() == text)
                    return a;
    return nullptr;
}

/** The recovery files in the data folder, held by a window or not. */
QStringList recoveryFiles()
{
    return QDir(Autosave::folder()).entryList({"recovery*.mailpath.json"}, QDir::Files);
}

/** The child: edit as a user would, report once the autosave is on disk, then wait. */
int editUntilAutosaved(const QString &s1Path)
{
    MainWindow w;
    w.resize(1400, 900);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w) || !w.fileActions()->openFile(s1Path))
        return 3;
    w.scene()->sync();
    DiagramNode *node = w.scene()->itemFor(deletedId);
    if (!node)
        return 4;
    w.view()->ensureVisible(node);
    const QPoint at = w.view()->mapFromScene(node->sceneBoundingRect().center());
    QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, {}, at);
    if (w.scene()->selectedKeys() != std::vector<std::string>{deletedId})
        return 5;
    QAction *del = menuAction(w, QObject::tr("&Edit"), QObject::tr("&Delete"));
    if (!del)
        return 6;
    del->trigger();
    if (w.document()->design().contains(deletedId) || !w.document()->isModified())
        return 7;
    if (!QTest::qWaitFor([] { return !recoveryFiles().isEmpty(); }, 30000))
        return 8;
    std::puts("autosaved");
    std::fflush(stdout);
    return QApplication::exec(); // until killed
}

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private:
    /** Runs the child to its autosave and kills it with SIGKILL. */
    void crashAfterEdit()
    {
        QVERIFY(recoveryFiles().isEmpty());
        QFile::remove(s1Path());
        QVERIFY(QFile::copy(s1Template, s1Path()));
        QFile::setPermissions(s1Path(), QFile::ReadOwner | QFile::WriteOwner);
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("MAILPATH_AUTOSAVE_MS", "200");
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {childFlag, s1Path()});
        QVERIFY(child.waitForStarted(30000));
        QByteArray out;
        QVERIFY(QTest::qWaitFor([&] {
            child.waitForReadyRead(100);
            out += child.readAllStandardOutput();
            return out.contains("autosaved") || child.state() == QProcess::NotRunning;
        }, 120000));
        QVERIFY2(out.contains("autosaved"),
                 qPrintable(QString("child exit code %1, output: %2").arg(child.exitCode())
                                .arg(QString::fromUtf8(out))));
        child.kill(); // SIGKILL: no close event, no clean-up
        QVERIFY(child.waitForFinished(30000));
        QCOMPARE(child.exitStatus(), QProcess::CrashExit);
        QCOMPARE(Autosave::orphans().size(), 1);
    }

    static QString s1Path()
    {
        return QDir::cleanPath(Autosave::folder() + "/../s1-ses-via-nat.mailpath.json");
    }

    static FileActions::Prompts answer(bool yes, int *asked)
    {
        return {[yes, asked](const QString &, const QString &text) {
                    ++*asked;
                    // The question names the design whose changes would come back.
                    return yes && text.contains("Recover")
                           && text.contains("s1-ses-via-nat.mailpath.json");
                },
                [](const QString &, const QString &text) { QFAIL(qPrintable(text)); }};
    }

private slots:
    void initTestCase()
    {
        QDir().mkpath(Autosave::folder());
        for (const QString &name : recoveryFiles())
            Autosave::discardOrphan(QDir(Autosave::folder()).filePath(name));
    }

    /** Yes: the edit comes back and its recovery file stays until the edit is saved. */
    void acceptRecovers()
    {
        crashAfterEdit();
        MainWindow w;
        int asked = 0;
        w.fileActions()->setPrompts(answer(true, &asked));
        w.fileActions()->offerRecovery();
        QCOMPARE(asked, 1);
        const auto &design = w.document()->design();
        QVERIFY(!design.contains(deletedId)); // the edit made before the crash
        QVERIFY(design.contains("i-0s1web"));
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->filePath(), QFileInfo(s1Path()).absoluteFilePath());
        QCOMPARE(recoveryFiles().size(), 1); // kept: a second crash would not lose the edit
        QVERIFY(Autosave::orphans().isEmpty()); // held by this window, not offered elsewhere
        QVERIFY(w.fileActions()->save());
        QVERIFY(recoveryFiles().isEmpty());
        DesignDocument saved;
        QString error;
        QVERIFY2(saved.open(s1Path(), &error), qPrintable(error));
        QVERIFY(!saved.design().contains(deletedId));
    }

    /** `mailpath design.mailpath.json` after a crash: Yes shows the edit, not the old file. */
    void recoveredEditsWinOverTheFile()
    {
        crashAfterEdit();
        MainWindow w;
        int asked = 0;
        w.fileActions()->setPrompts(answer(true, &asked));
        w.fileActions()->openAtStartup(s1Path());
        QCOMPARE(asked, 1);
        QVERIFY(!w.document()->design().contains(deletedId));
        QVERIFY(w.document()->isModified());
        QCOMPARE(w.document()->filePath(), QFileInfo(s1Path()).absoluteFilePath());
        QCOMPARE(recoveryFiles().size(), 1);
        // Discarding the changes (another design replaces them) is the explicit discard.
        w.document()->replace({}, {});
        QVERIFY(recoveryFiles().isEmpty());
    }

    void declineRemovesTheRecoveryFile()
    {
        crashAfterEdit();
        MainWindow w;
        int asked = 0;
        w.fileActions()->setPrompts(answer(false, &asked));
        w.fileActions()->openAtStartup(s1Path());
        QCOMPARE(asked, 1);
        QVERIFY(w.document()->design().contains(deletedId)); // the file as it is on disk
        QVERIFY(!w.document()->isModified());
        QVERIFY(recoveryFiles().isEmpty());
        w.fileActions()->offerRecovery(); // nothing left: not asked again
        QCOMPARE(asked, 1);
    }

    /** Two windows, on different designs or the same one, each keep their own recovery file. */
    void oneRecoveryFilePerOpenDesign()
    {
        QTemporaryDir dir;
        const QString a = dir.filePath("a.mailpath.json");
        const QString b = dir.filePath("b.mailpath.json");
        QVERIFY(QFile::copy(s1Template, a) && QFile::copy(s1Template, b));
        std::vector<std::unique_ptr<DesignDocument>> docs;
        std::vector<std::unique_ptr<Autosave>> saves;
        QStringList paths;
        for (const QString &path : {a, b, a, QString()}) {
            docs.push_back(std::make_unique<DesignDocument>());
            QString error;
            if (!path.isEmpty())
                QVERIFY2(docs.back()->open(path, &error), qPrintable(error));
            saves.push_back(std::make_unique<Autosave>(docs.back().get()));
            docs.back()->design().name = "window " + std::to_string(docs.size());
            docs.back()->undoStack()->push(new QUndoCommand("edit"));
            saves.back()->saveNow();
            QVERIFY(QFileInfo::exists(saves.back()->recoveryPath()));
            QVERIFY(!paths.contains(saves.back()->recoveryPath()));
            paths << saves.back()->recoveryPath();
        }
        QVERIFY(Autosave::orphans().isEmpty()); // all held by running windows
        for (size_t i = 0; i < docs.size(); ++i) {
            DesignDocument copy;
            QString error;
            QVERIFY2(copy.open(paths[int(i)], &error), qPrintable(error));
            QCOMPARE(copy.design().name, "window " + std::to_string(i + 1));
        }
        saves[2].reset(); // the second window on a.mailpath.json goes away unsaved
        const auto orphans = Autosave::orphans();
        QCOMPARE(orphans.size(), 1);
        QCOMPARE(orphans.first().path, paths[2]);
        QCOMPARE(orphans.first().originalPath, QFileInfo(a).absoluteFilePath());
        for (auto &save : saves)
            if (save)
                save->discard();
        Autosave::discardOrphan(paths[2]);
        QVERIFY(recoveryFiles().isEmpty());
    }
};

int main(int argc, char **argv)
{
    // The recovery file and the settings live in a folder of this run; the child inherits it.
    std::unique_ptr<QTemporaryDir> home;
    const bool child = argc > 2 && std::strcmp(argv[1], childFlag) == 0;
    if (!child) {
        home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", (home->path() + "/data").toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (home->path() + "/config").toLocal8Bit());
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MailPath"));
    QApplication::setApplicationName(QStringLiteral("MailPath"));
    if (child)
        return editUntilAutosaved(QString::fromLocal8Bit(argv[2]));
    TestCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
