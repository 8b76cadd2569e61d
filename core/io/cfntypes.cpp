// CloudFormation resource types as the AWS provider's resources: one mapping serves both
// sources, so a Terraform and a CloudFormation version of a design read the same way.

#include "cfn.h"

namespace mailpath::core::cfn {

namespace {

using iac::IacResource;

struct Rename
{
    const char *from;
    const char *to;
};

struct Simple
{
    const char *cfnType;
    const char *tfType;
    std::vector<Rename> keys;
};

const std::vector<Simple> &simpleTypes()
{
    static const std::vector<Simple> types = {
        {"AWS::EC2::VPC", "aws_vpc", {{"CidrBlock", "cidr_block"}}},
        {"AWS::EC2::VPCCidrBlock", "aws_vpc_ipv4_cidr_block_association",
         {{"VpcId", "vpc_id"}, {"CidrBlock", "cidr_block"}}},
        {"AWS::EC2::Subnet", "aws_subnet",
         {{"VpcId", "vpc_id"}, {"CidrBlock", "cidr_block"},
          {"AvailabilityZone", "availability_zone"},
          {"MapPublicIpOnLaunch", "map_public_ip_on_launch"}}},
        {"AWS::EC2::RouteTable", "aws_route_table", {{"VpcId", "vpc_id"}}},
        {"AWS::EC2::Route", "aws_route",
         {{"RouteTableId", "route_table_id"}, {"DestinationCidrBlock", "destination_cidr_block"},
          {"DestinationIpv6CidrBlock", "destination_ipv6_cidr_block"},
          {"DestinationPrefixListId", "destination_prefix_list_id"},
          {"GatewayId", "gateway_id"}, {"NatGatewayId", "nat_gateway_id"},
          {"TransitGatewayId", "transit_gateway_id"},
          {"VpcPeeringConnectionId", "vpc_peering_connection_id"},
          {"NetworkInterfaceId", "network_interface_id"}, {"InstanceId", "instance_id"},
          {"EgressOnlyInternetGatewayId", "egress_only_gateway_id"},
          {"VpcEndpointId", "vpc_endpoint_id"}}},
        {"AWS::EC2::SubnetRouteTableAssociation", "aws_route_table_association",
         {{"SubnetId", "subnet_id"}, {"RouteTableId", "route_table_id"}}},
        {"AWS::EC2::GatewayRouteTableAssociation", "aws_route_table_association",
         {{"GatewayId", "gateway_id"}, {"RouteTableId", "route_table_id"}}},
        {"AWS::EC2::InternetGateway", "aws_internet_gateway", {}},
        {"AWS::EC2::EIP", "aws_eip", {{"InstanceId", "instance"}}},
        {"AWS::EC2::EIPAssociation", "aws_eip_association",
         {{"AllocationId", "allocation_id"}, {"InstanceId", "instance_id"},
          {"NetworkInterfaceId", "network_interface_id"}, {"EIP", "public_ip"}}},
        {"AWS::EC2::NatGateway", "aws_nat_gateway",
         {{"AllocationId", "allocation_id"}, {"SubnetId", "subnet_id"},
          {"ConnectivityType", "connectivity_type"}, {"PrivateIpAddress", "private_ip"}}},
        {"AWS::EC2::NetworkAcl", "aws_network_acl", {{"VpcId", "vpc_id"}}},
        {"AWS::EC2::SubnetNetworkAclAssociation", "aws_network_acl_association",
         {{"SubnetId", "subnet_id"}, {"NetworkAclId", "network_acl_id"}}},
        {"AWS::EC2::NetworkInterface", "aws_network_interface",
         {{"SubnetId", "subnet_id"}, {"GroupSet", "security_groups"},
          {"PrivateIpAddress", "private_ip"}, {"SourceDestCheck", "source_dest_check"},
          {"Description", "description"}}},
        {"AWS::EC2::TransitGateway", "aws_ec2_transit_gateway",
         {{"AmazonSideAsn", "amazon_side_asn"},
          {"DefaultRouteTableAssociation", "default_route_table_association"},
          {"DefaultRouteTablePropagation", "default_route_table_propagation"}}},
        {"AWS::EC2::TransitGatewayAttachment", "aws_ec2_transit_gateway_vpc_attachment",
         {{"TransitGatewayId", "transit_gateway_id"}, {"VpcId", "vpc_id"},
          {"SubnetIds", "subnet_ids"}}},
        {"AWS::EC2::TransitGatewayVpcAttachment", "aws_ec2_transit_gateway_vpc_attachment",
         {{"TransitGatewayId", "transit_gateway_id"}, {"VpcId", "vpc_id"},
          {"SubnetIds", "subnet_ids"}}},
        {"AWS::EC2::TransitGatewayRouteTable", "aws_ec2_transit_gateway_route_table",
         {{"TransitGatewayId", "transit_gateway_id"}}},
        {"AWS::EC2::TransitGatewayRouteTableAssociation",
         "aws_ec2_transit_gateway_route_table_association",
         {{"TransitGatewayAttachmentId", "transit_gateway_attachment_id"},
          {"TransitGatewayRouteTableId", "transit_gateway_route_table_id"}}},
        {"AWS::EC2::TransitGatewayRouteTablePropagation",
         "aws_ec2_transit_gateway_route_table_propagation",
         {{"TransitGatewayAttachmentId", "transit_gateway_attachment_id"},
          {"TransitGatewayRouteTableId", "transit_gateway_route_table_id"}}},
        {"AWS::EC2::TransitGatewayRoute", "aws_ec2_transit_gateway_route",
         {{"DestinationCidrBlock", "destination_cidr_block"},
          {"TransitGatewayAttachmentId", "transit_gateway_attachment_id"},
          {"Blackhole", "blackhole"},
          {"TransitGatewayRouteTableId", "transit_gateway_route_table_id"}}},
        {"AWS::EC2::VPCEndpoint", "aws_vpc_endpoint",
         {{"VpcId", "vpc_id"}, {"ServiceName", "service_name"},
          {"VpcEndpointType", "vpc_endpoint_type"}, {"SubnetIds", "subnet_ids"},
          {"SecurityGroupIds", "security_group_ids"},
          {"PrivateDnsEnabled", "private_dns_enabled"}, {"RouteTableIds", "route_table_ids"}}},
        {"AWS::EC2::VPNGateway", "aws_vpn_gateway", {{"AmazonSideAsn", "amazon_side_asn"}}},
        {"AWS::EC2::VPNConnection", "aws_vpn_connection",
         {{"VpnGatewayId", "vpn_gateway_id"}, {"TransitGatewayId", "transit_gateway_id"},
          {"CustomerGatewayId", "customer_gateway_id"},
          {"StaticRoutesOnly", "static_routes_only"}}},
        {"AWS::EC2::VPNConnectionRoute", "aws_vpn_connection_route",
         {{"DestinationCidrBlock", "destination_cidr_block"},
          {"VpnConnectionId", "vpn_connection_id"}}},
        {"AWS::EC2::CustomerGateway", "aws_customer_gateway",
         {{"IpAddress", "ip_address"}, {"BgpAsn", "bgp_asn"}}},
        {"AWS::EC2::VPCPeeringConnection", "aws_vpc_peering_connection",
         {{"VpcId", "vpc_id"}, {"PeerVpcId", "peer_vpc_id"}}},
        {"AWS::ElasticLoadBalancingV2::Listener", "aws_lb_listener",
         {{"LoadBalancerArn", "load_balancer_arn"}, {"Port", "port"}, {"Protocol", "protocol"}}},
    };
    return types;
}

const Simple *simpleType(const std::string &cfnType)
{
    for (const auto &s : simpleTypes())
        if (cfnType == s.cfnType)
            return &s;
    return nullptr;
}

Json tagMap(const Json &props)
{
    Json tags = Json::object();
    for (const auto &tag : props.value("Tags", Json::array()))
        if (tag.is_object() && tag.contains("Key"))
            tags[iac::str(tag, "Key")] = iac::str(tag, "Value");
    return tags;
}

Json renamed(const Json &props, const std::vector<Rename> &keys)
{
    Json values = {{"tags", tagMap(props)}};
    for (const auto &k : keys)
        if (props.contains(k.from))
            values[k.to] = props[k.from];
    return values;
}

Json ruleBlock(const Json &rule, bool egress)
{
    Json block = {{"protocol", iac::str(rule, "IpProtocol")}};
    if (auto from = iac::num(rule, "FromPort"))
        block["from_port"] = *from;
    if (auto to = iac::num(rule, "ToPort"))
        block["to_port"] = *to;
    block["cidr_blocks"] = iac::strs(rule, "CidrIp");
    block["ipv6_cidr_blocks"] = iac::strs(rule, "CidrIpv6");
    block["security_groups"] = iac::strs(rule, egress ? "DestinationSecurityGroupId"
                                                      : "SourceSecurityGroupId");
    block["prefix_list_ids"] = iac::strs(rule, egress ? "DestinationPrefixListId"
                                                      : "SourcePrefixListId");
    return block;
}

Json securityGroup(const Json &props)
{
    Json values = {{"tags", tagMap(props)},
                   {"name", iac::str(props, "GroupName")},
                   {"description", iac::str(props, "GroupDescription")},
                   {"vpc_id", iac::str(props, "VpcId")},
                   {"ingress", Json::array()},
                   {"egress", Json::array()}};
    for (const auto &rule : iac::blocks(props, "SecurityGroupIngress"))
        values["ingress"].push_back(ruleBlock(rule, false));
    for (const auto &rule : iac::blocks(props, "SecurityGroupEgress"))
        values["egress"].push_back(ruleBlock(rule, true));
    // Without egress rules AWS keeps its default allow-all egress (unlike Terraform).
    if (!props.contains("SecurityGroupEgress"))
        values["egress"].push_back({{"protocol", "-1"}, {"cidr_blocks", {"0.0.0.0/0"}}});
    return values;
}

Json groupRule(const Json &props, bool egress)
{
    Json values = ruleBlock(props, egress);
    values["type"] = egress ? "egress" : "ingress";
    values["security_group_id"] = iac::str(props, "GroupId");
    return values;
}

Json aclEntry(const Json &props)
{
    Json values = {{"network_acl_id", iac::str(props, "NetworkAclId")},
                   {"rule_number", iac::num(props, "RuleNumber").value_or(0)},
                   {"protocol", iac::str(props, "Protocol")},
                   {"rule_action", iac::str(props, "RuleAction")},
                   {"egress", iac::boolean(props, "Egress")},
                   {"cidr_block", iac::str(props, "CidrBlock")},
                   {"ipv6_cidr_block", iac::str(props, "Ipv6CidrBlock")}};
    for (const auto &range : iac::blocks(props, "PortRange")) {
        values["from_port"] = iac::num(range, "From").value_or(0);
        values["to_port"] = iac::num(range, "To").value_or(0);
    }
    return values;
}

Json instance(const Json &props)
{
    Json values = {{"tags", tagMap(props)},
                   {"subnet_id", iac::str(props, "SubnetId")},
                   {"private_ip", iac::str(props, "PrivateIpAddress")},
                   {"availability_zone", iac::str(props, "AvailabilityZone")},
                   {"vpc_security_group_ids", iac::strs(props, "SecurityGroupIds")},
                   {"security_groups", iac::strs(props, "SecurityGroups")}};
    for (const auto &ni : iac::blocks(props, "NetworkInterfaces")) {
        const long long index = iac::num(ni, "DeviceIndex").value_or(0);
        if (auto eni = iac::str(ni, "NetworkInterfaceId"); !eni.empty()) {
            values["network_interface"].push_back(
                {{"network_interface_id", eni}, {"device_index", index}});
        } else if (index == 0) {
            values["subnet_id"] = iac::str(ni, "SubnetId");
            values["vpc_security_group_ids"] = iac::strs(ni, "GroupSet");
            values["associate_public_ip_address"] =
                iac::boolean(ni, "AssociatePublicIpAddress");
            values["private_ip"] = iac::str(ni, "PrivateIpAddress");
        }
    }
    return values;
}

Json loadBalancer(const Json &props)
{
    Json values = {{"tags", tagMap(props)},
                   {"name", iac::str(props, "Name")},
                   {"load_balancer_type", iac::str(props, "Type")},
                   {"internal", iac::str(props, "Scheme") == "internal"},
                   {"subnets", iac::strs(props, "Subnets")},
                   {"security_groups", iac::strs(props, "SecurityGroups")},
                   {"subnet_mapping", Json::array()}};
    for (const auto &m : iac::blocks(props, "SubnetMappings"))
        values["subnet_mapping"].push_back(
            {{"subnet_id", iac::str(m, "SubnetId")},
             {"allocation_id", iac::str(m, "AllocationId")},
             {"private_ipv4_address", iac::str(m, "PrivateIPv4Address")}});
    return values;
}

Json listenerActions(const Json &props)
{
    Json actions = Json::array();
    for (const auto &a : iac::blocks(props, "DefaultActions")) {
        std::string group = iac::str(a, "TargetGroupArn");
        for (const auto &config : iac::blocks(a, "ForwardConfig"))
            for (const auto &tg : iac::blocks(config, "TargetGroups"))
                if (group.empty())
                    group = iac::str(tg, "TargetGroupArn");
        actions.push_back({{"type", iac::str(a, "Type")}, {"target_group_arn", group}});
    }
    return actions;
}

std::vector<IacResource> targetGroup(const std::string &logicalId, const Json &props,
                                     const std::string &id)
{
    Json values = {{"tags", tagMap(props)},
                   {"name", iac::str(props, "Name")},
                   {"port", props.value("Port", Json())},
                   {"protocol", iac::str(props, "Protocol")},
                   {"target_type", iac::str(props, "TargetType")},
                   {"vpc_id", iac::str(props, "VpcId")},
                   {"health_check", Json::array({Json{
                                        {"port", iac::str(props, "HealthCheckPort")},
                                        {"protocol", iac::str(props, "HealthCheckProtocol")}}})}};
    std::vector<IacResource> out{{logicalId, "aws_lb_target_group", values, id}};
    int n = 0;
    for (const auto &t : iac::blocks(props, "Targets"))
        out.push_back({logicalId + ".Targets[" + std::to_string(n++) + "]",
                       "aws_lb_target_group_attachment",
                       {{"target_group_arn", id},
                        {"target_id", iac::str(t, "Id")},
                        {"port", t.value("Port", Json())},
                        {"availability_zone", iac::str(t, "AvailabilityZone")}},
                       {}});
    return out;
}

Json ecsService(const Json &props)
{
    Json values = {{"tags", tagMap(props)},
                   {"desired_count", iac::num(props, "DesiredCount").value_or(1)}};
    for (const auto &config : iac::blocks(props, "NetworkConfiguration"))
        for (const auto &vpc : iac::blocks(config, "AwsvpcConfiguration"))
            values["network_configuration"] = Json::array(
                {{{"subnets", iac::strs(vpc, "Subnets")},
                  {"security_groups", iac::strs(vpc, "SecurityGroups")},
                  {"assign_public_ip", iac::str(vpc, "AssignPublicIp") == "ENABLED"}}});
    return values;
}

Json lambda(const Json &props)
{
    Json values = {{"tags", tagMap(props)}, {"function_name", iac::str(props, "FunctionName")}};
    for (const auto &config : iac::blocks(props, "VpcConfig"))
        values["vpc_config"] = Json::array(
            {{{"subnet_ids", iac::strs(config, "SubnetIds")},
              {"security_group_ids", iac::strs(config, "SecurityGroupIds")}}});
    return values;
}

std::vector<IacResource> gatewayAttachment(const std::string &logicalId, const Json &props)
{
    std::vector<IacResource> out;
    if (auto igw = iac::str(props, "InternetGatewayId"); !igw.empty())
        out.push_back({logicalId, "aws_internet_gateway_attachment",
                       {{"internet_gateway_id", igw}, {"vpc_id", iac::str(props, "VpcId")}},
                       {}});
    if (auto vgw = iac::str(props, "VpnGatewayId"); !vgw.empty())
        out.push_back({logicalId, "aws_vpn_gateway_attachment",
                       {{"vpn_gateway_id", vgw}, {"vpc_id", iac::str(props, "VpcId")}},
                       {}});
    return out;
}

std::vector<IacResource> routePropagation(const std::string &logicalId, const Json &props)
{
    std::vector<IacResource> out;
    for (const auto &table : iac::strs(props, "RouteTableIds"))
        out.push_back({logicalId, "aws_vpn_gateway_route_propagation",
                       {{"vpn_gateway_id", iac::str(props, "VpnGatewayId")},
                        {"route_table_id", table}},
                       {}});
    return out;
}

} // namespace

std::string providerType(const std::string &cfnType)
{
    if (const Simple *s = simpleType(cfnType))
        return s->tfType;
    static const std::map<std::string, std::string> special = {
        {"AWS::EC2::SecurityGroup", "aws_security_group"},
        {"AWS::EC2::SecurityGroupIngress", "aws_security_group_rule"},
        {"AWS::EC2::SecurityGroupEgress", "aws_security_group_rule"},
        {"AWS::EC2::NetworkAclEntry", "aws_network_acl_rule"},
        {"AWS::EC2::Instance", "aws_instance"},
        {"AWS::ElasticLoadBalancingV2::LoadBalancer", "aws_lb"},
        {"AWS::ElasticLoadBalancingV2::TargetGroup", "aws_lb_target_group"},
        {"AWS::ECS::Service", "aws_ecs_service"},
        {"AWS::Lambda::Function", "aws_lambda_function"},
        {"AWS::EC2::VPCGatewayAttachment", "aws_internet_gateway_attachment"},
        {"AWS::EC2::VPNGatewayRoutePropagation", "aws_vpn_gateway_route_propagation"},
    };
    if (const auto it = special.find(cfnType); it != special.end())
        return it->second;
    if (auto type = iac::sesProviderType(cfnType); !type.empty())
        return type;
    if (cfnType.starts_with("AWS::SES::"))
        return "aws_ses_" + cfnType.substr(10);
    return {};
}

std::vector<IacResource> translate(const std::string &logicalId, const std::string &cfnType,
                                   const Json &props, const std::string &id)
{
    const auto one = [&](const char *type, Json values) {
        return std::vector<IacResource>{{logicalId, type, std::move(values), id}};
    };
    if (const Simple *s = simpleType(cfnType)) {
        Json values = renamed(props, s->keys);
        if (cfnType == "AWS::ElasticLoadBalancingV2::Listener")
            values["default_action"] = listenerActions(props);
        if (cfnType == "AWS::EC2::VPCPeeringConnection")
            values["auto_accept"] = !props.contains("PeerOwnerId");
        if (cfnType == "AWS::EC2::TransitGatewayAttachment"
            || cfnType == "AWS::EC2::TransitGatewayVpcAttachment")
            for (const auto &o : iac::blocks(props, "Options"))
                values["appliance_mode_support"] = iac::str(o, "ApplianceModeSupport");
        return one(s->tfType, std::move(values));
    }
    if (cfnType == "AWS::EC2::SecurityGroup")
        return one("aws_security_group", securityGroup(props));
    if (cfnType == "AWS::EC2::SecurityGroupIngress")
        return one("aws_security_group_rule", groupRule(props, false));
    if (cfnType == "AWS::EC2::SecurityGroupEgress")
        return one("aws_security_group_rule", groupRule(props, true));
    if (cfnType == "AWS::EC2::NetworkAclEntry")
        return one("aws_network_acl_rule", aclEntry(props));
    if (cfnType == "AWS::EC2::Instance")
        return one("aws_instance", instance(props));
    if (cfnType == "AWS::ElasticLoadBalancingV2::LoadBalancer")
        return one("aws_lb", loadBalancer(props));
    if (cfnType == "AWS::ElasticLoadBalancingV2::TargetGroup")
        return targetGroup(logicalId, props, id);
    if (cfnType == "AWS::ECS::Service")
        return one("aws_ecs_service", ecsService(props));
    if (cfnType == "AWS::Lambda::Function")
        return one("aws_lambda_function", lambda(props));
    if (cfnType == "AWS::EC2::VPCGatewayAttachment")
        return gatewayAttachment(logicalId, props);
    if (cfnType == "AWS::EC2::VPNGatewayRoutePropagation")
        return routePropagation(logicalId, props);
    if (auto type = iac::sesProviderType(cfnType); !type.empty())
        return one(type.c_str(), iac::sesProviderValues(cfnType, props));
    if (cfnType.starts_with("AWS::SES::")) {
        Json values = Json::object();
        for (const auto &d : iac::blocks(props, "DeliveryOptions"))
            values["delivery_options"] = Json::array({{{"tls_policy", iac::str(d, "TlsPolicy")}}});
        return one(providerType(cfnType).c_str(), values);
    }
    return {};
}

} // namespace mailpath::core::cfn
