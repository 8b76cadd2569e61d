#pragma once

#include "jsonmacros.h"
#include "resource.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

/** One firewall endpoint: the vpce- id routes name, in one subnet of one AZ. */
struct NfwEndpoint
{
    std::string availabilityZone;
    std::string subnetId;
    std::string endpointId;

    friend bool operator==(const NfwEndpoint &, const NfwEndpoint &) = default;
};
MAILPATH_DECLARE_JSON(NfwEndpoint);

/** A stateless rule: first match by priority; actions aws:pass | aws:drop | aws:forward_to_sfe. */
struct NfwStatelessRule
{
    int priority = 1;
    std::vector<Cidr> sources;                //!< empty: any
    std::vector<Cidr> destinations;           //!< empty: any
    std::vector<PortRange> sourcePorts;       //!< empty: any
    std::vector<PortRange> destinationPorts;  //!< empty: any
    std::vector<int> protocols;               //!< IANA numbers; empty: any
    std::string action = "aws:forward_to_sfe";

    friend bool operator==(const NfwStatelessRule &, const NfwStatelessRule &) = default;
};
MAILPATH_DECLARE_JSON(NfwStatelessRule);

/** A 5-tuple stateful rule, its header written as AWS writes it ("ANY", "$HOME_NET", "587"). */
struct NfwStatefulRule
{
    std::string action = "PASS"; //!< PASS | DROP | REJECT | ALERT
    std::string protocol = "TCP";
    std::string source = "ANY";
    std::string sourcePort = "ANY";
    std::string direction = "FORWARD"; //!< FORWARD | ANY
    std::string destination = "ANY";
    std::string destinationPort = "ANY";
    std::string sid;

    friend bool operator==(const NfwStatefulRule &, const NfwStatefulRule &) = default;
};
MAILPATH_DECLARE_JSON(NfwStatefulRule);

/** A rule group as the firewall policy references it, with its rules inline. */
struct NfwRuleGroup
{
    std::string name;
    std::string type = "STATEFUL"; //!< STATELESS | STATEFUL
    int priority = 100;
    std::vector<NfwStatelessRule> statelessRules;
    std::vector<NfwStatefulRule> statefulRules;
    // Domain list (RulesSourceList): targets, TLS_SNI / HTTP_HOST, ALLOWLIST | DENYLIST
    std::vector<std::string> domains;
    std::vector<std::string> domainTargetTypes;
    std::string domainListType;
    std::string rulesString; //!< Suricata rules, one per line

    friend bool operator==(const NfwRuleGroup &, const NfwRuleGroup &) = default;
};
MAILPATH_DECLARE_JSON(NfwRuleGroup);

/** AWS Network Firewall: one endpoint per AZ and its firewall policy (R15). */
struct NetworkFirewall
{
    static constexpr ResourceKind kind = ResourceKind::NetworkFirewall;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string vpcId;
    std::vector<NfwEndpoint> endpoints;
    std::string policyName;
    std::vector<NfwRuleGroup> ruleGroups;
    std::vector<std::string> statelessDefaultActions = {"aws:forward_to_sfe"};
    std::vector<std::string> statelessFragmentDefaultActions = {"aws:forward_to_sfe"};
    std::vector<std::string> statefulDefaultActions; //!< STRICT_ORDER only
    std::string ruleOrder = "DEFAULT_ACTION_ORDER";  //!< or STRICT_ORDER
    std::vector<Cidr> homeNet;                       //!< empty: the firewall VPC's CIDRs
    std::string state = "READY";

    const NfwEndpoint *endpoint(std::string_view endpointId) const
    {
        for (const auto &e : endpoints)
            if (e.endpointId == endpointId)
                return &e;
        return nullptr;
    }

    friend bool operator==(const NetworkFirewall &, const NetworkFirewall &) = default;
};

MAILPATH_DECLARE_JSON(NetworkFirewall);

class Design;
/** The firewall whose endpoint a route names ("vpce-..."), or null. */
const NetworkFirewall *firewallOfEndpoint(const Design &design, std::string_view endpointId);

} // namespace mailpath::core
