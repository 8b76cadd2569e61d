// Workloads and services of a code source: instances and interfaces, load balancers, the
// Transit Gateway family, peering, VPC endpoints, VPN, ECS services, Lambda functions, SES.

#include "iacmap.h"

#include <algorithm>

namespace mailpath::core::iac {

namespace {

constexpr long long maxTasksPerService = 16;

Json groupsOf(const std::vector<std::string> &ids)
{
    Json groups = Json::array();
    for (const auto &id : ids)
        groups.push_back({{"GroupId", id}});
    return groups;
}

/** A new interface in subnet; its address is the given one or taken from the plan. */
Json &addEni(DescribeBuilder &b, const std::string &id, const std::string &subnet,
             const std::string &ip, const std::string &address)
{
    Json &eni = b.item("NetworkInterfaces", "NetworkInterfaceId", id);
    eni["SubnetId"] = subnet;
    if (!ip.empty())
        eni["PrivateIpAddress"] = ip;
    else
        b.needsAddress(id, address);
    return eni;
}

std::vector<std::string> groupIds(const Json &values, const char *key)
{
    // EC2-Classic and default-VPC sources may name groups instead of giving ids.
    std::vector<std::string> ids;
    for (const auto &g : strs(values, key))
        if (g.starts_with("sg-"))
            ids.push_back(g);
    return ids;
}

void mapInstance(const IacResource &r, DescribeBuilder &b)
{
    Json &instance = b.item("Instances", "InstanceId", r.id);
    const std::string subnet = str(r.values, "subnet_id");
    instance["SubnetId"] = subnet;
    instance["Placement"] = {{"AvailabilityZone", str(r.values, "availability_zone")}};
    instance["State"] = {{"Name", "running"}};
    instance["Tags"] = describeTags(r.values);
    b.nameAfter(r.id, r.address);
    bool primaryGiven = false;
    for (const auto &ni : blocks(r.values, "network_interface")) {
        const int index = int(num(ni, "device_index").value_or(0));
        primaryGiven = primaryGiven || index == 0;
        b.attachToInstance(r.id, str(ni, "network_interface_id"), index);
    }
    if (primaryGiven)
        return;
    if (subnet.empty())
        b.info(r.address, "no subnet given (the default VPC's): placed by AWS at apply");
    std::string eniId = str(r.values, "primary_network_interface_id");
    if (eniId.empty())
        eniId = placeholderId("eni", r.address);
    Json &eni = addEni(b, eniId, subnet, str(r.values, "private_ip"), r.address);
    auto groups = groupIds(r.values, "vpc_security_group_ids");
    for (const auto &g : groupIds(r.values, "security_groups"))
        if (std::find(groups.begin(), groups.end(), g) == groups.end())
            groups.push_back(g);
    eni["Groups"] = groupsOf(groups);
    eni["SourceDestCheck"] = boolean(r.values, "source_dest_check", true);
    std::string publicIp = str(r.values, "public_ip");
    if (publicIp.empty() && boolean(r.values, "associate_public_ip_address"))
        publicIp = b.placeholderPublicIp(r.address, "public address");
    if (!publicIp.empty())
        eni["Association"] = {{"PublicIp", publicIp}};
    b.attachToInstance(r.id, eniId, 0);
}

void mapInterface(const IacResource &r, DescribeBuilder &b)
{
    std::string ip = str(r.values, "private_ip");
    if (ip.empty())
        if (auto ips = strs(r.values, "private_ips"); !ips.empty())
            ip = ips.front();
    Json &eni = addEni(b, r.id, str(r.values, "subnet_id"), ip, r.address);
    eni["Groups"] = groupsOf(strs(r.values, "security_groups"));
    eni["Description"] = str(r.values, "description");
    eni["SourceDestCheck"] = boolean(r.values, "source_dest_check", true);
    eni["Tags"] = describeTags(r.values);
    b.nameAfter(r.id, r.address);
    for (const auto &a : blocks(r.values, "attachment"))
        if (auto instance = str(a, "instance"); !instance.empty())
            b.attachToInstance(instance, r.id, int(num(a, "device_index").value_or(1)));
}

struct LbSubnet
{
    std::string subnet;
    std::string allocation;
    std::string privateIp;
};

std::vector<LbSubnet> lbSubnets(const Json &values)
{
    std::vector<LbSubnet> result;
    for (const auto &m : blocks(values, "subnet_mapping"))
        result.push_back({str(m, "subnet_id"), str(m, "allocation_id"),
                          str(m, "private_ipv4_address")});
    for (const auto &s : strs(values, "subnets"))
        if (std::none_of(result.begin(), result.end(),
                         [&](const LbSubnet &l) { return l.subnet == s; }))
            result.push_back({s, {}, {}});
    return result;
}

void mapLoadBalancer(const IacResource &r, DescribeBuilder &b)
{
    std::string type = str(r.values, "load_balancer_type");
    if (type.empty())
        type = "application"; // the provider's default
    const bool internal = boolean(r.values, "internal");
    Json &lb = b.item("LoadBalancers", "LoadBalancerArn", r.id);
    lb["LoadBalancerName"] = str(r.values, "name");
    lb["Type"] = type;
    lb["Scheme"] = internal ? "internal" : "internet-facing";
    lb["DNSName"] = str(r.values, "dns_name");
    lb["SecurityGroups"] = strs(r.values, "security_groups");
    if (auto vpc = str(r.values, "vpc_id"); !vpc.empty())
        lb["VpcId"] = vpc;
    lb["AvailabilityZones"] = Json::array();
    b.nameAfter(r.id, r.address);
    const auto pos = r.id.find(":loadbalancer/");
    const std::string description = pos == std::string::npos ? "" : "ELB " + r.id.substr(pos + 14);
    int n = 0;
    for (const auto &s : lbSubnets(r.values)) {
        lb["AvailabilityZones"].push_back({{"SubnetId", s.subnet}});
        const std::string node = r.address + ".node" + std::to_string(n++);
        Json &eni = addEni(b, placeholderId("eni", node), s.subnet, s.privateIp, node);
        eni["Description"] = description;
        eni["InterfaceType"] = type == "network" ? "network_load_balancer" : "interface";
        eni["Groups"] = groupsOf(strs(r.values, "security_groups"));
        if (internal)
            continue;
        std::string ip = b.recall("eip:" + s.allocation);
        if (ip.empty())
            ip = b.placeholderPublicIp(node, "load balancer node public address");
        eni["Association"] = {{"PublicIp", ip}};
    }
}

void mapListener(const IacResource &r, DescribeBuilder &b)
{
    const auto port = num(r.values, "port");
    if (!port) {
        b.warn(r.address, "listener port unknown: skipped");
        return;
    }
    Json actions = Json::array();
    for (const auto &a : blocks(r.values, "default_action")) {
        std::string group = str(a, "target_group_arn");
        for (const auto &f : blocks(a, "forward"))
            for (const auto &tg : blocks(f, "target_group"))
                if (group.empty())
                    group = str(tg, "arn");
        actions.push_back({{"Type", str(a, "type")}, {"TargetGroupArn", group}});
    }
    b.append("Listeners", {{"LoadBalancerArn", str(r.values, "load_balancer_arn")},
                           {"Port", *port},
                           {"Protocol", str(r.values, "protocol")},
                           {"DefaultActions", actions}});
}

void mapTargetGroup(const IacResource &r, DescribeBuilder &b)
{
    Json &tg = b.item("TargetGroups", "TargetGroupArn", r.id);
    tg["TargetGroupName"] = str(r.values, "name");
    tg["VpcId"] = str(r.values, "vpc_id");
    tg["TargetType"] = str(r.values, "target_type").empty() ? "instance"
                                                             : str(r.values, "target_type");
    tg["Protocol"] = str(r.values, "protocol");
    if (auto port = num(r.values, "port"))
        tg["Port"] = *port;
    for (const auto &h : blocks(r.values, "health_check")) {
        tg["HealthCheckPort"] = str(h, "port");
        tg["HealthCheckProtocol"] = str(h, "protocol");
    }
    b.nameAfter(r.id, r.address);
}

void mapTargetAttachment(const IacResource &r, DescribeBuilder &b)
{
    Json target = {{"Id", str(r.values, "target_id")}};
    if (auto port = num(r.values, "port"))
        target["Port"] = *port;
    if (auto zone = str(r.values, "availability_zone"); !zone.empty())
        target["AvailabilityZone"] = zone;
    Json &health = b.item("LoadBalancerTargetHealth", "TargetGroupArn",
                          str(r.values, "target_group_arn"));
    health["TargetHealthDescriptions"].push_back({{"Target", target}});
}

void mapTransitGateway(const IacResource &r, DescribeBuilder &b)
{
    const auto enabled = [&](const char *key) { return str(r.values, key) != "disable"; };
    Json options = {{"AmazonSideAsn", num(r.values, "amazon_side_asn").value_or(64512)}};
    const auto defaultTable = [&](const char *enableKey, const char *idKey, const char *flag) {
        if (!enabled(enableKey))
            return;
        std::string table = str(r.values, idKey);
        if (table.empty())
            table = placeholderId("tgw-rtb", r.address + ".default");
        options[enableKey == std::string("default_route_table_association")
                    ? "DefaultRouteTableAssociation"
                    : "DefaultRouteTablePropagation"] = "enable";
        options[idKey == std::string("association_default_route_table_id")
                    ? "AssociationDefaultRouteTableId"
                    : "PropagationDefaultRouteTableId"] = table;
        Json &rt = b.item("TransitGatewayRouteTables", "TransitGatewayRouteTableId", table);
        rt["TransitGatewayId"] = r.id;
        rt[flag] = true;
        b.nameAfter(table, "default route table of " + r.address);
    };
    defaultTable("default_route_table_association", "association_default_route_table_id",
                 "DefaultAssociationRouteTable");
    defaultTable("default_route_table_propagation", "propagation_default_route_table_id",
                 "DefaultPropagationRouteTable");
    Json &tgw = b.item("TransitGateways", "TransitGatewayId", r.id);
    tgw["Options"] = options;
    tgw["Tags"] = describeTags(r.values);
    b.nameAfter(r.id, r.address);
}

void propagate(DescribeBuilder &b, const std::string &table, const std::string &attachment)
{
    Json &p = b.item("TransitGatewayPropagations", "TransitGatewayRouteTableId", table);
    p["TransitGatewayRouteTablePropagations"].push_back(
        {{"TransitGatewayAttachmentId", attachment}, {"State", "enabled"}});
}

void mapTgwAttachment(const IacResource &r, DescribeBuilder &b)
{
    const std::string tgwId = str(r.values, "transit_gateway_id");
    Json &a = b.item("TransitGatewayVpcAttachments", "TransitGatewayAttachmentId", r.id);
    a["TransitGatewayId"] = tgwId;
    a["VpcId"] = str(r.values, "vpc_id");
    a["SubnetIds"] = strs(r.values, "subnet_ids");
    a["Options"] = {{"ApplianceModeSupport", str(r.values, "appliance_mode_support")}};
    a["Tags"] = describeTags(r.values);
    b.nameAfter(r.id, r.address);
    const Json *tgw = b.find("TransitGateways", tgwId);
    const Json options = tgw ? tgw->value("Options", Json::object()) : Json::object();
    Json &generic = b.item("TransitGatewayAttachments", "TransitGatewayAttachmentId", r.id);
    generic["TransitGatewayId"] = tgwId;
    generic["ResourceType"] = "vpc";
    generic["ResourceId"] = str(r.values, "vpc_id");
    const std::string assocTable = str(options, "AssociationDefaultRouteTableId");
    if (boolean(r.values, "transit_gateway_default_route_table_association", true)
        && !assocTable.empty() && !generic.contains("Association"))
        generic["Association"] = {{"TransitGatewayRouteTableId", assocTable}};
    const std::string propTable = str(options, "PropagationDefaultRouteTableId");
    if (boolean(r.values, "transit_gateway_default_route_table_propagation", true)
        && !propTable.empty())
        propagate(b, propTable, r.id);
}

void mapTgwRouteTable(const IacResource &r, DescribeBuilder &b)
{
    Json &rt = b.item("TransitGatewayRouteTables", "TransitGatewayRouteTableId", r.id);
    rt["TransitGatewayId"] = str(r.values, "transit_gateway_id");
    rt["Tags"] = describeTags(r.values);
    b.nameAfter(r.id, r.address);
}

void mapTgwAssociation(const IacResource &r, DescribeBuilder &b)
{
    Json &generic = b.item("TransitGatewayAttachments", "TransitGatewayAttachmentId",
                           str(r.values, "transit_gateway_attachment_id"));
    generic["Association"] = {
        {"TransitGatewayRouteTableId", str(r.values, "transit_gateway_route_table_id")}};
}

void mapTgwPropagation(const IacResource &r, DescribeBuilder &b)
{
    propagate(b, str(r.values, "transit_gateway_route_table_id"),
              str(r.values, "transit_gateway_attachment_id"));
}

void mapTgwRoute(const IacResource &r, DescribeBuilder &b)
{
    const bool blackhole = boolean(r.values, "blackhole");
    Json route = {{"DestinationCidrBlock", str(r.values, "destination_cidr_block")},
                  {"State", blackhole ? "blackhole" : "active"},
                  {"Type", "static"},
                  {"TransitGatewayAttachments", Json::array()}};
    if (auto a = str(r.values, "transit_gateway_attachment_id"); !a.empty() && !blackhole)
        route["TransitGatewayAttachments"].push_back({{"TransitGatewayAttachmentId", a}});
    Json &routes = b.item("TransitGatewayStaticRoutes", "TransitGatewayRouteTableId",
                          str(r.values, "transit_gateway_route_table_id"));
    routes["Routes"].push_back(route);
}

void mapPeering(const IacResource &r, DescribeBuilder &b)
{
    std::string status = str(r.values, "accept_status");
    if (status.empty())
        status = boolean(r.values, "auto_accept") ? "active" : "pending-acceptance";
    Json &p = b.item("VpcPeeringConnections", "VpcPeeringConnectionId", r.id);
    p["RequesterVpcInfo"] = {{"VpcId", str(r.values, "vpc_id")}};
    p["AccepterVpcInfo"] = {{"VpcId", str(r.values, "peer_vpc_id")}};
    p["Status"] = {{"Code", status}};
    p["Tags"] = describeTags(r.values);
    b.nameAfter(r.id, r.address);
    if (status != "active")
        b.info(r.address, "peering is " + status + " until accepted: no traffic crosses it");
}

void mapPeeringAccepter(const IacResource &r, DescribeBuilder &b)
{
    if (Json *p = b.find("VpcPeeringConnections", str(r.values, "vpc_peering_connection_id")))
        (*p)["Status"] = {{"Code", "active"}};
}

void mapEndpoint(const IacResource &r, DescribeBuilder &b)
{
    std::string type = str(r.values, "vpc_endpoint_type");
    if (type.empty())
        type = "Gateway"; // the provider's default
    Json &e = b.item("VpcEndpoints", "VpcEndpointId", r.id);
    e["VpcId"] = str(r.values, "vpc_id");
    e["VpcEndpointType"] = type;
    e["ServiceName"] = str(r.values, "service_name");
    e["SubnetIds"] = strs(r.values, "subnet_ids");
    e["Groups"] = groupsOf(strs(r.values, "security_group_ids"));
    e["PrivateDnsEnabled"] = boolean(r.values, "private_dns_enabled");
    e["RouteTableIds"] = strs(r.values, "route_table_ids");
    e["State"] = "available";
    e["Tags"] = describeTags(r.values);
    e["NetworkInterfaceIds"] = Json::array();
    b.nameAfter(r.id, r.address);
    if (type != "Interface")
        return;
    int n = 0;
    for (const auto &subnet : strs(r.values, "subnet_ids")) {
        const std::string node = r.address + ".node" + std::to_string(n++);
        const std::string eniId = placeholderId("eni", node);
        Json &eni = addEni(b, eniId, subnet, {}, node);
        eni["InterfaceType"] = "vpc_endpoint";
        eni["Description"] = "VPC Endpoint Interface " + r.id;
        eni["Groups"] = e["Groups"];
        e["NetworkInterfaceIds"].push_back(eniId);
    }
}

void mapVpnGateway(const IacResource &r, DescribeBuilder &b)
{
    Json &vgw = b.item("VpnGateways", "VpnGatewayId", r.id);
    vgw["VpcAttachments"] = Json::array();
    if (auto vpc = str(r.values, "vpc_id"); !vpc.empty())
        vgw["VpcAttachments"].push_back({{"VpcId", vpc}, {"State", "attached"}});
    if (auto asn = num(r.values, "amazon_side_asn"))
        vgw["AmazonSideAsn"] = *asn;
    vgw["State"] = "available";
    vgw["Tags"] = describeTags(r.values);
    b.nameAfter(r.id, r.address);
}

void mapVgwAttachment(const IacResource &r, DescribeBuilder &b)
{
    if (Json *vgw = b.find("VpnGateways", str(r.values, "vpn_gateway_id")))
        (*vgw)["VpcAttachments"].push_back(
            {{"VpcId", str(r.values, "vpc_id")}, {"State", "attached"}});
    else
        b.warn(r.address, "VPN gateway not in the source: attachment skipped");
}

void mapVgwPropagation(const IacResource &r, DescribeBuilder &b)
{
    if (Json *rt = b.find("RouteTables", str(r.values, "route_table_id")))
        (*rt)["PropagatingVgws"].push_back({{"GatewayId", str(r.values, "vpn_gateway_id")}});
    else
        b.warn(r.address, "route table not in the source: propagation skipped");
}

void mapVpnConnection(const IacResource &r, DescribeBuilder &b)
{
    Json &vpn = b.item("VpnConnections", "VpnConnectionId", r.id);
    vpn["VpnGatewayId"] = str(r.values, "vpn_gateway_id");
    vpn["TransitGatewayId"] = str(r.values, "transit_gateway_id");
    vpn["CustomerGatewayId"] = str(r.values, "customer_gateway_id");
    vpn["Options"] = {{"StaticRoutesOnly", boolean(r.values, "static_routes_only")}};
    vpn["State"] = "available";
    vpn["Tags"] = describeTags(r.values);
    if (!vpn.contains("Routes"))
        vpn["Routes"] = Json::array();
    b.nameAfter(r.id, r.address);
}

void mapVpnRoute(const IacResource &r, DescribeBuilder &b)
{
    Json &vpn = b.item("VpnConnections", "VpnConnectionId", str(r.values, "vpn_connection_id"));
    vpn["Routes"].push_back({{"DestinationCidrBlock", str(r.values, "destination_cidr_block")},
                             {"State", "available"}});
}

void mapCustomerGateway(const IacResource &r, DescribeBuilder &b)
{
    Json &cgw = b.item("CustomerGateways", "CustomerGatewayId", r.id);
    cgw["IpAddress"] = str(r.values, "ip_address");
    cgw["BgpAsn"] = str(r.values, "bgp_asn");
    cgw["Tags"] = describeTags(r.values);
    b.nameAfter(r.id, r.address);
}

void mapEcsService(const IacResource &r, DescribeBuilder &b)
{
    const auto configs = blocks(r.values, "network_configuration");
    if (configs.empty()) {
        b.info(r.address, "ECS service without awsvpc networking: its tasks use the container "
                          "instances' interfaces");
        return;
    }
    const auto subnets = strs(configs.front(), "subnets");
    const long long wanted = num(r.values, "desired_count").value_or(1);
    const long long tasks = std::min(wanted, maxTasksPerService);
    if (wanted > tasks)
        b.info(r.address, std::to_string(wanted) + " tasks wanted; "
                              + std::to_string(tasks) + " drawn (their paths are alike)");
    if (subnets.empty() || tasks <= 0) {
        b.info(r.address, "ECS service without subnets or tasks: nothing to draw");
        return;
    }
    for (long long i = 0; i < tasks; ++i) {
        const std::string task = r.address + ".task" + std::to_string(i);
        Json &eni = addEni(b, placeholderId("eni", task), subnets[size_t(i) % subnets.size()],
                           {}, task);
        eni["RequesterId"] = "ecs";
        eni["InterfaceType"] = "interface";
        eni["Description"] = "arn:aws:ecs:task:attachment/" + task;
        eni["Groups"] = groupsOf(strs(configs.front(), "security_groups"));
        b.nameAfter(placeholderId("eni", task), task);
        if (boolean(configs.front(), "assign_public_ip"))
            eni["Association"] = {{"PublicIp", b.placeholderPublicIp(task, "task public address")}};
    }
}

void mapLambda(const IacResource &r, DescribeBuilder &b)
{
    const auto configs = blocks(r.values, "vpc_config");
    const auto subnets = configs.empty() ? std::vector<std::string>()
                                         : strs(configs.front(), "subnet_ids");
    if (subnets.empty()) {
        b.info(r.address, "Lambda function outside any VPC: it sends from AWS's own network");
        return;
    }
    int n = 0;
    for (const auto &subnet : subnets) {
        const std::string node = r.address + ".eni" + std::to_string(n++);
        Json &eni = addEni(b, placeholderId("eni", node), subnet, {}, node);
        eni["InterfaceType"] = "lambda";
        eni["Description"] = "AWS Lambda VPC ENI-" + str(r.values, "function_name");
        eni["Groups"] = groupsOf(strs(configs.front(), "security_group_ids"));
        b.nameAfter(placeholderId("eni", node), node);
    }
}

void mapSes(const IacResource &r, DescribeBuilder &b)
{
    std::string what = "SES " + r.type.substr(r.type.find("_ses") + 1);
    for (const auto &d : blocks(r.values, "delivery_options"))
        if (auto tls = str(d, "tls_policy"); !tls.empty())
            what += ", TLS policy " + tls + " (applies to SES's own delivery onward)";
    b.info(r.address, what + ": mail to SES goes to the region's SES SMTP endpoint, which is "
                             "modelled for every region present");
}

struct Entry
{
    const char *type;
    MapFn fn;
};

constexpr Entry mappers[] = {
    {"aws_instance", mapInstance},
    {"aws_network_interface", mapInterface},
    {"aws_lb", mapLoadBalancer},
    {"aws_lb_listener", mapListener},
    {"aws_lb_target_group", mapTargetGroup},
    {"aws_lb_target_group_attachment", mapTargetAttachment},
    {"aws_ec2_transit_gateway", mapTransitGateway},
    {"aws_ec2_transit_gateway_vpc_attachment", mapTgwAttachment},
    {"aws_ec2_transit_gateway_route_table", mapTgwRouteTable},
    {"aws_ec2_transit_gateway_route_table_association", mapTgwAssociation},
    {"aws_ec2_transit_gateway_route_table_propagation", mapTgwPropagation},
    {"aws_ec2_transit_gateway_route", mapTgwRoute},
    {"aws_vpc_peering_connection", mapPeering},
    {"aws_vpc_peering_connection_accepter", mapPeeringAccepter},
    {"aws_vpc_endpoint", mapEndpoint},
    {"aws_vpn_gateway", mapVpnGateway},
    {"aws_vpn_gateway_attachment", mapVgwAttachment},
    {"aws_vpn_gateway_route_propagation", mapVgwPropagation},
    {"aws_vpn_connection", mapVpnConnection},
    {"aws_vpn_connection_route", mapVpnRoute},
    {"aws_customer_gateway", mapCustomerGateway},
    {"aws_ecs_service", mapEcsService},
    {"aws_lambda_function", mapLambda},
};

} // namespace

MapFn computeMapper(const std::string &type)
{
    for (const auto &e : mappers)
        if (type == e.type)
            return e.fn;
    if (const auto fn = sesMapper(type))
        return fn;
    if (type.starts_with("aws_ses_") || type.starts_with("aws_sesv2_"))
        return mapSes;
    return nullptr;
}

} // namespace mailpath::core::iac
