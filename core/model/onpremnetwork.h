#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct OnPremNetwork
{
    static constexpr ResourceKind kind = ResourceKind::OnPremNetwork;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::vector<Cidr> cidrs;
    std::vector<std::string> vpnConnectionIds; //!< reached over these VPN/DX links
    std::string firewallId;                    //!< edge firewall towards the Internet

    friend bool operator==(const OnPremNetwork &, const OnPremNetwork &) = default;
};

MAILPATH_DECLARE_JSON(OnPremNetwork);

} // namespace mailpath::core
