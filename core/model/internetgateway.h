#pragma once

#include "jsonmacros.h"
#include "resource.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct InternetGateway
{
    static constexpr ResourceKind kind = ResourceKind::InternetGateway;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::vector<std::string> vpcIds;

    friend bool operator==(const InternetGateway &, const InternetGateway &) = default;
};

MAILPATH_DECLARE_JSON(InternetGateway);

} // namespace mailpath::core
