#pragma once

#include "../model/design.h"
#include "jsonfile.h"

#include <string>

namespace mailpath::core {

inline constexpr int designFormatVersion = 1;
inline constexpr const char *designFileSuffix = ".mailpath.json";

/** The native format: sorted keys, resources sorted by id, two-space indent, final newline. */
nlohmann::json designToJson(const Design &design);
std::string serializeDesign(const Design &design);

/**
 * Builds a design from native JSON into out. On failure returns false, fills error (naming
 * the resource) and leaves out untouched.
 */
bool designFromJson(const nlohmann::json &json, const std::string &fileName, Design &out,
                    InputError &error);
bool readDesignFile(const std::string &path, Design &out, InputError &error);
bool writeDesignFile(const Design &design, const std::string &path, std::string &error);

/** True when the JSON looks like a MailPath design rather than an AWS snapshot file. */
bool isDesignJson(const nlohmann::json &json);

} // namespace mailpath::core
