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
    int line = 0;   //!< 1-based position in file; 0 when not about a position
    int column = 0; //!< 1-based
    bool fileSkipped = false; //!< the whole file was left out of an import (broken)
    /** The input contradicts itself (one id, two different resources): no answer is safe. */
    bool conflict = false;
};

using Diagnostics = std::vector<Diagnostic>;

} // namespace mailpath::core
