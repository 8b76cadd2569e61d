#include "cli.h"

#include "core/sim/simulator.h"

#include <nlohmann/json.hpp>

#include <iostream>

namespace mailpath::cli {

namespace {

int runCheck(const Args &args)
{
    if (args.positional.size() != 1)
        return usageError("check needs exactly one DESIGN");
    core::Design design;
    core::Diagnostics diagnostics;
    if (!loadSourceOrReport(args.positional.front(), design, diagnostics, args))
        return ExitUsage;
    const core::Simulator simulator(design);
    int differing = 0;
    nlohmann::json results = nlohmann::json::array();
    for (const auto &flow : design.flows()) {
        const auto trace = simulator.trace(core::flowQuery(flow));
        const std::string verdict(core::toString(trace.verdict));
        const std::string reason = trace.blockedAt ? std::string(core::toString(trace.blockedAt->reason))
                                                   : std::string();
        const bool asExpected = verdict == flow.expect
                                && (flow.expectReason.empty() || flow.expectReason == reason);
        differing += asExpected ? 0 : 1;
        results.push_back({{"flow", flow.name.empty() ? flow.id : flow.name}, {"from", flow.from},
                           {"to", flow.to}, {"port", flow.port}, {"expect", flow.expect},
                           {"verdict", verdict}, {"reason", reason}, {"as_expected", asExpected}});
        if (!args.has("json"))
            std::cout << (asExpected ? "ok     " : "DIFFERS") << "  " << flow.from << " -> " << flow.to
                      << ":" << flow.port << "  expected " << flow.expect
                      << (flow.expectReason.empty() ? "" : " " + flow.expectReason) << ", got "
                      << verdict << (reason.empty() ? "" : " " + reason) << "\n";
    }
    if (args.has("json"))
        std::cout << nlohmann::json{{"flows", results}, {"differing", differing}}.dump(2) << "\n";
    else
        std::cout << design.flows().size() << " flows, " << differing << " differ from expectation\n";
    return differing == 0 ? ExitOk : ExitDiffers;
}

const bool registered = registerCommand(
    {"check", "check   DESIGN [--json]   run the design's declared expected flows",
     withSourceOptions({}), runCheck,
     {"json"}});

} // namespace
} // namespace mailpath::cli
