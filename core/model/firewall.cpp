#include "firewall.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(NatRule, publicIp, publicPort, privateIp, privatePort)
MAILPATH_DEFINE_JSON(FirewallRule, source, destination, ports, allow, description)

MAILPATH_DEFINE_JSON(Firewall, id, name, tags, onPremNetworkId, publicIps, snatIp, natRules, rules)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<Firewall>(id);
    return {s->onPremNetworkId};
}

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<Firewall>(id);
    return s->publicIps.empty() ? std::string() : s->publicIps[0].to_string();
}

} // namespace

constinit const KindTraits Firewall::traits = {
    .kind = Firewall::kind,
    .name = "firewall",
    .idPrefix = "fw",
    .title = "Firewall",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
