#pragma once

#include "jsonmacros.h"

#include <optional>
#include <string>

namespace mailpath::core {

/** One per-subnet presence of a managed service (load balancer node, endpoint interface). */
struct ServiceNode
{
    std::string subnetId;
    Ipv4 privateIp;
    std::optional<Ipv4> publicIp;
    std::string eniId;

    friend bool operator==(const ServiceNode &, const ServiceNode &) = default;
};
MAILPATH_DECLARE_JSON(ServiceNode);

} // namespace mailpath::core
