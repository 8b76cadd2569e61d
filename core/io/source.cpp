#include "source.h"

#include "designchecks.h"

#include "awsimport.h"
#include "designfile.h"
#include "jsonfile.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace mailpath::core {

namespace {

SourceFormat formatOf(IacFormat iac)
{
    switch (iac) {
    case IacFormat::CloudFormation: return SourceFormat::CloudFormation;
    case IacFormat::TerraformPlan:
    case IacFormat::TerraformState:
    case IacFormat::TerraformRawState: return SourceFormat::Terraform;
    case IacFormat::None: break;
    }
    return SourceFormat::Snapshot;
}

// --format: the content must be what the user said it is, or the load stops and says what it is.
bool formatAgrees(const std::string &path, SourceFormat found, const IacOptions &options,
                  InputError &error)
{
    if (options.format == SourceFormat::Auto || options.format == found)
        return true;
    error = {path, 0, 0,
             "--format " + std::string(toString(options.format)) + " given, but the file reads as "
                 + std::string(toString(found))
                 + (found == SourceFormat::Snapshot ? " (AWS describe-* JSON)" : "")};
    return false;
}

// A YAML CloudFormation template; anything else keeps the JSON reader's error messages.
bool loadYamlTemplate(const std::string &path, Design &out, Diagnostics &diagnostics,
                      InputError &error, const IacOptions &options, IacSummary *summary,
                      bool &handled)
{
    handled = false;
    // FIFOs, devices and huge files are refused by the JSON reader with the reason.
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)
        || std::filesystem::file_size(path, ec) > maxJsonFileBytes || ec)
        return false;
    std::ifstream in(path, std::ios::binary);
    char head[4096] = {};
    in.read(head, sizeof head);
    handled = false;
    if (!looksLikeYamlTemplate(std::string(head, size_t(in.gcount()))))
        return false;
    in.clear();
    in.seekg(0);
    std::stringstream text;
    text << in.rdbuf();
    nlohmann::json root;
    InputError yamlError;
    if (!parseYamlText(text.str(), path, root, yamlError)
        || detectIacFormat(root) != IacFormat::CloudFormation) {
        const bool saidTemplate = options.format == SourceFormat::CloudFormation;
        if (yamlError.message.empty()
            || (!saidTemplate && text.str().find("Resources") == std::string::npos))
            return false;
        handled = true; // a template with a YAML syntax error: say where
        error = yamlError;
        return false;
    }
    handled = true;
    return formatAgrees(path, SourceFormat::CloudFormation, options, error)
           && importCloudFormation(root, path, out, diagnostics, error, options, summary);
}

bool importParsed(const nlohmann::json &root, const std::string &path, Design &out,
                  Diagnostics &diagnostics, InputError &error, const IacOptions &options,
                  IacSummary *summary)
{
    switch (detectIacFormat(root)) {
    case IacFormat::CloudFormation:
        return importCloudFormation(root, path, out, diagnostics, error, options, summary);
    case IacFormat::TerraformPlan:
    case IacFormat::TerraformState:
    case IacFormat::TerraformRawState:
        return importTerraform(root, path, out, diagnostics, error, options, summary);
    case IacFormat::None:
        break;
    }
    return importAwsJson(root, path, out, diagnostics, error);
}

} // namespace

bool importIacFile(const std::string &path, Design &out, Diagnostics &diagnostics,
                   InputError &error, const IacOptions &options, IacSummary *summary)
{
    bool handled = false;
    const bool loaded = loadYamlTemplate(path, out, diagnostics, error, options, summary, handled);
    if (handled)
        return loaded;
    nlohmann::json json;
    if (!parseJsonFile(path, json, error))
        return false;
    if (detectIacFormat(json) == IacFormat::None) {
        error = {path, 0, 0, "neither Terraform JSON nor a CloudFormation template"};
        return false;
    }
    return importParsed(json, path, out, diagnostics, error, options, summary);
}

std::optional<SourceFormat> sourceFormatFromString(std::string_view text)
{
    for (auto f : {SourceFormat::Auto, SourceFormat::Design, SourceFormat::Snapshot,
                   SourceFormat::Terraform, SourceFormat::CloudFormation})
        if (toString(f) == text)
            return f;
    return std::nullopt;
}

std::string_view toString(SourceFormat format)
{
    switch (format) {
    case SourceFormat::Auto: return "auto";
    case SourceFormat::Design: return "design";
    case SourceFormat::Snapshot: return "snapshot";
    case SourceFormat::Terraform: return "terraform";
    case SourceFormat::CloudFormation: return "cloudformation";
    }
    return "auto";
}

bool loadSource(const std::string &path, Design &out, Diagnostics &diagnostics, InputError &error)
{
    return loadSource(path, out, diagnostics, error, IacOptions{});
}

namespace {
bool loadAny(const std::string &path, Design &out, Diagnostics &diagnostics, InputError &error,
             const IacOptions &options)
{
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec))
        return formatAgrees(path, SourceFormat::Snapshot, options, error)
               && importAwsSnapshot(path, out, diagnostics, error);
    if (!std::filesystem::exists(path, ec)) {
        error = {path, 0, 0, "no such file or folder"};
        return false;
    }
    bool handled = false;
    const bool loaded = loadYamlTemplate(path, out, diagnostics, error, options, nullptr,
                                         handled);
    if (handled)
        return loaded;
    nlohmann::json json;
    if (!parseJsonFile(path, json, error))
        return false;
    const IacFormat iac = detectIacFormat(json);
    const SourceFormat found = isDesignJson(json) ? SourceFormat::Design : formatOf(iac);
    if (!formatAgrees(path, found, options, error))
        return false;
    if (found == SourceFormat::Design)
        return designFromJson(json, path, out, error);
    if (iac != IacFormat::None)
        return importParsed(json, path, out, diagnostics, error, options, nullptr);
    return importAwsFile(path, out, diagnostics, error);
}

} // namespace

bool loadSource(const std::string &path, Design &out, Diagnostics &diagnostics, InputError &error,
                const IacOptions &options)
{
    if (!loadAny(path, out, diagnostics, error, options))
        return false;
    for (auto &d : checkSesDns(out)) // the records SES identities need, whatever the source
        diagnostics.push_back(std::move(d));
    return true;
}

} // namespace mailpath::core
