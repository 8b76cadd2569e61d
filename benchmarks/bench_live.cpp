// The live matrix on the 10,000-ENI account (issue #20: the view current within one frame,
// <= 16 ms): one network ACL rule flips, then the matrix, its counts and its blocker groups
// are brought current. Beside it, the same edit followed by a full recomputation.

#include "benchcommon.h"

#include "core/sim/blockers.h"
#include "core/sim/livematrix.h"

#include <benchmark/benchmark.h>

using namespace mailpath;
using namespace mailpath::core;

namespace {

const std::vector<uint16_t> smtpPorts = {25, 465, 587, 2465, 2587};

// A subnet's own ACL (not a VPC's default), as a user edits it in the inspector.
std::string editedAcl(const Design &design)
{
    std::string acl;
    for (const auto &[id, a] : design.all<NetworkAcl>())
        if (!a.isDefault && !a.subnetIds.empty() && !a.entries.empty() && (acl.empty() || id < acl))
            acl = id;
    return acl;
}

void flip(Design &design, const std::string &acl)
{
    design.update<NetworkAcl>(acl, [](NetworkAcl &a) { a.entries.front().allow = !a.entries.front().allow; });
}

// The matrix current again: the (source, sink) cells that consulted the ACL walked again (on
// 1 or 2 threads), their old rows out of and new rows into the counts and blocker groups.
void BM_LiveAfterAclEdit(benchmark::State &state)
{
    static Design design = bench::cachedAccount(10000);
    const std::string acl = editedAcl(design);
    const Simulator first(design);
    LiveMatrix live(design, first.defaultSources(), first.defaultSinks(), smtpPorts, 2);
    const unsigned threads = unsigned(state.range(0));
    size_t walked = 0, flows = 0, changed = 0;
    for (auto _ : state) {
        flip(design, acl);
        const auto update = live.update(design, {acl}, threads);
        walked = update.sourcesWalked;
        flows = update.flowsWalked;
        changed = update.groupsChanged;
        benchmark::DoNotOptimize(live.counts().data());
        benchmark::DoNotOptimize(live.groups().data());
    }
    state.counters["flows"] = double(live.rows().size());
    state.counters["sources_walked"] = double(walked);
    state.counters["flows_walked"] = double(flows);
    state.counters["sources"] = double(live.sourceCount());
    state.counters["groups"] = double(live.groups().size());
    state.counters["groups_changed"] = double(changed);
}
BENCHMARK(BM_LiveAfterAclEdit)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)
    ->MeasureProcessCPUTime()->UseRealTime()->Iterations(40);

// Before the counts and groups were incremental: the same update, then counting and grouping
// all 200,180 rows again.
void BM_LiveRecountAll(benchmark::State &state)
{
    static Design design = bench::cachedAccount(10000);
    const std::string acl = editedAcl(design);
    const Simulator first(design);
    LiveMatrix live(design, first.defaultSources(), first.defaultSinks(), smtpPorts, 2);
    for (auto _ : state) {
        flip(design, acl);
        live.update(design, {acl}, 1);
        const auto counts = summarizeMatrix(live.rows());
        benchmark::DoNotOptimize(groupBlockers(live.rows()).size());
        benchmark::DoNotOptimize(counts.data());
    }
}
BENCHMARK(BM_LiveRecountAll)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()
    ->UseRealTime()->Iterations(20);

void BM_FullAfterAclEdit(benchmark::State &state)
{
    static Design design = bench::cachedAccount(10000);
    const std::string acl = editedAcl(design);
    size_t flows = 0;
    for (auto _ : state) {
        flip(design, acl);
        const Simulator simulator(design);
        const auto rows = runMatrix(simulator, simulator.defaultSources(),
                                    simulator.defaultSinks(), smtpPorts, 2);
        const auto counts = summarizeMatrix(rows);
        benchmark::DoNotOptimize(groupBlockers(rows).size());
        benchmark::DoNotOptimize(counts.data());
        flows = rows.size();
    }
    state.counters["flows"] = double(flows);
}
BENCHMARK(BM_FullAfterAclEdit)->Unit(benchmark::kMillisecond)->MeasureProcessCPUTime()
    ->UseRealTime()->Iterations(3);

} // namespace

BENCHMARK_MAIN();
