#include "matrixjob.h"

#include "core/model/design.h"
#include "core/model/resources.h"

#include <QElapsedTimer>
#include <QMetaObject>

namespace mailpath::app {

namespace {

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
    m_pool.setMaxThreadCount(1); // the walk spreads itself over the cores
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

std::shared_ptr<MatrixJob::State> MatrixJob::restart()
{
    if (m_state)
        m_state->cancel = true; // silently superseded
    m_state = std::make_shared<State>();
    return m_state;
}

void MatrixJob::start(const core::Design &design, std::vector<uint16_t> ports)
{
    auto state = restart();
    auto snapshot = std::make_shared<core::Design>(design);
    const uint64_t revision = design.revision();
    m_pool.start([this, state, snapshot, ports = std::move(ports), revision]() mutable {
        run(state, std::move(snapshot), std::move(ports), revision);
    });
}

MatrixJob::FixInput MatrixJob::fixInput(std::shared_ptr<const core::Design> design,
                                        const MatrixResult &result)
{
    FixInput input;
    input.design = std::move(design);
    input.rows = result.rows();
    const auto &groups = result.groups();
    input.groups.assign(groups.begin(), groups.begin() + long(std::min(fixLimit, groups.size())));
    input.evaluation = std::make_shared<FixEvaluation>();
    input.evaluation->live = result.live;
    input.evaluation->updates = result.updates;
    return input;
}

void MatrixJob::startFixes(const core::Design &design, const MatrixResult &result)
{
    auto state = restart();
    auto input = std::make_shared<FixInput>(
        fixInput(std::make_shared<const core::Design>(design), result));
    m_pool.start([this, state, input] {
        evaluate(state, std::move(*input), 0, int(input->groups.size()));
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

std::shared_ptr<MatrixResult> MatrixJob::walk(const std::shared_ptr<State> &state,
                                              const core::Design &design,
                                              const std::vector<uint16_t> &ports)
{
    const core::Simulator sim(design);
    const auto sources = sim.defaultSources();
    const int total = int(sources.size() + fixLimit);
    auto result = std::make_shared<MatrixResult>();
    result->live = std::make_shared<core::LiveMatrix>(
        design, sources, sim.defaultSinks(), ports, 0, [&](size_t walked, size_t) {
            report(state, int(walked), total, tr("Walking flows"));
            return !state->cancel;
        });
    if (!result->live->complete())
        return nullptr;
    for (const auto &id : sources)
        result->sourceContext.emplace(id, sourceContext(design, id));
    return result;
}

void MatrixJob::evaluate(const std::shared_ptr<State> &state, FixInput input, int done,
                         int total)
{
    QElapsedTimer clock;
    clock.start();
    const core::Simulator simulator(*input.design);
    for (size_t g = 0; g < input.groups.size(); ++g) {
        if (state->cancel)
            return;
        auto &group = input.groups[g];
        group.fix = core::planFix(simulator, input.rows, group);
        if (group.fix) {
            const auto count = core::countUnblocked(*input.design, input.rows, group,
                                                    *group.fix);
            group.unblocked = count.inGroup;
            group.unblockedElsewhere = count.elsewhere;
        }
        report(state, done + int(g + 1), total, tr("Evaluating fixes"));
    }
    input.evaluation->groups = std::move(input.groups);
    input.evaluation->millis = clock.elapsed();
    std::shared_ptr<const FixEvaluation> evaluation = std::move(input.evaluation);
    QMetaObject::invokeMethod(this, [this, state, evaluation] {
        if (state != m_state)
            return;
        m_state.reset();
        emit fixesEvaluated(evaluation);
    }, Qt::QueuedConnection);
}

void MatrixJob::run(std::shared_ptr<State> state, std::shared_ptr<core::Design> design,
                    std::vector<uint16_t> ports, uint64_t revision)
{
    QElapsedTimer clock;
    clock.start();
    auto result = walk(state, *design, ports);
    if (!result)
        return;
    result->revision = revision;
    result->matrixMillis = result->totalMillis = clock.elapsed();
    // Read before the view owns (and may update) the matrix.
    auto input = fixInput(design, *result);
    const int sources = int(result->live->sourceCount());
    QMetaObject::invokeMethod(this, [this, state, result] {
        if (state == m_state)
            emit walked(result);
    }, Qt::QueuedConnection);
    evaluate(state, std::move(input), sources, sources + int(fixLimit));
}

} // namespace mailpath::app
