#include "securitygroup.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(SgRule, protocol, ports, cidr, groupId, prefixListId, description)

MAILPATH_DEFINE_JSON(SecurityGroup, id, name, tags, vpcId, description, ingress, egress)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<SecurityGroup>(id);
    return {s->vpcId};
}

} // namespace

constinit const KindTraits SecurityGroup::traits = {
    .kind = SecurityGroup::kind,
    .name = "security-group",
    .idPrefix = "sg",
    .title = "Security group",
    .diagram = DiagramRole::Hidden,
    .containers = containersOf,
    .drawn = false,
};

} // namespace mailpath::core
