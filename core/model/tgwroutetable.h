#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct TgwRoute
{
    Cidr destination;
    std::vector<std::string> attachmentIds;
    bool blackhole = false;
    bool propagated = false;

    friend bool operator==(const TgwRoute &, const TgwRoute &) = default;
};
MAILPATH_DECLARE_JSON(TgwRoute);

struct TgwRouteTable
{
    static constexpr ResourceKind kind = ResourceKind::TgwRouteTable;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string transitGatewayId;
    bool defaultAssociation = false;
    bool defaultPropagation = false;
    std::vector<TgwRoute> routes;                   //!< static and blackhole routes
    std::vector<std::string> propagationAttachmentIds; //!< attachments that propagate into it

    friend bool operator==(const TgwRouteTable &, const TgwRouteTable &) = default;
};

MAILPATH_DECLARE_JSON(TgwRouteTable);

} // namespace mailpath::core
