#pragma once

#include "core/layout/tracemapper.h"

#include <QWidget>

class QLabel;
class QSlider;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace mailpath::app {

using core::MappedHop;

/**
 * Step-through of the selected flow (first / back / next / last / play): names the hop,
 * shows the packet header as it enters and leaves, translated fields highlighted.
 */
class StepPanel : public QWidget
{
    Q_OBJECT

public:
    explicit StepPanel(QWidget *parent = nullptr);

    /** Hops of the selected trace, in walk order (forward then return). */
    void setHops(std::vector<MappedHop> hops, const std::vector<QString> &names);
    /** The hops of a trace (null: none), named as the design names their resources. */
    void setTrace(const core::Design &design, const core::Trace *trace);
    int step() const { return m_step; }
    void setStep(int step);
    QString headerHtml() const;
    /** Every hop of both directions (Packet Tracer's event list); a click selects the step. */
    QTreeWidget *eventList() const { return m_events; }

signals:
    void stepChanged(int step);

private:
    void updateView();
    void fillEvents();

    struct StepHop
    {
        core::Hop hop; //!< a copy: the trace it came from may be replaced at any time
        bool reply = false;
        bool failed = false;
    };
    std::vector<StepHop> m_hops;
    std::vector<QString> m_names;
    int m_step = -1;
    QLabel *m_title;
    QLabel *m_header;
    QSlider *m_slider;
    QToolButton *m_play;
    QTimer *m_timer;
    QTreeWidget *m_events;
    std::vector<QTreeWidgetItem *> m_eventItems; //!< one per hop, in step order
};

} // namespace mailpath::app
