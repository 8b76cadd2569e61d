// CloudFormation intrinsic functions, resolved offline: parameters (defaults and
// --parameter), pseudo parameters, mappings, conditions, Ref, GetAtt, Sub, Join, Select,
// Split, GetAZs, Cidr, If. What needs the account (ImportValue, SSM) becomes a placeholder.

#include "cfn.h"

#include "../net/address.h"

namespace mailpath::core::cfn {

namespace {

constexpr int maxDepth = 64;
constexpr const char *noValueKey = "__mailpath_no_value";

std::string textOf(const Json &value)
{
    if (value.is_string())
        return value.get<std::string>();
    if (value.is_number_integer())
        return std::to_string(value.get<long long>());
    if (value.is_boolean())
        return value.get<bool>() ? "true" : "false";
    return value.is_null() ? std::string() : value.dump();
}

Json splitText(const std::string &text, const std::string &delimiter)
{
    Json parts = Json::array();
    if (delimiter.empty())
        return Json::array({text});
    size_t start = 0;
    for (size_t pos; (pos = text.find(delimiter, start)) != std::string::npos;
         start = pos + delimiter.size())
        parts.push_back(text.substr(start, pos - start));
    parts.push_back(text.substr(start));
    return parts;
}

bool isListParameter(const std::string &type)
{
    return type.starts_with("List<") || type == "CommaDelimitedList";
}

} // namespace

bool isNoValue(const Json &value)
{
    return value.is_object() && value.contains(noValueKey);
}

Resolver::Resolver(const Json &root, const IacOptions &options, std::string region,
                   iac::DescribeBuilder &notes)
    : m_root(root)
    , m_region(std::move(region))
    , m_notes(notes)
{
    const Json parameters = root.value("Parameters", Json::object());
    if (parameters.is_object())
        for (const auto &[name, spec] : parameters.items()) {
            const std::string type = spec.is_object() ? spec.value("Type", "String") : "String";
            Json value = spec.is_object() ? spec.value("Default", Json()) : Json();
            if (const auto it = options.parameters.find(name); it != options.parameters.end())
                value = it->second;
            if (value.is_null()) {
                notes.info(name, "parameter without a default or --parameter value: placeholder");
                value = "{" + name + "}";
            } else if (type.starts_with("AWS::SSM::Parameter::Value")) {
                notes.info(name, "SSM parameter " + textOf(value) + " cannot be read offline: "
                                 "its name is used as the value");
            }
            m_parameters[name] = isListParameter(type) && value.is_string()
                                     ? splitText(value.get<std::string>(), ",")
                                     : value;
        }
    const Json resources = root.value("Resources", Json::object());
    if (resources.is_object())
        for (const auto &[logicalId, resource] : resources.items()) {
            const std::string cfnType = resource.is_object() ? resource.value("Type", "") : "";
            const std::string tfType = providerType(cfnType);
            Json hint = Json::object();
            if (cfnType == "AWS::ElasticLoadBalancingV2::LoadBalancer") {
                const Json props = resource.value("Properties", Json::object());
                if (props.is_object() && props.value("Type", Json()) == "network")
                    hint["load_balancer_type"] = "network";
            }
            m_ids[logicalId] = iac::resourceId(tfType.empty() ? logicalId : tfType, logicalId,
                                               hint, m_region);
        }
}

std::string Resolver::idOf(const std::string &logicalId) const
{
    const auto it = m_ids.find(logicalId);
    return it == m_ids.end() ? std::string() : it->second;
}

Json Resolver::unresolved(const std::string &what, const std::string &where)
{
    if (m_reported.insert(where + '\n' + what).second)
        m_notes.info(where, what + " cannot be resolved offline: placeholder used");
    return "{" + what + "}";
}

Json Resolver::resolve(const Json &value, const std::string &where)
{
    return resolveAt(value, where, 0);
}

Json Resolver::resolveAt(const Json &value, const std::string &where, int depth)
{
    if (depth > maxDepth)
        return unresolved("nesting deeper than " + std::to_string(maxDepth), where);
    if (value.is_array()) {
        Json out = Json::array();
        for (const auto &item : value)
            if (Json v = resolveAt(item, where, depth + 1); !isNoValue(v))
                out.push_back(std::move(v));
        return out;
    }
    if (!value.is_object())
        return value;
    if (value.size() == 1) {
        // Not `*value.items().begin()`: its key would refer into a destroyed temporary.
        const auto only = value.begin();
        const std::string &key = only.key();
        if (key == "Ref" || key.starts_with("Fn::"))
            return apply(key, only.value(), where, depth + 1);
    }
    Json out = Json::object();
    for (const auto &[key, item] : value.items())
        if (Json v = resolveAt(item, where, depth + 1); !isNoValue(v))
            out[key] = std::move(v);
    return out;
}

Json Resolver::ref(const std::string &name, const std::string &where)
{
    if (name == "AWS::NoValue")
        return Json{{noValueKey, true}};
    if (name == "AWS::Region")
        return m_region;
    if (name == "AWS::AccountId")
        return "000000000000";
    if (name == "AWS::Partition")
        return "aws";
    if (name == "AWS::URLSuffix")
        return "amazonaws.com";
    if (name == "AWS::StackName" || name == "AWS::StackId")
        return "stack";
    if (const auto it = m_parameters.find(name); it != m_parameters.end())
        return it->second;
    if (auto id = idOf(name); !id.empty())
        return id;
    return unresolved("Ref " + name, where);
}

Json Resolver::getAtt(const Json &arg, const std::string &where, int depth)
{
    const Json parts = resolveAt(arg, where, depth);
    if (!parts.is_array() || parts.size() < 2)
        return unresolved("Fn::GetAtt " + textOf(arg), where);
    const std::string target = textOf(parts[0]);
    const std::string attribute = textOf(parts[1]);
    const Json resource = m_root.value("Resources", Json::object()).value(target, Json());
    if (!resource.is_object())
        return unresolved("Fn::GetAtt " + target + "." + attribute, where);
    const std::string id = idOf(target);
    const Json props = resource.value("Properties", Json::object());
    if (attribute == "CidrBlock" && props.is_object() && props.contains("CidrBlock"))
        return resolveAt(props["CidrBlock"], where, depth);
    if (attribute == "DefaultSecurityGroup")
        return iac::vpcDefaultId("default_security_group_id", target, Json::object());
    if (attribute == "DefaultNetworkAcl")
        return iac::vpcDefaultId("default_network_acl_id", target, Json::object());
    if (attribute == "CidrBlockAssociations" || attribute == "Ipv6CidrBlocks")
        return Json::array({id});
    if (attribute == "PublicIp" || attribute == "DNSName" || attribute.ends_with("Arn")
        || attribute == "AllocationId" || attribute == "GroupId" || attribute.ends_with("Id"))
        return id;
    return id;
}

Json Resolver::sub(const Json &arg, const std::string &where, int depth)
{
    std::string text;
    Json variables = Json::object();
    if (arg.is_string()) {
        text = arg.get<std::string>();
    } else if (arg.is_array() && !arg.empty() && arg[0].is_string()) {
        text = arg[0].get<std::string>();
        if (arg.size() > 1)
            variables = resolveAt(arg[1], where, depth);
    } else {
        return unresolved("Fn::Sub", where);
    }
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        if (text.compare(i, 3, "${!") == 0) {
            out += "${";
            i += 2;
            continue;
        }
        if (text.compare(i, 2, "${") != 0) {
            out += text[i];
            continue;
        }
        const auto end = text.find('}', i);
        if (end == std::string::npos) {
            out += text.substr(i);
            break;
        }
        const std::string name = text.substr(i + 2, end - i - 2);
        i = end;
        if (variables.is_object() && variables.contains(name)) {
            out += textOf(variables[name]);
        } else if (const auto dot = name.find('.');
                   dot != std::string::npos && !name.starts_with("AWS::")) {
            out += textOf(getAtt(Json::array({name.substr(0, dot), name.substr(dot + 1)}), where,
                                 depth));
        } else {
            out += textOf(ref(name, where));
        }
    }
    return out;
}

Json Resolver::findInMap(const Json &arg, const std::string &where, int depth)
{
    const Json keys = resolveAt(arg, where, depth);
    if (!keys.is_array() || keys.size() < 3)
        return unresolved("Fn::FindInMap", where);
    const Json mappings = m_root.value("Mappings", Json::object());
    const std::string map = textOf(keys[0]), top = textOf(keys[1]), second = textOf(keys[2]);
    if (mappings.is_object() && mappings.contains(map) && mappings[map].is_object()
        && mappings[map].contains(top) && mappings[map][top].is_object()
        && mappings[map][top].contains(second))
        return mappings[map][top][second];
    if (keys.size() > 3 && keys[3].is_object() && keys[3].contains("DefaultValue"))
        return keys[3]["DefaultValue"];
    return unresolved("Fn::FindInMap " + map + "/" + top + "/" + second, where);
}

Json Resolver::cidr(const Json &arg, const std::string &where, int depth)
{
    const Json parts = resolveAt(arg, where, depth);
    if (!parts.is_array() || parts.size() < 3)
        return unresolved("Fn::Cidr", where);
    const auto block = Cidr::parse(textOf(parts[0]));
    const auto count = iac::num(Json{{"n", parts[1]}}, "n");
    const auto bits = iac::num(Json{{"n", parts[2]}}, "n");
    if (!block || !count || !bits || *bits < 1 || *bits > 32 - block->prefixLength()
        || *count < 1 || *count > 256)
        return unresolved("Fn::Cidr " + parts.dump(), where);
    Json out = Json::array();
    const uint64_t step = uint64_t(1) << *bits;
    for (long long i = 0; i < *count && uint64_t(i) * step < block->size(); ++i)
        out.push_back(Cidr(Ipv4(uint32_t(block->baseValue() + i * step)), int(32 - *bits))
                          .toString());
    return out;
}

Json Resolver::apply(const std::string &fn, const Json &arg, const std::string &where, int depth)
{
    if (fn == "Ref")
        return ref(textOf(resolveAt(arg, where, depth)), where);
    if (fn == "Fn::GetAtt")
        return getAtt(arg.is_string() ? Json::array({arg}) : arg, where, depth);
    if (fn == "Fn::Sub")
        return sub(arg, where, depth);
    if (fn == "Fn::FindInMap")
        return findInMap(arg, where, depth);
    if (fn == "Fn::Cidr")
        return cidr(arg, where, depth);
    if (fn == "Fn::If") {
        if (!arg.is_array() || arg.size() != 3)
            return unresolved("Fn::If", where);
        return resolveAt(condition(textOf(arg[0]), where) ? arg[1] : arg[2], where, depth);
    }
    const Json value = resolveAt(arg, where, depth);
    if (fn == "Fn::Join" && value.is_array() && value.size() == 2 && value[1].is_array()) {
        std::string out;
        for (size_t i = 0; i < value[1].size(); ++i)
            out += (i ? textOf(value[0]) : "") + textOf(value[1][i]);
        return out;
    }
    if (fn == "Fn::Select" && value.is_array() && value.size() == 2 && value[1].is_array()) {
        const auto index = iac::num(Json{{"n", value[0]}}, "n");
        if (index && *index >= 0 && size_t(*index) < value[1].size())
            return value[1][size_t(*index)];
        return unresolved("Fn::Select " + value.dump(), where);
    }
    if (fn == "Fn::Split" && value.is_array() && value.size() == 2)
        return splitText(textOf(value[1]), textOf(value[0]));
    if (fn == "Fn::GetAZs") {
        std::string region = textOf(value);
        if (region.empty())
            region = m_region;
        Json zones = Json::array();
        for (char zone : std::string("abcdef"))
            zones.push_back(region + zone);
        return zones;
    }
    if (fn == "Fn::Base64")
        return value;
    if (fn == "Fn::Equals" || fn == "Fn::And" || fn == "Fn::Or" || fn == "Fn::Not")
        return evaluate(Json{{fn, arg}}, where, depth);
    if (fn == "Fn::ImportValue")
        return unresolved("Fn::ImportValue " + textOf(value), where);
    return unresolved(fn, where);
}

bool Resolver::evaluate(const Json &value, const std::string &where, int depth)
{
    if (depth > maxDepth || !value.is_object() || value.size() != 1)
        return false;
    const auto only = value.begin(); // see resolveAt: no binding into items()'s temporary
    const std::string &fn = only.key();
    const Json &arg = only.value();
    if (fn == "Condition")
        return condition(textOf(arg), where);
    if (fn == "Fn::Equals" && arg.is_array() && arg.size() == 2)
        return textOf(resolveAt(arg[0], where, depth)) == textOf(resolveAt(arg[1], where, depth));
    if (fn == "Fn::Not" && arg.is_array() && arg.size() == 1)
        return !evaluate(arg[0], where, depth + 1);
    if ((fn == "Fn::And" || fn == "Fn::Or") && arg.is_array()) {
        const bool isAnd = fn == "Fn::And";
        for (const auto &item : arg)
            if (evaluate(item, where, depth + 1) != isAnd)
                return !isAnd;
        return isAnd;
    }
    return false;
}

bool Resolver::condition(const std::string &name, const std::string &where)
{
    if (const auto it = m_conditions.find(name); it != m_conditions.end())
        return it->second;
    const Json conditions = m_root.value("Conditions", Json::object());
    if (!conditions.is_object() || !conditions.contains(name) || m_evaluating.count(name)) {
        m_notes.warn(where, "condition " + name + " is not defined (or refers to itself): false");
        return m_conditions[name] = false;
    }
    m_evaluating.insert(name);
    const bool result = evaluate(conditions[name], name, 0);
    m_evaluating.erase(name);
    return m_conditions[name] = result;
}

} // namespace mailpath::core::cfn
