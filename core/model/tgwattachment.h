#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct TgwAttachment
{
    static constexpr ResourceKind kind = ResourceKind::TgwAttachment;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string transitGatewayId;
    std::string resourceType = "vpc"; //!< vpc | vpn | peering | direct-connect-gateway | connect
    std::string resourceId;
    std::vector<std::string> subnetIds; //!< vpc attachments: one subnet per AZ
    std::string associationRouteTableId;
    bool applianceMode = false;
    std::string state = "available";

    friend bool operator==(const TgwAttachment &, const TgwAttachment &) = default;
};

MAILPATH_DECLARE_JSON(TgwAttachment);

} // namespace mailpath::core
