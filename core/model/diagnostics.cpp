#include "diagnostics.h"

namespace mailpath::core {

std::string_view toString(Severity severity)
{
    switch (severity) {
    case Severity::Info: return "info";
    case Severity::Warning: return "warning";
    case Severity::Error: return "error";
    }
    return "warning";
}

} // namespace mailpath::core
