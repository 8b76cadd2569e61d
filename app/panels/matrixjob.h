#pragma once

#include "core/sim/livematrix.h"

#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <unordered_map>

namespace mailpath::app {

/**
 * The matrix the view shows: a live matrix (rows, counts, ranked blockers, the design copy
 * and simulator they belong to) that the view keeps current after edits, on the GUI thread.
 */
struct MatrixResult
{
    std::shared_ptr<core::LiveMatrix> live;
    /** Per source, lower case: its VPC, subnet, name and tags (key=value), for the filter. */
    std::unordered_map<std::string, std::string> sourceContext;
    uint64_t revision = 0; //!< Design::revision() the rows are current with
    uint64_t updates = 0;  //!< live updates since the walk
    qint64 matrixMillis = 0;
    qint64 totalMillis = 0;
    bool fixesEvaluated = false; //!< for the current rows

    const std::vector<core::MatrixRow> &rows() const { return live->rows(); }
    const std::vector<core::SinkPortCount> &counts() const { return live->counts(); }
    const std::vector<core::BlockerGroup> &groups() const { return live->groups(); }
    size_t delivered() const { return live->delivered(); }
    const core::Design &design() const { return live->design(); }
    const core::Simulator &simulator() const { return live->simulator(); }
};

/** The fixes of the largest blocker groups, evaluated for one state of a live matrix. */
struct FixEvaluation
{
    std::weak_ptr<core::LiveMatrix> live;
    uint64_t updates = 0; //!< MatrixResult::updates it was evaluated for
    std::vector<core::BlockerGroup> groups; //!< fix and unblock counts filled in
    qint64 millis = 0;
};

/**
 * Background work of the Mail paths view: the matrix of every workload x SMTP sink x port on
 * a copy of the design (then its fixes), or the fixes alone after live updates. Starting
 * again cancels the job in flight; only the latest job reports.
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
    /** Evaluates the fixes of the result's largest groups as the result is now. */
    void startFixes(const core::Design &design, const MatrixResult &result);
    void cancel();
    bool isRunning() const { return m_state != nullptr; }

signals:
    /** done of total work units (sources walked, then fixes evaluated). */
    void progress(int done, int total, const QString &phase);
    /** The flows are walked and grouped; the view owns the result from now on. */
    void walked(std::shared_ptr<MatrixResult> result);
    void fixesEvaluated(std::shared_ptr<const FixEvaluation> evaluation);
    void cancelled();

private:
    struct State
    {
        std::atomic<bool> cancel{false};
    };
    /** What evaluating fixes reads: copies, so the view may update its matrix meanwhile. */
    struct FixInput
    {
        std::shared_ptr<const core::Design> design;
        std::vector<core::MatrixRow> rows;
        std::vector<core::BlockerGroup> groups;
        std::shared_ptr<FixEvaluation> evaluation;
    };
    std::shared_ptr<State> restart();
    void run(std::shared_ptr<State> state, std::shared_ptr<core::Design> design,
             std::vector<uint16_t> ports, uint64_t revision);
    std::shared_ptr<MatrixResult> walk(const std::shared_ptr<State> &state,
                                       const core::Design &design,
                                       const std::vector<uint16_t> &ports);
    void evaluate(const std::shared_ptr<State> &state, FixInput input, int done, int total);
    static FixInput fixInput(std::shared_ptr<const core::Design> design,
                             const MatrixResult &result);
    void report(const std::shared_ptr<State> &state, int done, int total, const QString &phase);

    QThreadPool m_pool;
    std::shared_ptr<State> m_state;
};

} // namespace mailpath::app
