#pragma once

#include "core/model/design.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QUndoStack;

namespace mailpath::app {

class FlowRunner;
struct FlowResult;

/**
 * The design's expected flows with their live verdicts: every edit of the design re-runs
 * them (through FlowRunner) and the table follows. Add/remove/edit push EditFlowsCommand.
 */
class FlowsPanel : public QWidget
{
    Q_OBJECT

public:
    enum ColumnIndex { NameColumn, FromColumn, ToColumn, PortColumn, MailFromColumn, RcptToColumn,
                       ExpectColumn, VerdictColumn, MatchColumn, ColumnCount };

    FlowsPanel(core::Design &design, QUndoStack *undoStack, FlowRunner *runner,
               QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    int currentFlow() const { return m_current; }
    void selectFlow(int index);
    QString currentFlowId() const;
    /**
     * Adds a flow and selects it; an empty end is filled as "Add flow" does (the first
     * instance, the first SES endpoint or SMTP server).
     */
    void addFlowBetween(const std::string &from, const std::string &to);

signals:
    /** The selected flow changed or was re-simulated; -1 when none. */
    void flowSelected(int index);

private:
    void refresh();
    void markMissingEnd(int row, const FlowResult &result);
    void cellEdited(int row, int column);
    void addFlow();
    void removeFlow();

    core::Design &m_design;
    QUndoStack *m_undoStack;
    FlowRunner *m_runner;
    QTableWidget *m_table;
    QLabel *m_status;
    int m_current = -1;
};

} // namespace mailpath::app
