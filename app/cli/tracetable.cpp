#include "tracetable.h"

#include "app/base/reasontext.h"

#include <algorithm>
#include <iomanip>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

namespace mailpath::cli {

namespace {

std::string headerText(const core::Header &h)
{
    return h.srcText() + " -> " + h.dstText();
}

/** A label of the table in the output's language (English unless --lang / LANG says ja). */
std::string tx(const char *source)
{
    // lupdate reads tx() as QT_TR_NOOP: the context is this namespace.
    return app::translateText("mailpath::cli", source).toStdString();
}

/** Terminal columns of UTF-8 text: CJK and full-width forms take two. */
size_t displayWidth(std::string_view text)
{
    size_t width = 0;
    for (const QChar c : QString::fromUtf8(text.data(), qsizetype(text.size()))) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        width += (u >= 0x2e80 && u <= 0x9fff) || (u >= 0xac00 && u <= 0xd7a3)
                         || (u >= 0xf900 && u <= 0xfaff) || (u >= 0xff01 && u <= 0xff60)
                     ? 2
                     : 1;
    }
    return width;
}

std::string padded(const std::string &text, size_t width)
{
    const size_t used = displayWidth(text);
    return used >= width ? text : text + std::string(width - used, ' ');
}

void printHops(std::ostream &out, const char *title, const std::vector<core::Hop> &hops)
{
    if (hops.empty())
        return;
    size_t wRes = 9, wKind = 4, wAct = 6, wRule = 4, wIn = 6;
    for (const auto &h : hops) {
        wRes = std::max(wRes, h.resource.size());
        wKind = std::max(wKind, core::kindName(h.kind).size());
        wAct = std::max(wAct, core::actionText(h.action).size() + (h.assumed ? 1 : 0));
        wRule = std::min<size_t>(48, std::max(wRule, h.rule.size()));
        wIn = std::max(wIn, headerText(h.in).size());
    }
    const std::string component = tx("component"), kind = tx("kind"), action = tx("action"),
                      ruleLabel = tx("rule"), headerIn = tx("header in");
    wRes = std::max(wRes, displayWidth(component));
    wKind = std::max(wKind, displayWidth(kind));
    wAct = std::max(wAct, displayWidth(action));
    wRule = std::max(wRule, displayWidth(ruleLabel));
    wIn = std::max(wIn, displayWidth(headerIn));
    out << title << "\n";
    out << "  #  " << padded(component, wRes) << "  " << padded(kind, wKind) << "  "
        << padded(action, wAct) << "  " << padded(ruleLabel, wRule) << "  " << padded(headerIn, wIn)
        << "  " << tx("header out") << "\n";
    int n = 0;
    for (const auto &h : hops) {
        const std::string in = headerText(h.in);
        const std::string outText = h.out == h.in ? std::string("=") : headerText(h.out);
        std::string rule = h.rule.size() > wRule ? h.rule.substr(0, wRule - 1) + "~" : h.rule;
        const bool deny = h.action == core::HopAction::Deny;
        const std::string action = std::string(deny ? "DENY" : core::actionText(h.action))
                                   + (h.assumed ? "*" : "");
        out << std::right << std::setw(3) << ++n << "  " << std::left << std::setw(int(wRes))
            << h.resource << "  " << std::setw(int(wKind)) << core::kindName(h.kind) << "  "
            << std::setw(int(wAct)) << action << "  "
            << std::setw(int(wRule)) << rule << "  " << std::setw(int(wIn)) << in << "  " << outText
            << "\n";
        if (!h.note.empty() && !deny)
            out << "     " << std::string(wRes, ' ') << "  " << tx("note: ")
                << app::noteText(h).toStdString() << "\n";
    }
    out << "\n";
}

} // namespace

void printTrace(std::ostream &out, const core::Trace &trace)
{
    const auto &q = trace.query;
    out << q.from << " -> " << q.to << "  TCP " << q.port << "\n";
    if (q.hasEnvelope())
        out << tx("envelope: ") << "MAIL FROM " << (q.mailFrom.empty() ? "-" : q.mailFrom)
            << ", RCPT TO " << (q.rcptTo.empty() ? "-" : q.rcptTo) << "\n";
    if (trace.delivered()) {
        out << tx("verdict: DELIVERED (the connection and its replies get through)") << "\n\n";
    } else if (trace.blockedAt) {
        const auto &b = *trace.blockedAt;
        const bool forward = b.direction == core::Direction::Forward;
        out << (forward ? tx("verdict: BLOCKED in the forward direction")
                        : tx("verdict: BLOCKED in the return direction")) << "\n"
            << tx("  at:     ") << b.resource << " (" << core::kindName(b.kind) << ")\n"
            << tx("  reason: ") << core::toString(b.reason) << "\n"
            << tx("  detail: ") << app::detailText(b).toStdString() << "\n"
            << tx("  fix:    ") << app::fixText(b).toStdString() << "\n\n";
        for (const auto &a : trace.alsoBlocked)
            out << (a.direction == core::Direction::Forward
                        ? tx("also blocked (walked on as if the first had passed), forward:")
                        : tx("also blocked (walked on as if the first had passed), return:"))
                << "\n"
                << tx("  at:     ") << a.resource << " (" << core::kindName(a.kind) << ")\n"
                << tx("  reason: ") << core::toString(a.reason) << "\n"
                << tx("  detail: ") << app::detailText(a).toStdString() << "\n"
                << tx("  fix:    ") << app::fixText(a).toStdString() << "\n\n";
    }
    printHops(out, tx("FORWARD").c_str(), trace.forward);
    printHops(out, tx("RETURN").c_str(), trace.reply);
    const auto assumed = [](const core::Hop &h) { return h.assumed; };
    if (std::any_of(trace.forward.begin(), trace.forward.end(), assumed)
        || std::any_of(trace.reply.begin(), trace.reply.end(), assumed))
        out << tx("*: walked as if the first block had passed") << "\n";
    for (const auto &w : app::warningTexts(trace))
        out << tx("warning: ") << w.toStdString() << "\n";
    for (const auto &n : app::noteTexts(trace))
        out << tx("note: ") << n.toStdString() << "\n";
}

} // namespace mailpath::cli
