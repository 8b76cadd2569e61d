#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct PeeringConnection
{
    static constexpr ResourceKind kind = ResourceKind::PeeringConnection;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string requesterVpcId;
    std::string accepterVpcId;
    std::vector<Cidr> requesterCidrs;
    std::vector<Cidr> accepterCidrs;
    std::string status = "active";

    friend bool operator==(const PeeringConnection &, const PeeringConnection &) = default;
};

MAILPATH_DECLARE_JSON(PeeringConnection);

} // namespace mailpath::core
