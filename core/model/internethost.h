#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct InternetHost
{
    static constexpr ResourceKind kind = ResourceKind::InternetHost;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::vector<Ipv4> addresses;
    std::string hostName;

    friend bool operator==(const InternetHost &, const InternetHost &) = default;
};

MAILPATH_DECLARE_JSON(InternetHost);

} // namespace mailpath::core
