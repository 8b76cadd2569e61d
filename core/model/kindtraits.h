#pragma once

// The AWS rules every layer shares: which container holds a resource, what a route to it
// means, and the route table / network ACL that applies to a subnet. One function each,
// used by the simulator, the layout, the app and the tests.

#include "design.h"

#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mailpath::core {

/**
 * The container a resource sits in (subnet, VPC, on-premises network, transit gateway...):
 * the first existing id its kind's traits name, or "" when it has none. ENIs of an instance
 * sit in the instance; an SMTP server on an instance sits where the instance does.
 */
std::string containerOf(const Design &design, std::string_view id);

/**
 * The subnet a resource sits in, following its containers (an ENI's instance, a server's
 * instance...); "" for what attaches to a VPC or Region (gateways, SES, transit gateways).
 */
std::string subnetOf(const Design &design, std::string_view id);

/** Whether a kind draws as a box that holds other nodes. */
bool isContainerKind(ResourceKind kind);

/** What a route to this resource means; empty when it cannot be a route's target. */
std::optional<RouteTarget> routeTargetOf(const Design &design, std::string_view id);

/** The diagram's second line for a node: its address, scheme or host name; else its id. */
std::string kindSubtitle(const Design &design, std::string_view id);

/** The route table that applies to a subnet: its explicit association, else the VPC's main. */
std::string effectiveRouteTable(const Design &design, std::string_view subnetId);

/** The network ACL that applies to a subnet: its explicit association, else the VPC's default. */
std::string effectiveNetworkAcl(const Design &design, std::string_view subnetId);

/** The subnets a route table applies to: its explicit ones, plus the VPC's rest for a main. */
std::vector<std::string> subnetsUsing(const Design &design, const RouteTable &table);

/** The subnets a network ACL applies to: its explicit ones, plus the VPC's rest for a default. */
std::vector<std::string> subnetsUsing(const Design &design, const NetworkAcl &acl);

/** The tables of one subnet, as effectiveRouteTable() / effectiveNetworkAcl() choose them. */
struct SubnetTables
{
    const RouteTable *routeTable = nullptr;
    const NetworkAcl *acl = nullptr;
};

/** SubnetTables for every subnet at once, in linear time (for the simulator's compile step). */
std::unordered_map<std::string, SubnetTables> subnetTables(const Design &design);

} // namespace mailpath::core
