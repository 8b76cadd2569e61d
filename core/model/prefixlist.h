#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct PrefixList
{
    static constexpr ResourceKind kind = ResourceKind::PrefixList;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::vector<Cidr> cidrs;

    friend bool operator==(const PrefixList &, const PrefixList &) = default;
};

MAILPATH_DECLARE_JSON(PrefixList);

} // namespace mailpath::core
