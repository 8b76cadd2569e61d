// The Mail paths view through the real main window: computed in the background after an
// import, blockers ranked, fix applied as one undoable edit, flows filtered, traced, pinned.
#include "tests/core/generatedaccount.h"
#include "app/canvas/diagramscene.h"
#include "app/commands/editrulescommand.h"
#include "app/gui/designdocument.h"
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "app/panels/mailpathspanel.h"
#include "core/model/resources.h"

#include <QBrush>
#include <QDockWidget>
#include <QTreeView>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace mailpath;
using namespace mailpath::app;

namespace {

/** Waits for the result of the computation in flight (or the next one). */
bool waitForResult(MailPathsPanel *panel)
{
    QSignalSpy ready(panel, &MailPathsPanel::resultReady);
    return ready.wait(30000) && !panel->isComputing();
}

QString cell(const QAbstractItemView *view, int row, int column, int role = Qt::DisplayRole)
{
    return view->model()->index(row, column).data(role).toString();
}

size_t blockedCount(const MatrixResult &r)
{
    return r.rows().size() - r.delivered();
}

int groupRow(const MatrixResult &r, const std::string &resource, core::ReasonCode reason)
{
    const auto &groups = r.groups();
    const auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) {
        return g.resource == resource && g.reason == reason;
    });
    return it == groups.end() ? -1 : int(it - groups.begin());
}

/** The view shows what a full recomputation of the design gives: rows, counts, groups. */
void compareWithFull(MailPathsPanel *panel, const core::Design &design)
{
    const core::Simulator sim(design);
    const auto rows = core::runMatrix(sim, sim.defaultSources(), sim.defaultSinks(),
                                      core::smtpPorts(), 1);
    const auto &r = *panel->result();
    QCOMPARE(r.revision, design.revision());
    QCOMPARE(r.rows().size(), rows.size());
    for (size_t i = 0; i < rows.size(); ++i) {
        QVERIFY(r.rows()[i].verdict == rows[i].verdict);
        QCOMPARE(r.rows()[i].blockedAt.has_value(), rows[i].blockedAt.has_value());
        if (rows[i].blockedAt) {
            QVERIFY(r.rows()[i].blockedAt->reason == rows[i].blockedAt->reason);
            QCOMPARE(r.rows()[i].blockedAt->resource, rows[i].blockedAt->resource);
        }
    }
    const auto counts = core::summarizeMatrix(rows);
    QCOMPARE(panel->summaryTable()->rowCount(), int(counts.size()));
    for (int i = 0; i < int(counts.size()); ++i) {
        QCOMPARE(panel->summaryTable()->item(i, 2)->text().toULongLong(),
                 qulonglong(counts[size_t(i)].delivered));
        QCOMPARE(panel->summaryTable()->item(i, 3)->text().toULongLong(),
                 qulonglong(counts[size_t(i)].blocked));
    }
    const auto groups = core::groupBlockers(rows);
    QCOMPARE(panel->blockersTable()->model()->rowCount(), int(groups.size()));
    for (int i = 0; i < int(groups.size()); ++i) {
        QCOMPARE(r.groups()[size_t(i)].rows, groups[size_t(i)].rows);
        QCOMPARE(cell(panel->blockersTable(), i, 0).toULongLong(),
                 qulonglong(groups[size_t(i)].rows.size()));
        QCOMPARE(cell(panel->blockersTable(), i, 1, Qt::ToolTipRole).toStdString(),
                 groups[size_t(i)].resource);
    }
    // The heat map's VPC cells count the delivered sources of the new rows.
    auto *heat = panel->heatMapModel();
    size_t delivered = 0;
    for (int v = 0; v < heat->rowCount(); ++v)
        for (int c = 1; c < heat->columnCount(); ++c)
            delivered += heat->index(v, c).data().toString().section('/', 0, 0).toULongLong();
    QCOMPARE(delivered, r.delivered());
}

/** A subnet's own network ACL with rules, as a user edits it in the inspector. */
std::string editedAcl(const core::Design &design)
{
    std::string acl;
    for (const auto &[id, a] : design.all<core::NetworkAcl>())
        if (!a.isDefault && !a.subnetIds.empty() && !a.entries.empty() && (acl.empty() || id < acl))
            acl = id;
    return acl;
}

/** The small generated account imported into a shown window, its Mail Paths result ready. */
bool importGeneratedAccount(MainWindow &w, const QString &dir)
{
    if (!mailpath::testing::generateSmallAccount(dir))
        return false;
    w.resize(1400, 900);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    QSignalSpy ready(w.mailPathsPanel(), &MailPathsPanel::resultReady);
    return w.fileActions()->importFolder(dir) && ready.wait(30000);
}

} // namespace

class TestMailPaths : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("MailPathTest");
        QCoreApplication::setApplicationName("tst_mailpaths");
    }

    void importShowsRankedBlockersAndFixUndoes()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(importGeneratedAccount(w, dir.path()));
        auto *panel = w.mailPathsPanel();
        QVERIFY(panel->isVisible()); // opened by the import
        const auto *r = panel->result();
        QVERIFY(r);
        QVERIFY(r->rows().size() > 500);
        QVERIFY(panel->summaryTable()->rowCount() > 0);
        QCOMPARE(cell(panel->blockersTable(), 0, 0), QString("192"));
        QCOMPARE(cell(panel->blockersTable(), 0, 2), QString("SG_EGRESS_DENY"));
        QCOMPARE(r->groups()[0].unblocked.value(), size_t(48));
        const size_t blockedBefore = blockedCount(*r);
        const size_t elsewhere = r->groups()[0].unblockedElsewhere;
        QVERIFY(elsewhere > 0); // this fix also opens flows blamed on the ENIs

        const int undoBefore = w.document()->undoStack()->count();
        QVERIFY(panel->applyFix(0));
        QCOMPARE(w.document()->undoStack()->count(), undoBefore + 1);
        QVERIFY(waitForResult(panel)); // live: recomputed after the edit
        QCOMPARE(blockedCount(*panel->result()),
                 blockedBefore - 48 - elsewhere);
        QCOMPARE(panel->result()->revision, w.document()->design().revision());

        w.document()->undoStack()->undo();
        QVERIFY(waitForResult(panel));
        QCOMPARE(blockedCount(*panel->result()), blockedBefore);
        QCOMPARE(cell(panel->blockersTable(), 0, 0), QString("192"));

        // Filter by the source's VPC: exactly the flows of the workloads in that VPC.
        const auto &design = w.document()->design();
        const std::string vpc = design.all<core::Vpc>().begin()->first;
        size_t inVpc = 0;
        for (const auto &row : panel->result()->rows()) {
            const auto *i = design.find<core::Instance>(row.from);
            const auto *e = design.find<core::Eni>(row.from);
            inVpc += (i ? i->vpcId : e ? e->vpcId : std::string()) == vpc ? 1 : 0;
        }
        QVERIFY(inVpc > 0);
        panel->setFilter(MailPathsModel::AllVerdicts, QString::fromStdString(vpc));
        QCOMPARE(size_t(panel->flowsModel()->rowCount()), inVpc);
    }

    void listenerFixWalksAgainAndUndoes()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(importGeneratedAccount(w, dir.path()));
        auto *panel = w.mailPathsPanel();
        const auto &design = w.document()->design();
        const auto &groups = panel->result()->groups();
        const auto nlb = std::find_if(groups.begin(), groups.end(), [](const auto &g) {
            return g.reason == core::ReasonCode::NlbNoListener;
        });
        QVERIFY(nlb != groups.end());
        const int row = int(nlb - groups.begin());
        const std::string lb = nlb->resource;
        const size_t flows = nlb->rows.size();
        QVERIFY(nlb->fix && nlb->fix->kind == core::ModelFix::Kind::AddListeners);
        QVERIFY(cell(panel->blockersTable(), row, 3).startsWith("add listener TCP 2465 -> "));
        const size_t unblocked = nlb->unblocked.value();
        const size_t elsewhere = nlb->unblockedElsewhere;
        QCOMPARE(unblocked, flows); // the relay behind it admits the copied listener's port
        QCOMPARE(cell(panel->blockersTable(), row, 4), QString("%1 of %1").arg(flows));
        const size_t listeners = design.find<core::LoadBalancer>(lb)->listeners.size();
        const size_t blockedBefore = blockedCount(*panel->result());

        auto *undo = w.document()->undoStack();
        const int undoBefore = undo->count();
        QVERIFY(panel->applyFix(row));
        QVERIFY(!panel->applyFix(row)); // its result is stale until walked again
        QCOMPARE(undo->count(), undoBefore + 1); // one step
        QCOMPARE(design.find<core::LoadBalancer>(lb)->listeners.size(), listeners + 2);
        QVERIFY(waitForResult(panel)); // a listener is no rule: everything walked again
        compareWithFull(panel, design);
        QCOMPARE(blockedCount(*panel->result()), blockedBefore - unblocked - elsewhere);
        QCOMPARE(groupRow(*panel->result(), lb, core::ReasonCode::NlbNoListener), -1);

        undo->undo();
        QCOMPARE(design.find<core::LoadBalancer>(lb)->listeners.size(), listeners);
        QVERIFY(waitForResult(panel));
        compareWithFull(panel, design);
        QCOMPARE(blockedCount(*panel->result()), blockedBefore);
        QCOMPARE(groupRow(*panel->result(), lb, core::ReasonCode::NlbNoListener), row);
    }

    void ruleEditUpdatesLiveWithoutFullWalk()
    {
        QTemporaryDir dir;
        MainWindow w;
        QVERIFY(importGeneratedAccount(w, dir.path()));
        auto *panel = w.mailPathsPanel();
        auto &design = w.document()->design();
        auto *undo = w.document()->undoStack();
        const int walks = panel->fullWalks();
        const int updates = panel->liveUpdates();

        // Deny everything the ACL allowed first: one inspector edit, one undo step.
        const std::string acl = editedAcl(design);
        QVERIFY(!acl.empty());
        auto json = design.resourceJson(acl);
        core::NetworkAcl edited = *design.find<core::NetworkAcl>(acl);
        for (auto &e : edited.entries)
            e.allow = false;
        core::Design scratch;
        scratch.put(edited);
        undo->push(new EditRulesCommand(design, acl, scratch.resourceJson(acl), "deny"));
        QTRY_COMPARE(panel->liveUpdates(), updates + 1);
        QVERIFY(!panel->lastUpdate().full);
        QVERIFY(panel->lastUpdate().sourcesWalked > 0);
        QVERIFY(panel->lastUpdate().sourcesWalked < panel->result()->live->sourceCount());
        QVERIFY(panel->lastUpdate().groupsChanged > 0);
        QCOMPARE(panel->fullWalks(), walks);
        compareWithFull(panel, design);
        QVERIFY(waitForResult(panel)); // fixes evaluated again, in the background
        QCOMPARE(panel->fullWalks(), walks);
        QVERIFY(panel->result()->fixesEvaluated);

        // Click-to-trace on a flow the edit blocked: the trace of the edited design.
        panel->setFilter(MailPathsModel::OnlyBlocked, QString::fromStdString(acl));
        QVERIFY(panel->flowsModel()->rowCount() > 0);
        QSignalSpy traced(panel, &MailPathsPanel::traceRequested);
        panel->flowsView()->setCurrentIndex(panel->flowsModel()->index(0, 0));
        QCOMPARE(traced.count(), 1);
        const auto trace = traced.at(0).at(0).value<std::optional<core::Trace>>();
        QVERIFY(trace && trace->blockedAt);
        QCOMPARE(trace->blockedAt->resource, acl);
        QVERIFY(!w.scene()->mappedHops().empty());
        panel->setFilter(MailPathsModel::AllVerdicts, {});

        // Apply fix and undo: live too.
        const auto &groups = panel->result()->groups();
        const auto helps = std::find_if(groups.begin(), groups.end(), [](const auto &g) {
            return g.fix && g.unblocked.value_or(0) > 0;
        });
        QVERIFY(helps != groups.end());
        const size_t unblocked = *helps->unblocked + helps->unblockedElsewhere;
        const size_t blocked = blockedCount(*panel->result());
        QVERIFY(panel->applyFix(int(helps - groups.begin())));
        QTRY_COMPARE(panel->liveUpdates(), updates + 2);
        QCOMPARE(blockedCount(*panel->result()), blocked - unblocked);
        compareWithFull(panel, design);
        undo->undo();
        QTRY_COMPARE(panel->liveUpdates(), updates + 3);
        QCOMPARE(blockedCount(*panel->result()), blocked);
        compareWithFull(panel, design);
        undo->undo(); // the ACL as imported
        QTRY_COMPARE(panel->liveUpdates(), updates + 4);
        compareWithFull(panel, design);
        QCOMPARE(panel->fullWalks(), walks);

        // A re-wiring edit (an interface's security groups) walks everything again.
        const std::string eni = design.all<core::Eni>().begin()->first;
        design.update<core::Eni>(eni, [](core::Eni &e) { e.securityGroupIds.clear(); });
        QVERIFY(waitForResult(panel));
        QCOMPARE(panel->fullWalks(), walks + 1);
        compareWithFull(panel, design);
    }

    void routeFixUpdatesLiveAndUndoes()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(QStringLiteral(MAILPATH_SOURCE_DIR)
                                          + "/resources/templates/s1-ses-via-nat.mailpath.json"));
        auto *panel = w.mailPathsPanel();
        auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget());
        QSignalSpy ready(panel, &MailPathsPanel::resultReady);
        dock->toggleViewAction()->trigger();
        QVERIFY(ready.wait(30000));
        auto &design = w.document()->design();
        auto *undo = w.document()->undoStack();
        // The public subnet's ACL first, so that the NAT gateway's path delivers.
        QVERIFY(panel->applyFix(groupRow(*panel->result(), "acl-0s1public",
                                         core::ReasonCode::NaclInboundDeny)));
        QVERIFY(waitForResult(panel));
        const size_t blocked = blockedCount(*panel->result());

        // The user deletes the private subnet's default route in the inspector.
        core::RouteTable table = *design.find<core::RouteTable>("rtb-0s1private");
        std::erase_if(table.routes, [](const auto &r) {
            return r.destination && r.destination->prefixLength() == 0;
        });
        core::Design scratch;
        scratch.put(table);
        undo->push(new EditRulesCommand(design, table.id, scratch.resourceJson(table.id), "rm"));
        QVERIFY(waitForResult(panel));
        const int row = groupRow(*panel->result(), table.id, core::ReasonCode::RouteNoMatch);
        QVERIFY(row >= 0);
        const auto &group = panel->result()->groups()[size_t(row)];
        QVERIFY(group.fix && group.fix->kind == core::ModelFix::Kind::AddRoutes);
        QCOMPARE(cell(panel->blockersTable(), row, 3),
                 QString("add route 0.0.0.0/0 -> nat-0s1 on private-rt"));
        const size_t unblocked = group.unblocked.value() + group.unblockedElsewhere;
        QVERIFY(unblocked > 0);
        const size_t blockedWithout = blockedCount(*panel->result());

        // Apply fix: a route is a rule, so the flows through the table are walked again.
        const int walks = panel->fullWalks();
        const int updates = panel->liveUpdates();
        const int steps = undo->count();
        QVERIFY(panel->applyFix(row));
        QCOMPARE(undo->count(), steps + 1);
        QTRY_COMPARE(panel->liveUpdates(), updates + 1);
        QVERIFY(!panel->lastUpdate().full);
        QCOMPARE(panel->fullWalks(), walks);
        compareWithFull(panel, design);
        QCOMPARE(blockedCount(*panel->result()), blockedWithout - unblocked);
        QCOMPARE(blockedCount(*panel->result()), blocked); // as with the deleted route
        QVERIFY(waitForResult(panel));

        undo->undo();
        QTRY_COMPARE(panel->liveUpdates(), updates + 2);
        compareWithFull(panel, design);
        QCOMPARE(blockedCount(*panel->result()), blockedWithout);
    }

    void templateFlowsFilterTracePinExport()
    {
        MainWindow w;
        w.resize(1400, 900);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.fileActions()->openFile(QStringLiteral(MAILPATH_SOURCE_DIR)
                                          + "/resources/templates/s1b-ses-vpc-endpoint"
                                            ".mailpath.json"));
        auto *panel = w.mailPathsPanel();
        auto *dock = qobject_cast<QDockWidget *>(panel->parentWidget());
        QVERIFY(dock && !dock->isVisible());
        QSignalSpy ready(panel, &MailPathsPanel::resultReady);
        dock->toggleViewAction()->trigger(); // View > Mail Paths
        QVERIFY(ready.wait(30000));
        const auto *r = panel->result();
        QCOMPARE(r->rows().size(), size_t(5));
        QCOMPARE(r->delivered(), size_t(1));
        QCOMPARE(panel->summaryTable()->rowCount(), 5);
        QCOMPARE(panel->summaryTable()->item(2, 1)->text(), QString("587"));
        QCOMPARE(panel->summaryTable()->item(2, 2)->text(), QString("1"));
        QCOMPARE(panel->blockersTable()->model()->rowCount(), 1);
        QCOMPARE(cell(panel->blockersTable(), 0, 4), QString("4 of 4"));

        // Filters.
        panel->setFilter(MailPathsModel::OnlyBlocked, {});
        QCOMPARE(panel->flowsModel()->rowCount(), 4);
        panel->setFilter(MailPathsModel::AllVerdicts, "2465");
        QCOMPARE(panel->flowsModel()->rowCount(), 1);
        panel->setFilter(MailPathsModel::OnlyDelivered, {});
        QCOMPARE(panel->flowsModel()->rowCount(), 1);

        // Click a flow: its trace is drawn on the canvas.
        panel->flowsView()->setCurrentIndex(panel->flowsModel()->index(0, 0));
        QVERIFY(!w.scene()->mappedHops().empty());

        // Pin it as an expected flow; undo removes it.
        const size_t flows = w.document()->design().flows().size();
        QVERIFY(panel->pinFlow(panel->flowsModel()->matrixRow(0)));
        QCOMPARE(w.document()->design().flows().size(), flows + 1);
        QCOMPARE(w.document()->design().flows().back().port, uint16_t(587));
        QCOMPARE(w.document()->design().flows().back().expect, std::string("delivered"));
        w.document()->undoStack()->undo();
        QCOMPARE(w.document()->design().flows().size(), flows);

        // Heat map: VPC -> subnet -> source x (sink, port), coloured by verdict.
        auto *heat = panel->heatMapModel();
        QCOMPARE(heat->columnCount(), 6); // the source, then SES x 5 ports
        QCOMPARE(heat->rowCount(), 1);    // one VPC
        const QModelIndex vpc = heat->index(0, 0);
        QCOMPARE(heat->rowCount(vpc), 1); // its subnet
        const QModelIndex subnet = heat->index(0, 0, vpc);
        QCOMPARE(heat->parent(subnet), vpc);
        QCOMPARE(heat->rowCount(subnet), 1); // the web server
        QCOMPARE(heat->index(0, 3, vpc).data().toString(), QString("1/1")); // 587 delivered
        QCOMPARE(heat->index(0, 1, vpc).data().toString(), QString("0/1"));
        for (int c = 1; c < 6; ++c) {
            const QModelIndex cell = heat->index(0, c, subnet);
            QCOMPARE(heat->parent(cell).internalId(), subnet.internalId());
            const auto row = heat->matrixRow(cell);
            QVERIFY(row.has_value());
            const bool delivered = r->rows()[*row].verdict == core::Verdict::Delivered;
            QCOMPARE(cell.data().toString(), delivered ? QString("✓") : QString("✗"));
            const QColor colour = cell.data(Qt::BackgroundRole).value<QBrush>().color();
            QVERIFY(delivered ? colour.green() > colour.red() : colour.red() > colour.green());
        }
        w.scene()->showTrace(std::nullopt);
        QVERIFY(w.scene()->mappedHops().empty());
        panel->heatMapView()->setCurrentIndex(heat->index(0, 1, subnet)); // port 25, blocked
        QVERIFY(!w.scene()->mappedHops().empty());
        QVERIFY(!w.scene()->failedKeys().empty());

        // Export.
        QTemporaryDir out;
        QString error;
        QVERIFY2(panel->exportCsv(out.filePath("m.csv"), &error), qPrintable(error));
        QFile csv(out.filePath("m.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QCOMPARE(csv.readAll().count('\n'), 6);

        // Apply the fix: every flow delivered, no blockers left; undo brings them back.
        QVERIFY(panel->applyFix(0));
        QVERIFY(waitForResult(panel));
        QCOMPARE(panel->result()->delivered(), size_t(5));
        QCOMPARE(panel->blockersTable()->model()->rowCount(), 0);
        w.document()->undoStack()->undo();
        QVERIFY(waitForResult(panel));
        QCOMPARE(panel->result()->delivered(), size_t(1));

        // Cancel leaves the last result in place.
        panel->recompute();
        QVERIFY(panel->isComputing());
        panel->job()->cancel();
        QVERIFY(!panel->isComputing());
        QCOMPARE(panel->result()->delivered(), size_t(1));
    }
};

QTEST_MAIN(TestMailPaths)
#include "tst_mailpaths.moc"
