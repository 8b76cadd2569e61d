// The matrix: every workload ENI x every sink x 5 ports (DESIGN §6: 200,000 flows <= 2 s
// with 2 threads), and how its cost grows with the number of ENIs.

#include "benchcommon.h"

#include "core/sim/simulator.h"

#include <benchmark/benchmark.h>

using namespace mailpath;
using namespace mailpath::core;

namespace {

const std::vector<uint16_t> smtpPorts = {25, 465, 587, 2465, 2587};

// Args: ENIs, threads. Time covers the simulator's compilation and every flow.
void BM_Matrix(benchmark::State &state)
{
    const Design &design = bench::cachedAccount(int(state.range(0)));
    size_t flows = 0, delivered = 0;
    for (auto _ : state) {
        const Simulator simulator(design);
        const auto rows = runMatrix(simulator, simulator.defaultSources(),
                                    simulator.defaultSinks(), smtpPorts,
                                    unsigned(state.range(1)));
        flows = rows.size();
        delivered = 0;
        for (const auto &row : rows)
            delivered += row.verdict == Verdict::Delivered;
        benchmark::DoNotOptimize(rows.data());
    }
    state.counters["flows"] = double(flows);
    state.counters["delivered"] = double(delivered);
    state.counters["ns_per_flow"] = benchmark::Counter(
        double(flows) * double(state.iterations()),
        benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_Matrix)
    ->ArgNames({"enis", "threads"})
    ->Args({10000, 1})
    ->Args({10000, 2})
    ->Args({1000, 2})
    ->Args({5000, 2})
    ->Args({20000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(3);

} // namespace

BENCHMARK_MAIN();
