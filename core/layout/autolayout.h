#pragma once

#include "../model/design.h"

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

/** Lays out only what has no layout yet (e.g. an imported account or a template). */
void fillMissingLayout(Design &design, const LayoutOptions &options = {});

} // namespace mailpath::core
