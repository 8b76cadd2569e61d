#pragma once

#include "jsonmacros.h"
#include "resource.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct NatGateway
{
    static constexpr ResourceKind kind = ResourceKind::NatGateway;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string subnetId;
    std::string vpcId;
    bool privateConnectivity = false; //!< private NAT GW: no EIP; dropped if routed to an IGW
    std::string eniId;
    Ipv4 privateIp;
    std::optional<Ipv4> publicIp;
    std::string state = "available";
    bool op25bLifted = false;

    friend bool operator==(const NatGateway &, const NatGateway &) = default;
};

MAILPATH_DECLARE_JSON(NatGateway);

} // namespace mailpath::core
