#pragma once

#include "jsonmacros.h"
#include "resource.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct Subnet
{
    static constexpr ResourceKind kind = ResourceKind::Subnet;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string vpcId;
    Cidr cidr;
    std::string availabilityZone;
    bool mapPublicIpOnLaunch = false;

    friend bool operator==(const Subnet &, const Subnet &) = default;
};

MAILPATH_DECLARE_JSON(Subnet);

} // namespace mailpath::core
