#pragma once

#include "../model/design.h"
#include "diagnostics.h"
#include "jsonfile.h"

#include <string>

namespace mailpath::core {

/**
 * Reads an AWS snapshot: describe-* JSON files directly in dir, in dir/<region>/, or in
 * dir/accounts/<account-id>/<region>/. Files are recognised by their top-level key.
 * Unknown keys and files become diagnostics; a syntax error or a file of the wrong shape
 * fails the import (error names file, line and column) and leaves out unchanged.
 */
bool importAwsSnapshot(const std::string &dir, Design &out, Diagnostics &diagnostics,
                       InputError &error);

struct AwsImportOptions
{
    /**
     * Import the rest when some files are broken: a file with a JSON syntax error or of the
     * wrong shape is left out entirely and reported as an Error diagnostic with fileSkipped
     * set (file, line and column). When nothing is left to import the import fails and the
     * error lists every broken file.
     */
    bool skipBrokenFiles = false;
};

bool importAwsSnapshot(const std::string &dir, Design &out, Diagnostics &diagnostics,
                       InputError &error, const AwsImportOptions &options);

/**
 * Imports one describe-* document already parsed (from memory: fuzzing, tests, the GUI's
 * clipboard); fileName only names it in messages. Same rules as importAwsFile.
 */
bool importAwsJson(const nlohmann::json &root, const std::string &fileName, Design &out,
                   Diagnostics &diagnostics, InputError &error);

/** Imports a single describe-* JSON file (e.g. a unit fixture) into a new design. */
bool importAwsFile(const std::string &file, Design &out, Diagnostics &diagnostics,
                   InputError &error);

} // namespace mailpath::core
