#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct VpnConnection
{
    static constexpr ResourceKind kind = ResourceKind::VpnConnection;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string vpnGatewayId;
    std::string transitGatewayId;
    std::string customerGatewayId;
    bool staticRoutesOnly = true;
    std::vector<Cidr> routes; //!< static routes (or prefixes learned by BGP)
    std::string state = "available";

    friend bool operator==(const VpnConnection &, const VpnConnection &) = default;
};

MAILPATH_DECLARE_JSON(VpnConnection);

} // namespace mailpath::core
