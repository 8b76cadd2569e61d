#pragma once

#include "core/model/design.h"
#include "core/sim/trace.h"
#include "blockersmodel.h"
#include "heatmapmodel.h"
#include "mailpathsmodel.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTableWidget;
class QTreeView;
class QUndoStack;

namespace mailpath::app {

/**
 * The Mail paths view: every workload x SMTP sink x port of the design, computed in the
 * background; counts per sink and port, blocked flows grouped and ranked with their fixes,
 * and the flows themselves. After an edit of rules (the changed ids come from the design's
 * notifications) only the sources whose walks consulted them are walked again, at once, on
 * the GUI thread; any other edit walks everything again in the background. The fixes of the
 * largest groups are evaluated again in the background after either.
 */
class MailPathsPanel : public QWidget, public core::DesignObserver
{
    Q_OBJECT

public:
    MailPathsPanel(core::Design &design, QUndoStack *undo, QWidget *parent = nullptr);
    ~MailPathsPanel() override;

    /** Starts a full computation now (cancelling one in flight). */
    void recompute();
    /** The latest result; may lag the design while a full recomputation runs. */
    const MatrixResult *result() const { return m_result.get(); }
    bool isComputing() const { return m_job.isRunning(); }
    /** Full walks started (after an import, a re-wiring edit, Recompute). */
    int fullWalks() const { return m_fullWalks; }
    /** The last live update: how many sources it walked again. */
    const core::LiveMatrix::Update &lastUpdate() const { return m_lastUpdate; }
    int liveUpdates() const { return m_liveUpdates; }
    MatrixJob *job() { return &m_job; }
    MailPathsModel *flowsModel() { return &m_model; }
    QTableView *flowsView() const { return m_flowsView; }
    QTableView *blockersTable() const { return m_blockers; }
    QTableWidget *summaryTable() const { return m_summary; }
    HeatMapModel *heatMapModel() { return &m_heatMap; }
    QTreeView *heatMapView() const { return m_heatView; }

    /** Applies the fix of blocker group `group` as one undoable edit; false if it has none. */
    bool applyFix(int group);
    /** Adds the flow at matrix row `row` to the design's expected flows (one undoable edit). */
    bool pinFlow(size_t row);
    bool exportCsv(const QString &path, QString *error) const;
    void setFilter(MailPathsModel::VerdictFilter verdict, const QString &text);

    void resourceAdded(core::ResourceKind, const std::string &) override { observe(nullptr); }
    void resourceChanged(core::ResourceKind, const std::string &id) override { observe(&id); }
    void resourceRemoved(core::ResourceKind, const std::string &) override { observe(nullptr); }
    void layoutChanged(const std::string &) override { account(); }
    void flowsChanged() override { account(); }
    void designReset() override { observe(nullptr); }

signals:
    /** A flow was selected: draw its trace (nullopt clears). */
    void traceRequested(const std::optional<core::Trace> &trace);
    void resultReady();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *createToolbar();
    QWidget *createBlockers();
    QWidget *createFlows();
    QWidget *createHeatMap();
    void heatCellSelected();
    void requestTrace(size_t row);
    void account();
    void observe(const std::string *changedId);
    void sync();
    void evaluateFixes();
    void adopt(std::shared_ptr<MatrixResult> result);
    void fixesEvaluated(const std::shared_ptr<const FixEvaluation> &evaluation);
    void showResult();
    void fillSummary();
    void fillBlockers();
    void blockerSelected();
    int selectedGroup() const;
    void updateStatus();
    void applyFilter();
    void flowSelected();

    core::Design &m_design;
    QUndoStack *m_undo;
    MatrixJob m_job;
    MailPathsModel m_model;
    HeatMapModel m_heatMap;
    std::shared_ptr<MatrixResult> m_result;
    QTimer m_debounce;    //!< a full walk after a burst of edits
    QTimer m_sync;        //!< the live update, once a command's notifications are in
    QTimer m_fixDebounce; //!< fixes evaluated again once edits pause
    bool m_stale = true;
    bool m_walking = false;
    std::vector<std::string> m_changed; //!< ids changed since the result was current
    bool m_unknownChange = false;       //!< a change the ids do not describe
    uint64_t m_seenRevision = 0;
    core::LiveMatrix::Update m_lastUpdate;
    qint64 m_updateMicros = 0;
    int m_fullWalks = 0;
    int m_liveUpdates = 0;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_summary = nullptr;
    QTableView *m_blockers = nullptr;
    BlockersModel m_blockersModel;
    std::optional<std::pair<std::string, core::ReasonCode>> m_selectedKey; //!< its group
    QPushButton *m_applyFix = nullptr;
    QPushButton *m_pin = nullptr;
    QTableView *m_flowsView = nullptr;
    QComboBox *m_verdict = nullptr;
    QLineEdit *m_text = nullptr;
    QTreeView *m_heatView = nullptr;
    QPushButton *m_heatPin = nullptr;
};

} // namespace mailpath::app
