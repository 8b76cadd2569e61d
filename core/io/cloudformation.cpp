// CloudFormation templates: resources whose Condition holds are resolved and translated
// into provider-shaped resources, then mapped like a Terraform source.

#include "cfn.h"

namespace mailpath::core {

namespace {

using Json = nlohmann::json;

std::string templateRegion(const Json &root, const IacOptions &options)
{
    if (!options.region.empty())
        return options.region;
    // A template is region-independent; a region parameter's default is the best hint.
    const Json parameters = root.value("Parameters", Json::object());
    if (parameters.is_object())
        for (const char *key : {"Region", "AWSRegion", "AwsRegion"})
            if (parameters.contains(key) && parameters[key].is_object()
                && parameters[key].value("Default", Json()).is_string())
                return parameters[key]["Default"].get<std::string>();
    return {};
}

} // namespace

bool importCloudFormation(const Json &root, const std::string &file, Design &out,
                          Diagnostics &diagnostics, InputError &error, const IacOptions &options,
                          IacSummary *summary)
{
    const Json *resources = root.is_object() && root.contains("Resources")
                                ? &root["Resources"]
                                : nullptr;
    if (!resources || !resources->is_object()) {
        error = {file, 0, 0, "not a CloudFormation template (no \"Resources\" object)"};
        return false;
    }
    Diagnostics local;
    std::string region = templateRegion(root, options);
    if (region.empty()) {
        region = "us-east-1";
        local.push_back({Severity::Info, file, {},
                         "a template names no region: us-east-1"
                         " assumed (diff --region R to change)"});
    }
    iac::DescribeBuilder builder(file, local);
    cfn::Resolver resolver(root, options, region, builder);
    std::vector<iac::IacResource> translated;
    if (summary) {
        summary->format = IacFormat::CloudFormation;
        summary->formatVersion = root.value("AWSTemplateFormatVersion", "");
        summary->resourcesByType.clear();
    }
    std::map<std::string, int> notModelled;
    for (const auto &[logicalId, resource] : resources->items()) {
        if (!resource.is_object() || !resource.contains("Type")
            || !resource["Type"].is_string()) {
            error = {file, 0, 0, "resource " + logicalId + ": missing \"Type\""};
            return false;
        }
        const std::string type = resource["Type"].get<std::string>();
        if (summary)
            ++summary->resourcesByType[type];
        if (resource.contains("Condition")) {
            const std::string condition = resource["Condition"].is_string()
                                              ? resource["Condition"].get<std::string>()
                                              : resource["Condition"].dump();
            if (!resolver.condition(condition, logicalId)) {
                if (!cfn::providerType(type).empty())
                    builder.info(logicalId, "not created: condition " + condition + " is false");
                continue;
            }
        }
        if (cfn::providerType(type).empty()) {
            ++notModelled[type];
            continue;
        }
        const Json props = resolver.resolve(resource.value("Properties", Json::object()),
                                            logicalId);
        for (auto &r : cfn::translate(logicalId, type, props.is_object() ? props : Json::object(),
                                      resolver.idOf(logicalId)))
            translated.push_back(std::move(r));
    }
    for (const auto &[type, n] : notModelled)
        builder.info({}, std::to_string(n) + " " + type + " resource" + (n == 1 ? "" : "s")
                             + " not modelled (no effect on mail flows in MailPath)");
    return iac::importMapped(translated, builder, file, region, out, local, diagnostics, error,
                             "cloudformation");
}

} // namespace mailpath::core
