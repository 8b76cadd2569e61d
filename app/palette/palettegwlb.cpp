// Gateway Load Balancer and its endpoints from the palette (AWS-SEMANTICS-2 R16): the balancer
// with a GENEVE target group in the appliances' subnet, and an endpoint in a subnet whose
// route tables (or an internet gateway's edge table) then send traffic to it.

#include "palettebuilders.h"

namespace mailpath::app::factory {

using namespace core;

bool addGatewayLoadBalancer(Builder &b, const DropContext &ctx)
{
    const auto *subnet = b.scratch().find<Subnet>(ctx.subnetId);
    if (!subnet) {
        b.bundle().error = tr("Drop a Gateway Load Balancer into its appliances' subnet.");
        return false;
    }
    TargetGroup tg; // appliances are registered in the inspector's target table
    tg.id = b.newId(ResourceKind::TargetGroup);
    tg.name = "appliances";
    tg.vpcId = subnet->vpcId;
    tg.protocol = "GENEVE";
    tg.port = 6081;
    tg.targetType = "instance";
    LoadBalancer lb;
    lb.id = b.newId(ResourceKind::LoadBalancer);
    lb.name = "gwlb";
    lb.type = "gateway";
    lb.vpcId = subnet->vpcId;
    ServiceNode node;
    node.subnetId = subnet->id;
    if (const auto ip = b.planner().nextFreeIp(subnet->id))
        node.privateIp = *ip;
    lb.nodes = {node};
    lb.listeners = {Listener{6081, "GENEVE", tg.id, 0, {}}};
    tg.loadBalancerIds = {lb.id};
    b.add(std::move(tg));
    return b.addPrimary(std::move(lb));
}

bool addGwlbEndpoint(Builder &b, const DropContext &ctx)
{
    const auto *subnet = b.scratch().find<Subnet>(ctx.subnetId);
    if (!subnet) {
        b.bundle().error = tr("Drop a GWLB endpoint into a subnet (one endpoint per AZ).");
        return false;
    }
    VpcEndpoint ep;
    ep.id = b.newId(ResourceKind::VpcEndpoint);
    ep.name = "gwlb-endpoint";
    ep.vpcId = subnet->vpcId;
    ep.endpointType = "GatewayLoadBalancer";
    ep.subnetIds = {subnet->id};
    for (const auto &[id, lb] : b.scratch().all<LoadBalancer>())
        if (lb.type == "gateway" && (ep.loadBalancerId.empty() || id < ep.loadBalancerId))
            ep.loadBalancerId = id; // the design's first GWLB; the inspector changes it
    ServiceNode node;
    node.subnetId = subnet->id;
    if (const auto ip = b.planner().nextFreeIp(subnet->id))
        node.privateIp = *ip;
    ep.nodes = {node};
    return b.addPrimary(std::move(ep));
}

} // namespace mailpath::app::factory
