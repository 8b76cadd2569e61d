#pragma once

// A fix in the language the design came from: a Terraform (HCL) fragment naming the resource
// address, a CloudFormation YAML fragment under the logical id, or the AWS CLI command for a
// snapshot or a drawn design. Built from the fix as a model edit (ModelFix), so the fragment
// adds exactly the rules the designer's "apply fix" would.

#include "blockers.h"

#include <optional>
#include <string>
#include <string_view>

namespace mailpath::core {

enum class FixLanguage { Terraform, CloudFormation, AwsCli };
/** The JSON's name: "hcl", "yaml" or "aws-cli". */
std::string_view toString(FixLanguage language);
/** Terraform for a design read from Terraform, CloudFormation likewise, else the AWS CLI. */
FixLanguage fixLanguageFor(const Design &design);

struct FixCode
{
    FixLanguage language = FixLanguage::AwsCli;
    std::string text;
};

/** The model edit that lets a blocked trace through its blocking component, if there is one. */
std::optional<ModelFix> fixForTrace(const Simulator &simulator, const Trace &trace);

FixCode fixCode(const Design &design, const ModelFix &fix, FixLanguage language);

/** Both steps for a trace, in the design's language; nullopt when no mechanical fix exists. */
std::optional<FixCode> fixCodeForTrace(const Simulator &simulator, const Trace &trace);

} // namespace mailpath::core
