#include "designchecks.h"

#include "../sim/sesdns.h"

#include "../sim/simulator.h"
#include "../sim/reasontexts.h"
#include "../sim/trace.h"

#include <algorithm>

namespace mailpath::core {

namespace {

bool possiblePrefix(const Cidr &cidr)
{
    return cidr.prefixLength() >= minVpcPrefix && cidr.prefixLength() <= maxVpcPrefix;
}

std::string allowed()
{
    return "AWS allows /" + std::to_string(minVpcPrefix) + " to /" + std::to_string(maxVpcPrefix)
           + "; flows through it are not trusted";
}

/** Calls fault(id, message) for each impossible VPC or subnet block. */
template<typename Fault>
void forEachFault(const Design &design, Fault fault)
{
    for (const auto &[id, vpc] : design.all<Vpc>())
        for (const auto &cidr : vpc.cidrs)
            if (!possiblePrefix(cidr))
                fault(id, "VPC " + id + " has the block " + cidr.toString()
                              + ", which AWS cannot create: " + allowed());
    for (const auto &[id, subnet] : design.all<Subnet>()) {
        if (!possiblePrefix(subnet.cidr)) {
            fault(id, "subnet " + id + " has the block " + subnet.cidr.toString()
                          + ", which AWS cannot create: " + allowed());
            continue;
        }
        const Vpc *vpc = design.find<Vpc>(subnet.vpcId);
        if (!vpc || vpc->cidrs.empty())
            continue;
        const bool inside = std::any_of(vpc->cidrs.begin(), vpc->cidrs.end(),
                                        [&](const Cidr &c) { return c.contains(subnet.cidr); });
        if (!inside)
            fault(id, "subnet " + id + " (" + subnet.cidr.toString()
                          + ") lies outside every block of its VPC " + vpc->id
                          + "; flows through it are not trusted");
    }
}

} // namespace

Diagnostics checkAddressing(const Design &design)
{
    Diagnostics found;
    forEachFault(design, [&](const std::string &id, std::string message) {
        found.push_back({Severity::Error, {}, id, std::move(message)});
    });
    return found;
}

Diagnostics checkFlowEndpoints(const Design &design)
{
    Diagnostics found;
    if (design.flows().empty())
        return found;
    const Simulator simulator(design);
    for (const auto &flow : design.flows()) {
        Query query;
        query.from = flow.from;
        query.to = flow.to;
        query.port = flow.port;
        const Trace trace = simulator.trace(query, TraceOptions{false});
        if (!trace.blockedAt || trace.blockedAt->reason != ReasonCode::UnknownEndpoint)
            continue;
        const std::string name = flow.name.empty() ? flow.id : flow.name;
        found.push_back({Severity::Warning, {}, flow.id,
                         "flow \"" + name + "\": its end \"" + trace.blockedAt->resource
                             + "\" names nothing in the design (deleted?); the flow cannot run"});
    }
    return found;
}

Diagnostics checkSesDns(const Design &design)
{
    Diagnostics found;
    for (const auto &check : dnsChecks(design)) {
        if (check.state == DnsCheckState::Ok)
            continue;
        Diagnostic d;
        d.severity = check.state == DnsCheckState::NotChecked ? Severity::Info : Severity::Warning;
        d.resource = check.sesId;
        d.message = "SES identity " + check.identity + ": " + check.message;
        if (check.state != DnsCheckState::NotChecked)
            d.message += "; add " + check.expected.type + " " + check.expected.name + " "
                         + check.expected.values.front();
        found.push_back(std::move(d));
    }
    return found;
}

std::set<std::string> untrustedResources(const Design &design)
{
    std::set<std::string> faulty;
    forEachFault(design, [&](const std::string &id, const std::string &) { faulty.insert(id); });
    std::set<std::string> result = faulty;
    for (const auto &id : faulty)
        for (auto &inside : design.descendantsOf(id))
            result.insert(std::move(inside));
    return result;
}

void noteUntrusted(Trace &trace, const std::set<std::string> &untrusted)
{
    if (untrusted.empty())
        return;
    for (const auto *hops : {&trace.forward, &trace.reply})
        for (const auto &hop : *hops)
            if (untrusted.count(hop.resource)) {
                trace.addNote({texts::untrustedPath, {hop.resource}});
                return;
            }
}

} // namespace mailpath::core
