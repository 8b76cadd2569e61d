// The differential check (issue: well under a second on the 10,000-ENI account): every
// default flow of the account before and after an edit that removes one network ACL rule.

#include "benchcommon.h"

#include "core/sim/flowdiff.h"

#include <benchmark/benchmark.h>

#include <algorithm>

using namespace mailpath;
using namespace mailpath::core;

namespace {

const std::vector<uint16_t> smtpPorts = {25, 465, 587, 2465, 2587};

// The edited copy: the first network ACL with rules loses its first inbound allow rule.
Design edited(const Design &design)
{
    Design after = design;
    for (const auto &[id, acl] : design.all<NetworkAcl>()) {
        const auto rule = std::find_if(acl.entries.begin(), acl.entries.end(),
                                       [](const AclEntry &e) { return !e.egress && e.allow; });
        if (rule == acl.entries.end())
            continue;
        const int number = rule->ruleNumber;
        after.update<NetworkAcl>(id, [number](NetworkAcl &a) {
            std::erase_if(a.entries, [number](const AclEntry &e) {
                return !e.egress && e.ruleNumber == number;
            });
        });
        break;
    }
    return after;
}

// Args: ENIs, threads. Time covers both simulators' compilation and both matrices.
void BM_Diff(benchmark::State &state)
{
    const Design &before = bench::cachedAccount(int(state.range(0)));
    const Design after = edited(before);
    size_t flows = 0, changes = 0;
    for (auto _ : state) {
        const auto diff = diffFlows(before, after, {}, {}, smtpPorts, unsigned(state.range(1)));
        flows = diff.flows;
        changes = diff.changes.size();
        benchmark::DoNotOptimize(diff.changes.data());
    }
    state.counters["flows"] = double(flows);
    state.counters["changes"] = double(changes);
}
BENCHMARK(BM_Diff)
    ->ArgNames({"enis", "threads"})
    ->Args({10000, 2})
    ->Unit(benchmark::kMillisecond)
    ->UseRealTime()
    ->Iterations(1)
    ->Repetitions(3);

} // namespace

BENCHMARK_MAIN();
