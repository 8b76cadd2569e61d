#pragma once

// Designs read from infrastructure as code: Terraform JSON (`terraform show -json` of a plan
// or a state, raw terraform.tfstate v4) and CloudFormation templates (JSON or YAML).

#include "../model/design.h"
#include "diagnostics.h"
#include "jsonfile.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mailpath::core {

enum class IacFormat { None, TerraformPlan, TerraformState, TerraformRawState, CloudFormation };
std::string_view toString(IacFormat format);

/** Which side of a Terraform plan: what exists now, or what will after apply. */
enum class PlanSide { After, Before };

/** What --format insists a SOURCE is; Auto tells it by content. */
enum class SourceFormat { Auto, Design, Snapshot, Terraform, CloudFormation };
std::optional<SourceFormat> sourceFormatFromString(std::string_view text);
std::string_view toString(SourceFormat format);

struct IacOptions
{
    SourceFormat format = SourceFormat::Auto;
    PlanSide side = PlanSide::After;
    std::map<std::string, std::string> parameters; //!< CloudFormation --parameter KEY=VALUE
    std::string region;                            //!< overrides what the source says
};

/** What a source held: managed resources per source type, and the format read. */
struct IacSummary
{
    IacFormat format = IacFormat::None;
    std::string formatVersion;
    std::map<std::string, int> resourcesByType;
};

/** Recognises a parsed document by its keys (never by file name). */
IacFormat detectIacFormat(const nlohmann::json &root);

/** Reads Terraform JSON; out is untouched on failure (error names file and resource). */
bool importTerraform(const nlohmann::json &root, const std::string &file, Design &out,
                     Diagnostics &diagnostics, InputError &error, const IacOptions &options = {},
                     IacSummary *summary = nullptr);

/** Reads a CloudFormation template already parsed (YAML tags turned into Fn:: objects). */
bool importCloudFormation(const nlohmann::json &root, const std::string &file, Design &out,
                          Diagnostics &diagnostics, InputError &error,
                          const IacOptions &options = {}, IacSummary *summary = nullptr);

/**
 * Parses a YAML document (CloudFormation short-form tags become their long form: !Ref x ->
 * {"Ref": "x"}, !GetAtt a.b -> {"Fn::GetAtt": ["a", "b"]}). Errors give line and column.
 */
bool parseYamlText(const std::string &text, const std::string &fileName, nlohmann::json &out,
                   InputError &error);

/** True when text looks like a YAML CloudFormation template (not JSON). */
bool looksLikeYamlTemplate(const std::string &text);

/** Reads a Terraform or CloudFormation file, whichever its content is. */
bool importIacFile(const std::string &path, Design &out, Diagnostics &diagnostics,
                   InputError &error, const IacOptions &options = {},
                   IacSummary *summary = nullptr);

} // namespace mailpath::core
