#pragma once

#include "core/model/design.h"
#include "core/sim/trace.h"

#include <QObject>
#include <QString>

#include <optional>
#include <vector>

namespace mailpath::app {

/** One expected flow with the outcome of its latest simulation. */
struct FlowResult
{
    core::ExpectedFlow flow;
    std::optional<core::Trace> trace;
    QString error; //!< the simulator could not run it
    bool matches = false; //!< verdict (and reason, when given) as the design expects

    QString verdictText() const;
};

/**
 * Re-simulates every expected flow after every change of the design (there is no Run
 * button). Changes are coalesced to one run per event-loop turn; results() is always
 * current because it runs on demand when the design moved on.
 */
class FlowRunner : public QObject, public core::DesignObserver
{
    Q_OBJECT

public:
    explicit FlowRunner(core::Design &design, QObject *parent = nullptr);
    ~FlowRunner() override;

    const std::vector<FlowResult> &results();
    void runNow();
    /** Microseconds the last run took (all flows, including compiling the design). */
    qint64 lastRunMicros() const { return m_lastRunMicros; }

    static bool matchesExpectation(const core::ExpectedFlow &flow, const core::Trace &trace);

    void resourceAdded(core::ResourceKind, const std::string &) override { schedule(); }
    void resourceChanged(core::ResourceKind, const std::string &) override { schedule(); }
    void resourceRemoved(core::ResourceKind, const std::string &) override { schedule(); }
    void flowsChanged() override { schedule(); }
    void designReset() override { schedule(); }

signals:
    void resultsChanged();

private:
    void schedule();

    core::Design &m_design;
    std::vector<FlowResult> m_results;
    uint64_t m_revision = ~uint64_t(0);
    bool m_posted = false;
    qint64 m_lastRunMicros = 0;
};

} // namespace mailpath::app
