#pragma once

#include "../model/design.h"

#include <optional>
#include <string>

namespace mailpath::core {

/**
 * What a route arrow drawn from a subnet onto a drawn key points at: the peering connection
 * when the key is a VPC peered with the subnet's, "" for any other VPC, else the key itself.
 */
std::string routeTargetForKey(const Design &design, const std::string &subnetId,
                              const std::string &key);

/**
 * A sensible destination for a new route from a subnet to a target: 0.0.0.0/0 for internet
 * and NAT gateways, the peer VPC's CIDR for a peering, the on-premises CIDR behind a VPN or
 * transit gateway when known, for a transit gateway whose subnet already has a default route
 * another VPC's block not routed yet, the endpoint's address for an endpoint's interface.
 */
Cidr suggestedDestination(const Design &design, const std::string &subnetId,
                          const std::string &targetId);

/** The route the subnet's effective route table already has for exactly this destination. */
std::optional<Route> existingRoute(const Design &design, const std::string &subnetId,
                                   const Cidr &destination);

} // namespace mailpath::core
