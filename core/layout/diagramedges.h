#pragma once

#include "../model/design.h"

#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

/** What a derived arrow stands for. */
enum class EdgeKind {
    Route,          //!< subnet -> gateway/target of a route in its effective route table
    TgwAttachment,  //!< transit gateway <-> VPC, VPN customer gateway or peer TGW
    Peering,        //!< VPC <-> VPC
    Vpn,            //!< virtual private gateway <-> customer gateway
    Target,         //!< load balancer -> target
};
std::string_view toString(EdgeKind kind);

/**
 * An arrow derived from the model (DESIGN §2): the diagram never disagrees with what is
 * simulated. Endpoints are drawn keys; modelIds are the resources behind the arrow (the
 * route table, the attachment, the peering, ...).
 */
struct DiagramEdge
{
    std::string from;
    std::string to;
    EdgeKind kind = EdgeKind::Route;
    std::string label;                 //!< e.g. "0.0.0.0/0" or "TCP 25"
    std::vector<std::string> modelIds;
};

/** Every derived arrow, one per (from, to, kind), in a stable order. */
std::vector<DiagramEdge> diagramEdges(const Design &design);

/** The route table that applies to a subnet: its explicit association, else the VPC's main. */
std::string effectiveRouteTable(const Design &design, std::string_view subnetId);

} // namespace mailpath::core
