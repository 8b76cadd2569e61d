// mailpath-cli dns SOURCE [--as route53|terraform|cloudformation] [--json]: the DNS records
// the SES identities of a source need (core/sim/sesdns.h), as a list or ready to apply.
// Exit 1 when a record is missing or wrong, as `check` does for a blocked flow.

#include "cli.h"

#include "app/base/reasontext.h"
#include "core/sim/sesdns.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <iomanip>
#include <iostream>
#include <map>

namespace mailpath::cli {

namespace {

using core::DnsCheck;
using core::DnsCheckState;

bool needsRecord(const DnsCheck &check)
{
    return check.state == DnsCheckState::Missing || check.state == DnsCheckState::Wrong;
}

std::string recordText(const core::DnsRecord &r)
{
    std::string values;
    for (const auto &v : r.values)
        values += (values.empty() ? "" : " | ") + v;
    return r.type + " " + r.name + " " + values;
}

nlohmann::ordered_json checksJson(const std::vector<DnsCheck> &checks)
{
    auto list = nlohmann::ordered_json::array();
    for (const auto &c : checks)
        list.push_back({{"ses", c.sesId},
                        {"identity", c.identity},
                        {"check", c.check},
                        {"state", std::string(core::toString(c.state))},
                        {"message", c.message},
                        {"record", {{"name", c.expected.name},
                                    {"type", c.expected.type},
                                    {"ttl", c.expected.ttl},
                                    {"values", c.expected.values}}},
                        {"zone", c.zoneId}});
    return list;
}

void printList(const std::vector<DnsCheck> &checks)
{
    size_t width = 8;
    for (const auto &c : checks)
        width = std::max(width, c.identity.size());
    std::cout << std::left << std::setw(int(width)) << "IDENTITY" << "  " << std::setw(12)
              << "CHECK" << "  " << std::setw(11) << "STATE" << "  " << "RECORD\n";
    for (const auto &c : checks)
        std::cout << std::setw(int(width)) << c.identity << "  " << std::setw(12) << c.check
                  << "  " << std::setw(11) << core::toString(c.state) << "  "
                  << recordText(c.expected) << "\n"
                  << std::string(width + 2, ' ') << app::localized(c.text, c.message).toStdString()
                  << "\n";
}

/** One change batch per hosted zone: what `aws route53 change-resource-record-sets` takes. */
void printRoute53(const std::vector<const DnsCheck *> &records)
{
    std::map<std::string, nlohmann::ordered_json> batches;
    for (const auto *c : records) {
        auto one = nlohmann::ordered_json::parse(core::route53ChangeBatch(*c));
        auto &batch = batches[c->zoneId];
        if (batch.is_null())
            batch = {{"Changes", nlohmann::ordered_json::array()}};
        batch["Changes"].push_back(one["Changes"][0]);
    }
    for (const auto &[zone, batch] : batches)
        std::cout << "# aws route53 change-resource-record-sets --hosted-zone-id "
                  << (zone.empty() ? "<zone id>" : zone) << " --change-batch file://batch.json\n"
                  << batch.dump(2) << "\n";
}

void printCloudFormation(const std::vector<const DnsCheck *> &records)
{
    std::cout << "Resources:\n";
    for (const auto *c : records) {
        std::string logical;
        bool upper = true;
        for (const char ch : core::recordLabel(c->expected)) {
            if (ch == '_') {
                upper = true;
                continue;
            }
            logical += upper ? char(std::toupper(static_cast<unsigned char>(ch))) : ch;
            upper = false;
        }
        std::cout << "  " << logical << ":\n";
        const std::string body = core::cloudFormationRecord(*c);
        size_t start = 0;
        while (start < body.size()) {
            const size_t end = body.find('\n', start);
            std::cout << "    " << body.substr(start, end - start) << "\n";
            start = end == std::string::npos ? body.size() : end + 1;
        }
    }
}

int runDns(const Args &args)
{
    if (args.positional.size() != 1)
        return usageError("dns needs exactly one SOURCE (see --help)");
    const std::string as = args.value("as").value_or("");
    if (!as.empty() && as != "route53" && as != "terraform" && as != "cloudformation")
        return usageError("--as takes route53, terraform or cloudformation, not \"" + as + "\"");
    core::Design design;
    core::Diagnostics diagnostics;
    if (!loadSourceOrReport(args.positional.front(), design, diagnostics, args))
        return ExitUsage;
    const auto checks = core::dnsChecks(design);
    std::vector<const DnsCheck *> records;
    for (const auto &c : checks)
        if (needsRecord(c))
            records.push_back(&c);
    if (args.has("json"))
        std::cout << checksJson(checks).dump(2, ' ', false,
                                             nlohmann::json::error_handler_t::replace)
                  << "\n";
    else if (as == "route53")
        printRoute53(records);
    else if (as == "terraform")
        for (const auto *c : records)
            std::cout << core::terraformRecord(*c) << "\n";
    else if (as == "cloudformation")
        printCloudFormation(records);
    else if (checks.empty())
        std::cout << "no domain identity in the source: no DNS record to check\n";
    else {
        printList(checks);
        std::cout << "\n" << records.size()
                  << " record(s) to add or correct; --as route53|terraform|cloudformation "
                     "prints them ready to apply\n";
    }
    return records.empty() ? ExitOk : ExitDiffers;
}

const bool registered = registerCommand(
    {"dns", "dns     SOURCE [--as route53|terraform|cloudformation] [--json]   DNS records the "
            "SES identities need",
     withSourceOptions({"as"}), runDns, {"json"}});

} // namespace

} // namespace mailpath::cli
