#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct Listener
{
    uint16_t port = 25;
    std::string protocol = "TCP";
    std::string targetGroupId;

    friend bool operator==(const Listener &, const Listener &) = default;
};
MAILPATH_DECLARE_JSON(Listener);

struct LoadBalancer
{
    static constexpr ResourceKind kind = ResourceKind::LoadBalancer;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string type = "network"; //!< network | application
    bool internetFacing = false;
    std::string vpcId;
    std::string dnsName;
    std::vector<std::string> securityGroupIds; //!< empty: an NLB created without SGs admits all
    std::vector<ServiceNode> nodes;           //!< one per enabled subnet
    bool crossZone = false;
    std::vector<Listener> listeners;

    friend bool operator==(const LoadBalancer &, const LoadBalancer &) = default;
};

MAILPATH_DECLARE_JSON(LoadBalancer);

} // namespace mailpath::core
