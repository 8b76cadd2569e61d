#include "tfaddress.h"

#include <algorithm>
#include <map>

namespace mailpath::core::tf {

namespace {

using iac::IacResource;
using Json = nlohmann::json;

constexpr int maxReferenceDepth = 16;

std::vector<std::string> splitSegments(const std::string &text)
{
    std::vector<std::string> segments(1);
    bool inBracket = false;
    bool inQuote = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (inQuote) {
            if (c == '\\' && i + 1 < text.size())
                segments.back() += text[i++];
            else if (c == '"')
                inQuote = false;
        } else if (c == '"') {
            inQuote = true;
        } else if (c == '[') {
            inBracket = true;
        } else if (c == ']') {
            inBracket = false;
        } else if (c == '.' && !inBracket) {
            segments.emplace_back();
            continue;
        }
        segments.back() += c;
    }
    return segments;
}

std::pair<std::string, std::string> splitKey(const std::string &segment)
{
    const auto bracket = segment.find('[');
    if (bracket == std::string::npos)
        return {segment, {}};
    return {segment.substr(0, bracket), segment.substr(bracket)};
}

bool isListKey(const std::string &key)
{
    return key.ends_with("_ids") || key == "subnets" || key == "security_groups"
           || key == "propagating_vgws" || key == "cidr_blocks";
}

bool isDefaultType(const std::string &type)
{
    return type == "aws_default_route_table" || type == "aws_default_network_acl"
           || type == "aws_default_security_group";
}

struct Scope
{
    std::string moduleInstance;
    std::vector<ModuleStep> modules;
    std::string key; //!< the referencing resource's instance key
};

class Resolver
{
public:
    Resolver(const Json &plan, std::vector<IacResource> &resources)
        : m_plan(plan)
        , m_resources(resources)
    {
        m_addresses.resize(resources.size());
        for (size_t i = 0; i < resources.size(); ++i) {
            if (!parseAddress(resources[i].address, m_addresses[i]))
                continue;
            const auto &a = m_addresses[i];
            m_byResource[a.moduleInstance() + '|' + a.type + '.' + a.name].push_back(i);
        }
    }

    void fill(size_t i)
    {
        const Address &a = m_addresses[i];
        const Json *module = configModule(a.modules);
        const Json *config = module ? configResource(*module, a.type, a.name) : nullptr;
        if (!config || !config->contains("expressions"))
            return;
        const Scope scope{a.moduleInstance(), a.modules, a.key};
        fillObject(m_resources[i].values, (*config)["expressions"], scope);
    }

    void adoptDefaultId(size_t i)
    {
        IacResource &r = m_resources[i];
        if (!iac::str(r.values, "id").empty())
            return;
        if (r.type == "aws_default_route_table")
            r.id = iac::str(r.values, "default_route_table_id");
        else if (r.type == "aws_default_network_acl")
            r.id = iac::str(r.values, "default_network_acl_id");
        else if (const IacResource *vpc = byId(iac::str(r.values, "vpc_id")))
            r.id = iac::vpcDefaultId("default_security_group_id", vpc->address, vpc->values);
        if (r.id.empty())
            r.id = iac::placeholderId(iac::idPrefix(r.type), r.address);
    }

private:
    const IacResource *byId(const std::string &id) const
    {
        for (const auto &r : m_resources)
            if (!id.empty() && r.id == id)
                return &r;
        return nullptr;
    }

    const Json *configModule(const std::vector<ModuleStep> &steps) const
    {
        if (!m_plan.is_object() || !m_plan.contains("configuration"))
            return nullptr;
        const Json &config = m_plan["configuration"];
        if (!config.is_object() || !config.contains("root_module"))
            return nullptr;
        const Json *module = &config["root_module"];
        for (const auto &step : steps) {
            if (!module->is_object() || !module->contains("module_calls")
                || !(*module)["module_calls"].contains(step.name))
                return nullptr;
            const Json &call = (*module)["module_calls"][step.name];
            if (!call.contains("module"))
                return nullptr;
            module = &call["module"];
        }
        return module;
    }

    static const Json *configResource(const Json &module, const std::string &type,
                                      const std::string &name)
    {
        if (!module.contains("resources") || !module["resources"].is_array())
            return nullptr;
        for (const auto &r : module["resources"])
            if (r.value("type", "") == type && r.value("name", "") == name
                && r.value("mode", "managed") == "managed")
                return &r;
        return nullptr;
    }

    void fillObject(Json &values, const Json &expressions, const Scope &scope)
    {
        if (!values.is_object() || !expressions.is_object())
            return;
        for (const auto &[key, expr] : expressions.items()) {
            const bool leaf = expr.is_object()
                              && (expr.contains("references") || expr.contains("constant_value"));
            if (leaf)
                fillLeaf(values, key, expr, scope);
            else if (expr.is_array() && values.contains(key) && values[key].is_array())
                for (size_t i = 0; i < std::min(expr.size(), values[key].size()); ++i)
                    fillObject(values[key][i], expr[i], scope);
        }
    }

    void fillLeaf(Json &values, const std::string &key, const Json &expr, const Scope &scope)
    {
        const auto refs = expr.value("references", Json::array());
        if (!refs.is_array() || refs.empty())
            return;
        Json &current = values[key];
        const bool unknown = current.is_null()
                             || (current.is_string() && current.get<std::string>().empty())
                             || (current.is_array()
                                 && std::any_of(current.begin(), current.end(),
                                                [](const Json &v) { return v.is_null(); }));
        const bool emptyList = current.is_array() && current.empty();
        if (!unknown && !emptyList)
            return;
        const auto ids = resolve(refs, key, scope, 0);
        if (ids.empty()) {
            if (current.is_null())
                values.erase(key);
            return;
        }
        if (isListKey(key) || current.is_array()) {
            Json list = Json::array();
            if (current.is_array())
                for (const auto &v : current)
                    if (v.is_string())
                        list.push_back(v);
            for (const auto &id : ids)
                list.push_back(id);
            current = list;
        } else {
            current = ids.front();
        }
    }

    std::vector<std::string> resolve(const Json &refs, const std::string &attr, const Scope &scope,
                                     int depth)
    {
        std::vector<std::string> ids;
        if (depth > maxReferenceDepth)
            return ids;
        const auto add = [&](const std::string &id) {
            if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end())
                ids.push_back(id);
        };
        for (const auto &ref : refs) {
            if (!ref.is_string())
                continue;
            const std::string text = ref.get<std::string>();
            if (text.starts_with("var."))
                for (const auto &id : resolveVariable(text.substr(4), attr, scope, depth))
                    add(id);
            else if (text.starts_with("module."))
                for (const auto &id : resolveOutput(text, attr, scope, depth))
                    add(id);
            else
                for (const auto &id : resolveResource(text, attr, scope))
                    add(id);
        }
        return ids;
    }

    std::vector<std::string> resolveVariable(const std::string &rest, const std::string &attr,
                                             const Scope &scope, int depth)
    {
        if (scope.modules.empty())
            return {};
        const std::string name = splitKey(splitSegments(rest).front()).first;
        Scope parent = scope;
        const ModuleStep call = parent.modules.back();
        parent.modules.pop_back();
        Address a;
        a.modules = parent.modules;
        parent.moduleInstance = a.moduleInstance();
        parent.key = call.key;
        const Json *module = configModule(parent.modules);
        if (!module)
            return {};
        const Json expressions = module->value("module_calls", Json::object())
                                     .value(call.name, Json::object())
                                     .value("expressions", Json::object());
        if (!expressions.contains(name))
            return {};
        return resolve(expressions[name].value("references", Json::array()), attr, parent,
                       depth + 1);
    }

    std::vector<std::string> resolveOutput(const std::string &text, const std::string &attr,
                                           const Scope &scope, int depth)
    {
        const auto segments = splitSegments(text);
        if (segments.size() < 3)
            return {};
        const auto [callName, callKey] = splitKey(segments[1]);
        const std::string output = splitKey(segments[2]).first;
        Scope child = scope;
        child.modules.push_back({callName, callKey});
        const Json *module = configModule(child.modules);
        if (!module)
            return {};
        const Json expression = module->value("outputs", Json::object())
                                    .value(output, Json::object())
                                    .value("expression", Json::object());
        // The child's instance: the one named, else the first that holds resources.
        const std::string prefix = scope.moduleInstance + (scope.moduleInstance.empty() ? "" : ".")
                                   + "module." + callName;
        child.moduleInstance = prefix + callKey;
        if (callKey.empty())
            for (const auto &a : m_addresses) {
                const std::string instance = a.moduleInstance();
                if (instance.starts_with(prefix)) {
                    const auto nested = instance.find(".module.", prefix.size());
                    child.moduleInstance = instance.substr(0, nested);
                    child.modules.back().key = child.moduleInstance.substr(prefix.size());
                    break;
                }
            }
        return resolve(expression.value("references", Json::array()), attr, child, depth + 1);
    }

    std::vector<std::string> resolveResource(const std::string &text, const std::string &attr,
                                             const Scope &scope)
    {
        static const char *const skipped[] = {"data.", "local.", "count.", "each.",
                                              "path.", "terraform.", "self."};
        for (const char *s : skipped)
            if (text.starts_with(s))
                return {};
        const auto segments = splitSegments(text);
        if (segments.size() < 2)
            return {};
        const auto [type, typeKey] = splitKey(segments[0]);
        const auto [name, key] = splitKey(segments[1]);
        const std::string suffix = segments.size() > 2 ? splitKey(segments[2]).first : "";
        const auto it = m_byResource.find(scope.moduleInstance + '|' + type + '.' + name);
        if (it == m_byResource.end())
            return {};
        std::vector<size_t> chosen;
        for (size_t i : it->second)
            if (!key.empty() && m_addresses[i].key == key)
                chosen.push_back(i);
        if (chosen.empty() && key.empty() && !scope.key.empty())
            for (size_t i : it->second)
                if (m_addresses[i].key == scope.key)
                    chosen.push_back(i);
        if (chosen.empty() && key.empty())
            chosen = isListKey(attr) ? it->second : std::vector<size_t>{it->second.front()};
        std::vector<std::string> ids;
        for (size_t i : chosen)
            ids.push_back(targetId(m_resources[i], suffix, attr));
        return ids;
    }

    static std::string targetId(const IacResource &target, const std::string &suffix,
                                const std::string &attr)
    {
        const bool vpc = target.type == "aws_vpc" || target.type == "aws_default_vpc";
        const std::string what = suffix.empty() ? attr : suffix;
        if (vpc)
            if (auto id = iac::vpcDefaultId(what, target.address, target.values); !id.empty())
                return id;
        if (suffix.empty() || suffix == "id" || suffix == "arn")
            return target.id;
        if (auto value = iac::str(target.values, suffix.c_str()); !value.empty())
            return value;
        return target.id;
    }

    const Json &m_plan;
    std::vector<IacResource> &m_resources;
    std::vector<Address> m_addresses;
    std::map<std::string, std::vector<size_t>> m_byResource;
};

} // namespace

std::string Address::moduleInstance() const
{
    std::string text;
    for (const auto &m : modules)
        text += (text.empty() ? "" : ".") + std::string("module.") + m.name + m.key;
    return text;
}

std::string Address::moduleConfig() const
{
    std::string text;
    for (const auto &m : modules)
        text += (text.empty() ? "" : ".") + std::string("module.") + m.name;
    return text;
}

bool parseAddress(const std::string &text, Address &out)
{
    const auto segments = splitSegments(text);
    size_t i = 0;
    out = {};
    while (i + 1 < segments.size() && segments[i] == "module") {
        const auto [name, key] = splitKey(segments[i + 1]);
        out.modules.push_back({name, key});
        i += 2;
    }
    if (i + 1 >= segments.size())
        return false;
    out.type = splitKey(segments[i]).first;
    std::tie(out.name, out.key) = splitKey(segments[i + 1]);
    for (size_t j = i + 2; j < segments.size(); ++j)
        out.attribute += (j > i + 2 ? "." : "") + segments[j];
    return !out.type.empty() && !out.name.empty();
}

void resolveReferences(const Json &plan, std::vector<IacResource> &resources,
                       const std::string &region)
{
    (void) region;
    Resolver resolver(plan, resources);
    // Defaults first: others refer to the route table, ACL or group they adopt.
    for (size_t i = 0; i < resources.size(); ++i)
        if (isDefaultType(resources[i].type)) {
            resolver.fill(i);
            resolver.adoptDefaultId(i);
        }
    for (size_t i = 0; i < resources.size(); ++i)
        if (!isDefaultType(resources[i].type))
            resolver.fill(i);
}

} // namespace mailpath::core::tf
