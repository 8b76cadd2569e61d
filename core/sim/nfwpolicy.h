#pragma once

// AWS Network Firewall policy evaluation (AWS-SEMANTICS-2 R15): the stateless engine, then the
// stateful engine under DEFAULT_ACTION_ORDER or STRICT_ORDER, domain lists and the simple forms
// of Suricata rules. Pure: a packet in, a verdict out.

#include "core/model/networkfirewall.h"

#include <optional>
#include <string>
#include <vector>

namespace mailpath::core {

/** What the firewall sees of one SMTP connection. */
struct NfwFlow
{
    Ipv4 src;
    PortRange srcPorts;
    Ipv4 dst;
    uint16_t dstPort = 587;
    bool implicitTls = false; //!< 465: the first payload is a TLS ClientHello
    bool startTls = true;     //!< 25/587: plaintext SMTP, then TLS after "220 Ready to start TLS"
    std::string sni;          //!< the server name the client presents; empty: none
};

struct NfwVerdict
{
    bool pass = true;
    bool stateful = false;    //!< the flow reached the stateful engine (its replies are tracked)
    std::string group;        //!< the deciding rule group; empty: a default action
    std::string rule;         //!< the deciding rule, as text
    std::string why;          //!< one clause saying what decided
    std::vector<std::string> warnings; //!< rules that could not be evaluated, [U] modelling
};

/** "DROP TCP $HOME_NET ANY -> ANY 587": a 5-tuple rule as the inspector shows it. */
std::string statefulRuleText(const NfwStatefulRule &rule);
/** Reads statefulRuleText()'s form back (sid optional: "... (sid 5)"); empty and why if not. */
std::optional<NfwStatefulRule> parseStatefulRule(std::string_view text, std::string *why);

/** Evaluates the policy for a flow's first packets (the request direction). */
NfwVerdict evaluateNfwPolicy(const NetworkFirewall &fw, const std::vector<Cidr> &homeNet,
                             const NfwFlow &flow);

/** Stateless rules only, for a reply packet (src/dst swapped by the caller). */
NfwVerdict evaluateNfwStateless(const NetworkFirewall &fw, const NfwFlow &packet);

} // namespace mailpath::core
