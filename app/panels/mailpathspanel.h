#pragma once

#include "core/model/design.h"
#include "core/sim/trace.h"
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
 * and the flows themselves. Recomputes (debounced) after every edit while it is shown.
 */
class MailPathsPanel : public QWidget, public core::DesignObserver
{
    Q_OBJECT

public:
    MailPathsPanel(core::Design &design, QUndoStack *undo, QWidget *parent = nullptr);
    ~MailPathsPanel() override;

    /** Starts a computation now (cancelling one in flight). */
    void recompute();
    /** The latest finished result; may lag the design while a recomputation runs. */
    const MatrixResult *result() const { return m_result.get(); }
    bool isComputing() const { return m_job.isRunning(); }
    MatrixJob *job() { return &m_job; }
    MailPathsModel *flowsModel() { return &m_model; }
    QTableView *flowsView() const { return m_flowsView; }
    QTableWidget *blockersTable() const { return m_blockers; }
    QTableWidget *summaryTable() const { return m_summary; }
    HeatMapModel *heatMapModel() { return &m_heatMap; }
    QTreeView *heatMapView() const { return m_heatView; }

    /** Applies the fix of blocker group `group` as one undoable edit; false if it has none. */
    bool applyFix(int group);
    /** Adds the flow at matrix row `row` to the design's expected flows (one undoable edit). */
    bool pinFlow(size_t row);
    bool exportCsv(const QString &path, QString *error) const;
    void setFilter(MailPathsModel::VerdictFilter verdict, const QString &text);

    void resourceAdded(core::ResourceKind, const std::string &) override { designChanged(); }
    void resourceChanged(core::ResourceKind, const std::string &) override { designChanged(); }
    void resourceRemoved(core::ResourceKind, const std::string &) override { designChanged(); }
    void designReset() override { designChanged(); }

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
    void designChanged();
    void showResult(std::shared_ptr<const MatrixResult> result);
    void fillSummary();
    void fillBlockers();
    void updateStatus();
    void applyFilter();
    void flowSelected();

    core::Design &m_design;
    QUndoStack *m_undo;
    MatrixJob m_job;
    MailPathsModel m_model;
    HeatMapModel m_heatMap;
    std::shared_ptr<const MatrixResult> m_result;
    QTimer m_debounce;
    bool m_stale = true;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_status = nullptr;
    QTableWidget *m_summary = nullptr;
    QTableWidget *m_blockers = nullptr;
    QPushButton *m_applyFix = nullptr;
    QPushButton *m_pin = nullptr;
    QTableView *m_flowsView = nullptr;
    QComboBox *m_verdict = nullptr;
    QLineEdit *m_text = nullptr;
    QTreeView *m_heatView = nullptr;
    QPushButton *m_heatPin = nullptr;
};

} // namespace mailpath::app
