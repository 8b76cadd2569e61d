#pragma once

#include "jsonmacros.h"
#include "resource.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct Vpc
{
    static constexpr ResourceKind kind = ResourceKind::Vpc;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string region;
    std::string accountId;
    std::vector<Cidr> cidrs; //!< primary first: OP25B exempts the primary block only
    bool isDefault = false;

    Cidr primaryCidr() const { return cidrs.empty() ? Cidr() : cidrs.front(); }
    bool contains(Ipv4 address) const
    {
        for (const auto &c : cidrs)
            if (c.contains(address))
                return true;
        return false;
    }

    friend bool operator==(const Vpc &, const Vpc &) = default;
};

MAILPATH_DECLARE_JSON(Vpc);

} // namespace mailpath::core
