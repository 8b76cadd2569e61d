#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct TransitGateway
{
    static constexpr ResourceKind kind = ResourceKind::TransitGateway;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string region;
    std::string accountId;
    int64_t asn = 64512;
    std::string defaultAssociationRouteTableId;
    std::string defaultPropagationRouteTableId;

    friend bool operator==(const TransitGateway &, const TransitGateway &) = default;
};

MAILPATH_DECLARE_JSON(TransitGateway);

} // namespace mailpath::core
