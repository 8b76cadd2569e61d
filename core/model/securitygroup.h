#pragma once

#include "jsonmacros.h"
#include "resource.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

/** One peer of a security-group rule: AWS rules with several peers are split on import. */
struct SgRule
{
    int protocol = -1; //!< IP protocol number; -1 is all
    PortRange ports = PortRange::all();
    std::optional<Cidr> cidr;
    std::string groupId;      //!< sg- reference: matches the private IPs of ENIs that carry it
    std::string prefixListId; //!< pl- reference
    std::string description;

    friend bool operator==(const SgRule &, const SgRule &) = default;
};
MAILPATH_DECLARE_JSON(SgRule);

struct SecurityGroup
{
    static constexpr ResourceKind kind = ResourceKind::SecurityGroup;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string vpcId;
    std::string description;
    std::vector<SgRule> ingress;
    std::vector<SgRule> egress;

    friend bool operator==(const SecurityGroup &, const SecurityGroup &) = default;
};

MAILPATH_DECLARE_JSON(SecurityGroup);

} // namespace mailpath::core
