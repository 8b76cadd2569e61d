#include "design.h"

#include "kindtraits.h"

#include <algorithm>
#include <random>

namespace mailpath::core {

Design::Design(const Design &other)
    : name(other.name)
    , description(other.description)
    , assumptions(other.assumptions)
    , origin(other.origin)
    , m_stores(other.m_stores)
    , m_kinds(other.m_kinds)
    , m_layout(other.m_layout)
    , m_flows(other.m_flows)
    , m_revision(other.m_revision)
{}

Design &Design::operator=(const Design &other)
{
    if (this == &other)
        return *this;
    name = other.name;
    description = other.description;
    assumptions = other.assumptions;
    origin = other.origin;
    m_stores = other.m_stores;
    m_kinds = other.m_kinds;
    m_layout = other.m_layout;
    m_flows = other.m_flows;
    ++m_revision;
    return *this;
}

Design::Design(Design &&other) noexcept
    : name(std::move(other.name))
    , description(std::move(other.description))
    , assumptions(other.assumptions)
    , origin(std::move(other.origin))
    , m_stores(std::move(other.m_stores))
    , m_kinds(std::move(other.m_kinds))
    , m_layout(std::move(other.m_layout))
    , m_flows(std::move(other.m_flows))
    , m_revision(other.m_revision)
{}

Design &Design::operator=(Design &&other) noexcept
{
    name = std::move(other.name);
    description = std::move(other.description);
    assumptions = other.assumptions;
    origin = std::move(other.origin);
    m_stores = std::move(other.m_stores);
    m_kinds = std::move(other.m_kinds);
    m_layout = std::move(other.m_layout);
    m_flows = std::move(other.m_flows);
    m_revision = std::max(m_revision, other.m_revision) + 1;
    return *this;
}

std::optional<ResourceKind> Design::kindOf(std::string_view id) const
{
    const auto it = m_kinds.find(id);
    if (it == m_kinds.end())
        return std::nullopt;
    return it->second;
}

size_t Design::count(ResourceKind kind) const
{
    size_t n = 0;
    visitKind(kind, [&](auto value) { n = all<decltype(value)>().size(); });
    return n;
}

bool Design::remove(std::string_view id)
{
    const auto kind = kindOf(id);
    if (!kind)
        return false;
    const std::string key(id);
    visitKind(*kind, [&](auto value) {
        std::get<ResourceMap<decltype(value)>>(m_stores).erase(key);
    });
    m_kinds.erase(key);
    m_layout.erase(key);
    ++m_revision;
    notify([&](DesignObserver *o) { o->resourceRemoved(*kind, key); });
    return true;
}

std::string Design::displayName(std::string_view id) const
{
    const auto kind = kindOf(id);
    if (!kind)
        return std::string(id);
    std::string result;
    visitKind(*kind, [&](auto value) {
        const auto *r = find<decltype(value)>(id);
        if (!r)
            return;
        if (const auto tag = r->tags.find("Name"); tag != r->tags.end() && !tag->second.empty())
            result = tag->second;
        else if (!r->name.empty())
            result = r->name;
    });
    return result.empty() ? std::string(id) : result;
}

nlohmann::json Design::resourceJson(std::string_view id) const
{
    const auto kind = kindOf(id);
    nlohmann::json json;
    if (!kind)
        return json;
    visitKind(*kind, [&](auto value) {
        if (const auto *r = find<decltype(value)>(id))
            json = *r;
    });
    return json;
}

void Design::putResourceJson(ResourceKind kind, const nlohmann::json &json)
{
    visitKind(kind, [&](auto value) {
        json.get_to(value);
        if (value.id.empty())
            throw std::invalid_argument("resource without an id");
        put(std::move(value));
    });
}

std::string Design::containerOf(std::string_view id) const
{
    return core::containerOf(*this, id);
}

std::vector<std::string> Design::descendantsOf(std::string_view id) const
{
    std::vector<std::string> result;
    std::vector<std::string> frontier{std::string(id)};
    while (!frontier.empty()) {
        const std::string parent = frontier.back();
        frontier.pop_back();
        for (const auto &[child, kind] : m_kinds) {
            (void) kind;
            if (containerOf(child) == parent
                && std::find(result.begin(), result.end(), child) == result.end()) {
                result.push_back(child);
                frontier.push_back(child);
            }
        }
    }
    std::sort(result.begin(), result.end());
    return result;
}

std::string Design::generateId(ResourceKind kind) const
{
    static thread_local std::mt19937 rng{std::random_device{}()};
    static const char hex[] = "0123456789abcdef";
    for (;;) {
        std::string id(idPrefix(kind));
        id += '-';
        for (int i = 0; i < 8; ++i)
            id += hex[rng() % 16];
        if (!contains(id))
            return id;
    }
}

const NodeLayout *Design::layoutOf(std::string_view id) const
{
    const auto it = m_layout.find(std::string(id));
    return it == m_layout.end() ? nullptr : &it->second;
}

void Design::setLayout(const std::string &id, const NodeLayout &layout)
{
    m_layout[id] = layout;
    ++m_revision;
    notify([&](DesignObserver *o) { o->layoutChanged(id); });
}

void Design::setFlows(std::vector<ExpectedFlow> flows)
{
    m_flows = std::move(flows);
    ++m_revision;
    notify([](DesignObserver *o) { o->flowsChanged(); });
}

void Design::addObserver(DesignObserver *observer)
{
    if (std::find(m_observers.begin(), m_observers.end(), observer) == m_observers.end())
        m_observers.push_back(observer);
}

void Design::removeObserver(DesignObserver *observer)
{
    m_observers.erase(std::remove(m_observers.begin(), m_observers.end(), observer),
                      m_observers.end());
}

void Design::notifyReset()
{
    ++m_revision;
    notify([](DesignObserver *o) { o->designReset(); });
}

} // namespace mailpath::core
