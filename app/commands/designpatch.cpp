#include "designpatch.h"

namespace mailpath::app {

DesignPatch DesignPatch::capture(const core::Design &design, const std::vector<std::string> &keys)
{
    DesignPatch patch;
    for (const auto &key : keys) {
        ResourceState state;
        if (const auto kind = design.kindOf(key)) {
            state.kind = *kind;
            state.json = design.resourceJson(key);
        }
        patch.m_resources[key] = std::move(state);
        const auto *layout = design.layoutOf(key);
        patch.m_layouts[key] = layout ? std::optional(*layout) : std::nullopt;
    }
    return patch;
}

void DesignPatch::apply(core::Design &design) const
{
    for (const auto &[id, state] : m_resources) {
        if (state.json.is_null()) {
            design.remove(id);
            continue;
        }
        if (design.resourceJson(id) != state.json) {
            if (design.contains(id) && design.kindOf(id) != state.kind)
                design.remove(id);
            design.putResourceJson(state.kind, state.json);
        }
    }
    // Layout after resources: remove() erases the layout of a removed id. A derived
    // container key (region, AZ) without a layout before keeps its entry: it is harmless.
    for (const auto &[key, layout] : m_layouts) {
        if (layout && (!design.layoutOf(key) || *design.layoutOf(key) != *layout))
            design.setLayout(key, *layout);
    }
}

} // namespace mailpath::app
