#include "nfwpolicy.h"

#include <algorithm>
#include <charconv>
#include <sstream>

namespace mailpath::core {

namespace {

std::string upper(std::string s)
{
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return char(toupper(c)); });
    return s;
}

std::string trim(std::string_view s)
{
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return std::string(s);
}

/** Splits "[a,b]" into items; a single item otherwise. */
std::vector<std::string> items(std::string_view text)
{
    std::string t = trim(text);
    if (t.size() >= 2 && t.front() == '[' && t.back() == ']')
        t = t.substr(1, t.size() - 2);
    std::vector<std::string> out;
    std::stringstream in(t);
    for (std::string item; std::getline(in, item, ',');)
        out.push_back(trim(item));
    return out;
}

bool inHomeNet(Ipv4 ip, const std::vector<Cidr> &homeNet)
{
    return std::any_of(homeNet.begin(), homeNet.end(), [&](const Cidr &c) { return c.contains(ip); });
}

/** An address spec: ANY, $HOME_NET, $EXTERNAL_NET, a CIDR, a list, each optionally negated. */
bool addressMatches(std::string_view spec, Ipv4 ip, const std::vector<Cidr> &homeNet)
{
    bool any = false;
    for (auto item : items(spec)) {
        const bool negate = !item.empty() && item.front() == '!';
        if (negate)
            item = item.substr(1);
        const std::string u = upper(item);
        bool hit = false;
        if (u == "ANY" || u == "$ANY")
            hit = true;
        else if (u == "$HOME_NET")
            hit = inHomeNet(ip, homeNet);
        else if (u == "$EXTERNAL_NET")
            hit = !inHomeNet(ip, homeNet);
        else if (auto c = Cidr::parse(item))
            hit = c->contains(ip);
        else if (auto one = Cidr::parse(item + "/32"))
            hit = one->contains(ip);
        if (hit != negate)
            any = true;
    }
    return any;
}

/** A port spec: ANY, "587", "1024:65535", a list. Matches when it overlaps the range. */
bool portMatches(std::string_view spec, PortRange ports)
{
    for (auto item : items(spec)) {
        const std::string u = upper(item);
        if (u == "ANY" || u == "$ANY")
            return true;
        int lo = 0, hi = 65535;
        const auto colon = item.find(':');
        const std::string a = item.substr(0, colon);
        const std::string b = colon == std::string::npos ? a : item.substr(colon + 1);
        if (!a.empty())
            std::from_chars(a.data(), a.data() + a.size(), lo);
        if (!b.empty())
            std::from_chars(b.data(), b.data() + b.size(), hi);
        if (lo <= ports.hi && hi >= ports.lo)
            return true;
    }
    return false;
}

/**
 * The layers of an SMTP connection the stateful engine meets in turn (R15.11, R15.13): the TCP
 * handshake, the plaintext SMTP dialogue (25/587/2587, before any STARTTLS) and the TLS
 * ClientHello (465 at once, otherwise after "220 Ready to start TLS").
 */
enum class Phase { Handshake, Smtp, Tls };

std::vector<Phase> phasesOf(const NfwFlow &f)
{
    std::vector<Phase> out{Phase::Handshake};
    if (!f.implicitTls)
        out.push_back(Phase::Smtp);
    if (f.implicitTls || f.startTls)
        out.push_back(Phase::Tls);
    return out;
}

struct Rule
{
    NfwStatefulRule header;
    std::string sni; //!< Suricata tls.sni content; empty: none
    std::string text;
};

/** The layer where a rule first can match: IP/TCP at the handshake, app-layer rules later. */
std::optional<Phase> phaseOf(const Rule &r)
{
    const std::string p = upper(r.header.protocol);
    if (!r.sni.empty() || p == "TLS")
        return Phase::Tls;
    if (p == "SMTP")
        return Phase::Smtp;
    if (p == "IP" || p == "TCP")
        return Phase::Handshake;
    return std::nullopt;
}

bool ruleMatches(const Rule &r, const NfwFlow &f, const std::vector<Cidr> &homeNet)
{
    if (!r.sni.empty() && f.sni != r.sni)
        return false;
    const auto oneWay = [&](Ipv4 s, PortRange sp, Ipv4 d, PortRange dp) {
        return addressMatches(r.header.source, s, homeNet) && portMatches(r.header.sourcePort, sp)
               && addressMatches(r.header.destination, d, homeNet)
               && portMatches(r.header.destinationPort, dp);
    };
    const auto dport = PortRange::single(f.dstPort);
    if (oneWay(f.src, f.srcPorts, f.dst, dport))
        return true;
    return upper(r.header.direction) == "ANY" && oneWay(f.dst, dport, f.src, f.srcPorts);
}

} // namespace

std::string statefulRuleText(const NfwStatefulRule &h)
{
    return h.action + " " + h.protocol + " " + h.source + " " + h.sourcePort
           + (upper(h.direction) == "ANY" ? " <> " : " -> ") + h.destination + " "
           + h.destinationPort + (h.sid.empty() ? "" : " (sid " + h.sid + ")");
}

std::optional<NfwStatefulRule> parseStatefulRule(std::string_view text, std::string *why)
{
    std::stringstream in{std::string(text)};
    std::string action, proto, src, sport, dir, dst, dport, rest;
    in >> action >> proto >> src >> sport >> dir >> dst >> dport;
    std::getline(in, rest);
    const std::string a = upper(action);
    const std::string p = upper(proto);
    const auto fail = [&](std::string message) -> std::optional<NfwStatefulRule> {
        if (why)
            *why = std::move(message);
        return std::nullopt;
    };
    if (a != "PASS" && a != "DROP" && a != "REJECT" && a != "ALERT")
        return fail("the action must be PASS, DROP, REJECT or ALERT");
    if (p != "TCP" && p != "IP" && p != "TLS" && p != "SMTP" && p != "UDP" && p != "HTTP")
        return fail("the protocol must be TCP, IP, TLS, SMTP, UDP or HTTP");
    if (dport.empty() || (dir != "->" && dir != "<>"))
        return fail("write ACTION PROTOCOL SOURCE PORT -> DESTINATION PORT");
    NfwStatefulRule r{a, p, src, sport, dir == "<>" ? "ANY" : "FORWARD", dst, dport, {}};
    rest = trim(rest);
    if (rest.starts_with("(sid ") && rest.ends_with(")"))
        r.sid = trim(rest.substr(5, rest.size() - 6));
    else if (!rest.empty())
        return fail("unexpected \"" + rest + "\" after the destination port");
    return r;
}

namespace {

/** One Suricata rule in a simple form; false (and a warning) for what we cannot evaluate. */
bool parseSuricata(const std::string &line, Rule &rule, std::string &warning)
{
    const auto open = line.find('(');
    std::stringstream head(line.substr(0, open));
    std::string action, proto, src, sport, dir, dst, dport;
    head >> action >> proto >> src >> sport >> dir >> dst >> dport;
    const std::string a = upper(action);
    if (dport.empty() || (dir != "->" && dir != "<>")
        || (a != "PASS" && a != "DROP" && a != "REJECT" && a != "ALERT")) {
        warning = "cannot read the Suricata rule \"" + line + "\"";
        return false;
    }
    rule.header = {a, upper(proto), src, sport, dir == "<>" ? "ANY" : "FORWARD", dst, dport, {}};
    rule.text = line;
    std::string options = open == std::string::npos ? "" : line.substr(open + 1);
    if (const auto close = options.rfind(')'); close != std::string::npos)
        options.resize(close);
    bool sniNext = false;
    std::stringstream in(options);
    for (std::string opt; std::getline(in, opt, ';');) {
        opt = trim(opt);
        const auto colon = opt.find(':');
        const std::string key = opt.substr(0, colon);
        std::string value = colon == std::string::npos ? "" : trim(opt.substr(colon + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"')
            value = value.substr(1, value.size() - 2);
        if (key.empty() || key == "msg" || key == "rev" || key == "flow" || key == "nocase"
            || key == "endswith")
            continue;
        if (key == "sid")
            rule.header.sid = value;
        else if (key == "tls.sni" || key == "tls_sni")
            sniNext = true;
        else if (key == "content" && sniNext)
            rule.sni = value;
        else {
            warning = "Suricata option \"" + key + "\" is not evaluated: rule \"" + line
                      + "\" was skipped";
            return false;
        }
    }
    return true;
}

std::vector<Rule> statefulRules(const NfwRuleGroup &g, std::vector<std::string> &warnings)
{
    std::vector<Rule> rules;
    for (const auto &h : g.statefulRules)
        rules.push_back({h, {}, statefulRuleText(h)});
    std::stringstream in(g.rulesString);
    for (std::string line; std::getline(in, line);) {
        line = trim(line);
        if (line.empty() || line.front() == '#')
            continue;
        Rule r;
        std::string warning;
        if (parseSuricata(line, r, warning))
            rules.push_back(std::move(r));
        else
            warnings.push_back(g.name + ": " + warning);
    }
    return rules;
}

bool domainListed(const std::vector<std::string> &domains, const std::string &sni)
{
    for (const auto &d : domains) {
        if (d == sni)
            return true;
        if (!d.empty() && d.front() == '.' && (sni.ends_with(d) || sni == d.substr(1)))
            return true;
    }
    return false;
}

/** A domain list's decision for this flow; empty when it does not apply. */
std::optional<NfwVerdict> domainVerdict(const NfwRuleGroup &g, const NfwFlow &f,
                                        const std::vector<Cidr> &homeNet)
{
    const bool sniList = std::find(g.domainTargetTypes.begin(), g.domainTargetTypes.end(),
                                   "TLS_SNI") != g.domainTargetTypes.end();
    if (g.domains.empty() || !sniList || !(f.implicitTls || f.startTls))
        return std::nullopt;
    if (!inHomeNet(f.src, homeNet))
        return NfwVerdict{true, true, g.name, "", "", {g.name + ": the source is outside HOME_NET, "
                                                  "so the domain list does not inspect it"}};
    const bool listed = !f.sni.empty() && domainListed(g.domains, f.sni);
    const std::string type = upper(g.domainListType);
    const bool drop = type == "ALLOWLIST" ? !listed : (type != "ALERTLIST" && listed);
    if (!drop)
        return type == "ALLOWLIST" ? std::optional(NfwVerdict{true, true, g.name, "allow list",
                                                              "the server name is listed", {}})
                                   : std::nullopt;
    const std::string sni = f.sni.empty() ? "no server name (SNI)" : "SNI " + f.sni;
    const std::string when = f.implicitTls ? "in the TLS ClientHello"
                                           : "after STARTTLS (the client stalls after \"220 Ready "
                                             "to start TLS\")";
    return NfwVerdict{false, true, g.name, type == "ALLOWLIST" ? "allow list" : "deny list",
                      sni + " " + when, {}};
}

std::vector<const NfwRuleGroup *> groupsOf(const NetworkFirewall &fw, std::string_view type)
{
    std::vector<const NfwRuleGroup *> out;
    for (const auto &g : fw.ruleGroups)
        if (upper(g.type) == type)
            out.push_back(&g);
    std::stable_sort(out.begin(), out.end(),
                     [](const auto *a, const auto *b) { return a->priority < b->priority; });
    return out;
}

using Matched = std::vector<std::pair<const NfwRuleGroup *, Rule>>;

/** Every rule of the policy that matches the flow, in strict order, with the layer it acts on. */
std::vector<std::pair<Phase, Matched::value_type>> matchingRules(const NetworkFirewall &fw,
                                                                 const std::vector<Cidr> &homeNet,
                                                                 const NfwFlow &f,
                                                                 NfwVerdict &v)
{
    std::vector<std::pair<Phase, Matched::value_type>> out;
    for (const auto *g : groupsOf(fw, "STATEFUL")) {
        if (auto d = domainVerdict(*g, f, homeNet)) {
            v.warnings.insert(v.warnings.end(), d->warnings.begin(), d->warnings.end());
            if (!d->rule.empty()) {
                NfwStatefulRule h{d->pass ? "PASS" : "DROP", "TLS", "ANY", "ANY", "FORWARD", "ANY",
                                  "ANY", {}};
                out.push_back({Phase::Tls, {g, Rule{h, {}, d->rule + ": " + d->why}}});
            }
        }
        for (auto &r : statefulRules(*g, v.warnings))
            if (const auto phase = phaseOf(r); phase && ruleMatches(r, f, homeNet))
                out.push_back({*phase, {g, std::move(r)}});
    }
    return out;
}

/** The rule that decides one layer: first match (strict) or pass, drop, reject (default). */
const Matched::value_type *decidingRule(const Matched &matched, bool strict)
{
    if (strict) {
        for (const auto &m : matched)
            if (m.second.header.action != "ALERT")
                return &m;
        return nullptr;
    }
    for (const char *action : {"PASS", "DROP", "REJECT"})
        for (const auto &m : matched)
            if (m.second.header.action == action)
                return &m;
    return nullptr;
}

std::string phaseText(Phase phase)
{
    switch (phase) {
    case Phase::Handshake:
        return "the TCP handshake";
    case Phase::Smtp:
        return "the plaintext SMTP dialogue (before any STARTTLS)";
    case Phase::Tls:
        return "the TLS ClientHello";
    }
    return {};
}

/** STRICT_ORDER's default action for a layer no rule decided; empty: it passes. */
std::string strictDefault(const NetworkFirewall &fw, Phase phase)
{
    for (const auto &a : fw.statefulDefaultActions)
        if (a == "aws:drop_strict" || (a == "aws:drop_established" && phase != Phase::Handshake))
            return a;
    return {};
}

NfwVerdict statefulEngine(const NetworkFirewall &fw, const std::vector<Cidr> &homeNet,
                          const NfwFlow &f)
{
    NfwVerdict v;
    v.stateful = true;
    const bool strict = upper(fw.ruleOrder) == "STRICT_ORDER";
    const auto all = matchingRules(fw, homeNet, f, v);
    // Layer by layer: a PASS passes the whole flow, a DROP or REJECT ends it (R15.10, R15.11).
    for (const Phase phase : phasesOf(f)) {
        Matched matched;
        for (const auto &[p, m] : all)
            if (p == phase)
                matched.push_back(m);
        if (const auto *d = decidingRule(matched, strict)) {
            v.pass = d->second.header.action == "PASS";
            v.group = d->first->name;
            v.rule = d->second.text;
            v.why = "rule group " + d->first->name + ": " + d->second.text
                    + (v.pass ? "" : " (at " + phaseText(phase) + ")");
            return v;
        }
        if (const auto a = strict ? strictDefault(fw, phase) : std::string(); !a.empty()) {
            v.pass = false;
            v.rule = a;
            v.why = "no stateful rule matches " + phaseText(phase)
                    + " and the stateful default action is " + a;
            return v;
        }
    }
    v.why = strict ? "no stateful rule matches: passed (strict order, no drop default)"
                   : "no stateful rule matches: passed";
    return v;
}

bool statelessMatches(const NfwStatelessRule &r, const NfwFlow &f)
{
    const auto anyCidr = [](const std::vector<Cidr> &list, Ipv4 ip) {
        return list.empty() || std::any_of(list.begin(), list.end(),
                                           [&](const Cidr &c) { return c.contains(ip); });
    };
    const auto anyPort = [](const std::vector<PortRange> &list, PortRange p) {
        return list.empty() || std::any_of(list.begin(), list.end(), [&](const PortRange &r) {
                   return r.lo <= p.hi && r.hi >= p.lo;
               });
    };
    const bool tcp = r.protocols.empty()
                     || std::find(r.protocols.begin(), r.protocols.end(), 6) != r.protocols.end();
    return tcp && anyCidr(r.sources, f.src) && anyCidr(r.destinations, f.dst)
           && anyPort(r.sourcePorts, f.srcPorts) && anyPort(r.destinationPorts,
                                                            PortRange::single(f.dstPort));
}

std::string statelessText(const NfwStatelessRule &r)
{
    return "priority " + std::to_string(r.priority) + " " + r.action;
}

} // namespace

NfwVerdict evaluateNfwStateless(const NetworkFirewall &fw, const NfwFlow &packet)
{
    for (const auto *g : groupsOf(fw, "STATELESS")) {
        auto rules = g->statelessRules;
        std::stable_sort(rules.begin(), rules.end(),
                         [](const auto &a, const auto &b) { return a.priority < b.priority; });
        for (const auto &r : rules) {
            if (!statelessMatches(r, packet))
                continue;
            NfwVerdict v{r.action != "aws:drop", r.action == "aws:forward_to_sfe", g->name,
                         statelessText(r), "stateless rule group " + g->name + ": "
                                               + statelessText(r), {}};
            return v;
        }
    }
    const std::string action = fw.statelessDefaultActions.empty()
                                   ? "aws:forward_to_sfe"
                                   : fw.statelessDefaultActions.front();
    return NfwVerdict{action != "aws:drop", action == "aws:forward_to_sfe", "", action,
                      "no stateless rule matches; the stateless default action is " + action, {}};
}

NfwVerdict evaluateNfwPolicy(const NetworkFirewall &fw, const std::vector<Cidr> &homeNet,
                             const NfwFlow &flow)
{
    auto stateless = evaluateNfwStateless(fw, flow);
    if (!stateless.pass || !stateless.stateful)
        return stateless;
    auto v = statefulEngine(fw, homeNet, flow);
    if (flow.implicitTls || flow.startTls)
        for (const auto *g : groupsOf(fw, "STATEFUL"))
            if (!g->domains.empty() && g->rulesString.empty() && g->statefulRules.empty()
                && !flow.implicitTls)
                v.warnings.push_back(g->name + ": a TLS_SNI list meets SMTP only after STARTTLS "
                                               "[U: modelled from Suricata, AWS is silent]");
    return v;
}

} // namespace mailpath::core
