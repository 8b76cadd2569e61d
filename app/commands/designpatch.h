#pragma once

#include "core/model/design.h"

#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace mailpath::app {

/**
 * The state of a few resources and layout entries, captured as native JSON so that
 * structural commands can restore "before" and "after" without hand-written inverses.
 */
class DesignPatch
{
public:
    struct ResourceState
    {
        core::ResourceKind kind = core::ResourceKind::Vpc;
        nlohmann::json json; //!< null: the resource did not exist
    };

    static DesignPatch capture(const core::Design &design, const std::vector<std::string> &keys);
    /** Puts, replaces or removes resources, then restores the captured layout entries. */
    void apply(core::Design &design) const;

    const std::map<std::string, ResourceState> &resources() const { return m_resources; }

private:
    std::map<std::string, ResourceState> m_resources;
    std::map<std::string, std::optional<core::NodeLayout>> m_layouts;
};

} // namespace mailpath::app
