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
    // The one table that applies (not every table's subnets: that is quadratic per subnet).
    const auto *rt = design.find<RouteTable>(effectiveRouteTable(design, subnetId));
    return rt && std::any_of(rt->routes.begin(), rt->routes.end(), [](const Route &route) {
               return route.target == RouteTarget::InternetGateway;
           });
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
