#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct CustomerGateway
{
    static constexpr ResourceKind kind = ResourceKind::CustomerGateway;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::optional<Ipv4> ipAddress;
    int64_t bgpAsn = 65000;

    friend bool operator==(const CustomerGateway &, const CustomerGateway &) = default;
};

MAILPATH_DECLARE_JSON(CustomerGateway);

} // namespace mailpath::core
