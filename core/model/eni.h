#pragma once

#include "jsonmacros.h"
#include "resource.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

/** What owns a network interface; decides OP25B and whether it is a matrix source. */
enum class EniRole { Workload, Lambda, Fargate, NatGateway, LoadBalancer, VpcEndpoint, TgwAttachment, Other };
NLOHMANN_JSON_SERIALIZE_ENUM(EniRole, {{EniRole::Other, "other"},
                                       {EniRole::Workload, "ec2"},
                                       {EniRole::Lambda, "lambda"},
                                       {EniRole::Fargate, "fargate"},
                                       {EniRole::NatGateway, "nat-gateway"},
                                       {EniRole::LoadBalancer, "load-balancer"},
                                       {EniRole::VpcEndpoint, "vpc-endpoint"},
                                       {EniRole::TgwAttachment, "tgw-attachment"}})
std::string_view toString(EniRole role);
/** EC2, Lambda and Fargate ENIs are subject to the outbound port-25 block. */
inline bool isWorkload(EniRole role)
{
    return role == EniRole::Workload || role == EniRole::Lambda || role == EniRole::Fargate;
}

struct Eni
{
    static constexpr ResourceKind kind = ResourceKind::NetworkInterface;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string subnetId;
    std::string vpcId;
    std::string availabilityZone;
    std::vector<Ipv4> privateIps; //!< primary first
    std::optional<Ipv4> publicIp;
    std::vector<std::string> securityGroupIds;
    EniRole role = EniRole::Workload;
    std::string instanceId; //!< attached EC2 instance, if any
    std::string ownerId;    //!< nat-, vpce-, load balancer ARN or tgw-attach- that owns it
    std::string description;
    bool sourceDestCheck = true;
    /**
     * What a route through this interface does: "auto" (a NAT instance when source/destination
     * check is off and it has a public IP; else a plain router), "nat" or "router".
     */
    std::string natMode = "auto";
    bool op25bLifted = false; //!< AWS removed the port-25 restriction for it
    PortRange ephemeralPorts = PortRange{32768, 60999};

    Ipv4 primaryIp() const { return privateIps.empty() ? Ipv4() : privateIps.front(); }

    friend bool operator==(const Eni &, const Eni &) = default;
};

/** "10.0.1.5" or "10.0.1.5 / 54.1.2.3": the diagram's address line. */
std::string addressLine(const Eni &eni);

MAILPATH_DECLARE_JSON(Eni);

} // namespace mailpath::core
