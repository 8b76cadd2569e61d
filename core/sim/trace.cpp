#include "trace.h"

#include "../model/flow.h"

#include <nlohmann/json.hpp>

namespace mailpath::core {

std::string_view toString(Verdict verdict)
{
    return verdict == Verdict::Delivered ? "delivered" : "blocked";
}

std::string_view toString(Direction direction)
{
    return direction == Direction::Forward ? "forward" : "return";
}

std::string_view actionText(HopAction action)
{
    switch (action) {
    case HopAction::Send: return "send";
    case HopAction::Allow: return "allow";
    case HopAction::Forward: return "forward";
    case HopAction::Snat: return "snat";
    case HopAction::Dnat: return "dnat";
    case HopAction::SnatDnat: return "snat+dnat";
    case HopAction::UnSnat: return "un-snat";
    case HopAction::UnDnat: return "un-dnat";
    case HopAction::UnNat: return "un-nat";
    case HopAction::Appliance: return "appliance";
    case HopAction::Deliver: return "deliver";
    case HopAction::Deny: return "deny";
    }
    return "forward";
}

std::string Header::srcText() const
{
    return ipv4Text(src) + ':' + (srcPorts.isSingle() ? std::to_string(srcPorts.lo)
                                                        : std::to_string(srcPorts.lo) + '-'
                                                              + std::to_string(srcPorts.hi));
}

std::string Header::dstText() const
{
    return ipv4Text(dst) + ':' + (dstPorts.isSingle() ? std::to_string(dstPorts.lo)
                                                        : std::to_string(dstPorts.lo) + '-'
                                                              + std::to_string(dstPorts.hi));
}

void BlockedAt::setTexts(Message detailText, Message fixText)
{
    detail = englishText(detailText);
    fix = englishText(fixText);
    detailMessage = std::move(detailText);
    fixMessage = std::move(fixText);
}

void Trace::addWarning(Message message)
{
    warnings.push_back(englishText(message));
    warningMessages.push_back(std::move(message));
}

void Trace::addNote(Message message)
{
    notes.push_back(englishText(message));
    noteMessages.push_back(std::move(message));
}

namespace {
nlohmann::json hopToJson(const Hop &hop)
{
    nlohmann::json j;
    j["resource"] = hop.resource;
    j["kind"] = kindName(hop.kind);
    j["action"] = actionText(hop.action);
    if (!hop.rule.empty())
        j["rule"] = hop.rule;
    j["in"] = {{"src", hop.in.srcText()}, {"dst", hop.in.dstText()}};
    j["out"] = {{"src", hop.out.srcText()}, {"dst", hop.out.dstText()}};
    if (!hop.note.empty())
        j["note"] = hop.note;
    if (hop.assumed)
        j["assumed"] = true;
    return j;
}

nlohmann::json blockedToJson(const BlockedAt &b)
{
    return {{"resource", b.resource}, {"kind", kindName(b.kind)},
            {"direction", toString(b.direction)}, {"reason", toString(b.reason)},
            {"detail", b.detail}, {"fix", b.fix}};
}
} // namespace

Query flowQuery(const ExpectedFlow &flow)
{
    Query query;
    query.from = flow.from;
    query.to = flow.to;
    query.port = flow.port;
    query.mailFrom = flow.mailFrom;
    query.rcptTo = flow.rcptTo;
    return query;
}

nlohmann::json traceToJson(const Trace &trace)
{
    nlohmann::json j;
    j["verdict"] = toString(trace.verdict);
    j["query"] = {{"from", trace.query.from}, {"to", trace.query.to}, {"port", trace.query.port},
                  {"protocol", "tcp"}};
    if (!trace.query.mailFrom.empty())
        j["query"]["mail_from"] = trace.query.mailFrom;
    if (!trace.query.rcptTo.empty())
        j["query"]["rcpt_to"] = trace.query.rcptTo;
    j["forward"] = nlohmann::json::array();
    for (const auto &hop : trace.forward)
        j["forward"].push_back(hopToJson(hop));
    j["return"] = nlohmann::json::array();
    for (const auto &hop : trace.reply)
        j["return"].push_back(hopToJson(hop));
    j["blocked_at"] = trace.blockedAt ? blockedToJson(*trace.blockedAt) : nlohmann::json();
    j["also_blocked"] = nlohmann::json::array();
    for (const auto &b : trace.alsoBlocked)
        j["also_blocked"].push_back(blockedToJson(b));
    j["warnings"] = trace.warnings;
    j["notes"] = trace.notes;
    return j;
}

} // namespace mailpath::core
