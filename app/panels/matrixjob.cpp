#include "matrixjob.h"

#include "core/model/design.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace mailpath::app {

namespace {

constexpr size_t sourcesPerChunk = 128; // progress and cancel granularity

} // namespace

MatrixJob::MatrixJob(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1); // runMatrix spreads each chunk over the cores itself
}

MatrixJob::~MatrixJob()
{
    cancel();
    m_pool.waitForDone();
}

void MatrixJob::cancel()
{
    if (!m_state)
        return;
    m_state->cancel = true;
    m_state.reset();
    emit cancelled();
}

void MatrixJob::start(const core::Design &design, std::vector<uint16_t> ports)
{
    if (m_state)
        m_state->cancel = true; // silently superseded
    m_state = std::make_shared<State>();
    auto snapshot = std::make_shared<core::Design>(design);
    auto state = m_state;
    const uint64_t revision = design.revision();
    m_pool.start([this, state, snapshot, ports = std::move(ports), revision]() mutable {
        run(state, std::move(snapshot), std::move(ports), revision);
    });
}

void MatrixJob::report(const std::shared_ptr<State> &state, int done, int total,
                       const QString &phase)
{
    QMetaObject::invokeMethod(this, [this, state, done, total, phase] {
        if (state == m_state)
            emit progress(done, total, phase);
    }, Qt::QueuedConnection);
}

void MatrixJob::run(std::shared_ptr<State> state, std::shared_ptr<core::Design> design,
                    std::vector<uint16_t> ports, uint64_t revision)
{
    QElapsedTimer clock;
    clock.start();
    auto result = std::make_shared<MatrixResult>();
    result->revision = revision;
    result->design = design;
    result->simulator = std::make_shared<core::Simulator>(*design);
    const auto &sim = *result->simulator;
    const auto sources = sim.defaultSources();
    const auto sinks = sim.defaultSinks();
    const int total = int(sources.size() + fixLimit);
    result->rows.reserve(sources.size() * sinks.size() * ports.size());
    for (size_t first = 0; first < sources.size(); first += sourcesPerChunk) {
        if (state->cancel)
            return;
        const std::vector<std::string> chunk(
            sources.begin() + first,
            sources.begin() + std::min(sources.size(), first + sourcesPerChunk));
        auto rows = core::runMatrix(sim, chunk, sinks, ports, 0);
        std::move(rows.begin(), rows.end(), std::back_inserter(result->rows));
        report(state, int(first + chunk.size()), total, tr("Walking flows"));
    }
    result->matrixMillis = clock.elapsed();
    for (const auto &r : result->rows)
        result->delivered += r.verdict == core::Verdict::Delivered ? 1 : 0;
    result->counts = core::summarizeMatrix(result->rows);
    result->groups = core::groupBlockers(result->rows);
    result->totalMillis = clock.elapsed();
    std::shared_ptr<const MatrixResult> partial = result;
    QMetaObject::invokeMethod(this, [this, state, partial] {
        if (state == m_state)
            emit walked(partial);
    }, Qt::QueuedConnection);
    result = std::make_shared<MatrixResult>(*partial); // the view keeps reading the partial one
    const size_t limit = std::min(fixLimit, result->groups.size());
    for (size_t g = 0; g < limit; ++g) {
        if (state->cancel)
            return;
        auto &group = result->groups[g];
        group.fix = core::planFix(sim, result->rows, group);
        if (group.fix) {
            const auto count = core::countUnblocked(*design, result->rows, group, *group.fix);
            group.unblocked = count.inGroup;
            group.unblockedElsewhere = count.elsewhere;
        }
        report(state, int(sources.size() + g + 1), total, tr("Evaluating fixes"));
    }
    result->totalMillis = clock.elapsed();
    result->fixesEvaluated = true;
    std::shared_ptr<const MatrixResult> done = std::move(result);
    QMetaObject::invokeMethod(this, [this, state, done] {
        if (state != m_state)
            return;
        m_state.reset();
        emit finished(done);
    }, Qt::QueuedConnection);
}

} // namespace mailpath::app
