#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

/** Static NAT (port 0) or port forwarding from a public address to an internal host. */
struct NatRule
{
    Ipv4 publicIp;
    uint16_t publicPort = 0;
    Ipv4 privateIp;
    uint16_t privatePort = 0;

    friend bool operator==(const NatRule &, const NatRule &) = default;
};
MAILPATH_DECLARE_JSON(NatRule);

struct FirewallRule
{
    Cidr source = Cidr::any();
    Cidr destination = Cidr::any();
    PortRange ports = PortRange::all();
    bool allow = true;
    std::string description;

    friend bool operator==(const FirewallRule &, const FirewallRule &) = default;
};
MAILPATH_DECLARE_JSON(FirewallRule);

struct Firewall
{
    static constexpr ResourceKind kind = ResourceKind::Firewall;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string onPremNetworkId;
    std::vector<Ipv4> publicIps;
    std::optional<Ipv4> snatIp; //!< outbound source NAT address
    std::vector<NatRule> natRules;
    std::vector<FirewallRule> rules; //!< first match wins; no match denies

    friend bool operator==(const Firewall &, const Firewall &) = default;
};

MAILPATH_DECLARE_JSON(Firewall);

} // namespace mailpath::core
