// mailpath-cli inspect SOURCE [--json]: what a source holds (resources per kind) and what
// the reader did not understand or found dangling (diagnostics). DESIGN §4 fixes the JSON.

#include "cli.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iomanip>
#include <iostream>

namespace mailpath::cli {

namespace {

// prefix-list and hosted-zone are lookup tables (for routes and rules, for the SES DNS
// checks), not among the contract's kinds; the DNS checks appear as diagnostics.
bool isReportedKind(core::ResourceKind kind)
{
    return kind != core::ResourceKind::PrefixList && kind != core::ResourceKind::HostedZone;
}

nlohmann::ordered_json inspectJson(const core::Design &design,
                                   const core::Diagnostics &diagnostics)
{
    nlohmann::ordered_json counts = nlohmann::ordered_json::object();
    for (int i = 0; i < core::resourceKindCount; ++i) {
        const auto kind = core::ResourceKind(i);
        if (isReportedKind(kind))
            counts[std::string(core::kindName(kind))] = design.count(kind);
    }
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const auto &d : diagnostics) {
        list.push_back({{"severity", std::string(core::toString(d.severity))},
                        {"file", d.file},
                        {"resource", d.resource},
                        {"message", d.message}});
    }
    return {{"counts", std::move(counts)}, {"diagnostics", std::move(list)}};
}

void printTable(const core::Design &design, const core::Diagnostics &diagnostics)
{
    size_t total = 0;
    std::cout << std::left << std::setw(22) << "KIND" << std::right << std::setw(7) << "COUNT"
              << "\n";
    for (int i = 0; i < core::resourceKindCount; ++i) {
        const auto kind = core::ResourceKind(i);
        const size_t n = design.count(kind);
        if (!isReportedKind(kind) || n == 0)
            continue;
        total += n;
        std::cout << std::left << std::setw(22) << core::kindName(kind) << std::right
                  << std::setw(7) << n << "\n";
    }
    std::cout << std::left << std::setw(22) << "total" << std::right << std::setw(7) << total
              << "\n";
    if (diagnostics.empty())
        return;
    size_t width = 8;
    for (const auto &d : diagnostics)
        width = std::max(width, d.resource.size());
    width = std::min<size_t>(width, 40);
    std::cout << "\n" << diagnostics.size() << " diagnostics:\n";
    for (const auto &d : diagnostics) {
        std::cout << "  " << std::left << std::setw(8) << core::toString(d.severity) << "  "
                  << std::setw(int(width)) << (d.resource.empty() ? "-" : d.resource) << "  "
                  << d.message;
        if (!d.file.empty())
            std::cout << "  [" << d.file << "]";
        std::cout << "\n";
    }
}

int runInspect(const Args &args)
{
    if (args.positional.size() != 1)
        return usageError("inspect needs exactly one SOURCE (see --help)");
    core::Design design;
    core::Diagnostics diagnostics;
    if (!loadSourceOrReport(args.positional.front(), design, diagnostics, args))
        return ExitUsage;
    if (args.has("json"))
        std::cout << inspectJson(design, diagnostics)
                         .dump(2, ' ', false, nlohmann::json::error_handler_t::replace)
                  << "\n";
    else
        printTable(design, diagnostics);
    return ExitOk;
}

const bool registered = registerCommand(
    {"inspect", "inspect SOURCE [--json]          counts per resource kind + diagnostics",
     withSourceOptions({}),
     runInspect, {"json"}});

} // namespace

} // namespace mailpath::cli
