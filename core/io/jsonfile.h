#pragma once

#include <nlohmann/json.hpp>

#include <cstddef>
#include <string>
#include <string_view>

namespace mailpath::core {

/** Why a file could not be read: names the file and, for syntax errors, line and column. */
struct InputError
{
    std::string file;
    int line = 0;   //!< 1-based; 0 when not about a position
    int column = 0; //!< 1-based
    std::string message;

    std::string toString() const;
};

inline constexpr int maxJsonDepth = 256;
/** Parsed JSON takes about 3.5 times its text: 256 MiB of text stays under about 1 GB. */
inline constexpr std::size_t maxJsonFileBytes = size_t(256) << 20;
/**
 * Values (counted as members and elements) one document may hold. Parsed JSON takes about
 * 100 bytes per value, so this keeps a document under about 1 GB of memory: 100,000 ENIs
 * as AWS describes them are about 3 million.
 */
inline constexpr std::size_t maxJsonValues = 10'000'000;

/** Parses JSON text; false with error filled (line/column of the fault) on bad input. */
bool parseJsonText(std::string_view text, const std::string &fileName, nlohmann::json &out,
                   InputError &error);
/** Reads and parses a file; refuses files larger than maxJsonFileBytes. */
bool parseJsonFile(const std::string &path, nlohmann::json &out, InputError &error);

/** Writes via a temporary file in the same folder and renames it over the target. */
bool writeFileAtomically(const std::string &path, std::string_view contents, std::string &error);

} // namespace mailpath::core
