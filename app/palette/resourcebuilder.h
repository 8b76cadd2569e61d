#pragma once

// Shared by the palette builders and createFromPalette: where a drop landed and the bundle
// being accumulated. Not a public interface of the app.

#include "palettetypes.h"

#include "core/model/addressplanner.h"

#include <QRectF>

#include <optional>
#include <vector>

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
        // A new one: two "smtp-relay"s confuse a customer. Tables and groups keep AWS's
        // per-VPC names ("default", "main").
        constexpr bool perVpcName = T::kind == core::ResourceKind::SecurityGroup
                                    || T::kind == core::ResourceKind::NetworkAcl
                                    || T::kind == core::ResourceKind::RouteTable
                                    || T::kind == core::ResourceKind::TgwRouteTable;
        if (!perVpcName && !m_design.find<T>(value.id))
            value.name = freeName<T>(value.id, value.name);
        m_bundle.resources.emplace_back(T::kind, nlohmann::json(value));
        return m_scratch.put(std::move(value));
    }
    /** Adds value as the drop's primary resource at the drop point; true, for the builders. */
    template<typename T>
    bool addPrimary(T value)
    {
        const std::string id = add(std::move(value)).id;
        m_bundle.primaryId = id;
        place(id);
        return true;
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
    /** Gives key a layout to the right of anchor, in the same box. */
    void placeBeside(const std::string &key, const std::string &anchor);

    ResourceBundle take() { return std::move(m_bundle); }

private:
    /** name, or name-2, name-3 … when another resource of the kind already has it. */
    template<typename T>
    std::string freeName(const std::string &id, const std::string &name) const
    {
        const auto taken = [&](const std::string &candidate) {
            for (const auto &[otherId, other] : m_scratch.all<T>())
                if (otherId != id && other.name == candidate)
                    return true;
            return false;
        };
        if (name.empty() || !taken(name))
            return name;
        for (int k = 2;; ++k)
            if (std::string candidate = name + '-' + std::to_string(k); !taken(candidate))
                return candidate;
    }

    const core::NodeLayout *layoutOf(const std::string &key) const
    {
        if (const auto it = m_bundle.layouts.find(key); it != m_bundle.layouts.end())
            return &it->second;
        return m_design.layoutOf(key);
    }

    void placeAt(const std::string &key, std::optional<QPointF> pos);
    /** The boxes beside key in parent (their layouts as the drop will leave them). */
    std::vector<QRectF> siblingBoxes(const std::string &parent, const std::string &key) const;
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
