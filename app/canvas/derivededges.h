#pragma once

#include "edgeitem.h"

#include "core/model/design.h"

#include <QString>

#include <string>
#include <vector>

namespace mailpath::app {

struct DerivedEdge
{
    std::string from;
    std::string to;
    EdgeItem::Style style = EdgeItem::Style::Route;
    QString label;
};

/**
 * The arrows a design implies: subnet routes to gateways (igw, nat, tgw, pcx, vgw, eni),
 * TGW attachments, peerings, load balancer targets and VPN links. Pure model logic.
 */
std::vector<DerivedEdge> deriveEdges(const core::Design &design);

/** The subnets a route table applies to (explicit ones, plus the implicit ones of a main table). */
std::vector<std::string> subnetsUsing(const core::Design &design, const core::RouteTable &table);

} // namespace mailpath::app
