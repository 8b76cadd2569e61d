#include "networkfirewall.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(NfwEndpoint, availabilityZone, subnetId, endpointId)
MAILPATH_DEFINE_JSON(NfwStatelessRule, priority, sources, destinations, sourcePorts,
                     destinationPorts, protocols, action)
MAILPATH_DEFINE_JSON(NfwStatefulRule, action, protocol, source, sourcePort, direction, destination,
                     destinationPort, sid)
MAILPATH_DEFINE_JSON(NfwRuleGroup, name, type, priority, statelessRules, statefulRules, domains,
                     domainTargetTypes, domainListType, rulesString)
MAILPATH_DEFINE_JSON(NetworkFirewall, id, name, tags, vpcId, endpoints, policyName, ruleGroups,
                     statelessDefaultActions, statelessFragmentDefaultActions,
                     statefulDefaultActions, ruleOrder, homeNet, state)

const NetworkFirewall *firewallOfEndpoint(const Design &design, std::string_view endpointId)
{
    for (const auto &[id, fw] : design.all<NetworkFirewall>())
        if (fw.endpoint(endpointId))
            return &fw;
    return nullptr;
}

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    return {design.find<NetworkFirewall>(id)->vpcId};
}

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *fw = design.find<NetworkFirewall>(id);
    // "endpoints 1a, 1b": the zones' suffixes keep the label inside the node's box.
    std::string text;
    for (const auto &e : fw->endpoints) {
        const auto dash = e.availabilityZone.rfind('-');
        text += (text.empty() ? "" : ", ")
                + (dash == std::string::npos ? e.availabilityZone
                                             : e.availabilityZone.substr(dash + 1));
    }
    return text.empty() ? fw->id : "endpoints " + text;
}

} // namespace

constinit const KindTraits NetworkFirewall::traits = {
    .kind = NetworkFirewall::kind,
    .name = "network-firewall",
    .idPrefix = "nfw",
    .title = "AWS Network Firewall",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
