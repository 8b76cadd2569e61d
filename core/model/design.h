#pragma once

#include "flow.h"
#include "layout.h"
#include "resources.h"

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mailpath::core {

struct StringHash
{
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

template<typename T>
using ResourceMap = std::unordered_map<std::string, T, StringHash, std::equal_to<>>;

/**
 * Change notifications for views of a Design (the canvas, the flows panel). A plain
 * interface rather than Qt signals, so core stays free of Qt.
 */
class DesignObserver
{
public:
    virtual ~DesignObserver() = default;
    virtual void resourceAdded(ResourceKind, const std::string & /*id*/) {}
    virtual void resourceChanged(ResourceKind, const std::string & /*id*/) {}
    virtual void resourceRemoved(ResourceKind, const std::string & /*id*/) {}
    virtual void layoutChanged(const std::string & /*id*/) {}
    virtual void flowsChanged() {}
    virtual void designReset() {}
};

/**
 * The single owner of every resource of a network design, keyed by stable string id.
 * Relations between resources are ids; layout and expected flows are kept beside the
 * semantic model. Copies carry the data but not the observers.
 */
class Design
{
public:
    Design() = default;
    Design(const Design &other);
    Design &operator=(const Design &other);
    Design(Design &&other) noexcept;
    Design &operator=(Design &&other) noexcept;

    std::string name;
    std::string description;
    Assumptions assumptions;
    /** What it was read from ("snapshot", "terraform", "cloudformation"); empty when drawn. */
    std::string origin;

    template<typename T>
    const ResourceMap<T> &all() const
    {
        return std::get<ResourceMap<T>>(m_stores);
    }

    template<typename T>
    const T *find(std::string_view id) const
    {
        const auto &map = all<T>();
        const auto it = map.find(id);
        return it == map.end() ? nullptr : &it->second;
    }

    /** Adds or replaces by id and notifies observers. */
    template<typename T>
    const T &put(T value)
    {
        auto &map = std::get<ResourceMap<T>>(m_stores);
        const std::string id = value.id;
        const auto placed = map.insert_or_assign(id, std::move(value));
        const bool inserted = placed.second; // clang 14 cannot capture a structured binding
        m_kinds.insert_or_assign(id, T::kind);
        ++m_revision;
        notify([&](DesignObserver *o) {
            inserted ? o->resourceAdded(T::kind, id) : o->resourceChanged(T::kind, id);
        });
        return placed.first->second;
    }

    /** Edits a resource in place and notifies; false when the id is not a T. */
    template<typename T, typename F>
    bool update(std::string_view id, F &&edit)
    {
        auto &map = std::get<ResourceMap<T>>(m_stores);
        auto it = map.find(id);
        if (it == map.end())
            return false;
        edit(it->second);
        it->second.id = it->first; // the id is the key and never changes in place
        ++m_revision;
        notify([&](DesignObserver *o) { o->resourceChanged(T::kind, it->first); });
        return true;
    }

    bool remove(std::string_view id);
    bool contains(std::string_view id) const { return m_kinds.find(id) != m_kinds.end(); }
    std::optional<ResourceKind> kindOf(std::string_view id) const;
    size_t count(ResourceKind kind) const;
    size_t resourceCount() const { return m_kinds.size(); }

    /** Display name: the Name tag or name, else the id. */
    std::string displayName(std::string_view id) const;

    /** A resource as native JSON (null when absent): the snapshot used by undo. */
    nlohmann::json resourceJson(std::string_view id) const;
    /** Adds or replaces a resource from native JSON; throws std::exception on a bad shape. */
    void putResourceJson(ResourceKind kind, const nlohmann::json &json);

    /** The container a resource is drawn in (subnet, VPC, on-prem network), or empty. */
    std::string containerOf(std::string_view id) const;
    /** Every resource whose container chain reaches id. */
    std::vector<std::string> descendantsOf(std::string_view id) const;

    /** A fresh id with the kind's prefix, e.g. "subnet-0a1b2c3d". */
    std::string generateId(ResourceKind kind) const;

    const Layout &layout() const { return m_layout; }
    const NodeLayout *layoutOf(std::string_view id) const;
    void setLayout(const std::string &id, const NodeLayout &layout);
    void setLayoutSilently(Layout layout) { m_layout = std::move(layout); }

    const std::vector<ExpectedFlow> &flows() const { return m_flows; }
    void setFlows(std::vector<ExpectedFlow> flows);

    /** Increases with every change; views and caches compare it. */
    uint64_t revision() const { return m_revision; }

    void addObserver(DesignObserver *observer);
    void removeObserver(DesignObserver *observer);
    /** Tells observers the whole design was replaced. */
    void notifyReset();

    template<typename F>
    void forEachStore(F &&f) const
    {
        std::apply([&](const auto &...maps) { (f(maps), ...); }, m_stores);
    }

private:
    template<typename F>
    void notify(F &&f)
    {
        for (auto *o : m_observers)
            f(o);
    }

    template<typename T>
    struct StoreOf;
    template<typename... T>
    struct StoreOf<std::tuple<T...>>
    {
        using type = std::tuple<ResourceMap<T>...>;
    };

    typename StoreOf<AllResourceTypes>::type m_stores;
    std::unordered_map<std::string, ResourceKind, StringHash, std::equal_to<>> m_kinds;
    Layout m_layout;
    std::vector<ExpectedFlow> m_flows;
    std::vector<DesignObserver *> m_observers;
    uint64_t m_revision = 0;
};

/** Calls f with a default-constructed value of the C++ type for kind (for generic code). */
template<typename F>
void visitKind(ResourceKind kind, F &&f)
{
    [&]<size_t... I>(std::index_sequence<I...>) {
        ((size_t(kind) == I ? (f(std::tuple_element_t<I, AllResourceTypes>{}), 0) : 0), ...);
    }(std::make_index_sequence<std::tuple_size_v<AllResourceTypes>>{});
}

} // namespace mailpath::core
