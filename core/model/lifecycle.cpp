#include "lifecycle.h"

#include "resources.h"

namespace mailpath::core {

bool isGoneState(std::string_view state)
{
    return state == "deleting" || state == "deleted" || state == "failed" || state == "failing"
           || state == "rejected" || state == "rejecting" || state == "expired"
           || state == "shutting-down" || state == "terminated";
}

std::string goneStateOf(const Design &design, std::string_view id)
{
    const std::string_view key = id; // no copy: the walker asks per route
    const auto gone = [](const std::string &state) { return isGoneState(state) ? state : ""; };
    if (const auto *r = design.find<Instance>(key))
        return gone(r->state);
    if (const auto *r = design.find<NatGateway>(key))
        return gone(r->state);
    if (const auto *r = design.find<TgwAttachment>(key))
        return gone(r->state);
    if (const auto *r = design.find<VpcEndpoint>(key))
        return gone(r->state);
    if (const auto *r = design.find<VpnConnection>(key))
        return gone(r->state);
    if (const auto *r = design.find<VpnGateway>(key))
        return gone(r->state);
    if (const auto *r = design.find<DirectConnectGateway>(key))
        return gone(r->state);
    if (const auto *r = design.find<VirtualInterface>(key))
        return gone(r->state);
    if (const auto *r = design.find<PeeringConnection>(key))
        return gone(r->status);
    return {};
}

} // namespace mailpath::core
