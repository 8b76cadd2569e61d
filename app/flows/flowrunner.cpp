#include "flowrunner.h"

#include "core/sim/simulator.h"

#include <QElapsedTimer>
#include <QTimer>

namespace mailpath::app {

QString FlowResult::verdictText() const
{
    if (!error.isEmpty())
        return QObject::tr("error");
    if (!trace)
        return {};
    if (trace->delivered())
        return QObject::tr("delivered");
    const auto reason = trace->blockedAt ? core::toString(trace->blockedAt->reason) : "";
    return QObject::tr("blocked %1").arg(QString::fromUtf8(reason.data(), qsizetype(reason.size())));
}

FlowRunner::FlowRunner(core::Design &design, QObject *parent)
    : QObject(parent)
    , m_design(design)
{
    m_design.addObserver(this);
}

FlowRunner::~FlowRunner()
{
    m_design.removeObserver(this);
}

bool FlowRunner::matchesExpectation(const core::ExpectedFlow &flow, const core::Trace &trace)
{
    if (std::string(core::toString(trace.verdict)) != flow.expect)
        return false;
    if (flow.expectReason.empty() || trace.delivered())
        return true;
    return trace.blockedAt && core::toString(trace.blockedAt->reason) == flow.expectReason;
}

void FlowRunner::schedule(bool viewFollows)
{
    if ((m_afterView && viewFollows) || m_posted)
        return; // the view's synced() calls publish()
    m_posted = true;
    QTimer::singleShot(0, this, [this] {
        m_posted = false;
        publish();
    });
}

const std::vector<FlowResult> &FlowRunner::results()
{
    if (m_revision != m_design.revision())
        compute();
    return m_results;
}

void FlowRunner::publish()
{
    if (m_publishedRevision == m_design.revision())
        return;
    if (m_revision != m_design.revision())
        compute();
    m_publishedRevision = m_revision;
    emit resultsChanged();
}

void FlowRunner::runNow()
{
    compute();
    m_publishedRevision = m_revision;
    emit resultsChanged();
}

void FlowRunner::compute()
{
    QElapsedTimer timer;
    timer.start();
    m_revision = m_design.revision();
    m_results.clear();
    std::optional<core::Simulator> simulator;
    QString buildError;
    try {
        simulator.emplace(m_design);
    } catch (const std::exception &e) {
        buildError = QString::fromUtf8(e.what());
    }
    for (const auto &flow : m_design.flows()) {
        FlowResult result;
        result.flow = flow;
        if (!simulator) {
            result.error = buildError;
        } else if (flow.from.empty() || flow.to.empty()) { // never trace to "nothing"
            result.error = flow.from.empty() ? QObject::tr("The flow has no source.")
                                             : QObject::tr("The flow has no destination.");
        } else {
            try {
                result.trace = simulator->trace(core::flowQuery(flow));
                result.matches = matchesExpectation(flow, *result.trace);
            } catch (const std::exception &e) {
                result.error = QString::fromUtf8(e.what());
            }
        }
        m_results.push_back(std::move(result));
    }
    m_lastRunMicros = timer.nsecsElapsed() / 1000;
}

} // namespace mailpath::app
