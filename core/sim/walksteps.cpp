#include "walksteps.h"

#include <array>
#include <vector>

namespace mailpath::core {

// Defined next to each kind's logic. To add a forwarding kind: define its step in a new
// file, declare it here and list it in the table below.
extern const WalkStep localStep;           // walker.cpp
extern const WalkStep interfaceStep;       // walker.cpp
extern const WalkStep internetGatewayStep; // walkedges.cpp
extern const WalkStep natGatewayStep;      // walkedges.cpp
extern const WalkStep peeringStep;         // walkedges.cpp
extern const WalkStep vpnGatewayStep;      // walkedges.cpp
extern const WalkStep applianceEniStep;    // walkedges.cpp
extern const WalkStep applianceInstanceStep; // walkedges.cpp
extern const WalkStep transitGatewayStep;  // walktransit.cpp
extern const WalkStep loadBalancerStep;    // walkservices.cpp
extern const WalkStep vpcEndpointStep;     // walkservices.cpp
extern const WalkStep networkFirewallStep; // walkinspection.cpp
extern const WalkStep gwlbEndpointStep;    // walkinspection.cpp

namespace {

constexpr const WalkStep *steps[] = {
    &localStep,
    &interfaceStep,
    &internetGatewayStep,
    &natGatewayStep,
    &peeringStep,
    &vpnGatewayStep,
    &applianceEniStep,
    &applianceInstanceStep,
    &transitGatewayStep,
    &loadBalancerStep,
    &vpcEndpointStep,
    &networkFirewallStep,
    &gwlbEndpointStep,
};

constexpr size_t routeTargetCount = size_t(RouteTarget::Other) + 1;
constexpr size_t ownerTypeCount = size_t(AddressOwner::TgwNode) + 1;

struct Index
{
    std::array<const WalkStep *, routeTargetCount> byRoute{};
    std::array<const WalkStep *, ownerTypeCount> byOwner{};
    std::vector<const WalkStep *> claimants;
};

const Index &index()
{
    static const Index built = [] {
        Index i;
        for (const auto *step : steps) {
            if (step->route && step->viaRoute && step->claims)
                i.claimants.push_back(step);
            else if (step->route && step->viaRoute)
                i.byRoute[size_t(*step->route)] = step;
            if (step->owner && step->arrive)
                i.byOwner[size_t(*step->owner)] = step;
        }
        return i;
    }();
    return built;
}

} // namespace

std::span<const WalkStep *const> walkSteps()
{
    return steps;
}

const WalkStep *stepForRoute(RouteTarget target)
{
    return size_t(target) < routeTargetCount ? index().byRoute[size_t(target)] : nullptr;
}

const WalkStep *stepForRoute(RouteTarget target, const Design &design, std::string_view targetId)
{
    for (const auto *step : index().claimants)
        if (*step->route == target && step->claims(design, targetId))
            return step;
    return stepForRoute(target);
}

const WalkStep *stepForOwner(AddressOwner::Type type)
{
    return size_t(type) < ownerTypeCount ? index().byOwner[size_t(type)] : nullptr;
}

} // namespace mailpath::core
