// VPC-level resources of an AWS snapshot: VPCs, subnets, route tables, security groups,
// network ACLs, internet gateways, peering, prefix lists and VPC endpoints.

#include "awscontext.h"

#include <algorithm>

namespace mailpath::core::aws {

namespace vpcKey {
constexpr std::string_view id = "VpcId";
constexpr std::string_view cidrSet = "CidrBlockAssociationSet";
constexpr std::string_view cidrState = "CidrBlockState";
constexpr std::string_view isDefault = "IsDefault";
} // namespace vpcKey

namespace subnetKey {
constexpr std::string_view id = "SubnetId";
constexpr std::string_view mapPublicIp = "MapPublicIpOnLaunch";
constexpr std::string_view ipv6Native = "Ipv6Native";
constexpr std::string_view ipv6Blocks = "Ipv6CidrBlockAssociationSet";
} // namespace subnetKey

namespace routeTableKey {
constexpr std::string_view id = "RouteTableId";
constexpr std::string_view associations = "Associations";
constexpr std::string_view mainFlag = "Main";
constexpr std::string_view gatewayId = "GatewayId";
constexpr std::string_view propagatingVgws = "PropagatingVgws";
constexpr std::string_view routes = "Routes";
constexpr std::string_view destination = "DestinationCidrBlock";
constexpr std::string_view destinationIpv6 = "DestinationIpv6CidrBlock";
constexpr std::string_view destinationPrefixList = "DestinationPrefixListId";
constexpr std::string_view natGatewayId = "NatGatewayId";
constexpr std::string_view transitGatewayId = "TransitGatewayId";
constexpr std::string_view peeringId = "VpcPeeringConnectionId";
constexpr std::string_view eniId = "NetworkInterfaceId";
constexpr std::string_view instanceId = "InstanceId";
constexpr std::string_view egressOnlyId = "EgressOnlyInternetGatewayId";
constexpr std::string_view origin = "Origin";
constexpr std::string_view vgwPropagation = "EnableVgwRoutePropagation";
constexpr std::string_view blackhole = "blackhole";
} // namespace routeTableKey

namespace sgKey {
constexpr std::string_view id = "GroupId";
constexpr std::string_view groupName = "GroupName";
constexpr std::string_view description = "Description";
constexpr std::string_view ingress = "IpPermissions";
constexpr std::string_view egress = "IpPermissionsEgress";
constexpr std::string_view protocol = "IpProtocol";
constexpr std::string_view fromPort = "FromPort";
constexpr std::string_view toPort = "ToPort";
constexpr std::string_view ipRanges = "IpRanges";
constexpr std::string_view cidrIp = "CidrIp";
constexpr std::string_view ipv6Ranges = "Ipv6Ranges";
constexpr std::string_view groupPairs = "UserIdGroupPairs";
constexpr std::string_view prefixLists = "PrefixListIds";
constexpr std::string_view prefixListId = "PrefixListId";
} // namespace sgKey

namespace aclKey {
constexpr std::string_view id = "NetworkAclId";
constexpr std::string_view isDefault = "IsDefault";
constexpr std::string_view associations = "Associations";
constexpr std::string_view entries = "Entries";
constexpr std::string_view egress = "Egress";
constexpr std::string_view ruleNumber = "RuleNumber";
constexpr std::string_view protocol = "Protocol";
constexpr std::string_view portRange = "PortRange";
constexpr std::string_view from = "From";
constexpr std::string_view to = "To";
constexpr std::string_view action = "RuleAction";
constexpr int implicitDenyRule = 32767;
} // namespace aclKey

namespace igwKey {
constexpr std::string_view id = "InternetGatewayId";
constexpr std::string_view attachments = "Attachments";
} // namespace igwKey

namespace peeringKey {
constexpr std::string_view id = "VpcPeeringConnectionId";
constexpr std::string_view requester = "RequesterVpcInfo";
constexpr std::string_view accepter = "AccepterVpcInfo";
constexpr std::string_view cidrSet = "CidrBlockSet";
constexpr std::string_view status = "Status";
constexpr std::string_view code = "Code";
} // namespace peeringKey

namespace prefixListKey {
constexpr std::string_view id = "PrefixListId";
constexpr std::string_view name = "PrefixListName";
constexpr std::string_view cidrs = "Cidrs";
} // namespace prefixListKey

namespace endpointKey {
constexpr std::string_view id = "VpcEndpointId";
constexpr std::string_view type = "VpcEndpointType";
constexpr std::string_view serviceName = "ServiceName";
constexpr std::string_view subnetIds = "SubnetIds";
constexpr std::string_view eniIds = "NetworkInterfaceIds";
constexpr std::string_view privateDns = "PrivateDnsEnabled";
constexpr std::string_view routeTableIds = "RouteTableIds";
} // namespace endpointKey

namespace {

// Protocol names and numbers of SG rules and NACL entries; -1 is "all".
int protocolNumber(const Json &object, std::string_view key)
{
    const std::string value = text(object, key);
    if (value.empty() || value == "-1" || value == "all")
        return -1;
    if (value == "tcp")
        return 6;
    if (value == "udp")
        return 17;
    if (value == "icmp")
        return 1;
    if (value == "icmpv6")
        return 58;
    const auto number = integer(object, key);
    if (!number || *number < -1 || *number > 255)
        throw ShapeError(std::string(key) + ": unknown protocol \"" + value + "\"");
    return int(*number);
}

bool hasPorts(int protocol)
{
    return protocol == 6 || protocol == 17;
}

PortRange portRange(const Json &object, std::string_view fromKey, std::string_view toKey)
{
    const auto from = integer(object, fromKey);
    const auto to = integer(object, toKey);
    if (!from || !to || *from == -1 || *to == -1)
        return PortRange::all();
    if (*from < 0 || *to > 65535 || *from > *to)
        throw ShapeError(std::string(fromKey) + "/" + std::string(toKey) + ": bad port range "
                         + std::to_string(*from) + "-" + std::to_string(*to));
    return PortRange{uint16_t(*from), uint16_t(*to)};
}

void readVpc(const Json &item, const std::string &id, ImportContext &context)
{
    Vpc vpc;
    vpc.id = id;
    vpc.tags = tags(item);
    vpc.name = nameTag(vpc.tags);
    vpc.region = context.region;
    vpc.accountId = text(item, key::ownerId);
    if (vpc.accountId.empty())
        vpc.accountId = context.account;
    vpc.isDefault = flag(item, vpcKey::isDefault);
    // Primary block first: OP25B exempts only the primary CIDR.
    if (auto primary = cidr(item, key::cidrBlock))
        vpc.cidrs.push_back(*primary);
    forEachObject(item, vpcKey::cidrSet, [&](const Json &assoc) {
        const Json *state = child(assoc, vpcKey::cidrState);
        if (state && text(*state, key::state) != "associated")
            return;
        if (auto block = cidr(assoc, key::cidrBlock);
            block && std::find(vpc.cidrs.begin(), vpc.cidrs.end(), *block) == vpc.cidrs.end())
            vpc.cidrs.push_back(*block);
    });
    if (vpc.cidrs.empty())
        throw ShapeError("missing required \"CidrBlock\"");
    context.add(std::move(vpc));
}

// Which member names the next hop decides the target kind; GatewayId covers igw, vgw, vpce.
void readRouteTarget(const Json &item, Route &route)
{
    using namespace routeTableKey;
    const std::pair<std::string_view, RouteTarget> byMember[] = {
        {natGatewayId, RouteTarget::NatGateway},
        {transitGatewayId, RouteTarget::TransitGateway},
        {peeringId, RouteTarget::Peering},
        {eniId, RouteTarget::NetworkInterface}, // before InstanceId: AWS lists both
        {instanceId, RouteTarget::Instance},
        {egressOnlyId, RouteTarget::EgressOnlyGateway},
    };
    for (const auto &[member, target] : byMember) {
        if (auto id = text(item, member); !id.empty()) {
            route.target = target;
            route.targetId = std::move(id);
            return;
        }
    }
    const std::string gateway = text(item, gatewayId);
    route.targetId = gateway == "local" ? std::string() : gateway;
    route.target = gateway == "local"                ? RouteTarget::Local
                   : gateway.starts_with("igw-")   ? RouteTarget::InternetGateway
                   : gateway.starts_with("vgw-")   ? RouteTarget::VpnGateway
                   : gateway.starts_with("vpce-")  ? RouteTarget::VpcEndpoint
                                                   : RouteTarget::Other;
}

std::optional<Route> readRoute(const Json &item, const std::string &tableId,
                               ImportContext &context)
{
    using namespace routeTableKey;
    Route route;
    route.destination = cidr(item, destination);
    route.destinationPrefixListId = text(item, destinationPrefixList);
    if (!route.destination && route.destinationPrefixListId.empty()) {
        if (!text(item, destinationIpv6).empty())
            context.info(tableId, "IPv6 route to " + text(item, destinationIpv6)
                                      + " skipped (MailPath models IPv4)");
        else
            context.warn(tableId, "route without a destination skipped");
        return std::nullopt;
    }
    route.blackhole = text(item, key::state) == blackhole;
    if (text(item, origin) == vgwPropagation)
        route.origin = RouteOrigin::Propagated;
    readRouteTarget(item, route);
    return route;
}

void readRouteTable(const Json &item, const std::string &id, ImportContext &context)
{
    using namespace routeTableKey;
    RouteTable table;
    table.id = id;
    table.tags = tags(item);
    table.name = nameTag(table.tags);
    table.vpcId = text(item, key::vpcId);
    forEachObject(item, associations, [&](const Json &assoc) {
        if (flag(assoc, mainFlag))
            table.main = true;
        if (auto subnet = text(assoc, key::subnetId); !subnet.empty())
            table.subnetIds.push_back(subnet);
        if (auto gateway = text(assoc, gatewayId); !gateway.empty())
            table.gatewayIds.push_back(gateway);
    });
    table.propagatingVgwIds = textsOf(item, propagatingVgws, gatewayId);
    forEachObject(item, routes, [&](const Json &entry) {
        if (auto route = readRoute(entry, id, context))
            table.routes.push_back(std::move(*route));
    });
    context.add(std::move(table));
}

// One AWS permission lists several peers; the model keeps one peer per rule.
void readPermission(const Json &item, std::vector<SgRule> &rules, bool &ipv6Skipped)
{
    using namespace sgKey;
    SgRule base;
    base.protocol = protocolNumber(item, protocol);
    if (hasPorts(base.protocol))
        base.ports = portRange(item, fromPort, toPort);
    forEachObject(item, ipRanges, [&](const Json &range) {
        SgRule rule = base;
        rule.cidr = cidr(range, cidrIp);
        rule.description = text(range, description);
        rules.push_back(std::move(rule));
    });
    forEachObject(item, groupPairs, [&](const Json &pair) {
        SgRule rule = base;
        rule.groupId = requiredText(pair, key::groupId);
        rule.description = text(pair, description);
        rules.push_back(std::move(rule));
    });
    forEachObject(item, prefixLists, [&](const Json &pl) {
        SgRule rule = base;
        rule.prefixListId = requiredText(pl, prefixListId);
        rule.description = text(pl, description);
        rules.push_back(std::move(rule));
    });
    if (!list(item, ipv6Ranges).empty())
        ipv6Skipped = true;
}

void readSecurityGroup(const Json &item, const std::string &id, ImportContext &context)
{
    SecurityGroup group;
    group.id = id;
    group.tags = tags(item);
    group.name = nameTag(group.tags);
    if (group.name.empty())
        group.name = text(item, sgKey::groupName);
    group.vpcId = text(item, key::vpcId);
    group.description = text(item, sgKey::description);
    bool ipv6Skipped = false;
    forEachObject(item, sgKey::ingress,
                  [&](const Json &p) { readPermission(p, group.ingress, ipv6Skipped); });
    forEachObject(item, sgKey::egress,
                  [&](const Json &p) { readPermission(p, group.egress, ipv6Skipped); });
    if (ipv6Skipped)
        context.info(id, "IPv6 peers of security group rules skipped (MailPath models IPv4)");
    context.add(std::move(group));
}

std::optional<AclEntry> readAclEntry(const Json &item)
{
    const auto cidrBlock = cidr(item, key::cidrBlock);
    const auto number = integer(item, aclKey::ruleNumber);
    if (!number)
        throw ShapeError("missing required \"RuleNumber\"");
    if (*number == aclKey::implicitDenyRule || !cidrBlock)
        return std::nullopt; // the final "*" is implicit; IPv6 entries are not modelled
    if (*number < 1 || *number > aclKey::implicitDenyRule)
        throw ShapeError("RuleNumber out of range: " + std::to_string(*number));
    AclEntry entry;
    entry.ruleNumber = int(*number);
    entry.egress = flag(item, aclKey::egress);
    entry.protocol = protocolNumber(item, aclKey::protocol);
    if (const Json *ports = child(item, aclKey::portRange); ports && hasPorts(entry.protocol))
        entry.ports = portRange(*ports, aclKey::from, aclKey::to);
    entry.cidr = *cidrBlock;
    const std::string ruleAction = text(item, aclKey::action);
    if (ruleAction != "allow" && ruleAction != "deny")
        throw ShapeError("RuleAction: expected \"allow\" or \"deny\", found \"" + ruleAction
                         + "\"");
    entry.allow = ruleAction == "allow";
    return entry;
}

void readNetworkAcl(const Json &item, const std::string &id, ImportContext &context)
{
    NetworkAcl acl;
    acl.id = id;
    acl.tags = tags(item);
    acl.name = nameTag(acl.tags);
    acl.vpcId = text(item, key::vpcId);
    acl.isDefault = flag(item, aclKey::isDefault);
    acl.subnetIds = textsOf(item, aclKey::associations, key::subnetId);
    forEachObject(item, aclKey::entries, [&](const Json &e) {
        if (auto entry = readAclEntry(e))
            acl.entries.push_back(*entry);
    });
    std::stable_sort(acl.entries.begin(), acl.entries.end(),
                     [](const AclEntry &a, const AclEntry &b) {
                         return a.ruleNumber < b.ruleNumber;
                     });
    context.add(std::move(acl));
}

std::vector<Cidr> peerCidrs(const Json &info)
{
    std::vector<Cidr> result;
    forEachObject(info, peeringKey::cidrSet, [&](const Json &entry) {
        if (auto block = cidr(entry, key::cidrBlock))
            result.push_back(*block);
    });
    if (result.empty())
        if (auto block = cidr(info, key::cidrBlock))
            result.push_back(*block);
    return result;
}

void readPeering(const Json &item, const std::string &id, ImportContext &context)
{
    PeeringConnection peering;
    peering.id = id;
    peering.tags = tags(item);
    peering.name = nameTag(peering.tags);
    if (const Json *requester = child(item, peeringKey::requester)) {
        peering.requesterVpcId = text(*requester, key::vpcId);
        peering.requesterCidrs = peerCidrs(*requester);
    }
    if (const Json *accepter = child(item, peeringKey::accepter)) {
        peering.accepterVpcId = text(*accepter, key::vpcId);
        peering.accepterCidrs = peerCidrs(*accepter);
    }
    if (const Json *status = child(item, peeringKey::status))
        peering.status = text(*status, peeringKey::code);
    context.add(std::move(peering));
}

void readEndpoint(const Json &item, const std::string &id, ImportContext &context)
{
    using namespace endpointKey;
    VpcEndpoint endpoint;
    endpoint.id = id;
    endpoint.tags = tags(item);
    endpoint.name = nameTag(endpoint.tags);
    endpoint.vpcId = text(item, key::vpcId);
    if (auto endpointType = text(item, type); !endpointType.empty())
        endpoint.endpointType = endpointType;
    endpoint.serviceName = text(item, serviceName);
    endpoint.subnetIds = texts(item, subnetIds);
    endpoint.securityGroupIds = textsOf(item, key::groups, key::groupId);
    endpoint.privateDnsEnabled = flag(item, privateDns);
    endpoint.routeTableIds = texts(item, routeTableIds);
    if (auto state = text(item, key::state); !state.empty())
        endpoint.state = state;
    // Nodes need the ENIs' subnets and addresses: resolved once every file is read.
    if (context.add(std::move(endpoint)))
        for (auto &eni : texts(item, eniIds))
            context.pending.endpointEnis.push_back({context.file, id, std::move(eni)});
}

} // namespace

void readVpcs(const Json &array, ImportContext &context)
{
    forEachResource(array, "Vpcs", vpcKey::id,
                    [&](const Json &item, const std::string &id) { readVpc(item, id, context); });
}

void readSubnets(const Json &array, ImportContext &context)
{
    forEachResource(array, "Subnets", subnetKey::id, [&](const Json &item, const std::string &id) {
        Subnet subnet;
        subnet.id = id;
        subnet.tags = tags(item);
        subnet.name = nameTag(subnet.tags);
        subnet.vpcId = text(item, key::vpcId);
        const auto block = cidr(item, key::cidrBlock);
        const auto ipv6 = item.find(std::string(subnetKey::ipv6Blocks));
        if (!block && (flag(item, subnetKey::ipv6Native)
                       || (ipv6 != item.end() && ipv6->is_array() && !ipv6->empty()))) {
            context.warn(id, "IPv6-only subnet skipped: MailPath models IPv4 only");
            return;
        }
        if (!block)
            throw ShapeError("missing required \"CidrBlock\"");
        subnet.cidr = *block;
        subnet.availabilityZone = text(item, key::availabilityZone);
        subnet.mapPublicIpOnLaunch = flag(item, subnetKey::mapPublicIp);
        context.seeZone(subnet.availabilityZone);
        context.add(std::move(subnet));
    });
}

void readRouteTables(const Json &array, ImportContext &context)
{
    forEachResource(array, "RouteTables", routeTableKey::id,
                    [&](const Json &item, const std::string &id) {
                        readRouteTable(item, id, context);
                    });
}

void readSecurityGroups(const Json &array, ImportContext &context)
{
    forEachResource(array, "SecurityGroups", sgKey::id,
                    [&](const Json &item, const std::string &id) {
                        readSecurityGroup(item, id, context);
                    });
}

void readNetworkAcls(const Json &array, ImportContext &context)
{
    forEachResource(array, "NetworkAcls", aclKey::id,
                    [&](const Json &item, const std::string &id) {
                        readNetworkAcl(item, id, context);
                    });
}

void readInternetGateways(const Json &array, ImportContext &context)
{
    forEachResource(array, "InternetGateways", igwKey::id,
                    [&](const Json &item, const std::string &id) {
                        InternetGateway igw;
                        igw.id = id;
                        igw.tags = tags(item);
                        igw.name = nameTag(igw.tags);
                        forEachObject(item, igwKey::attachments, [&](const Json &att) {
                            // An attached IGW reports "available" (some tools: "attached").
                            const auto state = text(att, key::state);
                            if (state.empty() || state == "available" || state == "attached")
                                igw.vpcIds.push_back(requiredText(att, key::vpcId));
                        });
                        context.add(std::move(igw));
                    });
}

void readPeeringConnections(const Json &array, ImportContext &context)
{
    forEachResource(array, "VpcPeeringConnections", peeringKey::id,
                    [&](const Json &item, const std::string &id) {
                        readPeering(item, id, context);
                    });
}

void readPrefixLists(const Json &array, ImportContext &context)
{
    forEachResource(array, "PrefixLists", prefixListKey::id,
                    [&](const Json &item, const std::string &id) {
                        PrefixList pl;
                        pl.id = id;
                        pl.tags = tags(item);
                        pl.name = text(item, prefixListKey::name);
                        for (const auto &entry : texts(item, prefixListKey::cidrs)) {
                            std::string why;
                            const auto parsed = Cidr::parse(entry, &why);
                            if (!parsed)
                                throw ShapeError("Cidrs: not an IPv4 CIDR: " + why);
                            pl.cidrs.push_back(*parsed);
                        }
                        context.add(std::move(pl));
                    });
}

void readVpcEndpoints(const Json &array, ImportContext &context)
{
    forEachResource(array, "VpcEndpoints", endpointKey::id,
                    [&](const Json &item, const std::string &id) {
                        readEndpoint(item, id, context);
                    });
}

void readEndpointServices(const Json &array, ImportContext &context)
{
    // The catalogue of services one could create an endpoint for: checked for shape only,
    // the simulator knows the SES endpoint service's ports itself.
    size_t count = 0;
    forEachResource(array, "ServiceDetails", endpointKey::serviceName,
                    [&](const Json &, const std::string &) { ++count; });
    context.info({}, "endpoint service catalogue (" + std::to_string(count)
                         + " services) read for reference only");
}

void linkVpcs(ImportContext &context)
{
    auto &design = context.design;
    // VPCs outside a region-named folder take the region of their subnets' zones.
    std::vector<std::pair<std::string, std::string>> regions;
    for (const auto &[id, vpc] : design.all<Vpc>()) {
        if (!vpc.region.empty())
            continue;
        std::string region;
        for (const auto &[sid, subnet] : design.all<Subnet>())
            if (subnet.vpcId == id && region.empty())
                region = regionFromZone(subnet.availabilityZone);
        regions.emplace_back(id, region.empty() ? context.dominantRegion() : region);
    }
    for (const auto &[id, region] : regions)
        design.update<Vpc>(id, [&region = region](Vpc &vpc) { vpc.region = region; });

    for (const auto &link : context.pending.endpointEnis) {
        const Eni *eni = design.find<Eni>(link.value);
        if (!eni) {
            context.note(Severity::Warning, link.parentId,
                         "endpoint network interface " + link.value + " not in the snapshot",
                         link.file);
            continue;
        }
        ServiceNode node{eni->subnetId, eni->primaryIp(), eni->publicIp, eni->id};
        design.update<VpcEndpoint>(link.parentId,
                                   [&](VpcEndpoint &e) { e.nodes.push_back(node); });
        design.update<Eni>(link.value, [&](Eni &e) {
            if (e.ownerId.empty())
                e.ownerId = link.parentId;
        });
    }
}

} // namespace mailpath::core::aws
