// Re-simulating every expected flow of a 500-resource design after one edit, the way the
// flows panel does it (DESIGN §6: <= 16 ms): compile a new Simulator, full trace per flow.

#include "benchcommon.h"

#include "core/sim/simulator.h"

#include <benchmark/benchmark.h>

using namespace mailpath;
using namespace mailpath::core;

namespace {

// About 500 resources: 6 VPCs, 30 subnets, TGW, NAT gateways, SES endpoints, 3 NLB relays
// and 160 workloads; its expected flows are every workload to every sink on port 587.
Design design500()
{
    Design design;
    bench::importAccount(bench::accountDir(160, 6, 5), design);
    const Simulator simulator(design);
    std::vector<ExpectedFlow> flows;
    for (const auto &from : simulator.defaultSources())
        for (const auto &to : simulator.defaultSinks()) {
            ExpectedFlow flow;
            flow.id = "flow-" + std::to_string(flows.size());
            flow.from = from;
            flow.to = to;
            flow.port = 587;
            flows.push_back(flow);
        }
    design.setFlows(flows);
    return design;
}

void BM_ResimAfterEdit(benchmark::State &state)
{
    static Design design = design500();
    std::string aclId;
    for (const auto &[id, acl] : design.all<NetworkAcl>())
        if (!acl.isDefault && aclId.empty())
            aclId = id;
    size_t delivered = 0;
    bool toggle = false;
    for (auto _ : state) {
        // The edit: one ACL rule's action flips (what the inspector's rule table does).
        design.update<NetworkAcl>(aclId, [&](NetworkAcl &acl) {
            acl.entries.front().allow = toggle;
        });
        toggle = !toggle;
        const Simulator simulator(design);
        delivered = 0;
        for (const auto &flow : design.flows()) {
            const Trace trace = simulator.trace(Query{flow.from, flow.to, flow.port, {}, {}});
            delivered += trace.delivered();
        }
        benchmark::DoNotOptimize(delivered);
    }
    state.counters["resources"] = double(design.resourceCount());
    state.counters["flows"] = double(design.flows().size());
    state.counters["delivered"] = double(delivered);
}
BENCHMARK(BM_ResimAfterEdit)->Unit(benchmark::kMillisecond)->UseRealTime();

} // namespace

BENCHMARK_MAIN();
