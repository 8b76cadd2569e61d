#include "subnet.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Subnet, id, name, tags, vpcId, cidr, availabilityZone, mapPublicIpOnLaunch)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<Subnet>(id);
    return {s->vpcId};
}

} // namespace

constinit const KindTraits Subnet::traits = {
    .kind = Subnet::kind,
    .name = "subnet",
    .idPrefix = "subnet",
    .title = "Subnet",
    .diagram = DiagramRole::Container,
    .containers = containersOf,
};

} // namespace mailpath::core
