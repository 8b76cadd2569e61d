// The front of the code-source mapping: ids, attribute access, and the dispatch by type.

#include "iacmap.h"

#include <algorithm>

namespace mailpath::core::iac {

namespace {

struct Prefix
{
    const char *type;
    const char *prefix;
};

// Types whose id is an AWS id with a recognisable prefix (route targets are told apart by it).
constexpr Prefix prefixes[] = {
    {"aws_vpc", "vpc"},
    {"aws_default_vpc", "vpc"},
    {"aws_subnet", "subnet"},
    {"aws_default_subnet", "subnet"},
    {"aws_route_table", "rtb"},
    {"aws_internet_gateway", "igw"},
    {"aws_egress_only_internet_gateway", "eigw"},
    {"aws_nat_gateway", "nat"},
    {"aws_eip", "eipalloc"},
    {"aws_security_group", "sg"},
    {"aws_network_acl", "acl"},
    {"aws_instance", "i"},
    {"aws_network_interface", "eni"},
    {"aws_ec2_transit_gateway", "tgw"},
    {"aws_ec2_transit_gateway_vpc_attachment", "tgw-attach"},
    {"aws_ec2_transit_gateway_route_table", "tgw-rtb"},
    {"aws_vpc_peering_connection", "pcx"},
    {"aws_vpc_endpoint", "vpce"},
    {"aws_vpn_gateway", "vgw"},
    {"aws_vpn_connection", "vpn"},
    {"aws_customer_gateway", "cgw"},
    {"aws_ecs_service", "ecs"},
    {"aws_lambda_function", "lambda"},
};

// Resources that only change another one; counted, never an id of their own.
constexpr const char *modifiers[] = {
    "aws_vpc_ipv4_cidr_block_association", "aws_route", "aws_route_table_association",
    "aws_main_route_table_association", "aws_default_route_table", "aws_security_group_rule",
    "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule",
    "aws_default_security_group", "aws_network_acl_rule", "aws_network_acl_association",
    "aws_default_network_acl", "aws_internet_gateway_attachment", "aws_eip_association",
    "aws_lb_listener", "aws_lb_target_group_attachment", "aws_vpn_gateway_attachment",
    "aws_vpn_connection_route", "aws_vpn_gateway_route_propagation",
    "aws_ec2_transit_gateway_route_table_association",
    "aws_ec2_transit_gateway_route_table_propagation", "aws_ec2_transit_gateway_route",
    "aws_vpc_peering_connection_accepter", "aws_ec2_transit_gateway_vpc_attachment"};

bool isLoadBalancerType(const std::string &type)
{
    return type == "aws_lb" || type == "aws_lb_target_group";
}

std::string lastSegment(const std::string &address)
{
    std::string name = address;
    std::replace_if(name.begin(), name.end(), [](char c) { return c == '/' || c == ' '; }, '_');
    return name;
}

} // namespace

std::string canonicalType(const std::string &type)
{
    if (type.starts_with("aws_alb"))
        return "aws_lb" + type.substr(7);
    return type;
}

int rankOf(const std::string &type)
{
    if (type == "aws_eip")
        return 0; // NAT gateways look up their EIP's address
    const bool modifier = std::find_if(std::begin(modifiers), std::end(modifiers),
                                       [&](const char *m) { return type == m; })
                          != std::end(modifiers);
    return modifier ? 2 : 1;
}

std::string idPrefix(const std::string &type)
{
    for (const auto &p : prefixes)
        if (type == p.type)
            return p.prefix;
    return {};
}

bool isModelled(const std::string &type)
{
    return networkMapper(canonicalType(type)) || computeMapper(canonicalType(type));
}

std::string resourceId(const std::string &anyType, const std::string &address,
                       const Json &values, const std::string &region)
{
    const std::string type = canonicalType(anyType);
    if (isLoadBalancerType(type)) {
        if (auto arn = str(values, "arn"); !arn.empty())
            return arn;
        const bool network = type == "aws_lb" && str(values, "load_balancer_type") == "network";
        const std::string kind = type == "aws_lb" ? std::string("loadbalancer/")
                                                      + (network ? "net/" : "app/")
                                                : std::string("targetgroup/");
        return "arn:aws:elasticloadbalancing:" + region + ":000000000000:" + kind
               + lastSegment(address);
    }
    if (auto id = str(values, "id"); !id.empty())
        return id;
    const std::string prefix = idPrefix(type);
    return placeholderId(prefix.empty() ? type : prefix, address);
}

std::string str(const Json &values, const char *key)
{
    if (!values.is_object())
        return {};
    const auto it = values.find(key);
    if (it == values.end())
        return {};
    if (it->is_string())
        return it->get<std::string>();
    if (it->is_number_integer())
        return std::to_string(it->get<long long>());
    return {};
}

std::vector<std::string> strs(const Json &values, const char *key)
{
    std::vector<std::string> result;
    if (!values.is_object())
        return result;
    const auto it = values.find(key);
    if (it == values.end())
        return result;
    if (it->is_string() && !it->get<std::string>().empty())
        result.push_back(it->get<std::string>());
    if (it->is_array())
        for (const auto &v : *it)
            if (v.is_string() && !v.get<std::string>().empty()
                && std::find(result.begin(), result.end(), v.get<std::string>()) == result.end())
                result.push_back(v.get<std::string>());
    return result;
}

std::optional<long long> num(const Json &values, const char *key)
{
    if (!values.is_object())
        return std::nullopt;
    const auto it = values.find(key);
    if (it == values.end())
        return std::nullopt;
    if (it->is_number())
        return it->get<long long>();
    if (it->is_string()) {
        const std::string text = it->get<std::string>();
        char *end = nullptr;
        const long long value = std::strtoll(text.c_str(), &end, 10);
        if (!text.empty() && end && *end == '\0')
            return value;
    }
    return std::nullopt;
}

bool boolean(const Json &values, const char *key, bool fallback)
{
    if (!values.is_object())
        return fallback;
    const auto it = values.find(key);
    if (it == values.end() || it->is_null())
        return fallback;
    if (it->is_boolean())
        return it->get<bool>();
    if (it->is_string())
        return it->get<std::string>() == "true";
    return fallback;
}

std::vector<Json> blocks(const Json &values, const char *key)
{
    std::vector<Json> result;
    if (!values.is_object())
        return result;
    const auto it = values.find(key);
    if (it == values.end())
        return result;
    if (it->is_object())
        result.push_back(*it);
    if (it->is_array())
        for (const auto &b : *it)
            if (b.is_object())
                result.push_back(b);
    return result;
}

Json describeTags(const Json &values)
{
    Json tags = Json::array();
    const auto it = values.is_object() ? values.find("tags") : values.end();
    if (it != values.end() && it->is_object())
        for (const auto &[k, v] : it->items())
            if (v.is_string())
                tags.push_back({{"Key", k}, {"Value", v.get<std::string>()}});
    return tags;
}

void mapResources(const std::vector<IacResource> &resources, DescribeBuilder &builder,
                  MapSummary &summary)
{
    // Resources first, then what modifies them (rules, routes, associations, listeners).
    std::map<std::string, int> notModelled;
    for (int pass = 0; pass < 3; ++pass) {
        for (const auto &r : resources) {
            const std::string type = canonicalType(r.type);
            if (rankOf(type) != pass)
                continue;
            ++summary.byType[r.type];
            MapFn fn = networkMapper(type);
            if (!fn)
                fn = computeMapper(type);
            if (!fn) {
                ++notModelled[r.type];
                continue;
            }
            fn(r, builder);
            ++summary.modelled;
        }
    }
    for (const auto &[type, n] : notModelled)
        builder.info({}, std::to_string(n) + " " + type + " resource" + (n == 1 ? "" : "s")
                             + " not modelled (no effect on mail flows in MailPath)");
}

bool importMapped(const std::vector<IacResource> &resources, DescribeBuilder &builder,
                  const std::string &file, const std::string &region, Design &out,
                  Diagnostics &local, Diagnostics &diagnostics, InputError &error,
                  const char *origin)
{
    MapSummary mapped;
    mapResources(resources, builder, mapped);
    Design design;
    if (!importDescribed(builder, file, region, design, local, error))
        return false;
    diagnostics.insert(diagnostics.end(), local.begin(), local.end());
    design.origin = origin;
    out = std::move(design);
    return true;
}

} // namespace mailpath::core::iac
