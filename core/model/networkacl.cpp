#include "networkacl.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(AclEntry, ruleNumber, egress, protocol, ports, cidr, allow)

MAILPATH_DEFINE_JSON(NetworkAcl, id, name, tags, vpcId, isDefault, subnetIds, entries)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<NetworkAcl>(id);
    return {s->vpcId};
}

} // namespace

constinit const KindTraits NetworkAcl::traits = {
    .kind = NetworkAcl::kind,
    .name = "network-acl",
    .idPrefix = "acl",
    .title = "Network ACL",
    .diagram = DiagramRole::Hidden,
    .containers = containersOf,
    .drawn = false,
};

} // namespace mailpath::core
