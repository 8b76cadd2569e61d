#include "eni.h"

namespace mailpath::core {

std::string_view toString(EniRole role)
{
    switch (role) {
    case EniRole::Workload: return "ec2";
    case EniRole::Lambda: return "lambda";
    case EniRole::Fargate: return "fargate";
    case EniRole::NatGateway: return "nat-gateway";
    case EniRole::LoadBalancer: return "load-balancer";
    case EniRole::VpcEndpoint: return "vpc-endpoint";
    case EniRole::TgwAttachment: return "tgw-attachment";
    case EniRole::Other: return "other";
    }
    return "other";
}

MAILPATH_DEFINE_JSON(Eni, id, name, tags, subnetId, vpcId, availabilityZone, privateIps, publicIp, securityGroupIds, role, instanceId, ownerId, description, sourceDestCheck, natMode, op25bLifted, ephemeralPorts)

} // namespace mailpath::core
