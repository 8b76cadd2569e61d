#include "targetgroup.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Target, id, port, availabilityZone, health)

MAILPATH_DEFINE_JSON(TargetGroup, id, name, tags, vpcId, targetType, protocol, port, healthCheckPort, healthCheckProtocol, preserveClientIp, targets, loadBalancerIds)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<TargetGroup>(id);
    return {s->vpcId};
}

} // namespace

constinit const KindTraits TargetGroup::traits = {
    .kind = TargetGroup::kind,
    .name = "target-group",
    .idPrefix = "tg",
    .title = "Target group",
    .diagram = DiagramRole::Hidden,
    .containers = containersOf,
};

} // namespace mailpath::core
