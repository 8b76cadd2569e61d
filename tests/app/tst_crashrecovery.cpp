// Crash recovery (DESIGN §5, §7): a MailPath window in a child process opens S1, deletes an
// instance through the canvas and the Edit menu, waits for the autosave and is killed with
// SIGKILL. A fresh window with the same data folder offers the recovery: accepting brings
// the edit back (modified, with the original file name), declining removes the recovery file.
#include "app/canvas/diagramscene.h"
#include "app/canvas/diagramview.h"
#include "app/gui/autosave.h"
#include "app/gui/designdocument.h"
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"

#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <cstring>
#include <memory>

using namespace mailpath;
using namespace mailpath::app;

namespace {

constexpr const char *childFlag = "--edit-until-autosaved";
const QString s1Path = QStringLiteral(MAILPATH_SOURCE_DIR)
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

/** The child: edit as a user would, report once the autosave is on disk, then wait. */
int editUntilAutosaved()
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
    if (!QTest::qWaitFor([] { return Autosave::hasRecovery(); }, 30000))
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
        QVERIFY(!Autosave::hasRecovery());
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert("MAILPATH_AUTOSAVE_MS", "200");
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {childFlag});
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
        QVERIFY(Autosave::hasRecovery());
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
    void initTestCase() { Autosave::discard(); }

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
        QCOMPARE(w.document()->filePath(), QFileInfo(s1Path).absoluteFilePath());
        QVERIFY(!Autosave::hasRecovery());
    }

    void declineRemovesTheRecoveryFile()
    {
        crashAfterEdit();
        MainWindow w;
        int asked = 0;
        w.fileActions()->setPrompts(answer(false, &asked));
        w.fileActions()->offerRecovery();
        QCOMPARE(asked, 1);
        QCOMPARE(w.document()->design().resourceCount(), size_t(0));
        QVERIFY(!w.document()->isModified());
        QVERIFY(!Autosave::hasRecovery());
        w.fileActions()->offerRecovery(); // nothing left: not asked again
        QCOMPARE(asked, 1);
    }
};

int main(int argc, char **argv)
{
    // The recovery file and the settings live in a folder of this run; the child inherits it.
    std::unique_ptr<QTemporaryDir> home;
    const bool child = argc > 1 && std::strcmp(argv[1], childFlag) == 0;
    if (!child) {
        home = std::make_unique<QTemporaryDir>();
        qputenv("XDG_DATA_HOME", (home->path() + "/data").toLocal8Bit());
        qputenv("XDG_CONFIG_HOME", (home->path() + "/config").toLocal8Bit());
    }
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("MailPath"));
    QApplication::setApplicationName(QStringLiteral("MailPath"));
    if (child)
        return editUntilAutosaved();
    TestCrashRecovery test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_crashrecovery.moc"
