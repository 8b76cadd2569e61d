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
    default: text.detail = kindSubtitle(design, key); break; // the kind's traits
    }
    return text;
}

} // namespace mailpath::core
