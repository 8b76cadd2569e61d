// One trace, forward and return (DESIGN §6: <= 5 us median for a 10-hop SES path).

#include "benchcommon.h"

#include "core/sim/simulator.h"

#include <benchmark/benchmark.h>

using namespace mailpath;
using namespace mailpath::core;

namespace {

// S1 with the story's fix applied: the public subnet's ACL admits the NAT replies.
Design s1Fixed()
{
    Design design = bench::loadTemplate("s1-ses-via-nat");
    design.update<NetworkAcl>("acl-0s1public", [](NetworkAcl &acl) {
        AclEntry e;
        e.ruleNumber = 110;
        e.egress = false;
        e.protocol = 6;
        e.ports = *PortRange::parse("1024-65535");
        e.cidr = *Cidr::parse("0.0.0.0/0");
        e.allow = true;
        acl.entries.push_back(e);
    });
    return design;
}

void runTrace(benchmark::State &state, const Simulator &simulator, const Query &query)
{
    const Trace first = simulator.trace(query);
    state.counters["hops"] = double(first.forward.size() + first.reply.size());
    state.counters["delivered"] = first.delivered() ? 1 : 0;
    for (auto _ : state) {
        Trace trace = simulator.trace(query);
        benchmark::DoNotOptimize(trace);
    }
}

void BM_TraceSesViaNat(benchmark::State &state)
{
    static const Design design = s1Fixed();
    static const Simulator simulator(design);
    Query query;
    query.from = "web-1";
    query.to = "email-smtp.us-east-1.amazonaws.com";
    query.port = 587;
    runTrace(state, simulator, query);
}
BENCHMARK(BM_TraceSesViaNat)->Unit(benchmark::kMicrosecond);

// The generated 10,000-ENI account: a workload to SES by host name (its VPC decides: endpoint
// or NAT gateway), and to an SMTP relay behind an internal NLB over the transit gateway.
void BM_TraceAccount(benchmark::State &state)
{
    const Design &design = bench::cachedAccount(10000);
    static const Simulator simulator(design);
    const auto sources = simulator.defaultSources();
    const auto sinks = simulator.defaultSinks();
    Query query;
    query.from = sources.at(sources.size() / 2);
    query.to = state.range(0) == 0 ? sinks.back() : sinks.front();
    query.port = 587;
    state.SetLabel(state.range(0) == 0 ? "SES host name" : "NLB relay via TGW");
    runTrace(state, simulator, query);
}
BENCHMARK(BM_TraceAccount)->Arg(0)->Arg(1)->Unit(benchmark::kMicrosecond);

} // namespace

BENCHMARK_MAIN();
