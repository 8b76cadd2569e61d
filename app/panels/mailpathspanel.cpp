#include "mailpathspanel.h"

#include "app/base/reasontext.h"

#include "app/commands/editflowscommand.h"
#include "app/commands/editrulescommand.h"

#include <QComboBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QTreeView>
#include <QTabWidget>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSplitter>
#include <QTableView>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mailpath::app {

namespace {

constexpr int debounceMillis = 200;    // coalesces a burst of edits before a full walk
constexpr int fixDebounceMillis = 400; // fixes evaluated again once the edits pause
constexpr size_t maxTrackedChanges = 256; // more changed ids than that: walk everything

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QTableWidget *makeTable(const QStringList &headers, QWidget *parent)
{
    auto *t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setSelectionMode(QAbstractItemView::SingleSelection);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setStretchLastSection(true);
    t->setWordWrap(false);
    t->verticalHeader()->setDefaultSectionSize(20);
    return t;
}

QString csvField(QString text)
{
    if (!text.contains(',') && !text.contains('"') && !text.contains('\n'))
        return text;
    return '"' + text.replace('"', "\"\"") + '"';
}

} // namespace

MailPathsPanel::MailPathsPanel(core::Design &design, QUndoStack *undo, QWidget *parent)
    : QWidget(parent)
    , m_design(design)
    , m_undo(undo)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(createToolbar());
    auto *split = new QSplitter(Qt::Horizontal, this);
    auto *left = new QSplitter(Qt::Vertical, split);
    m_summary = makeTable({tr("Sink"), tr("Port"), tr("Delivered"), tr("Blocked")}, left);
    left->addWidget(m_summary);
    left->addWidget(createBlockers());
    split->addWidget(left);
    auto *views = new QTabWidget(split);
    views->addTab(createFlows(), tr("Flows"));
    views->addTab(createHeatMap(), tr("Heat map"));
    split->addWidget(views);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(debounceMillis);
    connect(&m_debounce, &QTimer::timeout, this, &MailPathsPanel::recompute);
    m_sync.setSingleShot(true);
    m_sync.setInterval(0);
    connect(&m_sync, &QTimer::timeout, this, &MailPathsPanel::sync);
    m_fixDebounce.setSingleShot(true);
    m_fixDebounce.setInterval(fixDebounceMillis);
    connect(&m_fixDebounce, &QTimer::timeout, this, &MailPathsPanel::evaluateFixes);
    connect(&m_job, &MatrixJob::progress, this, [this](int done, int total, const QString &phase) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(phase + QStringLiteral(" %p%"));
    });
    connect(&m_job, &MatrixJob::walked, this, &MailPathsPanel::adopt);
    connect(&m_job, &MatrixJob::fixesEvaluated, this, &MailPathsPanel::fixesEvaluated);
    connect(&m_job, &MatrixJob::cancelled, this, [this] {
        m_walking = false;
        updateStatus();
    });
    m_seenRevision = m_design.revision();
    m_design.addObserver(this);
}

MailPathsPanel::~MailPathsPanel()
{
    m_design.removeObserver(this);
}

QWidget *MailPathsPanel::createToolbar()
{
    auto *bar = new QWidget(this);
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_progress = new QProgressBar(bar);
    m_progress->setMaximumWidth(220);
    m_cancel = new QPushButton(tr("Cancel"), bar);
    connect(m_cancel, &QPushButton::clicked, &m_job, &MatrixJob::cancel);
    m_status = new QLabel(bar);
    auto *refresh = new QPushButton(tr("Recompute"), bar);
    connect(refresh, &QPushButton::clicked, this, &MailPathsPanel::recompute);
    auto *exportButton = new QPushButton(tr("Export CSV…"), bar);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export mail paths"), {},
                                                          tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !exportCsv(path, &error))
            QMessageBox::warning(this, tr("Export mail paths"), error);
    });
    row->addWidget(m_progress);
    row->addWidget(m_cancel);
    row->addWidget(m_status, 1);
    row->addWidget(refresh);
    row->addWidget(exportButton);
    return bar;
}

QWidget *MailPathsPanel::createBlockers()
{
    auto *box = new QWidget(this);
    auto *col = new QVBoxLayout(box);
    col->setContentsMargins(0, 0, 0, 0);
    m_blockers = new QTableView(box);
    m_blockers->setModel(&m_blockersModel);
    m_blockers->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_blockers->setSelectionMode(QAbstractItemView::SingleSelection);
    m_blockers->verticalHeader()->hide();
    m_blockers->verticalHeader()->setDefaultSectionSize(20);
    m_blockers->horizontalHeader()->setStretchLastSection(true);
    m_blockers->horizontalHeader()->setResizeContentsPrecision(64); // the largest groups
    m_blockers->setWordWrap(false);
    m_applyFix = new QPushButton(tr("Apply fix"), box);
    m_applyFix->setEnabled(false);
    connect(m_blockers->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MailPathsPanel::blockerSelected);
    connect(m_applyFix, &QPushButton::clicked, this,
            [this] { applyFix(m_blockers->currentIndex().row()); });
    col->addWidget(new QLabel(tr("Blockers, largest first (select one to list its flows)"), box));
    col->addWidget(m_blockers, 1);
    col->addWidget(m_applyFix, 0, Qt::AlignLeft);
    return box;
}

int MailPathsPanel::selectedGroup() const
{
    const auto rows = m_blockers->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.front().row();
}

void MailPathsPanel::blockerSelected()
{
    const int g = selectedGroup();
    m_applyFix->setEnabled(m_result && !m_stale && g >= 0 && g < int(m_result->groups().size())
                           && m_result->groups()[size_t(g)].fix.has_value());
    applyFilter();
}

QWidget *MailPathsPanel::createFlows()
{
    auto *box = new QWidget(this);
    auto *col = new QVBoxLayout(box);
    col->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QHBoxLayout;
    m_verdict = new QComboBox(box);
    m_verdict->addItems({tr("All flows"), tr("Blocked"), tr("Delivered")});
    m_text = new QLineEdit(box);
    m_text->setPlaceholderText(tr("Filter: source, its VPC, subnet, name or tag (key=value), sink, "
                             "port, reason, component"));
    m_text->setClearButtonEnabled(true);
    filters->addWidget(m_verdict);
    filters->addWidget(m_text, 1);
    connect(m_verdict, &QComboBox::currentIndexChanged, this, &MailPathsPanel::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &MailPathsPanel::applyFilter);
    m_flowsView = new QTableView(box);
    m_flowsView->setModel(&m_model);
    m_flowsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_flowsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_flowsView->verticalHeader()->hide();
    m_flowsView->verticalHeader()->setDefaultSectionSize(20);
    m_flowsView->horizontalHeader()->setStretchLastSection(true);
    connect(m_flowsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &MailPathsPanel::flowSelected);
    m_pin = new QPushButton(tr("Pin as expected flow"), box);
    m_pin->setEnabled(false);
    connect(m_pin, &QPushButton::clicked, this, [this] {
        const auto index = m_flowsView->currentIndex();
        if (index.isValid())
            pinFlow(m_model.matrixRow(index.row()));
    });
    col->addLayout(filters);
    col->addWidget(m_flowsView, 1);
    col->addWidget(m_pin, 0, Qt::AlignLeft);
    return box;
}

QWidget *MailPathsPanel::createHeatMap()
{
    auto *box = new QWidget(this);
    auto *col = new QVBoxLayout(box);
    col->setContentsMargins(0, 0, 0, 0);
    m_heatView = new QTreeView(box);
    m_heatView->setModel(&m_heatMap);
    m_heatView->setUniformRowHeights(true); // thousands of sources stay smooth
    m_heatView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_heatView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_heatView->header()->setDefaultSectionSize(64);
    m_heatView->header()->setStretchLastSection(false);
    connect(m_heatView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &MailPathsPanel::heatCellSelected);
    m_heatPin = new QPushButton(tr("Pin as expected flow"), box);
    m_heatPin->setEnabled(false);
    connect(m_heatPin, &QPushButton::clicked, this, [this] {
        if (const auto row = m_heatMap.matrixRow(m_heatView->currentIndex()))
            pinFlow(*row);
    });
    col->addWidget(new QLabel(tr("Sources by VPC and subnet × sink and port: green delivered, "
                                 "red blocked; click a source's cell to draw its trace"), box));
    col->addWidget(m_heatView, 1);
    col->addWidget(m_heatPin, 0, Qt::AlignLeft);
    return box;
}

void MailPathsPanel::heatCellSelected()
{
    const auto row = m_heatMap.matrixRow(m_heatView->currentIndex());
    m_heatPin->setEnabled(row.has_value());
    if (row && m_result)
        requestTrace(*row);
}

void MailPathsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale && !m_walking)
        sync();
}

void MailPathsPanel::account()
{
    if (m_design.revision() != m_seenRevision + 1) {
        observe(nullptr);
        return;
    }
    m_seenRevision = m_design.revision();
    if (m_result && !m_stale && !m_walking && m_result->revision + 1 == m_seenRevision)
        m_result->revision = m_seenRevision; // layout and flows leave the matrix as it is
}

void MailPathsPanel::observe(const std::string *changedId)
{
    // Every notified change moves the revision by one; a bigger step is a change no
    // notification named (e.g. the design assigned whole), so its ids are unknown.
    const bool told = m_design.revision() == m_seenRevision + 1;
    m_seenRevision = m_design.revision();
    if (told && changedId && m_changed.size() < maxTrackedChanges)
        m_changed.push_back(*changedId);
    else
        m_unknownChange = true; // added, removed, replaced: the sources may differ too
    m_stale = true;
    m_applyFix->setEnabled(false); // its fix was planned on the design before this edit
    if (isVisible() && !m_walking)
        m_sync.start();
}

void MailPathsPanel::sync()
{
    m_sync.stop();
    if (!m_stale || m_walking)
        return; // a walk in flight syncs when it lands
    core::LiveMatrix *live = m_result ? m_result->live.get() : nullptr;
    if (!live || m_unknownChange || !live->isLocal(m_design, m_changed)) {
        m_debounce.start(); // re-wired: everything is walked again in the background
        return;
    }
    QElapsedTimer clock;
    clock.start();
    m_lastUpdate = live->update(m_design, m_changed, 0);
    m_updateMicros = clock.nsecsElapsed() / 1000;
    ++m_liveUpdates;
    m_changed.clear();
    m_stale = false;
    m_result->revision = m_design.revision();
    ++m_result->updates;
    m_result->fixesEvaluated = false;
    m_model.setResult(m_result);
    m_heatMap.refreshVerdicts();
    showResult();
    m_fixDebounce.start();
}

void MailPathsPanel::evaluateFixes()
{
    if (!m_result || m_walking || m_stale)
        return; // the walk or the pending update evaluates them
    m_progress->setRange(0, 0);
    m_job.startFixes(m_design, *m_result);
    updateStatus();
}

void MailPathsPanel::recompute()
{
    m_debounce.stop();
    m_sync.stop();
    m_fixDebounce.stop();
    m_stale = false;
    m_walking = true;
    m_changed.clear(); // the snapshot has them all
    m_unknownChange = false;
    ++m_fullWalks;
    m_progress->setRange(0, 0); // busy until the first chunk reports
    m_progress->show();
    m_cancel->setEnabled(true);
    m_job.start(m_design, core::smtpPorts());
    updateStatus();
}

void MailPathsPanel::adopt(std::shared_ptr<MatrixResult> result)
{
    m_walking = false;
    m_result = std::move(result);
    m_model.setResult(m_result);
    m_heatMap.setResult(m_result);
    if (m_heatMap.rowCount() <= 8)
        m_heatView->expandToDepth(0); // a few VPCs: their subnets at once
    m_heatView->setColumnWidth(0, 200);
    m_lastUpdate = {m_result->live->sourceCount(), m_result->rows().size(), true,
                    m_result->groups().size()};
    showResult();
    if (m_stale) // edited while walking: bring it current (its fixes are evaluated then)
        sync();
}

void MailPathsPanel::fixesEvaluated(const std::shared_ptr<const FixEvaluation> &evaluation)
{
    if (!m_result || evaluation->live.lock() != m_result->live
        || evaluation->updates != m_result->updates)
        return; // for rows since changed
    const auto &groups = m_result->groups();
    for (size_t g = 0; g < evaluation->groups.size() && g < groups.size(); ++g) {
        const auto &e = evaluation->groups[g];
        if (e.resource != groups[g].resource || e.reason != groups[g].reason)
            continue;
        m_result->live->setFix(g, e.fix, e.unblocked ? std::optional<core::UnblockCount>(
                                                           {*e.unblocked, e.unblockedElsewhere})
                                                     : std::nullopt);
    }
    m_result->fixesEvaluated = true;
    m_result->totalMillis = m_result->matrixMillis + evaluation->millis;
    fillBlockers();
    updateStatus();
    emit resultReady();
}

void MailPathsPanel::showResult()
{
    fillSummary();
    fillBlockers(); // and the flows, filtered by the selected group
    updateStatus();
}

void MailPathsPanel::updateStatus()
{
    const bool running = m_job.isRunning();
    m_progress->setVisible(running);
    m_cancel->setEnabled(running);
    if (!m_result) {
        m_status->setText(running ? tr("Computing mail paths…") : tr("Not computed"));
        return;
    }
    const auto &r = *m_result;
    const bool current = r.revision == m_design.revision();
    const QString fixes = r.fixesEvaluated ? tr("fixes evaluated in %1 ms")
                                                 .arg(r.totalMillis - r.matrixMillis)
                          : running ? tr("evaluating fixes…")
                                    : tr("fixes not evaluated");
    const QString walked = r.updates == 0
                               ? tr("walked in %1 ms").arg(r.matrixMillis)
                               : tr("%1 sources walked again in %2 ms")
                                     .arg(m_lastUpdate.sourcesWalked)
                                     .arg(double(m_updateMicros) / 1000, 0, 'f', 1);
    m_status->setText(tr("%1 flows: %2 delivered, %3 blocked, %4 blocker groups (%5, %6)%7")
                          .arg(r.rows().size())
                          .arg(r.delivered())
                          .arg(r.rows().size() - r.delivered())
                          .arg(r.groups().size())
                          .arg(walked, fixes)
                          .arg(current ? QString()
                               : m_walking ? tr(" — updating…")
                                           : tr(" — out of date")));
}

void MailPathsPanel::fillSummary()
{
    m_summary->setRowCount(int(m_result->counts().size()));
    for (int i = 0; i < int(m_result->counts().size()); ++i) {
        const auto &c = m_result->counts()[size_t(i)];
        auto *sink = new QTableWidgetItem(qs(m_design.displayName(c.sink)));
        sink->setToolTip(qs(c.sink));
        m_summary->setItem(i, 0, sink);
        m_summary->setItem(i, 1, new QTableWidgetItem(QString::number(c.port)));
        m_summary->setItem(i, 2, new QTableWidgetItem(QString::number(c.delivered)));
        auto *blocked = new QTableWidgetItem(QString::number(c.blocked));
        if (c.blocked)
            blocked->setForeground(QColor(0xb0, 0x20, 0x20));
        m_summary->setItem(i, 3, blocked);
    }
    m_summary->resizeColumnsToContents();
}

void MailPathsPanel::fillBlockers()
{
    const auto key = m_selectedKey; // the same group stays selected wherever it ranks now
    const bool first = m_blockersModel.rowCount() == 0;
    {
        const QSignalBlocker block(m_blockers->selectionModel());
        m_blockersModel.setResult(m_result);
    }
    const int reselect = key ? m_blockersModel.rowOf(key->first, key->second) : -1;
    if (reselect >= 0)
        m_blockers->selectRow(reselect); // lists its flows again
    else
        blockerSelected();
    if (first) { // widths once, from the largest groups: later updates keep the user's
        m_blockers->resizeColumnsToContents();
        m_blockers->setColumnWidth(BlockersModel::Fix,
                                   std::min(m_blockers->columnWidth(BlockersModel::Fix), 420));
    }
}

void MailPathsPanel::applyFilter()
{
    const int group = selectedGroup();
    m_selectedKey.reset();
    if (m_result && group >= 0 && group < int(m_result->groups().size()))
        m_selectedKey.emplace(m_result->groups()[size_t(group)].resource,
                              m_result->groups()[size_t(group)].reason);
    m_model.setFilter(MailPathsModel::VerdictFilter(m_verdict->currentIndex()), m_text->text(),
                      group);
    m_pin->setEnabled(false);
}

void MailPathsPanel::setFilter(MailPathsModel::VerdictFilter verdict, const QString &text)
{
    m_verdict->setCurrentIndex(int(verdict));
    m_text->setText(text);
    applyFilter();
}

void MailPathsPanel::flowSelected()
{
    const auto index = m_flowsView->currentIndex();
    m_pin->setEnabled(index.isValid());
    if (!index.isValid() || !m_result) {
        emit traceRequested(std::nullopt);
        return;
    }
    requestTrace(m_model.matrixRow(index.row()));
}

void MailPathsPanel::requestTrace(size_t matrixRow)
{
    const auto &row = m_result->rows()[matrixRow];
    core::Query query;
    query.from = row.from;
    query.to = row.to;
    query.port = row.port;
    emit traceRequested(m_result->simulator().trace(query));
}

bool MailPathsPanel::applyFix(int group)
{
    // A stale result's fix would be applied a second time or to a design it was not planned on.
    if (!m_result || m_stale || group < 0 || group >= int(m_result->groups().size()))
        return false;
    const auto &g = m_result->groups()[size_t(group)];
    const auto kind = m_design.kindOf(g.fix ? g.fix->resource : std::string());
    if (!g.fix || !kind)
        return false;
    core::Design scratch; // the resource alone, to apply the fix to its JSON
    scratch.putResourceJson(*kind, m_design.resourceJson(g.fix->resource));
    if (!g.fix->applyTo(scratch))
        return false;
    m_undo->push(new EditRulesCommand(m_design, g.fix->resource,
                                      scratch.resourceJson(g.fix->resource),
                                      tr("Fix %1 on %2").arg(
                                          qs(core::toString(g.reason)),
                                          qs(m_design.displayName(g.fix->resource)))));
    return true;
}

bool MailPathsPanel::pinFlow(size_t row)
{
    if (!m_result || row >= m_result->rows().size())
        return false;
    const auto &r = m_result->rows()[row];
    auto flows = m_design.flows();
    core::ExpectedFlow flow;
    flow.id = "flow-" + std::to_string(flows.size() + 1);
    for (int n = int(flows.size()) + 1;
         std::any_of(flows.begin(), flows.end(), [&](const auto &f) { return f.id == flow.id; });)
        flow.id = "flow-" + std::to_string(++n);
    flow.name = m_design.displayName(r.from) + " → " + m_design.displayName(r.to);
    flow.from = r.from;
    flow.to = r.to;
    flow.port = r.port;
    flow.expect = r.verdict == core::Verdict::Delivered ? "delivered" : "blocked";
    if (r.blockedAt)
        flow.expectReason = std::string(core::toString(r.blockedAt->reason));
    flows.push_back(flow);
    m_undo->push(new EditFlowsCommand(m_design, std::move(flows), tr("Pin flow")));
    return true;
}

bool MailPathsPanel::exportCsv(const QString &path, QString *error) const
{
    if (!m_result) {
        *error = tr("The mail paths are not computed yet");
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Text)) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    bool ok = file.write("from,to,port,verdict,direction,reason,resource\n") > 0;
    for (size_t i = 0; ok && i < m_result->rows().size(); ++i) {
        const auto &r = m_result->rows()[i];
        QString line = csvField(qs(r.from)) + ',' + csvField(qs(r.to)) + ','
                       + QString::number(r.port) + ',' + qs(core::toString(r.verdict));
        if (r.blockedAt)
            line += ',' + qs(core::toString(r.blockedAt->direction)) + ','
                    + qs(core::toString(r.blockedAt->reason)) + ','
                    + csvField(qs(r.blockedAt->resource));
        else
            line += QStringLiteral(",,,");
        ok = file.write((line + '\n').toUtf8()) > 0;
    }
    if (!ok || !file.commit()) {
        *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mailpath::app
