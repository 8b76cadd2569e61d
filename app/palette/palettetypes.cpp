#include "palettetypes.h"

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

} // namespace mailpath::app
