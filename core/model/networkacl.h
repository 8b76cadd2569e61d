#pragma once

#include "jsonmacros.h"
#include "resource.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct AclEntry
{
    int ruleNumber = 100; //!< 1..32766; the implicit final deny is not stored
    bool egress = false;
    int protocol = -1;
    PortRange ports = PortRange::all();
    Cidr cidr;
    bool allow = true;

    friend bool operator==(const AclEntry &, const AclEntry &) = default;
};
MAILPATH_DECLARE_JSON(AclEntry);

struct NetworkAcl
{
    static constexpr ResourceKind kind = ResourceKind::NetworkAcl;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string vpcId;
    bool isDefault = false;
    std::vector<std::string> subnetIds;
    std::vector<AclEntry> entries; //!< both directions; evaluated by ascending ruleNumber

    friend bool operator==(const NetworkAcl &, const NetworkAcl &) = default;
};

MAILPATH_DECLARE_JSON(NetworkAcl);

} // namespace mailpath::core
