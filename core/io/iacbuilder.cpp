#include "iacbuilder.h"

#include "../net/address.h"
#include "awsimport.h"

#include <algorithm>
#include <regex>

namespace mailpath::core::iac {

namespace {

// Keys every document carries, so an empty side of a plan still imports (as nothing).
const char *const describeKeys[] = {"Vpcs", "Subnets", "RouteTables", "SecurityGroups",
                                    "NetworkAcls"};

// AWS reserves the first four addresses of every subnet and the last one.
constexpr uint32_t reservedLow = 4;

Json allowAllEntry(bool egress)
{
    return {{"RuleNumber", 100}, {"Protocol", "-1"}, {"RuleAction", "allow"},
            {"Egress", egress}, {"CidrBlock", "0.0.0.0/0"}};
}

} // namespace

std::string placeholderId(const std::string &prefix, const std::string &address)
{
    return prefix + "-" + address;
}

Json &DescribeBuilder::item(const std::string &listKey, const std::string &idKey,
                            const std::string &id)
{
    const std::string slotKey = listKey + '\n' + id;
    if (const auto it = m_slots.find(slotKey); it != m_slots.end())
        return m_lists[listKey][it->second.index];
    auto &list = m_lists[listKey];
    list.push_back(Json{{idKey, id}});
    m_slots[slotKey] = {listKey, list.size() - 1};
    return list.back();
}

Json *DescribeBuilder::find(const std::string &listKey, const std::string &id)
{
    const auto it = m_slots.find(listKey + '\n' + id);
    return it == m_slots.end() ? nullptr : &m_lists[listKey][it->second.index];
}

void DescribeBuilder::append(const std::string &listKey, Json entry)
{
    m_lists[listKey].push_back(std::move(entry));
}

void DescribeBuilder::note(Severity severity, const std::string &resource,
                           const std::string &message)
{
    m_diagnostics.push_back({severity, m_file, resource, message});
}

void DescribeBuilder::nameAfter(const std::string &id, const std::string &address)
{
    m_addresses.emplace(id, address);
}

void DescribeBuilder::setMainRouteTable(const std::string &vpcId, const std::string &tableId)
{
    m_mainTables[vpcId] = tableId;
}

void DescribeBuilder::needsAddress(const std::string &eniId, const std::string &address)
{
    m_unaddressed.emplace_back(eniId, address);
}

std::string DescribeBuilder::placeholderPublicIp(const std::string &address,
                                                 const std::string &what)
{
    // 203.0.113.0/24 (TEST-NET-3) is never routed: it cannot be mistaken for a real address.
    const int n = ++m_publicPlaceholders;
    const std::string ip = "203.0.113." + std::to_string(std::min(n, 254));
    info(address, what + " known only after apply: placeholder " + ip);
    return ip;
}

void DescribeBuilder::attachToInstance(const std::string &instanceId, const std::string &eniId,
                                       int deviceIndex)
{
    m_instanceEnis[instanceId].emplace_back(deviceIndex, eniId);
}

void DescribeBuilder::addDefaults(const VpcDefaults &d)
{
    const bool mainOverridden = m_mainTables.count(d.vpcId) > 0;
    const auto managedItem = [&](const char *list, const std::string &id) {
        return m_managed.count(id) ? find(list, id) : nullptr;
    };
    if (Json *rt = managedItem("RouteTables", d.mainRouteTableId)) {
        (*rt)["VpcId"] = d.vpcId;
        if (!mainOverridden)
            m_mainTables[d.vpcId] = d.mainRouteTableId;
    }
    if (Json *acl = managedItem("NetworkAcls", d.defaultAclId)) {
        (*acl)["VpcId"] = d.vpcId;
        (*acl)["IsDefault"] = true;
    }
    if (Json *sg = managedItem("SecurityGroups", d.defaultGroupId))
        (*sg)["VpcId"] = d.vpcId;
    if (!d.mainRouteTableId.empty() && !m_managed.count(d.mainRouteTableId) && !mainOverridden) {
        Json &rt = item("RouteTables", "RouteTableId", d.mainRouteTableId);
        rt["VpcId"] = d.vpcId;
        rt["Associations"] = Json::array({Json{{"Main", true}}});
        nameAfter(d.mainRouteTableId, "main route table of " + m_addresses[d.vpcId]);
    }
    if (!d.defaultAclId.empty() && !m_managed.count(d.defaultAclId)) {
        Json &acl = item("NetworkAcls", "NetworkAclId", d.defaultAclId);
        acl["VpcId"] = d.vpcId;
        acl["IsDefault"] = true;
        acl["Entries"] = Json::array({allowAllEntry(false), allowAllEntry(true)});
        nameAfter(d.defaultAclId, "default network ACL of " + m_addresses[d.vpcId]);
    }
    if (!d.defaultGroupId.empty() && !m_managed.count(d.defaultGroupId)) {
        Json &sg = item("SecurityGroups", "GroupId", d.defaultGroupId);
        sg["VpcId"] = d.vpcId;
        sg["GroupName"] = "default";
        sg["IpPermissions"] = Json::array(
            {Json{{"IpProtocol", "-1"},
                  {"UserIdGroupPairs", Json::array({Json{{"GroupId", d.defaultGroupId}}})}}});
        sg["IpPermissionsEgress"] = Json::array(
            {Json{{"IpProtocol", "-1"},
                  {"IpRanges", Json::array({Json{{"CidrIp", "0.0.0.0/0"}}})}}});
        nameAfter(d.defaultGroupId, "default security group of " + m_addresses[d.vpcId]);
    }
}

void DescribeBuilder::addLocalRoutes()
{
    std::map<std::string, std::vector<std::string>> cidrs;
    for (const auto &vpc : m_lists["Vpcs"]) {
        auto &list = cidrs[vpc.value("VpcId", "")];
        if (vpc.contains("CidrBlock"))
            list.push_back(vpc["CidrBlock"].get<std::string>());
        for (const auto &assoc : vpc.value("CidrBlockAssociationSet", Json::array()))
            list.push_back(assoc.value("CidrBlock", ""));
    }
    for (auto &[vpcId, tableId] : m_mainTables) {
        if (Json *rt = find("RouteTables", tableId)) {
            auto &assocs = (*rt)["Associations"];
            if (!assocs.is_array())
                assocs = Json::array();
            assocs.push_back(Json{{"Main", true}});
        }
    }
    for (auto &rt : m_lists["RouteTables"]) {
        const auto it = cidrs.find(rt.value("VpcId", ""));
        if (it == cidrs.end())
            continue;
        auto &routes = rt["Routes"];
        if (!routes.is_array())
            routes = Json::array();
        for (const auto &block : it->second)
            if (!block.empty())
                routes.insert(routes.begin(),
                              Json{{"DestinationCidrBlock", block}, {"GatewayId", "local"}});
    }
}

void DescribeBuilder::assignAddresses()
{
    std::set<uint32_t> used;
    for (const auto &eni : m_lists["NetworkInterfaces"])
        if (auto ip = parseIpv4(eni.value("PrivateIpAddress", "")))
            used.insert(ip->to_uint());
    for (const auto &[eniId, address] : m_unaddressed) {
        Json *eni = find("NetworkInterfaces", eniId);
        const Json *subnet = eni ? find("Subnets", eni->value("SubnetId", "")) : nullptr;
        const auto block = subnet ? Cidr::parse(subnet->value("CidrBlock", "")) : std::nullopt;
        if (!eni)
            continue;
        if (!block) {
            warn(address, "private address unknown and its subnet's range is not in the "
                          "source: no address given, the interface is left out");
            eni->erase("PrivateIpAddress");
            continue;
        }
        uint32_t candidate = block->baseValue() + reservedLow;
        while (used.count(candidate) && candidate < block->last().to_uint())
            ++candidate;
        used.insert(candidate);
        const std::string ip = ipv4Text(Ipv4(candidate));
        (*eni)["PrivateIpAddress"] = ip;
        info(address, "private address not in the source (known after apply or chosen by "
                      "AWS): placeholder " + ip + " from " + block->toString());
    }
}

void DescribeBuilder::buildReservations()
{
    Json instances = Json::array();
    for (auto &instance : m_lists["Instances"]) {
        const std::string id = instance.value("InstanceId", "");
        auto enis = m_instanceEnis[id];
        std::stable_sort(enis.begin(), enis.end());
        Json interfaces = Json::array();
        for (const auto &[index, eniId] : enis) {
            Json *eni = find("NetworkInterfaces", eniId);
            if (!eni || !eni->contains("PrivateIpAddress"))
                continue;
            (*eni)["Attachment"] = {{"InstanceId", id}, {"DeviceIndex", index}};
            if (instance.value("SubnetId", "").empty())
                instance["SubnetId"] = eni->value("SubnetId", "");
            interfaces.push_back(*eni);
        }
        instance["NetworkInterfaces"] = std::move(interfaces);
        instances.push_back(instance);
    }
    m_lists.erase("Instances");
    m_lists["Reservations"] = {Json{{"Instances", std::move(instances)}}};
}

// Code sources name a resource's subnet; describe-* output also names the VPC.
void DescribeBuilder::fillVpcIds()
{
    const auto vpcOfSubnet = [&](const std::string &subnetId) {
        const Json *subnet = find("Subnets", subnetId);
        return subnet ? subnet->value("VpcId", "") : std::string();
    };
    for (const char *key : {"NetworkInterfaces", "Instances", "NatGateways"})
        for (auto &item : m_lists[key])
            if (item.value("VpcId", "").empty())
                item["VpcId"] = vpcOfSubnet(item.value("SubnetId", ""));
    std::map<std::string, std::vector<std::string>> balancersOfGroup;
    for (const auto &listener : m_lists["Listeners"])
        for (const auto &action : listener.value("DefaultActions", Json::array()))
            balancersOfGroup[action.value("TargetGroupArn", "")].push_back(
                listener.value("LoadBalancerArn", ""));
    for (auto &lb : m_lists["LoadBalancers"]) {
        const auto zones = lb.value("AvailabilityZones", Json::array());
        if (lb.value("VpcId", "").empty() && !zones.empty())
            lb["VpcId"] = vpcOfSubnet(zones.front().value("SubnetId", ""));
    }
    for (auto &tg : m_lists["TargetGroups"])
        tg["LoadBalancerArns"] = balancersOfGroup[tg.value("TargetGroupArn", "")];
}

void DescribeBuilder::fillPeeringCidrs()
{
    for (auto &peering : m_lists["VpcPeeringConnections"]) {
        for (const char *side : {"RequesterVpcInfo", "AccepterVpcInfo"}) {
            Json &info = peering[side];
            if (const Json *vpc = find("Vpcs", info.value("VpcId", ""))) {
                Json set = Json::array({Json{{"CidrBlock", vpc->value("CidrBlock", "")}}});
                for (const auto &a : vpc->value("CidrBlockAssociationSet", Json::array()))
                    set.push_back({{"CidrBlock", a.value("CidrBlock", "")}});
                info["CidrBlockSet"] = set;
            }
        }
    }
}

void DescribeBuilder::fillNatAddresses()
{
    for (auto &nat : m_lists["NatGateways"]) {
        for (auto &address : nat["NatGatewayAddresses"]) {
            if (address.contains("PrivateIp"))
                continue;
            const std::string eniId = address.value("NetworkInterfaceId", "");
            if (const Json *eni = find("NetworkInterfaces", eniId))
                address["PrivateIp"] = eni->value("PrivateIpAddress", "");
        }
    }
}

Json DescribeBuilder::finish()
{
    for (const auto &d : m_vpcDefaults)
        addDefaults(d);
    addLocalRoutes();
    fillVpcIds();
    fillPeeringCidrs();
    assignAddresses();
    fillNatAddresses();
    buildReservations();
    Json document = Json::object();
    for (const char *key : describeKeys)
        document[key] = Json::array();
    for (auto &[key, list] : m_lists)
        document[key] = Json(list);
    // Interfaces without any address cannot be read: left out, already reported.
    auto &enis = document["NetworkInterfaces"];
    if (enis.is_array())
        enis.erase(std::remove_if(enis.begin(), enis.end(),
                                  [](const Json &e) { return !e.contains("PrivateIpAddress"); }),
                   enis.end());
    return document;
}

namespace {

template<typename T>
void rename(Design &design, const std::map<std::string, std::string> &addresses)
{
    std::vector<std::pair<std::string, std::string>> names;
    for (const auto &[id, value] : design.all<T>())
        if (const auto it = addresses.find(id); it != addresses.end())
            names.emplace_back(id, it->second);
    for (const auto &[id, name] : names)
        design.update<T>(id, [&name = name](T &v) { v.name = name; });
}

} // namespace

void DescribeBuilder::adjust(Design &design, const std::string &region) const
{
    std::apply([&](auto... type) { (rename<decltype(type)>(design, m_addresses), ...); },
               AllResourceTypes{});
    std::vector<std::string> regionless;
    for (const auto &[id, vpc] : design.all<Vpc>())
        if (vpc.region.empty())
            regionless.push_back(id);
    for (const auto &id : regionless)
        design.update<Vpc>(id, [&](Vpc &v) { v.region = region; });
}

namespace {

// "SecurityGroups[1] (sg-x): IpPermissions[0].FromPort/ToPort: bad port range 443-22":
// the deepest element the message names is removed, so one bad value costs one rule.
bool dropFaulty(Json &document, const std::string &message)
{
    static const std::regex step(R"(([A-Za-z]+)\[(\d+)\])");
    Json *node = &document;
    Json *parent = nullptr;
    size_t index = 0;
    for (std::sregex_iterator it(message.begin(), message.end(), step), end; it != end; ++it) {
        const std::string key = (*it)[1];
        const size_t i = std::stoul((*it)[2]);
        if (!node->is_object() || !node->contains(key) || !(*node)[key].is_array()
            || i >= (*node)[key].size())
            break;
        parent = &(*node)[key];
        index = i;
        node = &(*parent)[i];
    }
    if (!parent)
        return false;
    parent->erase(index);
    return true;
}

std::string resourceIn(const std::string &message)
{
    const auto open = message.find(" (");
    const auto close = message.find("):", open == std::string::npos ? 0 : open);
    if (open == std::string::npos || close == std::string::npos)
        return {};
    return message.substr(open + 2, close - open - 2);
}

} // namespace

const std::string &DescribeBuilder::addressOf(const std::string &id) const
{
    const auto it = m_addresses.find(id);
    return it == m_addresses.end() ? id : it->second;
}

bool importDescribed(DescribeBuilder &builder, const std::string &file, const std::string &region,
                     Design &out, Diagnostics &diagnostics, InputError &error)
{
    Json document = builder.finish();
    Design design;
    // A value AWS would refuse (a reversed port range, a CIDR left unresolved) leaves that
    // value out with a warning instead of failing the whole source.
    for (int attempt = 0;; ++attempt) {
        Diagnostics local;
        if (importAwsJson(document, file, design, local, error)) {
            diagnostics.insert(diagnostics.end(), local.begin(), local.end());
            break;
        }
        if (attempt > 1000 || !dropFaulty(document, error.message))
            return false;
        const std::string id = resourceIn(error.message);
        diagnostics.push_back({Severity::Warning, file, builder.addressOf(id),
                               "left out, AWS would refuse it: " + error.message});
        error = {};
    }
    builder.adjust(design, region);
    out = std::move(design);
    return true;
}

} // namespace mailpath::core::iac
