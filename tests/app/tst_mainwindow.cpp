// The S1 acceptance story through the real widgets: open, see the red return hop, add the
// ephemeral-port rule in the inspector, the flow turns green at once, undo turns it red.
// With MAILPATH_SCREENSHOT_DIR set, the two states are saved as PNGs for the docs.
#include "app/canvas/canvasmenu.h"
#include "app/canvas/diagramscene.h"
#include "app/canvas/diagramview.h"
#include "app/gui/canvasactions.h"
#include "app/gui/designdocument.h"
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "app/panels/comparepanel.h"
#include "app/panels/flowspanel.h"
#include "app/panels/inspectorpanel.h"
#include "app/panels/ruletableeditor.h"
#include "app/panels/steppanel.h"

#include <QCheckBox>
#include <QPushButton>
#include <QClipboard>
#include <QMenu>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QTest>
#include <QUndoStack>

using namespace mailpath;
using namespace mailpath::app;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString verdict(MainWindow &w, int row)
    {
        return w.flowsPanel()->table()->item(row, FlowsPanel::VerdictColumn)->text();
    }

    static void screenshot(MainWindow &w, const char *name)
    {
        const QString dir = qEnvironmentVariable("MAILPATH_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(w.grab().save(dir + "/" + name));
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("MailPathTest");
        QCoreApplication::setApplicationName("tst_mainwindow");
    }

    void s1Story()
    {
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString path = QStringLiteral(MAILPATH_SOURCE_DIR)
                             + "/resources/templates/s1-ses-via-nat.mailpath.json";
        QVERIFY(w.fileActions()->openFile(path));
        QTest::qWait(50);
        QVERIFY(w.windowTitle().contains("s1-ses-via-nat.mailpath.json"));
        QVERIFY(!w.isWindowModified());

        // The first flow is selected: blocked on the return path at the public subnet's ACL.
        QCOMPARE(w.flowsPanel()->currentFlow(), 0);
        QCOMPARE(verdict(w, 0), QStringLiteral("blocked NACL_INBOUND_DENY"));
        const std::string publicSubnet = "subnet-0s1public";
        QCOMPARE(int(w.scene()->hopStateOf(publicSubnet)), int(HopState::Failed));
        w.stepPanel()->setStep(1000); // last hop: where it failed
        QVERIFY(w.stepPanel()->headerHtml().contains("→"));
        screenshot(w, "screenshot-s1-blocked.png");

        // Click the public subnet on the canvas: the inspector shows its rule tables.
        auto *item = w.scene()->itemFor(publicSubnet);
        QVERIFY(item);
        const QPoint click = w.view()->mapFromScene(item->mapToScene(QPointF(item->boundingRect().width() - 20, item->boundingRect().height() - 20)));
        QTest::mouseClick(w.view()->viewport(), Qt::LeftButton, {}, click);
        QCOMPARE(w.inspector()->key(), publicSubnet);
        RuleTableEditor *inbound = nullptr;
        for (auto *editor : w.inspector()->ruleEditors())
            if (editor->table()->columnCount() == 5
                && editor->table()->horizontalHeaderItem(3)->text() == "Source")
                inbound = editor;
        QVERIFY(inbound);
        QPushButton *add = nullptr;
        for (auto *b : inbound->findChildren<QPushButton *>())
            if (b->text() == "Add")
                add = b;
        QVERIFY(add);
        QTest::mouseClick(add, Qt::LeftButton);
        QTest::qWait(50);
        // The new inbound rule: TCP 1024-65535 from anywhere, allow.
        const int row = inbound->table()->rowCount() - 1;
        QCOMPARE(inbound->table()->item(row, 2)->text(), QStringLiteral("1024-65535"));
        QCOMPARE(verdict(w, 0), QStringLiteral("delivered"));
        QCOMPARE(int(w.scene()->hopStateOf(publicSubnet)), int(HopState::Passed));
        QVERIFY(w.isWindowModified());
        // Step to the NAT gateway: its source-port translation is highlighted in the header.
        int natStep = 0;
        const auto &hops = w.scene()->mappedHops();
        for (int i = int(hops.size()) - 1; i >= 0; --i)
            if (!hops[size_t(i)].reply && hops[size_t(i)].hop->kind == core::ResourceKind::NatGateway)
                natStep = i;
        w.stepPanel()->setStep(natStep);
        screenshot(w, "screenshot-s1-fixed.png");

        // Undo turns it red again.
        w.document()->undoStack()->undo();
        QTest::qWait(50);
        QCOMPARE(verdict(w, 0), QStringLiteral("blocked NACL_INBOUND_DENY"));
        QCOMPARE(int(w.scene()->hopStateOf(publicSubnet)), int(HopState::Failed));
        QVERIFY(!w.isWindowModified());
        w.document()->undoStack()->clear(); // no "save changes?" prompt on close
    }

    void compareWithSaved()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(QStringLiteral(MAILPATH_SOURCE_DIR)
                                          + "/resources/templates/s1-ses-via-nat.mailpath.json"));
        QAction *compare = nullptr;
        for (auto *a : w.findChildren<QAction *>())
            if (a->text() == "Compare with &Saved")
                compare = a;
        QVERIFY(compare);
        compare->trigger();
        auto *panel = w.comparePanel();
        QVERIFY(panel->isVisible());
        QVERIFY(panel->diff().flows > 0);
        QVERIFY(panel->diff().changes.empty());

        // The edit that repairs S1: the return's ephemeral ports into the public subnet.
        auto &design = w.document()->design();
        design.update<core::NetworkAcl>("acl-0s1public", [](core::NetworkAcl &acl) {
            acl.entries.push_back({90, false, 6, {1024, 65535}, *core::Cidr::parse("0.0.0.0/0"),
                                   true});
        });
        QTRY_VERIFY(!panel->diff().changes.empty());
        const auto &first = panel->diff().changes.front();
        QVERIFY(first.kind == core::FlowChangeKind::Repaired);
        QVERIFY(first.before.blockedAt->reason == core::ReasonCode::NaclInboundDeny);
        QCOMPARE(first.before.blockedAt->resource, std::string("acl-0s1public"));
        QVERIFY(!first.after.blockedAt);
        QVERIFY(panel->tree()->topLevelItem(0)->text(0).startsWith("Repaired"));

        // Saved: the repaired design is the new baseline, so nothing differs any more.
        QTemporaryDir dir;
        QString error;
        QVERIFY2(w.document()->saveAs(dir.filePath("s1.mailpath.json"), &error),
                 qPrintable(error));
        QTRY_VERIFY(panel->diff().changes.empty());

        // Taking the rule out again: the flows the save delivered are newly blocked.
        design.update<core::NetworkAcl>("acl-0s1public", [](core::NetworkAcl &acl) {
            acl.entries.pop_back();
        });
        QTRY_VERIFY(!panel->diff().changes.empty());
        QVERIFY(panel->diff().changes.front().kind == core::FlowChangeKind::NewlyBlocked);
        QVERIFY(panel->diff().breaksDelivery());
        w.document()->undoStack()->clear();
    }

    void copyFixAsCode()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(QStringLiteral(MAILPATH_SOURCE_DIR)
                                          + "/resources/templates/s1-ses-via-nat.mailpath.json"));
        QTest::qWait(50);
        QVERIFY(w.scene()->shownTrace() && w.scene()->shownTrace()->blockedAt);
        // The public subnet, whose ACL blocks the reply, offers the fix as code.
        QMenu menu;
        w.canvasActions()->menu()->fill(menu, "subnet-0s1public");
        QMenu *copy = nullptr;
        for (auto *a : menu.actions())
            if (a->menu() && a->text() == "Copy Fix as Code")
                copy = a->menu();
        QVERIFY(copy);
        QCOMPARE(copy->actions().size(), 3);
        copy->actions().at(2)->trigger(); // AWS CLI, the drawn design's own language
        QVERIFY(copy->actions().at(2)->text().contains("this design's source"));
        QVERIFY(QApplication::clipboard()->text().startsWith(
            "aws ec2 create-network-acl-entry --network-acl-id acl-0s1public --ingress"));
        copy->actions().at(0)->trigger();
        QVERIFY(QApplication::clipboard()->text().contains("resource \"aws_network_acl_rule\""));
        // A component the flow passes has no such entry.
        QMenu other;
        w.canvasActions()->menu()->fill(other, "subnet-0s1private");
        for (auto *a : other.actions())
            QVERIFY(a->text() != "Copy Fix as Code");
        w.document()->undoStack()->clear();
    }

    void vpcMenuOpensItsTgwAttachment()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(QStringLiteral(MAILPATH_SOURCE_DIR)
                                          + "/resources/templates/s7-centralised-egress.mailpath.json"));
        QMenu menu;
        w.canvasActions()->menu()->fill(menu, "vpc-0s7insp");
        QAction *show = nullptr;
        for (auto *a : menu.actions())
            if (a->text() == "Show Attachment inspection-attachment in Inspector")
                show = a;
        QVERIFY(show);
        show->trigger();
        QCoreApplication::processEvents();
        auto *box = w.inspector()->findChild<QCheckBox *>("tgw-attach-0s7insp/applianceMode");
        QVERIFY(box);
        QVERIFY(!box->isChecked());
        box->click(); // appliance mode on: both directions keep to one AZ
        QVERIFY(w.document()->design().find<core::TgwAttachment>("tgw-attach-0s7insp")->applianceMode);
        w.document()->undoStack()->undo();
        QVERIFY(!w.document()->design().find<core::TgwAttachment>("tgw-attach-0s7insp")->applianceMode);
        w.document()->undoStack()->clear();
    }

    void templatesMenuListsResources()
    {
        const auto paths = FileActions::templatePaths();
        QVERIFY(paths.size() >= 1);
        for (const auto &p : paths)
            QVERIFY(p.startsWith(":/templates/"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
