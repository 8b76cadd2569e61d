#include "tracetable.h"

#include <algorithm>
#include <iomanip>
#include <ostream>
#include <string>
#include <vector>

namespace mailpath::cli {

namespace {

std::string headerText(const core::Header &h)
{
    return h.srcText() + " -> " + h.dstText();
}

void printHops(std::ostream &out, const char *title, const std::vector<core::Hop> &hops)
{
    if (hops.empty())
        return;
    size_t wRes = 9, wKind = 4, wAct = 6, wRule = 4, wIn = 6;
    for (const auto &h : hops) {
        wRes = std::max(wRes, h.resource.size());
        wKind = std::max(wKind, core::kindName(h.kind).size());
        wAct = std::max(wAct, core::actionText(h.action).size());
        wRule = std::min<size_t>(48, std::max(wRule, h.rule.size()));
        wIn = std::max(wIn, headerText(h.in).size());
    }
    out << title << "\n";
    out << "  #  " << std::left << std::setw(int(wRes)) << "component" << "  " << std::setw(int(wKind))
        << "kind" << "  " << std::setw(int(wAct)) << "action" << "  " << std::setw(int(wRule))
        << "rule" << "  " << std::setw(int(wIn)) << "header in" << "  header out\n";
    int n = 0;
    for (const auto &h : hops) {
        const std::string in = headerText(h.in);
        const std::string outText = h.out == h.in ? std::string("=") : headerText(h.out);
        std::string rule = h.rule.size() > wRule ? h.rule.substr(0, wRule - 1) + "~" : h.rule;
        const bool deny = h.action == core::HopAction::Deny;
        const std::string_view action = deny ? "DENY" : core::actionText(h.action);
        out << std::right << std::setw(3) << ++n << "  " << std::left << std::setw(int(wRes))
            << h.resource << "  " << std::setw(int(wKind)) << core::kindName(h.kind) << "  "
            << std::setw(int(wAct)) << action << "  "
            << std::setw(int(wRule)) << rule << "  " << std::setw(int(wIn)) << in << "  " << outText
            << "\n";
        if (!h.note.empty() && !deny)
            out << "     " << std::string(wRes, ' ') << "  note: " << h.note << "\n";
    }
    out << "\n";
}

} // namespace

void printTrace(std::ostream &out, const core::Trace &trace)
{
    const auto &q = trace.query;
    out << q.from << " -> " << q.to << "  TCP " << q.port << "\n";
    if (q.hasEnvelope())
        out << "envelope: MAIL FROM " << (q.mailFrom.empty() ? "-" : q.mailFrom) << ", RCPT TO "
            << (q.rcptTo.empty() ? "-" : q.rcptTo) << "\n";
    if (trace.delivered()) {
        out << "verdict: DELIVERED (the connection and its replies get through)\n\n";
    } else if (trace.blockedAt) {
        const auto &b = *trace.blockedAt;
        out << "verdict: BLOCKED in the " << core::toString(b.direction) << " direction\n"
            << "  at:     " << b.resource << " (" << core::kindName(b.kind) << ")\n"
            << "  reason: " << core::toString(b.reason) << "\n"
            << "  detail: " << b.detail << "\n"
            << "  fix:    " << b.fix << "\n\n";
    }
    printHops(out, "FORWARD", trace.forward);
    printHops(out, "RETURN", trace.reply);
    for (const auto &w : trace.warnings)
        out << "warning: " << w << "\n";
    for (const auto &n : trace.notes)
        out << "note: " << n << "\n";
}

} // namespace mailpath::cli
