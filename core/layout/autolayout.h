#pragma once

#include "../model/design.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

/**
 * Diagram nesting and automatic layout, shared by the canvas and the exporters.
 *
 * Regions and Availability Zones are not resources: they are containers derived from
 * Vpc::region and Subnet::availabilityZone, with layout keys regionKey() and azKey().
 * Every NodeLayout position is relative to the top-left of its layout parent, so moving
 * a VPC moves everything inside it. Nesting: region > VPC > AZ > subnet > resource;
 * gateways, endpoints without a single subnet and load balancers sit in their VPC;
 * TGWs, SES, on-prem networks and internet hosts sit at the top level (parent "").
 */
std::string regionKey(std::string_view region);
std::string azKey(std::string_view vpcId, std::string_view availabilityZone);
bool isRegionKey(std::string_view key);
bool isAzKey(std::string_view key);

/** The layout parent of a resource id or derived container key ("" for the top level). */
std::string layoutParentOf(const Design &design, std::string_view key);

/** Every drawn key (resource ids that are diagram nodes, plus derived containers). */
std::vector<std::string> diagramKeys(const Design &design);

/**
 * True when the resource is drawn as its own node. Route tables, security groups, ACLs,
 * attachments, peerings, VPN connections and target groups are drawn as arrows or not at
 * all; an ENI attached to an instance, NAT gateway, load balancer or endpoint is drawn as
 * its owner.
 */
bool isDiagramNode(const Design &design, std::string_view id);

/**
 * The drawn key that stands for a resource on the diagram, e.g. the instance for its ENI
 * or the TGW for one of its attachments; "" when the resource has no single place (a route
 * table, a security group). Used to project a trace's hops onto the diagram.
 */
std::string diagramNodeFor(const Design &design, std::string_view id);

/** Containers hold other keys: regions, VPCs, AZs, subnets, on-prem networks. */
bool isContainerKey(const Design &design, std::string_view key);

/** The label of a container or node as the diagram shows it ("Name (10.0.0.0/16)"). */
std::string diagramLabel(const Design &design, std::string_view key);

struct LayoutOptions
{
    double gridSize = 10;
    double nodeWidth = 96;
    double nodeHeight = 72;
    double padding = 24;
    double headerHeight = 28;
};

/** A complete layout: containers never overlap, children lie inside their parents. */
Layout computeLayout(const Design &design, const LayoutOptions &options = {});

/**
 * Lays out only what has no layout yet (e.g. an imported account or a template): existing
 * positions are kept, new keys go into free space of their parent, and containers grow
 * (pushing their later siblings aside) when their content needs it.
 */
void fillMissingLayout(Design &design, const LayoutOptions &options = {});

struct LayoutRect
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
};

/** The rectangle of key in top-level coordinates (parent offsets summed); nullopt if unset. */
std::optional<LayoutRect> absoluteRect(const Design &design, const Layout &layout,
                                       std::string_view key);

} // namespace mailpath::core
