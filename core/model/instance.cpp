#include "instance.h"

#include "design.h"
#include "routetable.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Instance, id, name, tags, subnetId, vpcId, availabilityZone, eniIds, platform, state, op25bLifted)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<Instance>(id);
    return {s->subnetId, s->vpcId};
}

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<Instance>(id);
    const auto *eni = s->eniIds.empty() ? nullptr : design.find<Eni>(s->eniIds.front());
    return eni ? addressLine(*eni) : std::string();
}

} // namespace

constinit const KindTraits Instance::traits = {
    .kind = Instance::kind,
    .name = "instance",
    .idPrefix = "i",
    .title = "EC2 instance",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .routeTarget = RouteTarget::Instance,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
