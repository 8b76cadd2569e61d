#include "resource.h"

namespace mailpath::core {

std::string_view kindName(ResourceKind kind)
{
    return kindTraits(kind).name;
}

std::optional<ResourceKind> kindFromName(std::string_view name)
{
    for (int i = 0; i < resourceKindCount; ++i)
        if (kindTraits(ResourceKind(i)).name == name)
            return ResourceKind(i);
    return std::nullopt;
}

std::string_view idPrefix(ResourceKind kind)
{
    return kindTraits(kind).idPrefix;
}

} // namespace mailpath::core
