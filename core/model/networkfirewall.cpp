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
    std::string text;
    for (const auto &e : fw->endpoints)
        text += (text.empty() ? "" : ", ") + e.availabilityZone;
    return text.empty() ? fw->id : "endpoints in " + text;
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
