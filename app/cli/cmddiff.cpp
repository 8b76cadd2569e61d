#include "cli.h"

#include "core/io/source.h"
#include "core/sim/flowdiff.h"

#include <nlohmann/json.hpp>

#include <iomanip>
#include <iostream>
#include <map>

namespace mailpath::cli {

namespace {

bool loadSide(const std::string &path, const core::IacOptions &options, core::Design &design)
{
    core::Diagnostics diagnostics;
    core::InputError error;
    if (!core::loadSource(path, design, diagnostics, error, options)) {
        std::cerr << "mailpath-cli: " << error.toString() << "\n";
        return false;
    }
    return true;
}

// diff PLAN.json: before is the plan's prior state, after its planned values.
bool loadPlanSides(const std::string &path, const core::IacOptions &options,
                   core::Design &before, core::Design &after, bool &isPlan)
{
    nlohmann::json root;
    core::InputError error;
    isPlan = false;
    if (!core::parseJsonFile(path, root, error)) {
        std::cerr << "mailpath-cli: " << error.toString() << "\n";
        return false;
    }
    if (core::detectIacFormat(root) != core::IacFormat::TerraformPlan)
        return true;
    isPlan = true;
    core::Diagnostics diagnostics;
    core::IacOptions side = options;
    for (auto [which, design] : {std::pair{core::PlanSide::Before, &before},
                                 std::pair{core::PlanSide::After, &after}}) {
        side.side = which;
        if (!core::importTerraform(root, path, *design, diagnostics, error, side)) {
            std::cerr << "mailpath-cli: " << error.toString() << "\n";
            return false;
        }
    }
    return true;
}

nlohmann::json rowJson(const core::MatrixRow &row)
{
    nlohmann::json j = {{"verdict", core::toString(row.verdict)}, {"blocked_at", nullptr}};
    if (row.blockedAt)
        j["blocked_at"] = {{"resource", row.blockedAt->resource},
                           {"kind", core::kindName(row.blockedAt->kind)},
                           {"direction", core::toString(row.blockedAt->direction)},
                           {"reason", core::toString(row.blockedAt->reason)},
                           {"detail", row.blockedAt->detail},
                           {"fix", row.blockedAt->fix}};
    return j;
}

std::string rowText(const core::MatrixRow &row)
{
    if (!row.blockedAt)
        return std::string(core::toString(row.verdict));
    return std::string(core::toString(row.verdict)) + " ("
           + std::string(core::toString(row.blockedAt->reason)) + " at "
           + row.blockedAt->resource + ", "
           + std::string(core::toString(row.blockedAt->direction)) + ")";
}

void printDiff(const core::FlowDiff &diff, bool json)
{
    std::map<std::string, size_t> counts;
    for (const auto &c : diff.changes)
        ++counts[std::string(core::toString(c.kind))];
    if (json) {
        nlohmann::json j = {{"flows", diff.flows}, {"summary", counts},
                            {"changes", nlohmann::json::array()}};
        for (const auto &c : diff.changes)
            j["changes"].push_back({{"change", core::toString(c.kind)},
                                    {"from", c.before.from},
                                    {"to", c.before.to},
                                    {"port", c.before.port},
                                    {"before", rowJson(c.before)},
                                    {"after", rowJson(c.after)}});
        std::cout << j.dump(2) << "\n";
        return;
    }
    for (const auto &c : diff.changes)
        std::cout << std::left << std::setw(14) << core::toString(c.kind) << "  " << c.before.from
                  << " -> " << c.before.to << ":" << c.before.port << "\n    before: "
                  << rowText(c.before) << "\n    after:  " << rowText(c.after) << "\n";
    std::cout << (diff.changes.empty() ? "" : "\n") << diff.flows << " flows compared, "
              << diff.changes.size() << " changed";
    for (const auto &[kind, n] : counts)
        std::cout << (kind == counts.begin()->first ? " (" : ", ") << kind << " " << n;
    std::cout << (counts.empty() ? "" : ")") << "\n";
}

int runDiff(const Args &args)
{
    if (args.positional.empty() || args.positional.size() > 2)
        return usageError("diff needs BEFORE and AFTER, or one Terraform plan");
    std::vector<uint16_t> ports;
    const auto portTexts = args.has("ports") ? args.list("ports")
                                             : std::vector<std::string>{"25", "465", "587",
                                                                        "2465", "2587"};
    for (const auto &p : portTexts) {
        const auto port = parsePort(p);
        if (!port)
            return usageError("--ports takes numbers from 1 to 65535, not \"" + p + "\"");
        ports.push_back(*port);
    }
    core::IacOptions options;
    if (const auto usage = readSourceOptions(args, options); !usage.empty())
        return usageError(usage);
    core::Design before, after;
    if (args.positional.size() == 1) {
        bool isPlan = false;
        if (!loadPlanSides(args.positional[0], options, before, after, isPlan))
            return ExitUsage;
        if (!isPlan)
            return usageError(args.positional[0] + ": diff with one SOURCE needs a Terraform "
                                                   "plan (terraform show -json PLANFILE)");
    } else if (!loadSide(args.positional[0], options, before)
               || !loadSide(args.positional[1], options, after)) {
        return ExitUsage;
    }
    const auto diff = core::diffFlows(before, after, args.list("from"), args.list("to"), ports);
    printDiff(diff, args.has("json"));
    return diff.breaksDelivery() ? ExitDiffers : ExitOk;
}

const bool registered = registerCommand(
    {"diff",
     "diff    BEFORE [AFTER] [--from EP]... [--to EP]... [--ports 25,465,587,2465,2587] [--json]"
        ,
     withSourceOptions({"from", "to", "ports"}),
     runDiff,
     {"json"}});

} // namespace
} // namespace mailpath::cli
