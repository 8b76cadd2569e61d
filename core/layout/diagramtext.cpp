// The words and states the diagram shows for a drawn key; the canvas and exporters share them.

#include "diagramgeometry.h"

#include "autolayout.h"
#include "diagramedges.h"
#include "core/model/lifecycle.h"

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
    return !goneStateOf(design, id).empty();
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
