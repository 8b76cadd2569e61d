#include "cli.h"

#include "app/base/reasontext.h"
#include "core/sim/blockers.h"
#include "core/sim/simulator.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <map>

namespace mailpath::cli {

namespace {

std::string csvField(const std::string &text)
{
    if (text.find_first_of(",\"\n") == std::string::npos)
        return text;
    std::string quoted = "\"";
    for (char c : text)
        quoted += c == '"' ? std::string("\"\"") : std::string(1, c);
    return quoted + "\"";
}

void printTable(const std::vector<core::MatrixRow> &rows)
{
    size_t wFrom = 4, wTo = 2;
    for (const auto &r : rows) {
        wFrom = std::max(wFrom, r.from.size());
        wTo = std::max(wTo, r.to.size());
    }
    std::cout << std::left << std::setw(int(wFrom)) << "from" << "  " << std::setw(int(wTo)) << "to"
              << "  port   verdict    direction  reason                           at\n";
    for (const auto &r : rows) {
        std::cout << std::left << std::setw(int(wFrom)) << r.from << "  " << std::setw(int(wTo))
                  << r.to << "  " << std::setw(5) << r.port << "  " << std::setw(9)
                  << core::toString(r.verdict);
        if (r.blockedAt)
            std::cout << "  " << std::setw(9) << core::toString(r.blockedAt->direction) << "  "
                      << std::setw(31) << core::toString(r.blockedAt->reason) << "  "
                      << r.blockedAt->resource;
        std::cout << "\n";
    }
}

/** Largest blocker groups whose fix is evaluated (each re-runs its flows on a fixed copy). */
constexpr size_t summaryFixes = 10;

nlohmann::json summaryJson(const std::vector<core::SinkPortCount> &counts,
                           const std::vector<core::BlockerGroup> &groups)
{
    nlohmann::json j;
    j["sinks"] = nlohmann::json::array();
    for (const auto &c : counts)
        j["sinks"].push_back({{"sink", c.sink}, {"port", c.port}, {"delivered", c.delivered},
                              {"blocked", c.blocked}});
    j["blockers"] = nlohmann::json::array();
    for (const auto &g : groups) {
        nlohmann::json b = {{"resource", g.resource}, {"kind", core::kindName(g.kind)},
                            {"reason", core::toString(g.reason)},
                            {"direction", core::toString(g.direction)}, {"flows", g.rows.size()},
                            {"fix", g.fix ? g.fix->text() : g.fixText}};
        b["unblocks"] = g.unblocked ? nlohmann::json(*g.unblocked) : nlohmann::json(nullptr);
        b["unblocks_elsewhere"] = g.unblockedElsewhere;
        j["blockers"].push_back(b);
    }
    return j;
}

void printSummary(const std::vector<core::SinkPortCount> &counts,
                  const std::vector<core::BlockerGroup> &groups)
{
    size_t wSink = 4;
    for (const auto &c : counts)
        wSink = std::max(wSink, c.sink.size());
    std::cout << std::left << std::setw(int(wSink)) << "sink" << "  port   delivered  blocked\n";
    for (const auto &c : counts)
        std::cout << std::left << std::setw(int(wSink)) << c.sink << "  " << std::setw(5)
                  << c.port << "  " << std::setw(9) << c.delivered << "  " << c.blocked << "\n";
    std::cout << "\nblockers (largest first)\n";
    for (size_t i = 0; i < groups.size(); ++i) {
        const auto &g = groups[i];
        std::cout << i + 1 << ". " << g.resource << "  " << core::toString(g.reason) << "  "
                  << g.rows.size() << " flows\n   fix: "
                  << app::fixText(g).toStdString();
        if (g.unblocked)
            std::cout << " -> " << *g.unblocked << " of " << g.rows.size() << " delivered"
                      << (g.unblockedElsewhere
                              ? " (+" + std::to_string(g.unblockedElsewhere) + " other flows)"
                              : std::string());
        std::cout << "\n";
    }
}

int printMatrixSummary(const core::Simulator &simulator, const std::vector<core::MatrixRow> &rows,
                       bool json)
{
    const auto counts = core::summarizeMatrix(rows);
    auto groups = core::groupBlockers(rows);
    core::evaluateFixes(simulator, rows, groups, summaryFixes);
    if (json)
        std::cout << summaryJson(counts, groups).dump(2) << "\n";
    else
        printSummary(counts, groups);
    return groups.empty() ? ExitOk : ExitDiffers;
}

int runMatrix(const Args &args)
{
    if (args.positional.size() != 1)
        return usageError("matrix needs exactly one SOURCE");
    std::vector<uint16_t> ports;
    const auto portTexts = args.has("ports") ? args.list("ports")
                                             : std::vector<std::string>{"25", "465", "587", "2465",
                                                                        "2587"};
    for (const auto &p : portTexts) {
        const auto port = parsePort(p);
        if (!port)
            return usageError("--ports takes numbers from 1 to 65535, not \"" + p + "\"");
        ports.push_back(*port);
    }
    unsigned threads = 0;
    if (const auto t = args.value("threads"))
        threads = unsigned(std::strtoul(t->c_str(), nullptr, 10));
    core::Design design;
    core::Diagnostics diagnostics;
    if (!loadSourceOrReport(args.positional.front(), design, diagnostics))
        return ExitUsage;
    const core::Simulator simulator(design);
    const auto from = args.has("from") ? args.list("from") : simulator.defaultSources();
    const auto to = args.has("to") ? args.list("to") : simulator.defaultSinks();
    const auto rows = core::runMatrix(simulator, from, to, ports, threads);
    if (args.has("summary"))
        return printMatrixSummary(simulator, rows, args.has("json"));
    size_t delivered = 0;
    std::map<std::string, size_t> reasons;
    for (const auto &r : rows) {
        if (r.verdict == core::Verdict::Delivered)
            ++delivered;
        else if (r.blockedAt)
            ++reasons[std::string(core::toString(r.blockedAt->reason))];
    }
    if (args.has("json")) {
        nlohmann::json j;
        j["flows"] = nlohmann::json::array();
        for (const auto &r : rows) {
            nlohmann::json row = {{"from", r.from}, {"to", r.to}, {"port", r.port},
                                  {"verdict", core::toString(r.verdict)}};
            row["blocked_at"] = nullptr;
            if (r.blockedAt)
                row["blocked_at"] = {{"resource", r.blockedAt->resource},
                                     {"kind", core::kindName(r.blockedAt->kind)},
                                     {"direction", core::toString(r.blockedAt->direction)},
                                     {"reason", core::toString(r.blockedAt->reason)}};
            j["flows"].push_back(row);
        }
        j["summary"] = {{"flows", rows.size()}, {"delivered", delivered},
                        {"blocked", rows.size() - delivered}, {"reasons", reasons}};
        std::cout << j.dump(2) << "\n";
    } else if (args.has("csv")) {
        std::cout << "from,to,port,verdict,direction,reason,resource\n";
        for (const auto &r : rows) {
            std::cout << csvField(r.from) << ',' << csvField(r.to) << ',' << r.port << ','
                      << core::toString(r.verdict);
            if (r.blockedAt)
                std::cout << ',' << core::toString(r.blockedAt->direction) << ','
                          << core::toString(r.blockedAt->reason) << ','
                          << csvField(r.blockedAt->resource);
            else
                std::cout << ",,,";
            std::cout << "\n";
        }
    } else {
        printTable(rows);
        std::cout << "\n" << rows.size() << " flows: " << delivered << " delivered, "
                  << rows.size() - delivered << " blocked";
        for (const auto &[reason, n] : reasons)
            std::cout << (reason == reasons.begin()->first ? " (" : ", ") << reason << " " << n;
        std::cout << (reasons.empty() ? "" : ")") << "\n";
    }
    return delivered == rows.size() ? ExitOk : ExitDiffers;
}

const bool registered = registerCommand(
    {"matrix",
     "matrix  SOURCE [--from EP]... [--to EP]... [--ports 25,465,587,2465,2587] [--json|--csv] "
     "[--summary] [--threads N]",
     {"from", "to", "ports", "threads"},
     runMatrix,
     {"json", "csv", "summary"},
     {{"threads", {0, 256}}}});

} // namespace
} // namespace mailpath::cli
