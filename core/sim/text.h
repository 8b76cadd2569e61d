#pragma once

#include <algorithm>
#include <string>
#include <string_view>

namespace mailpath::core {

/** Joins the parts with one allocation (a chain of operator+ allocates at every step). */
template<typename... Parts>
std::string concat(const Parts &...parts)
{
    const std::string_view views[] = {std::string_view(parts)...};
    size_t size = 0;
    for (const auto view : views)
        size += view.size();
    std::string out(size, '\0');
    char *at = out.data();
    for (const auto view : views)
        at = std::copy(view.begin(), view.end(), at);
    return out;
}

} // namespace mailpath::core
