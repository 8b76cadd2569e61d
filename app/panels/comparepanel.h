#pragma once

#include "core/model/design.h"
#include "core/sim/flowdiff.h"
#include "core/sim/trace.h"

#include <QTimer>
#include <QWidget>

#include <functional>
#include <memory>
#include <optional>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace mailpath::app {

/**
 * What an edit changes: the design's flows against a baseline (the design as last saved or
 * opened), grouped by change, newly blocked first. Follows edits (debounced) while shown, as
 * long as one comparison stays interactive; on larger designs it waits for Refresh.
 */
class ComparePanel : public QWidget, public core::DesignObserver
{
    Q_OBJECT

public:
    explicit ComparePanel(core::Design &design, QWidget *parent = nullptr);
    ~ComparePanel() override;

    /** Gives the design to compare with, asked only when a comparison is made. */
    using BaselineSource = std::function<std::shared_ptr<const core::Design>()>;
    /** The design to compare with; label says what it is ("site.mailpath.json as saved"). */
    void setBaseline(BaselineSource source, const QString &label);
    /** Compares now. */
    void refresh();
    const core::FlowDiff &diff() const { return m_diff; }
    QTreeWidget *tree() const { return m_tree; }

    void resourceAdded(core::ResourceKind, const std::string &) override { designChanged(); }
    void resourceChanged(core::ResourceKind, const std::string &) override { designChanged(); }
    void resourceRemoved(core::ResourceKind, const std::string &) override { designChanged(); }
    void designReset() override { designChanged(); }

signals:
    /** A changed flow was selected: its trace in the edited design (nullopt clears). */
    void traceRequested(const std::optional<core::Trace> &trace);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void designChanged();
    void fill();
    void changeSelected();

    core::Design &m_design;
    BaselineSource m_source;
    std::shared_ptr<const core::Design> m_baseline; //!< from m_source at the last comparison
    QString m_baselineLabel;
    core::FlowDiff m_diff;
    QTimer m_debounce;
    bool m_stale = true;
    bool m_follow = true; //!< off once a comparison takes longer than an edit should wait
    QLabel *m_header = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_refresh = nullptr;
    QTreeWidget *m_tree = nullptr;
};

} // namespace mailpath::app
