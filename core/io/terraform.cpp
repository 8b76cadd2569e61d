// Terraform JSON: `terraform show -json` of a plan (planned values or prior state) or of a
// state, and raw terraform.tfstate v4. Values known only after apply are filled from the
// plan's configuration (references between resources) before the resources are mapped.

#include "iacsource.h"

#include "iacmap.h"
#include "tfaddress.h"

#include <algorithm>

namespace mailpath::core {

namespace {

using iac::IacResource;
using Json = nlohmann::json;

const Json *objectAt(const Json &j, const char *key)
{
    if (!j.is_object())
        return nullptr;
    const auto it = j.find(key);
    return it != j.end() && it->is_object() ? &*it : nullptr;
}

const Json &arrayAt(const Json &j, const char *key)
{
    static const Json empty = Json::array();
    if (!j.is_object())
        return empty;
    const auto it = j.find(key);
    return it != j.end() && it->is_array() ? *it : empty;
}

std::string indexText(const Json &index)
{
    if (index.is_number_integer())
        return "[" + std::to_string(index.get<long long>()) + "]";
    if (index.is_string())
        return "[\"" + index.get<std::string>() + "\"]";
    return {};
}

/** One managed resource of a `show -json` module tree (0.12 states: address rebuilt). */
void collectModule(const Json &module, std::vector<IacResource> &out, int depth = 0)
{
    if (depth > 64)
        return;
    const std::string moduleAddress = module.value("address", "");
    for (const auto &r : arrayAt(module, "resources")) {
        if (!r.is_object() || r.value("mode", "managed") != "managed")
            continue;
        std::string address = r.value("address", "");
        if (!moduleAddress.empty() && !address.starts_with(moduleAddress + ".")) {
            address = moduleAddress + "." + address;
            if (r.contains("index") && address.back() != ']')
                address += indexText(r["index"]);
        }
        const Json *values = objectAt(r, "values");
        out.push_back({address, r.value("type", ""), values ? *values : Json::object(), {}});
    }
    for (const auto &child : arrayAt(module, "child_modules"))
        if (child.is_object())
            collectModule(child, out, depth + 1);
}

void collectRawState(const Json &root, std::vector<IacResource> &out)
{
    for (const auto &r : arrayAt(root, "resources")) {
        if (!r.is_object() || r.value("mode", "managed") != "managed")
            continue;
        std::string base = r.value("type", "") + "." + r.value("name", "");
        if (auto module = r.value("module", ""); !module.empty())
            base = module + "." + base;
        for (const auto &instance : arrayAt(r, "instances")) {
            const Json *attributes = objectAt(instance, "attributes");
            std::string address = base;
            if (instance.contains("index_key"))
                address += indexText(instance["index_key"]);
            out.push_back({address, r.value("type", ""),
                           attributes ? *attributes : Json::object(), {}});
        }
    }
}

std::vector<std::string> deletedAddresses(const Json &root)
{
    std::vector<std::string> deleted;
    for (const auto &change : arrayAt(root, "resource_changes")) {
        const Json *c = objectAt(change, "change");
        if (c && c->value("actions", Json::array()) == Json::array({"delete"}))
            deleted.push_back(change.value("address", ""));
    }
    return deleted;
}

std::string providerRegion(const Json &root)
{
    const Json *config = objectAt(root, "configuration");
    const Json *providers = config ? objectAt(*config, "provider_config") : nullptr;
    if (providers)
        for (const auto &[name, provider] : providers->items()) {
            const Json *expressions = objectAt(provider, "expressions");
            const Json *region = expressions ? objectAt(*expressions, "region") : nullptr;
            if (region && region->contains("constant_value")
                && (*region)["constant_value"].is_string())
                return (*region)["constant_value"].get<std::string>();
        }
    const Json *variables = objectAt(root, "variables");
    if (variables)
        for (const char *key : {"region", "aws_region"})
            if (const Json *v = objectAt(*variables, key);
                v && v->value("value", Json()).is_string())
                return (*v)["value"].get<std::string>();
    return {};
}

std::string zoneRegion(const std::vector<IacResource> &resources)
{
    for (const auto &r : resources) {
        std::string zone = iac::str(r.values, "availability_zone");
        if (zone.size() > 1 && std::isalpha(static_cast<unsigned char>(zone.back())))
            return zone.substr(0, zone.size() - 1);
    }
    return {};
}

bool readResources(const Json &root, IacFormat format, const IacOptions &options,
                   std::vector<IacResource> &resources, std::string &problem)
{
    if (format == IacFormat::TerraformRawState) {
        collectRawState(root, resources);
        return true;
    }
    if (format == IacFormat::TerraformState) {
        if (const Json *values = objectAt(root, "values"))
            if (const Json *module = objectAt(*values, "root_module"))
                collectModule(*module, resources);
        return true;
    }
    if (options.side == PlanSide::Before) {
        const Json *prior = objectAt(root, "prior_state");
        const Json *values = prior ? objectAt(*prior, "values") : nullptr;
        if (const Json *module = values ? objectAt(*values, "root_module") : nullptr)
            collectModule(*module, resources);
        return true;
    }
    const Json *planned = objectAt(root, "planned_values");
    const Json *module = planned ? objectAt(*planned, "root_module") : nullptr;
    if (!module) {
        problem = "a Terraform plan without \"planned_values.root_module\"";
        return false;
    }
    collectModule(*module, resources);
    const auto deleted = deletedAddresses(root);
    std::erase_if(resources, [&](const IacResource &r) {
        return std::find(deleted.begin(), deleted.end(), r.address) != deleted.end();
    });
    return true;
}

void summarise(const std::vector<IacResource> &resources, const Json &root, IacFormat format,
               IacSummary *summary)
{
    if (!summary)
        return;
    summary->format = format;
    const Json version = root.value(format == IacFormat::TerraformRawState ? "version"
                                                                           : "format_version",
                                    Json());
    summary->formatVersion = version.is_string() ? version.get<std::string>() : version.dump();
    summary->resourcesByType.clear();
    for (const auto &r : resources)
        ++summary->resourcesByType[r.type];
}

} // namespace

std::string_view toString(IacFormat format)
{
    switch (format) {
    case IacFormat::TerraformPlan: return "terraform-plan";
    case IacFormat::TerraformState: return "terraform-state";
    case IacFormat::TerraformRawState: return "terraform-tfstate";
    case IacFormat::CloudFormation: return "cloudformation";
    case IacFormat::None: break;
    }
    return "none";
}

IacFormat detectIacFormat(const Json &root)
{
    if (!root.is_object())
        return IacFormat::None;
    // A native design also has a numeric "version" and "resources".
    if (const auto format = root.find("format"); format != root.end() && *format == "mailpath")
        return IacFormat::None;
    if (root.contains("planned_values") || root.contains("resource_changes"))
        return IacFormat::TerraformPlan;
    if (root.contains("format_version")
        && (root.contains("values") || root.contains("terraform_version")))
        return IacFormat::TerraformState;
    if (root.contains("version") && root["version"].is_number()
        && (root.contains("resources") || root.contains("modules") || root.contains("lineage")))
        return IacFormat::TerraformRawState;
    if (objectAt(root, "Resources")
        && (root.contains("AWSTemplateFormatVersion") || root.contains("Parameters")
            || root.contains("Outputs") || root.contains("Description")
            || root.contains("Transform") || root.contains("Conditions")
            || !root.contains("Vpcs")))
        return IacFormat::CloudFormation;
    return IacFormat::None;
}

bool importTerraform(const Json &root, const std::string &file, Design &out,
                     Diagnostics &diagnostics, InputError &error, const IacOptions &options,
                     IacSummary *summary)
{
    const IacFormat format = detectIacFormat(root);
    if (format == IacFormat::TerraformRawState && root["version"] != 4) {
        error = {file, 0, 0,
                 "raw terraform.tfstate version " + root["version"].dump()
                     + " is not read (only version 4, Terraform 0.12 and later): run "
                       "`terraform show -json` with a current Terraform, or upgrade the state"};
        return false;
    }
    if (format != IacFormat::TerraformPlan && format != IacFormat::TerraformState
        && format != IacFormat::TerraformRawState) {
        error = {file, 0, 0, "not Terraform JSON (no planned_values, values or resources)"};
        return false;
    }
    std::vector<IacResource> resources;
    std::string problem;
    if (!readResources(root, format, options, resources, problem)) {
        error = {file, 0, 0, problem};
        return false;
    }
    summarise(resources, root, format, summary);
    Diagnostics local;
    std::string region = options.region;
    if (region.empty())
        region = providerRegion(root);
    if (region.empty())
        region = zoneRegion(resources);
    if (region.empty()) {
        region = "us-east-1";
        local.push_back({Severity::Info, file, {},
                         "the source names no region: us-east-1"
                         " assumed (diff --region R to change)"});
    }
    for (auto &r : resources) {
        r.id = iac::resourceId(r.type, r.address, r.values, region);
        const bool known = !iac::str(r.values, "id").empty() || !iac::str(r.values, "arn").empty();
        if (!known && iac::isModelled(r.type) && !iac::idPrefix(iac::canonicalType(r.type)).empty())
            local.push_back({Severity::Info, file, r.address,
                             "id known only after apply: placeholder " + r.id});
    }
    if (format == IacFormat::TerraformPlan && options.side == PlanSide::After)
        tf::resolveReferences(root, resources, region);
    iac::DescribeBuilder builder(file, local);
    return iac::importMapped(resources, builder, file, region, out, local, diagnostics, error,
                             "terraform");
}

} // namespace mailpath::core
