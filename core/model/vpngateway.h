#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct VpnGateway
{
    static constexpr ResourceKind kind = ResourceKind::VpnGateway;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::vector<std::string> vpcIds;
    int64_t asn = 64512;
    std::string state = "available";

    friend bool operator==(const VpnGateway &, const VpnGateway &) = default;
};

MAILPATH_DECLARE_JSON(VpnGateway);

} // namespace mailpath::core
