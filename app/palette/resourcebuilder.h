#pragma once

// Shared by the palette builders and createFromPalette: where a drop landed and the bundle
// being accumulated. Not a public interface of the app.

#include "palettetypes.h"

#include "core/model/addressplanner.h"

#include <optional>

namespace mailpath::app::factory {

QString tr(const char *text);

/** Where in the model a drop landed, found by walking up the layout parents. */
struct DropContext
{
    std::string subnetId;
    std::string vpcId;
    std::string availabilityZone;
    std::string region;
    std::string onPremId;
};

DropContext resolveDrop(const core::Design &design, std::string key);

/** Accumulates a bundle; keeps a scratch copy of the design so layout parents resolve. */
class Builder
{
public:
    Builder(const core::Design &design, const DropPoint &drop)
        : m_design(design)
        , m_scratch(design)
        , m_drop(drop)
        , m_planner(m_scratch)
    {}

    template<typename T>
    const T &add(T value)
    {
        m_bundle.resources.emplace_back(T::kind, nlohmann::json(value));
        return m_scratch.put(std::move(value));
    }
    const core::Design &scratch() const { return m_scratch; }
    core::AddressPlanner &planner() { return m_planner; }
    ResourceBundle &bundle() { return m_bundle; }
    std::string newId(core::ResourceKind kind)
    {
        // Reserve through the scratch design so two new ids of a kind never collide.
        std::string id = m_scratch.generateId(kind);
        return id;
    }

    /** Gives key a layout at the drop point (creating missing containers on the way). */
    void place(const std::string &key) { placeAt(key, std::nullopt); }

    ResourceBundle take() { return std::move(m_bundle); }

private:
    const core::NodeLayout *layoutOf(const std::string &key) const
    {
        if (const auto it = m_bundle.layouts.find(key); it != m_bundle.layouts.end())
            return &it->second;
        return m_design.layoutOf(key);
    }

    void placeAt(const std::string &key, std::optional<QPointF> pos);
    /** Opens an AZ box towards a node put left of or above it; the node's shift. */
    QPointF openRoom(const std::string &parent, QPointF topLeft);
    /** Enlarges a container (and its ancestors) so that a child fits inside. */
    void grow(const std::string &key, double right, double bottom);

    const core::Design &m_design;
    core::Design m_scratch;
    const DropPoint &m_drop;
    core::AddressPlanner m_planner;
    ResourceBundle m_bundle;
};

} // namespace mailpath::app::factory
