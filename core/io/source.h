#pragma once

#include "../model/design.h"
#include "diagnostics.h"
#include "iacsource.h"
#include "jsonfile.h"

#include <string>

namespace mailpath::core {

/**
 * Loads what the CLI and the GUI call a SOURCE: a native design file, an AWS snapshot
 * folder in any supported layout, a single describe-* JSON file, Terraform JSON (plan, state,
 * terraform.tfstate) or a CloudFormation template (JSON or YAML), told apart by content.
 * On failure returns false with error set and out unchanged; diagnostics collect what was
 * not understood.
 */
bool loadSource(const std::string &path, Design &out, Diagnostics &diagnostics, InputError &error);
bool loadSource(const std::string &path, Design &out, Diagnostics &diagnostics, InputError &error,
                const IacOptions &options);

} // namespace mailpath::core
