// VPC-level resources of a code source: VPCs and their defaults, subnets, route tables and
// routes, gateways, Elastic IPs, security groups and network ACLs with their separate rules.

#include "iacmap.h"

#include <algorithm>

namespace mailpath::core::iac {

namespace {

void mapVpc(const IacResource &r, DescribeBuilder &b)
{
    const std::string block = str(r.values, "cidr_block");
    if (block.empty()) {
        b.warn(r.address, "VPC CIDR block unknown (IPAM or known only after apply): VPC "
                          "left out");
        return;
    }
    Json &vpc = b.item("Vpcs", "VpcId", r.id);
    vpc["CidrBlock"] = block;
    vpc["Tags"] = describeTags(r.values);
    vpc["IsDefault"] = r.type == "aws_default_vpc";
    b.nameAfter(r.id, r.address);
    b.addVpcDefaults({r.id, vpcDefaultId("main_route_table_id", r.address, r.values),
                      vpcDefaultId("default_network_acl_id", r.address, r.values),
                      vpcDefaultId("default_security_group_id", r.address, r.values)});
}

void mapCidrAssociation(const IacResource &r, DescribeBuilder &b)
{
    Json *vpc = b.find("Vpcs", str(r.values, "vpc_id"));
    const std::string block = str(r.values, "cidr_block");
    if (!vpc || block.empty()) {
        b.warn(r.address, "secondary CIDR for a VPC not in the source (or unknown): skipped");
        return;
    }
    (*vpc)["CidrBlockAssociationSet"].push_back(
        {{"CidrBlock", block}, {"CidrBlockState", {{"State", "associated"}}}});
}

void mapSubnet(const IacResource &r, DescribeBuilder &b)
{
    const std::string block = str(r.values, "cidr_block");
    if (block.empty()) {
        b.warn(r.address, "subnet CIDR block unknown: subnet left out");
        return;
    }
    Json &subnet = b.item("Subnets", "SubnetId", r.id);
    subnet["VpcId"] = str(r.values, "vpc_id");
    subnet["CidrBlock"] = block;
    subnet["AvailabilityZone"] = str(r.values, "availability_zone");
    subnet["MapPublicIpOnLaunch"] = boolean(r.values, "map_public_ip_on_launch");
    subnet["Tags"] = describeTags(r.values);
    b.nameAfter(r.id, r.address);
}

Json describeRoute(const Json &block, const char *destinationKey)
{
    Json route = Json::object();
    const auto put = [&](const char *to, const std::string &value) {
        if (!value.empty())
            route[to] = value;
    };
    put("DestinationCidrBlock", str(block, destinationKey));
    put("DestinationIpv6CidrBlock", str(block, "ipv6_cidr_block"));
    put("DestinationIpv6CidrBlock", str(block, "destination_ipv6_cidr_block"));
    put("DestinationPrefixListId", str(block, "destination_prefix_list_id"));
    put("GatewayId", str(block, "gateway_id"));
    put("GatewayId", str(block, "vpc_endpoint_id"));
    put("NatGatewayId", str(block, "nat_gateway_id"));
    put("TransitGatewayId", str(block, "transit_gateway_id"));
    put("VpcPeeringConnectionId", str(block, "vpc_peering_connection_id"));
    put("NetworkInterfaceId", str(block, "network_interface_id"));
    put("InstanceId", str(block, "instance_id"));
    put("EgressOnlyInternetGatewayId", str(block, "egress_only_gateway_id"));
    return route;
}

void mapRouteTable(const IacResource &r, DescribeBuilder &b)
{
    Json &rt = b.item("RouteTables", "RouteTableId", r.id);
    if (auto vpc = str(r.values, "vpc_id"); !vpc.empty())
        rt["VpcId"] = vpc;
    rt["Tags"] = describeTags(r.values);
    if (!rt.contains("Routes"))
        rt["Routes"] = Json::array();
    for (const auto &block : blocks(r.values, "route"))
        rt["Routes"].push_back(describeRoute(block, "cidr_block"));
    for (const auto &vgw : strs(r.values, "propagating_vgws"))
        rt["PropagatingVgws"].push_back({{"GatewayId", vgw}});
    if (r.type == "aws_default_route_table")
        b.managed(r.id);
    b.nameAfter(r.id, r.address);
}

Json *tableOf(const IacResource &r, DescribeBuilder &b)
{
    const std::string id = str(r.values, "route_table_id");
    Json *rt = b.find("RouteTables", id);
    if (!rt)
        b.warn(r.address, "route table " + (id.empty() ? "(unknown)" : id)
                              + " is not in the source: skipped");
    return rt;
}

void mapRoute(const IacResource &r, DescribeBuilder &b)
{
    if (Json *rt = tableOf(r, b))
        (*rt)["Routes"].push_back(describeRoute(r.values, "destination_cidr_block"));
}

void mapTableAssociation(const IacResource &r, DescribeBuilder &b)
{
    Json *rt = tableOf(r, b);
    if (!rt)
        return;
    if (auto subnet = str(r.values, "subnet_id"); !subnet.empty())
        (*rt)["Associations"].push_back({{"SubnetId", subnet}});
    else if (auto gateway = str(r.values, "gateway_id"); !gateway.empty())
        (*rt)["Associations"].push_back({{"GatewayId", gateway}});
}

void mapMainAssociation(const IacResource &r, DescribeBuilder &b)
{
    if (tableOf(r, b))
        b.setMainRouteTable(str(r.values, "vpc_id"), str(r.values, "route_table_id"));
}

void mapInternetGateway(const IacResource &r, DescribeBuilder &b)
{
    Json &igw = b.item("InternetGateways", "InternetGatewayId", r.id);
    igw["Tags"] = describeTags(r.values);
    igw["Attachments"] = Json::array();
    if (auto vpc = str(r.values, "vpc_id"); !vpc.empty())
        igw["Attachments"].push_back({{"VpcId", vpc}, {"State", "available"}});
    b.nameAfter(r.id, r.address);
}

void mapIgwAttachment(const IacResource &r, DescribeBuilder &b)
{
    Json *igw = b.find("InternetGateways", str(r.values, "internet_gateway_id"));
    if (!igw) {
        b.warn(r.address, "internet gateway not in the source: attachment skipped");
        return;
    }
    (*igw)["Attachments"].push_back({{"VpcId", str(r.values, "vpc_id")}, {"State", "available"}});
}

void mapEip(const IacResource &r, DescribeBuilder &b)
{
    std::string ip = str(r.values, "public_ip");
    if (ip.empty())
        ip = b.placeholderPublicIp(r.address, "Elastic IP");
    b.remember("eip:" + r.id, ip);
    const std::string eni = str(r.values, "network_interface");
    const std::string instance = str(r.values, "instance");
    if (!eni.empty() || !instance.empty())
        b.append("Addresses",
                 {{"PublicIp", ip}, {"NetworkInterfaceId", eni}, {"InstanceId", instance}});
}

void mapEipAssociation(const IacResource &r, DescribeBuilder &b)
{
    std::string ip = b.recall("eip:" + str(r.values, "allocation_id"));
    if (ip.empty())
        ip = str(r.values, "public_ip");
    if (ip.empty()) {
        b.warn(r.address, "Elastic IP not in the source: association skipped");
        return;
    }
    b.append("Addresses", {{"PublicIp", ip},
                           {"NetworkInterfaceId", str(r.values, "network_interface_id")},
                           {"InstanceId", str(r.values, "instance_id")}});
}

void mapNatGateway(const IacResource &r, DescribeBuilder &b)
{
    const bool isPrivate = str(r.values, "connectivity_type") == "private";
    std::string eniId = str(r.values, "network_interface_id");
    if (eniId.empty())
        eniId = placeholderId("eni", r.address);
    Json address = {{"NetworkInterfaceId", eniId}, {"IsPrimary", true}};
    std::string publicIp = str(r.values, "public_ip");
    if (publicIp.empty() && !isPrivate) {
        publicIp = b.recall("eip:" + str(r.values, "allocation_id"));
        if (publicIp.empty())
            publicIp = b.placeholderPublicIp(r.address, "NAT gateway public address");
    }
    if (!publicIp.empty())
        address["PublicIp"] = publicIp;
    Json &eni = b.item("NetworkInterfaces", "NetworkInterfaceId", eniId);
    eni["SubnetId"] = str(r.values, "subnet_id");
    eni["InterfaceType"] = "nat_gateway";
    eni["Description"] = "Interface for NAT Gateway " + r.id;
    if (auto ip = str(r.values, "private_ip"); !ip.empty()) {
        eni["PrivateIpAddress"] = ip;
        address["PrivateIp"] = ip;
    } else {
        b.needsAddress(eniId, r.address);
    }
    Json &nat = b.item("NatGateways", "NatGatewayId", r.id);
    nat["SubnetId"] = str(r.values, "subnet_id");
    nat["ConnectivityType"] = isPrivate ? "private" : "public";
    nat["State"] = "available";
    nat["Tags"] = describeTags(r.values);
    nat["NatGatewayAddresses"] = Json::array({address});
    b.nameAfter(r.id, r.address);
}

// One provider rule block (inline or a separate resource) as one describe-* permission.
Json permission(const Json &rule, const std::string &groupId)
{
    std::string protocol = str(rule, "protocol");
    if (protocol.empty())
        protocol = str(rule, "ip_protocol");
    Json p = {{"IpProtocol", protocol.empty() ? "-1" : protocol}};
    if (auto from = num(rule, "from_port"))
        p["FromPort"] = *from;
    if (auto to = num(rule, "to_port"))
        p["ToPort"] = *to;
    Json ranges = Json::array();
    for (const auto &c : strs(rule, "cidr_blocks"))
        ranges.push_back({{"CidrIp", c}});
    if (auto c = str(rule, "cidr_ipv4"); !c.empty())
        ranges.push_back({{"CidrIp", c}});
    Json ipv6 = Json::array();
    for (const auto &c : strs(rule, "ipv6_cidr_blocks"))
        ipv6.push_back({{"CidrIpv6", c}});
    if (auto c = str(rule, "cidr_ipv6"); !c.empty())
        ipv6.push_back({{"CidrIpv6", c}});
    Json pairs = Json::array();
    auto groups = strs(rule, "security_groups");
    for (const char *key : {"source_security_group_id", "referenced_security_group_id"})
        if (auto g = str(rule, key); !g.empty())
            groups.push_back(g);
    if (boolean(rule, "self"))
        groups.push_back(groupId);
    for (const auto &g : groups)
        pairs.push_back({{"GroupId", g}});
    Json lists = Json::array();
    auto prefixLists = strs(rule, "prefix_list_ids");
    if (auto pl = str(rule, "prefix_list_id"); !pl.empty())
        prefixLists.push_back(pl);
    for (const auto &pl : prefixLists)
        lists.push_back({{"PrefixListId", pl}});
    p["IpRanges"] = ranges;
    p["Ipv6Ranges"] = ipv6;
    p["UserIdGroupPairs"] = pairs;
    p["PrefixListIds"] = lists;
    return p;
}

void mapSecurityGroup(const IacResource &r, DescribeBuilder &b)
{
    Json &sg = b.item("SecurityGroups", "GroupId", r.id);
    if (auto vpc = str(r.values, "vpc_id"); !vpc.empty())
        sg["VpcId"] = vpc;
    sg["GroupName"] = str(r.values, "name");
    sg["Description"] = str(r.values, "description");
    sg["Tags"] = describeTags(r.values);
    // Terraform removes AWS's default allow-all egress: the rules are exactly those given.
    for (const char *key : {"ingress", "egress"}) {
        const char *to = std::string_view(key) == "ingress" ? "IpPermissions"
                                                            : "IpPermissionsEgress";
        if (!sg.contains(to))
            sg[to] = Json::array();
        for (const auto &rule : blocks(r.values, key))
            sg[to].push_back(permission(rule, r.id));
    }
    if (r.type == "aws_default_security_group")
        b.managed(r.id);
    b.nameAfter(r.id, r.address);
}

void mapGroupRule(const IacResource &r, DescribeBuilder &b)
{
    const std::string groupId = str(r.values, "security_group_id");
    Json *sg = b.find("SecurityGroups", groupId);
    if (!sg) {
        b.warn(r.address, "security group " + (groupId.empty() ? "(unknown)" : groupId)
                              + " is not in the source: rule skipped");
        return;
    }
    const bool egress = r.type == "aws_vpc_security_group_egress_rule"
                        || str(r.values, "type") == "egress";
    (*sg)[egress ? "IpPermissionsEgress" : "IpPermissions"].push_back(permission(r.values,
                                                                                 groupId));
}

Json aclEntry(const Json &rule, bool egress, const char *numberKey, const char *actionKey)
{
    Json entry = {{"RuleNumber", num(rule, numberKey).value_or(0)},
                  {"Protocol", str(rule, "protocol").empty() ? "-1" : str(rule, "protocol")},
                  {"RuleAction", str(rule, actionKey)},
                  {"Egress", egress}};
    if (auto c = str(rule, "cidr_block"); !c.empty())
        entry["CidrBlock"] = c;
    if (auto c = str(rule, "ipv6_cidr_block"); !c.empty())
        entry["Ipv6CidrBlock"] = c;
    if (auto from = num(rule, "from_port"), to = num(rule, "to_port"); from && to)
        entry["PortRange"] = {{"From", *from}, {"To", *to}};
    return entry;
}

void associateAcl(DescribeBuilder &b, const std::string &aclId, const std::string &subnetId)
{
    for (auto &acl : b.list("NetworkAcls")) {
        auto &assocs = acl["Associations"];
        if (!assocs.is_array())
            assocs = Json::array();
        assocs.erase(std::remove_if(assocs.begin(), assocs.end(),
                                    [&](const Json &a) { return str(a, "SubnetId") == subnetId; }),
                     assocs.end());
        if (str(acl, "NetworkAclId") == aclId)
            assocs.push_back({{"SubnetId", subnetId}});
    }
}

void mapNetworkAcl(const IacResource &r, DescribeBuilder &b)
{
    Json &acl = b.item("NetworkAcls", "NetworkAclId", r.id);
    if (auto vpc = str(r.values, "vpc_id"); !vpc.empty())
        acl["VpcId"] = vpc;
    acl["Tags"] = describeTags(r.values);
    if (!acl.contains("Entries"))
        acl["Entries"] = Json::array();
    for (const auto &rule : blocks(r.values, "ingress"))
        acl["Entries"].push_back(aclEntry(rule, false, "rule_no", "action"));
    for (const auto &rule : blocks(r.values, "egress"))
        acl["Entries"].push_back(aclEntry(rule, true, "rule_no", "action"));
    if (r.type == "aws_default_network_acl")
        b.managed(r.id);
    b.nameAfter(r.id, r.address);
    for (const auto &subnet : strs(r.values, "subnet_ids"))
        associateAcl(b, r.id, subnet);
}

void mapAclRule(const IacResource &r, DescribeBuilder &b)
{
    const std::string aclId = str(r.values, "network_acl_id");
    Json *acl = b.find("NetworkAcls", aclId);
    if (!acl) {
        b.warn(r.address, "network ACL " + (aclId.empty() ? "(unknown)" : aclId)
                              + " is not in the source: rule skipped");
        return;
    }
    (*acl)["Entries"].push_back(
        aclEntry(r.values, boolean(r.values, "egress"), "rule_number", "rule_action"));
}

void mapAclAssociation(const IacResource &r, DescribeBuilder &b)
{
    const std::string aclId = str(r.values, "network_acl_id");
    if (!b.find("NetworkAcls", aclId)) {
        b.warn(r.address, "network ACL " + (aclId.empty() ? "(unknown)" : aclId)
                              + " is not in the source: association skipped");
        return;
    }
    associateAcl(b, aclId, str(r.values, "subnet_id"));
}

struct Entry
{
    const char *type;
    MapFn fn;
};

constexpr Entry mappers[] = {
    {"aws_vpc", mapVpc},
    {"aws_default_vpc", mapVpc},
    {"aws_vpc_ipv4_cidr_block_association", mapCidrAssociation},
    {"aws_subnet", mapSubnet},
    {"aws_default_subnet", mapSubnet},
    {"aws_route_table", mapRouteTable},
    {"aws_default_route_table", mapRouteTable},
    {"aws_route", mapRoute},
    {"aws_route_table_association", mapTableAssociation},
    {"aws_main_route_table_association", mapMainAssociation},
    {"aws_internet_gateway", mapInternetGateway},
    {"aws_internet_gateway_attachment", mapIgwAttachment},
    {"aws_eip", mapEip},
    {"aws_eip_association", mapEipAssociation},
    {"aws_nat_gateway", mapNatGateway},
    {"aws_security_group", mapSecurityGroup},
    {"aws_default_security_group", mapSecurityGroup},
    {"aws_security_group_rule", mapGroupRule},
    {"aws_vpc_security_group_ingress_rule", mapGroupRule},
    {"aws_vpc_security_group_egress_rule", mapGroupRule},
    {"aws_network_acl", mapNetworkAcl},
    {"aws_default_network_acl", mapNetworkAcl},
    {"aws_network_acl_rule", mapAclRule},
    {"aws_network_acl_association", mapAclAssociation},
};

} // namespace

std::string vpcDefaultId(const std::string &attribute, const std::string &vpcAddress,
                         const Json &vpcValues)
{
    if (attribute == "main_route_table_id" || attribute == "default_route_table_id") {
        for (const char *key : {"main_route_table_id", "default_route_table_id"})
            if (auto id = str(vpcValues, key); !id.empty())
                return id;
        return placeholderId("rtb", vpcAddress + ".main");
    }
    if (attribute == "default_network_acl_id") {
        if (auto id = str(vpcValues, "default_network_acl_id"); !id.empty())
            return id;
        return placeholderId("acl", vpcAddress + ".default");
    }
    if (attribute == "default_security_group_id") {
        if (auto id = str(vpcValues, "default_security_group_id"); !id.empty())
            return id;
        return placeholderId("sg", vpcAddress + ".default");
    }
    return {};
}

MapFn networkMapper(const std::string &type)
{
    for (const auto &e : mappers)
        if (type == e.type)
            return e.fn;
    return nullptr;
}

} // namespace mailpath::core::iac
