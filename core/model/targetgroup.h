#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct Target
{
    std::string id; //!< instance id, or an IPv4 address for ip targets
    uint16_t port = 0; //!< 0: the target group port
    std::string availabilityZone;
    std::string health = "healthy"; //!< healthy | unhealthy | unused | initial | draining | unavailable

    friend bool operator==(const Target &, const Target &) = default;
};
MAILPATH_DECLARE_JSON(Target);

struct TargetGroup
{
    static constexpr ResourceKind kind = ResourceKind::TargetGroup;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string vpcId;
    std::string targetType = "instance"; //!< instance | ip | alb
    std::string protocol = "TCP";
    uint16_t port = 25;
    uint16_t healthCheckPort = 0; //!< 0: the traffic port
    std::string healthCheckProtocol = "TCP";
    std::optional<bool> preserveClientIp; //!< unset: the AWS default for the target type
    std::vector<Target> targets;
    std::vector<std::string> loadBalancerIds;

    bool clientIpPreserved() const
    {
        if (preserveClientIp)
            return *preserveClientIp;
        return targetType != "ip" || (protocol != "TCP" && protocol != "TLS");
    }

    friend bool operator==(const TargetGroup &, const TargetGroup &) = default;
};

MAILPATH_DECLARE_JSON(TargetGroup);

} // namespace mailpath::core
