#include "palettetypes.h"

#include "core/layout/autolayout.h"

#include <algorithm>

namespace mailpath::app {

std::vector<std::string> ResourceBundle::keys() const
{
    std::vector<std::string> result;
    for (const auto &[kind, json] : resources)
        result.push_back(json.value("id", std::string()));
    for (const auto &[key, layout] : layouts)
        if (std::find(result.begin(), result.end(), key) == result.end())
            result.push_back(key);
    return result;
}

QSizeF defaultSize(const core::Design &design, const std::string &key)
{
    if (core::isRegionKey(key))
        return {720, 480};
    if (core::isAzKey(key))
        return {540, 320};
    switch (design.kindOf(key).value_or(core::ResourceKind::Instance)) {
    case core::ResourceKind::Vpc: return {620, 420};
    case core::ResourceKind::Subnet: return {240, 170};
    case core::ResourceKind::OnPremNetwork: return {320, 220};
    default: return {96, 72};
    }
}

} // namespace mailpath::app
