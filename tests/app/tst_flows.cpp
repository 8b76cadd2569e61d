// Editing a rule re-simulates the flows at once, flips verdicts and the highlighted path.
#include "s1fixture.h"

#include "app/canvas/diagramscene.h"
#include "app/commands/editrulescommand.h"
#include "app/flows/flowrunner.h"
#include "app/panels/inspectorpanel.h"
#include "app/panels/ruletableeditor.h"

#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace mailpath;
using namespace mailpath::app;

class TestFlows : public QObject
{
    Q_OBJECT

private:
    static const FlowResult *result(FlowRunner &runner, const std::string &id)
    {
        for (const auto &r : runner.results())
            if (r.flow.id == id)
                return &r;
        return nullptr;
    }

private slots:
    void naclEditFlipsVerdictAndPath()
    {
        DesignDocument doc;
        FlowRunner runner(doc.design());
        DiagramScene scene(doc.design());
        QVERIFY(loadTemplate(doc, s1Template));
        scene.sync();
        const auto *r = result(runner, "flow-587");
        QVERIFY(r && r->trace);
        QVERIFY(!r->trace->delivered());
        QCOMPARE(std::string(core::toString(r->trace->blockedAt->reason)),
                 std::string("NACL_INBOUND_DENY"));
        QVERIFY(r->trace->blockedAt->direction == core::Direction::Return);
        const std::string acl = r->trace->blockedAt->resource;

        scene.showTrace(r->trace);
        // The failing hop is the public subnet (the ACL is drawn on its subnet), in red.
        const auto *table = doc.design().find<core::NetworkAcl>(acl);
        QVERIFY(table && !table->subnetIds.empty());
        const std::string publicSubnet = table->subnetIds.front();
        QCOMPARE(int(scene.hopStateOf(publicSubnet)), int(HopState::Failed));
        bool failedReply = false;
        for (const auto &hop : scene.mappedHops())
            failedReply |= hop.failed && hop.reply && hop.anchor == publicSubnet;
        QVERIFY(failedReply);

        // The inspector of the public subnet shows its ACL; "Add" proposes TCP 1024-65535.
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey(publicSubnet);
        RuleTableEditor *inbound = nullptr;
        for (auto *editor : inspector.ruleEditors())
            if (editor->table()->columnCount() == 5
                && editor->table()->horizontalHeaderItem(3)->text() == "Source")
                inbound = editor;
        QVERIFY(inbound);
        doc.undoStack()->push(new EditRulesCommand(doc.design(), acl, inbound->withNewRule(),
                                                   "Add rule"));
        r = result(runner, "flow-587");
        QVERIFY(r->trace->delivered());
        QVERIFY(r->matches);
        scene.showTrace(r->trace);
        QCOMPARE(int(scene.hopStateOf(publicSubnet)), int(HopState::Passed));

        doc.undoStack()->undo();
        r = result(runner, "flow-587");
        QVERIFY(!r->trace->delivered());
        scene.showTrace(r->trace);
        QCOMPARE(int(scene.hopStateOf(publicSubnet)), int(HopState::Failed));
    }

    void invalidRuleInputChangesNothing()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        const std::string acl = "acl-0s1public";
        QVERIFY(doc.design().find<core::NetworkAcl>(acl));
        RuleTableEditor editor(doc.design(), doc.undoStack(), acl,
                               RuleTableEditor::Preset::AclInbound);
        const auto before = doc.design().resourceJson(acl);
        const int column = 2; // ports
        editor.table()->item(0, column)->setText("1024-70000");
        QVERIFY(!editor.errorText().isEmpty());
        QVERIFY(doc.design().resourceJson(acl) == before);
        QCOMPARE(doc.undoStack()->count(), 0);
        editor.table()->item(0, 3)->setText("10.0.0.0/40");
        QVERIFY(!editor.errorText().isEmpty());
        QVERIFY(doc.design().resourceJson(acl) == before);
        editor.table()->item(0, column)->setText("1024-65535");
        QVERIFY(editor.errorText().isEmpty());
        QCOMPARE(doc.undoStack()->count(), 1);
        QVERIFY(doc.design().resourceJson(acl) != before);
    }
};

QTEST_MAIN(TestFlows)
#include "tst_flows.moc"
