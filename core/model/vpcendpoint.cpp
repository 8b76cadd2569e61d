#include "vpcendpoint.h"

#include "design.h"
#include "routetable.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(VpcEndpoint, id, name, tags, vpcId, endpointType, serviceName, subnetIds, nodes, securityGroupIds, privateDnsEnabled, routeTableIds, ports, state, loadBalancerId)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<VpcEndpoint>(id);
    if (s->subnetIds.size() == 1)
        return {s->subnetIds.front(), s->vpcId};
    return {s->vpcId};
}

bool routable(const Design &design, std::string_view id)
{
    // interface endpoints are not; GWLB endpoints are (R16.6)
    const auto &type = design.find<VpcEndpoint>(id)->endpointType;
    return type == "Gateway" || type == "GatewayLoadBalancer";
}

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<VpcEndpoint>(id);
    return s->nodes.empty() ? std::string() : s->nodes[0].privateIp.to_string();
}

} // namespace

constinit const KindTraits VpcEndpoint::traits = {
    .kind = VpcEndpoint::kind,
    .name = "vpc-endpoint",
    .idPrefix = "vpce",
    .title = "VPC endpoint",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .routeTarget = RouteTarget::VpcEndpoint,
    .routable = routable,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
