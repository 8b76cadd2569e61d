#pragma once

// The walk's per-kind steps. Each forwarding kind (internet gateway, NAT gateway, transit
// gateway, load balancer, endpoint...) defines one WalkStep next to its logic; walksteps.cpp
// lists them all in one table. A new middlebox is one new file defining its step plus one
// line in that table: the engine dispatches routes and arrivals through it.

#include "walker.h"

#include <optional>
#include <span>
#include <string_view>

namespace mailpath::core {

struct WalkStep
{
    std::string_view name; //!< the kind word, for tests and documentation
    /** Routes with this target hand the packet to viaRoute. */
    std::optional<RouteTarget> route = std::nullopt;
    /** Packets addressed to a node of this type are handed to arrive. */
    std::optional<AddressOwner::Type> owner = std::nullopt;
    bool (*viaRoute)(Walker &walker, const SubnetInfo &from, const Route &route,
                     Origin origin) = nullptr;
    bool (*arrive)(Walker &walker, const AddressOwner &node) = nullptr;
    /**
     * For steps that share a route target with others (firewall and GWLB endpoints are both
     * "vpce-" routes): whether this step handles routes to targetId. Claiming steps are asked
     * first; the route target's one step without claims takes the rest.
     */
    bool (*claims)(const Design &design, std::string_view targetId) = nullptr;
};

/** Every registered step, in table order. */
std::span<const WalkStep *const> walkSteps();
/** The step routes with this target go to (the one without claims); null when none does. */
const WalkStep *stepForRoute(RouteTarget target);
/** The step a route to targetId goes to: a claiming step first, else stepForRoute(target). */
const WalkStep *stepForRoute(RouteTarget target, const Design &design, std::string_view targetId);
/** The step that receives packets addressed to this kind of node; null when none does. */
const WalkStep *stepForOwner(AddressOwner::Type type);

} // namespace mailpath::core
