#include "lifecycle.h"

#include "resources.h"

#include <type_traits>

namespace mailpath::core {

bool isGoneState(std::string_view state)
{
    return state == "deleting" || state == "deleted" || state == "failed" || state == "failing"
           || state == "rejected" || state == "rejecting" || state == "expired"
           || state == "shutting-down" || state == "terminated";
}

namespace {

template<typename T>
const std::string &stateOf(const T &r)
{
    return r.state;
}

const std::string &stateOf(const PeeringConnection &r)
{
    return r.status;
}

/** The kinds with a lifecycle state: f is called with a null pointer of each. */
template<typename F>
void forEachLifecycleKind(F &&f)
{
    f(static_cast<const Instance *>(nullptr));
    f(static_cast<const NatGateway *>(nullptr));
    f(static_cast<const TgwAttachment *>(nullptr));
    f(static_cast<const VpcEndpoint *>(nullptr));
    f(static_cast<const VpnConnection *>(nullptr));
    f(static_cast<const VpnGateway *>(nullptr));
    f(static_cast<const DirectConnectGateway *>(nullptr));
    f(static_cast<const VirtualInterface *>(nullptr));
    f(static_cast<const PeeringConnection *>(nullptr));
}

template<typename P>
using KindOf = std::remove_const_t<std::remove_pointer_t<P>>;

} // namespace

std::string goneStateOf(const Design &design, std::string_view id)
{
    std::string gone;
    bool found = false; // ids are unique across kinds: stop at the first store holding it
    forEachLifecycleKind([&](auto kind) {
        if (found)
            return;
        if (const auto *r = design.find<KindOf<decltype(kind)>>(id)) {
            found = true;
            if (isGoneState(stateOf(*r)))
                gone = stateOf(*r);
        }
    });
    return gone;
}

std::unordered_map<std::string_view, std::string> goneResources(const Design &design)
{
    std::unordered_map<std::string_view, std::string> gone;
    forEachLifecycleKind([&](auto kind) {
        for (const auto &[id, r] : design.all<KindOf<decltype(kind)>>())
            if (isGoneState(stateOf(r)))
                gone.try_emplace(id, stateOf(r));
    });
    return gone;
}

} // namespace mailpath::core
