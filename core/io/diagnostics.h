#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

enum class Severity { Info, Warning, Error };
std::string_view toString(Severity severity);

/** A problem found while reading or checking a design; collected, never thrown. */
struct Diagnostic
{
    Severity severity = Severity::Warning;
    std::string file;
    std::string resource;
    std::string message;
};

using Diagnostics = std::vector<Diagnostic>;

} // namespace mailpath::core
