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
 * button) and announces the new results once with resultsChanged(). Alone, it publishes on a
 * zero timer (changes coalesced to one run per event-loop turn). Beside a diagram it waits for
 * the diagram instead (setPublishAfterView, publish() connected to the scene's synced()), so
 * that the path is drawn once, on the items of the new design. results() is always current:
 * it runs on demand when the design moved on.
 */
class FlowRunner : public QObject, public core::DesignObserver
{
    Q_OBJECT

public:
    explicit FlowRunner(core::Design &design, QObject *parent = nullptr);
    ~FlowRunner() override;

    const std::vector<FlowResult> &results();
    /** Runs now and publishes. */
    void runNow();
    /** Publish after a view caught up (publish()) rather than on the runner's own timer. */
    void setPublishAfterView(bool afterView) { m_afterView = afterView; }
    /** Brings the results up to date and emits resultsChanged() unless already announced. */
    void publish();
    /** Microseconds the last run took (all flows, including compiling the design). */
    qint64 lastRunMicros() const { return m_lastRunMicros; }

    static bool matchesExpectation(const core::ExpectedFlow &flow, const core::Trace &trace);

    // The view syncs, then publishes, unless nothing drawn depends on the kind (rules).
    void resourceAdded(core::ResourceKind kind, const std::string &) override { scheduleFor(kind); }
    void resourceChanged(core::ResourceKind kind, const std::string &) override
    {
        scheduleFor(kind);
    }
    void resourceRemoved(core::ResourceKind kind, const std::string &) override
    {
        scheduleFor(kind);
    }
    void flowsChanged() override { schedule(false); } // changes no drawn item: no sync follows
    void designReset() override { schedule(true); }

signals:
    void resultsChanged();

private:
    void schedule(bool viewFollows);
    void scheduleFor(core::ResourceKind kind) { schedule(core::kindTraits(kind).drawn); }
    void compute();

    core::Design &m_design;
    std::vector<FlowResult> m_results;
    uint64_t m_revision = ~uint64_t(0);          //!< of m_results
    uint64_t m_publishedRevision = ~uint64_t(0); //!< last announced with resultsChanged()
    bool m_posted = false;
    bool m_afterView = false;
    qint64 m_lastRunMicros = 0;
};

} // namespace mailpath::app
