#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct VpcEndpoint
{
    static constexpr ResourceKind kind = ResourceKind::VpcEndpoint;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string vpcId;
    std::string endpointType = "Interface"; //!< Interface | Gateway | GatewayLoadBalancer
    std::string serviceName;                //!< e.g. com.amazonaws.us-east-1.email-smtp
    std::vector<std::string> subnetIds;
    std::vector<ServiceNode> nodes; //!< interface endpoints: one ENI per subnet
    std::vector<std::string> securityGroupIds;
    bool privateDnsEnabled = false;
    std::vector<std::string> routeTableIds; //!< gateway endpoints
    std::vector<uint16_t> ports;            //!< empty: every port the service offers
    std::string state = "available";
    std::string loadBalancerId; //!< GatewayLoadBalancer endpoints: the GWLB behind the service

    bool isSesSmtp() const
    {
        return serviceName.size() > 11 && serviceName.ends_with(".email-smtp");
    }

    friend bool operator==(const VpcEndpoint &, const VpcEndpoint &) = default;
};

MAILPATH_DECLARE_JSON(VpcEndpoint);

} // namespace mailpath::core
