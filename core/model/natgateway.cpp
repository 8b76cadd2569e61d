#include "natgateway.h"

#include "design.h"
#include "routetable.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(NatGateway, id, name, tags, subnetId, vpcId, privateConnectivity, eniId, privateIp, publicIp, state, op25bLifted)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<NatGateway>(id);
    return {s->subnetId, s->vpcId};
}

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<NatGateway>(id);
    std::string text = s->privateIp.to_string();
    if (s->publicIp)
        text += " / " + s->publicIp->to_string();
    return text;
}

} // namespace

constinit const KindTraits NatGateway::traits = {
    .kind = NatGateway::kind,
    .name = "nat-gateway",
    .idPrefix = "nat",
    .title = "NAT gateway",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .routeTarget = RouteTarget::NatGateway,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
