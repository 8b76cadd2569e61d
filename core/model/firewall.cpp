#include "firewall.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(NatRule, publicIp, publicPort, privateIp, privatePort)
MAILPATH_DEFINE_JSON(FirewallRule, source, destination, ports, allow, description)

MAILPATH_DEFINE_JSON(Firewall, id, name, tags, onPremNetworkId, publicIps, snatIp, natRules, rules)

} // namespace mailpath::core
