#include "routedestination.h"

#include "diagramedges.h"

#include <algorithm>

namespace mailpath::core {

namespace {

const PeeringConnection *peeringBetween(const Design &design, const std::string &a,
                                        const std::string &b)
{
    for (const auto &[id, pcx] : design.all<PeeringConnection>())
        if ((pcx.requesterVpcId == a && pcx.accepterVpcId == b)
            || (pcx.requesterVpcId == b && pcx.accepterVpcId == a))
            return &pcx;
    return nullptr;
}

/** The first CIDR of an on-premises network reached over a VPN of this gateway. */
std::optional<Cidr> onPremBehind(const Design &design, const std::string &gatewayId)
{
    for (const auto &[id, net] : design.all<OnPremNetwork>()) {
        for (const auto &vpnId : net.vpnConnectionIds) {
            const auto *vpn = design.find<VpnConnection>(vpnId);
            if (vpn && !net.cidrs.empty()
                && (vpn->vpnGatewayId == gatewayId || vpn->transitGatewayId == gatewayId))
                return net.cidrs.front();
        }
    }
    return std::nullopt;
}

std::optional<Cidr> endpointAddress(const Design &design, const Eni &eni)
{
    const auto *endpoint = design.find<VpcEndpoint>(eni.ownerId);
    if (!endpoint || eni.privateIps.empty())
        return std::nullopt;
    return Cidr::host(eni.privateIps.front());
}

/**
 * A block of another VPC that the subnet's table does not route yet: the VPCs attached to the
 * transit gateway first, then the other VPCs of the subnet's Region (the attachment is often
 * drawn after the first route).
 */
std::optional<Cidr> peerVpcBehind(const Design &design, const Subnet &subnet,
                                  const std::string &tgwId)
{
    const auto *own = design.find<Vpc>(subnet.vpcId);
    const auto unrouted = [&](const Vpc &vpc) -> std::optional<Cidr> {
        if (vpc.id == subnet.vpcId)
            return std::nullopt;
        for (const auto &cidr : vpc.cidrs)
            if (!existingRoute(design, subnet.id, cidr))
                return cidr;
        return std::nullopt;
    };
    for (const auto &[id, att] : design.all<TgwAttachment>())
        if (att.transitGatewayId == tgwId && att.resourceType == "vpc")
            if (const auto *vpc = design.find<Vpc>(att.resourceId))
                if (const auto cidr = unrouted(*vpc))
                    return cidr;
    for (const auto &[id, vpc] : design.all<Vpc>())
        if (!own || vpc.region == own->region)
            if (const auto cidr = unrouted(vpc))
                return cidr;
    return std::nullopt;
}

} // namespace

std::string routeTargetForKey(const Design &design, const std::string &subnetId,
                              const std::string &key)
{
    const auto *subnet = design.find<Subnet>(subnetId);
    if (!subnet)
        return {};
    if (design.find<Vpc>(key)) {
        const auto *pcx = peeringBetween(design, subnet->vpcId, key);
        return pcx ? pcx->id : std::string();
    }
    return key;
}

Cidr suggestedDestination(const Design &design, const std::string &subnetId,
                          const std::string &targetId)
{
    const auto *subnet = design.find<Subnet>(subnetId);
    if (const auto *pcx = design.find<PeeringConnection>(targetId); pcx && subnet) {
        const auto &peer = pcx->requesterVpcId == subnet->vpcId ? pcx->accepterVpcId
                                                                 : pcx->requesterVpcId;
        if (const auto *vpc = design.find<Vpc>(peer); vpc && !vpc->cidrs.empty())
            return vpc->cidrs.front();
    }
    if (design.find<VpnGateway>(targetId) || design.find<TransitGateway>(targetId))
        if (const auto cidr = onPremBehind(design, targetId))
            return *cidr;
    // 0.0.0.0/0 to a transit gateway is common; when the table already sends it elsewhere (a
    // NAT gateway), a VPC behind the transit gateway is what is meant.
    if (design.find<TransitGateway>(targetId) && subnet && existingRoute(design, subnetId, Cidr::any()))
        if (const auto cidr = peerVpcBehind(design, *subnet, targetId))
            return *cidr;
    if (const auto *eni = design.find<Eni>(targetId))
        if (const auto cidr = endpointAddress(design, *eni))
            return *cidr;
    return Cidr::any();
}

std::optional<Route> existingRoute(const Design &design, const std::string &subnetId,
                                   const Cidr &destination)
{
    const auto *rt = design.find<RouteTable>(effectiveRouteTable(design, subnetId));
    if (!rt)
        return std::nullopt;
    const auto it = std::find_if(rt->routes.begin(), rt->routes.end(), [&](const Route &r) {
        return r.destination == destination;
    });
    return it == rt->routes.end() ? std::nullopt : std::optional<Route>(*it);
}

} // namespace mailpath::core
