#pragma once

#include "../model/design.h"
#include "../model/kindtraits.h" // effectiveRouteTable, subnetsUsing: kept visible here

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
    size_t subnetCount = 0;            //!< > 0: a bundle of that many subnets' routes
};

/** Every derived arrow, one per (from, to, kind), in a stable order. */
std::vector<DiagramEdge> diagramEdges(const Design &design);

struct BundleOptions
{
    size_t minSubnets = 4;                //!< fewer routing subnets keep their own arrows
    std::vector<std::string> keepSubnets; //!< e.g. subnets on a shown trace path
};

/**
 * Fan-out readability on large accounts: when at least minSubnets subnets of one VPC route
 * to the same key outside that VPC (typically a transit gateway), their route arrows are
 * replaced by one arrow from the VPC, labelled with the subnet count and the destinations.
 * The bundle takes the place of the group's first arrow, so the order stays stable.
 */
std::vector<DiagramEdge> bundleFanOut(const Design &design, std::vector<DiagramEdge> edges,
                                      const BundleOptions &options = {});

} // namespace mailpath::core
