#include "loadbalancer.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Listener, port, protocol, targetGroupId, instancePort, instanceProtocol)

MAILPATH_DEFINE_JSON(LoadBalancer, id, name, tags, type, internetFacing, vpcId, dnsName, securityGroupIds, nodes, crossZone, listeners, instances, healthCheck, proxyProtocol)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<LoadBalancer>(id);
    return {s->vpcId};
}

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<LoadBalancer>(id);
    return std::string(s->internetFacing ? "internet-facing" : "internal");
}

} // namespace

constinit const KindTraits LoadBalancer::traits = {
    .kind = LoadBalancer::kind,
    .name = "load-balancer",
    .idPrefix = "nlb",
    .title = "Load balancer",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .subtitle = subtitleOf,
    .placedInSubnets = true,
};

} // namespace mailpath::core
