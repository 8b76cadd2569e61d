#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"
#include "targetgroup.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct Listener
{
    uint16_t port = 25;
    std::string protocol = "TCP";
    std::string targetGroupId;
    uint16_t instancePort = 0;    //!< classic: the backend port; 0: the listener port
    std::string instanceProtocol; //!< classic: TCP | SSL | HTTP | HTTPS; "": as protocol

    uint16_t backendPort() const { return instancePort ? instancePort : port; }

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
    std::string type = "network"; //!< network | application | classic
    bool internetFacing = false;
    std::string vpcId;
    std::string dnsName;
    std::vector<std::string> securityGroupIds; //!< empty: an NLB created without SGs admits all
    std::vector<ServiceNode> nodes;           //!< one per enabled subnet
    bool crossZone = false;
    std::vector<Listener> listeners;
    // Classic Load Balancer only: registered instances (id and InService health), the health
    // check target as AWS writes it ("TCP:80", "HTTP:80/health") and a Proxy Protocol policy.
    std::vector<Target> instances;
    std::string healthCheck;
    bool proxyProtocol = false;

    bool isClassic() const { return type == "classic"; }

    friend bool operator==(const LoadBalancer &, const LoadBalancer &) = default;
};

MAILPATH_DECLARE_JSON(LoadBalancer);

} // namespace mailpath::core
