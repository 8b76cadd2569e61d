// The words and states the diagram shows for a drawn key; the canvas and exporters share them.

#include "diagramgeometry.h"

#include "autolayout.h"
#include "diagramedges.h"

#include <algorithm>

namespace mailpath::core {

namespace {

std::string joinCidrs(const std::vector<Cidr> &cidrs)
{
    std::string text;
    for (const auto &c : cidrs)
        text += (text.empty() ? "" : ", ") + c.toString();
    return text;
}

std::string eniAddress(const Eni &eni)
{
    std::string text = eni.primaryIp().to_string();
    if (eni.publicIp)
        text += " / " + eni.publicIp->to_string();
    return text;
}

std::string nodeDetail(const Design &design, const std::string &id, ResourceKind kind)
{
    switch (kind) {
    case ResourceKind::Instance: {
        const auto *inst = design.find<Instance>(id);
        const auto *eni = inst->eniIds.empty() ? nullptr : design.find<Eni>(inst->eniIds.front());
        return eni ? eniAddress(*eni) : std::string();
    }
    case ResourceKind::NetworkInterface: return eniAddress(*design.find<Eni>(id));
    case ResourceKind::NatGateway: {
        const auto *nat = design.find<NatGateway>(id);
        std::string text = nat->privateIp.to_string();
        if (nat->publicIp)
            text += " / " + nat->publicIp->to_string();
        return text;
    }
    case ResourceKind::SesEndpoint: return design.find<SesEndpoint>(id)->hostName();
    case ResourceKind::SmtpServer: return design.find<SmtpServer>(id)->address.to_string();
    case ResourceKind::InternetHost: {
        const auto *host = design.find<InternetHost>(id);
        return host->addresses.empty() ? host->hostName : host->addresses[0].to_string();
    }
    case ResourceKind::LoadBalancer:
        return design.find<LoadBalancer>(id)->internetFacing ? "internet-facing" : "internal";
    case ResourceKind::VpcEndpoint: {
        const auto *ep = design.find<VpcEndpoint>(id);
        return ep->nodes.empty() ? std::string() : ep->nodes[0].privateIp.to_string();
    }
    case ResourceKind::Firewall: {
        const auto *fw = design.find<Firewall>(id);
        return fw->publicIps.empty() ? std::string() : fw->publicIps[0].to_string();
    }
    case ResourceKind::CustomerGateway: {
        const auto *cgw = design.find<CustomerGateway>(id);
        return cgw->ipAddress ? cgw->ipAddress->to_string() : std::string();
    }
    default: return id;
    }
}

bool goneState(std::string_view state)
{
    return state == "deleting" || state == "deleted" || state == "shutting-down"
           || state == "terminated" || state == "failed" || state == "rejected"
           || state == "expired";
}

} // namespace

bool isPublicSubnet(const Design &design, std::string_view subnetId)
{
    for (const auto &[id, rt] : design.all<RouteTable>()) {
        const auto subnets = subnetsUsing(design, rt);
        if (std::find(subnets.begin(), subnets.end(), subnetId) == subnets.end())
            continue;
        for (const auto &route : rt.routes)
            if (route.target == RouteTarget::InternetGateway)
                return true;
    }
    return false;
}

bool isDeletedResource(const Design &design, std::string_view id)
{
    const std::string key(id);
    if (const auto *r = design.find<Instance>(key))
        return goneState(r->state);
    if (const auto *r = design.find<NatGateway>(key))
        return goneState(r->state);
    if (const auto *r = design.find<TgwAttachment>(key))
        return goneState(r->state);
    if (const auto *r = design.find<VpcEndpoint>(key))
        return goneState(r->state);
    if (const auto *r = design.find<VpnConnection>(key))
        return goneState(r->state);
    if (const auto *r = design.find<VpnGateway>(key))
        return goneState(r->state);
    if (const auto *r = design.find<PeeringConnection>(key))
        return goneState(r->status);
    return false;
}

DrawnText drawnText(const Design &design, const std::string &key)
{
    DrawnText text;
    if (isRegionKey(key)) {
        text.title = "Region " + diagramLabel(design, key);
        return text;
    }
    if (isAzKey(key)) {
        text.title = diagramLabel(design, key);
        return text;
    }
    const auto kind = design.kindOf(key);
    if (!kind)
        return text;
    text.title = design.displayName(key);
    switch (*kind) {
    case ResourceKind::Vpc: text.detail = joinCidrs(design.find<Vpc>(key)->cidrs); break;
    case ResourceKind::Subnet:
        text.detail = design.find<Subnet>(key)->cidr.toString()
                      + (isPublicSubnet(design, key) ? "  public" : "  private");
        break;
    case ResourceKind::OnPremNetwork:
        text.detail = joinCidrs(design.find<OnPremNetwork>(key)->cidrs);
        break;
    default: text.detail = nodeDetail(design, key, *kind); break;
    }
    return text;
}

} // namespace mailpath::core
