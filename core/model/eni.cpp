#include "eni.h"

#include "design.h"
#include "routetable.h"

namespace mailpath::core {

std::string_view toString(EniRole role)
{
    switch (role) {
    case EniRole::Workload: return "ec2";
    case EniRole::Lambda: return "lambda";
    case EniRole::Fargate: return "fargate";
    case EniRole::NatGateway: return "nat-gateway";
    case EniRole::LoadBalancer: return "load-balancer";
    case EniRole::VpcEndpoint: return "vpc-endpoint";
    case EniRole::TgwAttachment: return "tgw-attachment";
    case EniRole::Other: return "other";
    }
    return "other";
}

MAILPATH_DEFINE_JSON(Eni, id, name, tags, subnetId, vpcId, availabilityZone, privateIps, publicIp, securityGroupIds, role, instanceId, ownerId, description, sourceDestCheck, natMode, op25bLifted, ephemeralPorts)

std::string addressLine(const Eni &eni)
{
    std::string text = eni.primaryIp().to_string();
    if (eni.publicIp)
        text += " / " + eni.publicIp->to_string();
    return text;
}

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<Eni>(id);
    return {s->instanceId, s->subnetId, s->vpcId};
}

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<Eni>(id);
    return addressLine(*s);
}

} // namespace

constinit const KindTraits Eni::traits = {
    .kind = Eni::kind,
    .name = "network-interface",
    .idPrefix = "eni",
    .title = "Network interface",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .routeTarget = RouteTarget::NetworkInterface,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
