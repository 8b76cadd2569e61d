// Import and automatic layout of the 10,000-ENI account (DESIGN §6: <= 3 s, peak <= 1 GB).
// Its own process, so that the peak resident size (VmHWM) is this work's alone.

#include "benchcommon.h"

#include "core/layout/autolayout.h"

#include <benchmark/benchmark.h>

#include <chrono>

using namespace mailpath;
using namespace mailpath::core;

namespace {

void BM_ImportAndLayout(benchmark::State &state)
{
    const std::string dir = bench::accountDir(int(state.range(0)));
    double importMs = 0, layoutMs = 0;
    size_t resources = 0;
    for (auto _ : state) {
        const auto t0 = std::chrono::steady_clock::now();
        Design design;
        bench::importAccount(dir, design);
        const auto t1 = std::chrono::steady_clock::now();
        fillMissingLayout(design);
        const auto t2 = std::chrono::steady_clock::now();
        importMs = std::chrono::duration<double, std::milli>(t1 - t0).count();
        layoutMs = std::chrono::duration<double, std::milli>(t2 - t1).count();
        resources = design.resourceCount();
        benchmark::DoNotOptimize(design);
    }
    uintmax_t bytes = 0;
    for (const auto &entry : std::filesystem::directory_iterator(dir))
        bytes += entry.file_size();
    state.counters["import_ms"] = importMs;
    state.counters["layout_ms"] = layoutMs;
    state.counters["resources"] = double(resources);
    state.counters["json_MiB"] = double(bytes) / (1024.0 * 1024.0);
    state.counters["peak_MiB"] = bench::peakMemoryMiB();
}
BENCHMARK(BM_ImportAndLayout)
    ->ArgNames({"enis"})
    ->Arg(10000)
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(3);

} // namespace

BENCHMARK_MAIN();
