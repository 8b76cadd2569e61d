#pragma once

#include "core/sim/blockers.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <unordered_map>

namespace mailpath::app {

/** A finished matrix: the design it was computed on, its rows, counts and ranked blockers. */
struct MatrixResult
{
    std::shared_ptr<const core::Design> design;      //!< the snapshot the rows belong to
    std::shared_ptr<const core::Simulator> simulator; //!< over design, for click-to-trace
    std::vector<core::MatrixRow> rows;
    std::vector<core::SinkPortCount> counts;
    std::vector<core::BlockerGroup> groups;
    /** Per source, lower case: its VPC, subnet, name and tags (key=value), for the filter. */
    std::unordered_map<std::string, std::string> sourceContext;
    uint64_t revision = 0; //!< Design::revision() of the snapshot
    qint64 matrixMillis = 0;
    qint64 totalMillis = 0;
    size_t delivered = 0;
    bool fixesEvaluated = false;
};

/**
 * Computes the matrix of every workload x SMTP sink x port on a copy of the design in a
 * background thread, then ranks the blockers and evaluates the fixes of the largest groups.
 * Starting again cancels the job in flight; only the latest job reports.
 */
class MatrixJob : public QObject
{
    Q_OBJECT

public:
    /** Largest blocker groups whose fix is evaluated (each re-runs its flows on a copy). */
    static constexpr size_t fixLimit = 8;

    explicit MatrixJob(QObject *parent = nullptr);
    ~MatrixJob() override;

    void start(const core::Design &design, std::vector<uint16_t> ports);
    void cancel();
    bool isRunning() const { return m_state != nullptr; }

signals:
    /** done of total work units (sources walked, then fixes evaluated). */
    void progress(int done, int total, const QString &phase);
    /** The flows are walked and grouped; fixes are still being evaluated. */
    void walked(std::shared_ptr<const MatrixResult> result);
    void finished(std::shared_ptr<const MatrixResult> result);
    void cancelled();

private:
    struct State
    {
        std::atomic<bool> cancel{false};
    };
    void run(std::shared_ptr<State> state, std::shared_ptr<core::Design> design,
             std::vector<uint16_t> ports, uint64_t revision);
    bool walk(const std::shared_ptr<State> &state, MatrixResult &result,
              const std::vector<uint16_t> &ports);
    bool evaluateFixes(const std::shared_ptr<State> &state, MatrixResult &result);
    void report(const std::shared_ptr<State> &state, int done, int total, const QString &phase);

    QThreadPool m_pool;
    std::shared_ptr<State> m_state;
};

} // namespace mailpath::app
