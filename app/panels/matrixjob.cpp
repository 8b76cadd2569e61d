#include "matrixjob.h"

#include "core/model/design.h"
#include "core/model/resources.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace mailpath::app {

namespace {

constexpr size_t sourcesPerChunk = 128; // progress and cancel granularity

template<typename T>
std::string contextOf(const T &r)
{
    std::string text = r.vpcId + ' ' + r.subnetId + ' ' + r.name;
    for (const auto &[key, value] : r.tags)
        text += ' ' + key + '=' + value;
    std::transform(text.begin(), text.end(), text.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return text;
}

std::string sourceContext(const core::Design &design, const std::string &id)
{
    if (const auto *instance = design.find<core::Instance>(id))
        return contextOf(*instance);
    if (const auto *eni = design.find<core::Eni>(id))
        return contextOf(*eni);
    return {};
}

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

bool MatrixJob::walk(const std::shared_ptr<State> &state, MatrixResult &result,
                     const std::vector<uint16_t> &ports)
{
    const auto &sim = *result.simulator;
    const auto sources = sim.defaultSources();
    const auto sinks = sim.defaultSinks();
    const int total = int(sources.size() + fixLimit);
    result.rows.reserve(sources.size() * sinks.size() * ports.size());
    for (size_t first = 0; first < sources.size(); first += sourcesPerChunk) {
        if (state->cancel)
            return false;
        const std::vector<std::string> chunk(
            sources.begin() + first,
            sources.begin() + std::min(sources.size(), first + sourcesPerChunk));
        auto rows = core::runMatrix(sim, chunk, sinks, ports, 0);
        std::move(rows.begin(), rows.end(), std::back_inserter(result.rows));
        report(state, int(first + chunk.size()), total, tr("Walking flows"));
    }
    for (const auto &id : sources)
        result.sourceContext.emplace(id, sourceContext(*result.design, id));
    for (const auto &r : result.rows)
        result.delivered += r.verdict == core::Verdict::Delivered ? 1 : 0;
    result.counts = core::summarizeMatrix(result.rows);
    result.groups = core::groupBlockers(result.rows);
    return true;
}

bool MatrixJob::evaluateFixes(const std::shared_ptr<State> &state, MatrixResult &result)
{
    const int done = int(result.simulator->defaultSources().size());
    const int total = done + int(fixLimit);
    const size_t limit = std::min(fixLimit, result.groups.size());
    for (size_t g = 0; g < limit; ++g) {
        if (state->cancel)
            return false;
        auto &group = result.groups[g];
        group.fix = core::planFix(*result.simulator, result.rows, group);
        if (group.fix) {
            const auto count = core::countUnblocked(*result.design, result.rows, group,
                                                    *group.fix);
            group.unblocked = count.inGroup;
            group.unblockedElsewhere = count.elsewhere;
        }
        report(state, done + int(g + 1), total, tr("Evaluating fixes"));
    }
    result.fixesEvaluated = true;
    return true;
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
    if (!walk(state, *result, ports))
        return;
    result->matrixMillis = result->totalMillis = clock.elapsed();
    std::shared_ptr<const MatrixResult> partial = result;
    QMetaObject::invokeMethod(this, [this, state, partial] {
        if (state == m_state)
            emit walked(partial);
    }, Qt::QueuedConnection);
    result = std::make_shared<MatrixResult>(*partial); // the view keeps reading the partial one
    if (!evaluateFixes(state, *result))
        return;
    result->totalMillis = clock.elapsed();
    std::shared_ptr<const MatrixResult> done = std::move(result);
    QMetaObject::invokeMethod(this, [this, state, done] {
        if (state != m_state)
            return;
        m_state.reset();
        emit finished(done);
    }, Qt::QueuedConnection);
}

} // namespace mailpath::app
