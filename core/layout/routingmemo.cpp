// The canvas's last routing, reused while nothing it depends on changed.

#include "diagramrouting.h"

#include <tuple>

namespace mailpath::core {

namespace {

/** Everything phases 2-3 read besides the obstacles, in the order they read it. */
struct RoutingInputs
{
    struct Node
    {
        std::string key;
        GeoRect box, iconRect, label;
        friend bool operator==(const Node &, const Node &) = default;
    };
    struct Container
    {
        std::string key;
        GeoRect box;
        friend bool operator==(const Container &, const Container &) = default;
    };
    struct Edge
    {
        std::string from, to;
        GeoRect label; //!< only its size matters; the placement is a result
        friend bool operator==(const Edge &, const Edge &) = default;
    };
    struct Hop
    {
        std::string from, to;
        bool reply = false, failed = false;
        friend bool operator==(const Hop &, const Hop &) = default;
    };
    std::vector<Node> nodes;
    std::vector<Container> containers;
    std::vector<Edge> edges;
    std::vector<Hop> hops;
    bool hasFlow = false;
    std::tuple<double, double, double, double, size_t, bool> numbers;
    friend bool operator==(const RoutingInputs &, const RoutingInputs &) = default;
};

RoutingInputs inputsOf(const DiagramGeometry &g, const GeometryOptions &o)
{
    RoutingInputs in;
    for (const auto &n : g.nodes)
        in.nodes.push_back({n.key, n.box, n.iconRect, n.label.rect});
    for (const auto &c : g.containers)
        in.containers.push_back({c.key, c.box});
    for (const auto &e : g.edges)
        in.edges.push_back({e.from, e.to, {0, 0, e.label.rect.width, e.label.rect.height}});
    in.hasFlow = g.flow.has_value();
    if (g.flow)
        for (const auto &h : g.flow->hops)
            in.hops.push_back({h.from, h.to, h.reply, h.failed});
    in.numbers = {o.obstacleMargin, o.clearance, o.laneSpacing, o.flowLaneSpacing,
                  o.maxRoutedEdges, o.route};
    return in;
}

} // namespace

struct RoutingMemo::State
{
    struct Entry
    {
        RoutingInputs inputs;
        std::vector<RouteObstacle> obstacles;
        std::vector<EdgeGeometry> edges;  //!< points, routed flag and label rectangle
        std::optional<FlowGeometry> flow; //!< hop points and the failed point
    };
    // The latest first. Two, because after an edit the canvas draws the diagram without the
    // shown flow, then with the flow traced again: each finds its own previous routing.
    std::vector<Entry> entries;
};

struct RoutingMemoAccess
{
    static std::unique_ptr<RoutingMemo::State> &state(RoutingMemo &m) { return m.m_state; }
    static void count(RoutingMemo &m, bool reused) { ++(reused ? m.m_reused : m.m_routed); }
};

RoutingMemo::RoutingMemo() = default;
RoutingMemo::~RoutingMemo() = default;

bool reuseRouting(RoutingMemo &memo, DiagramGeometry &g,
                  const std::vector<RouteObstacle> &obstacles, const GeometryOptions &options)
{
    const auto &state = RoutingMemoAccess::state(memo);
    if (!state)
        return false;
    const RoutingInputs inputs = inputsOf(g, options);
    for (auto &entry : state->entries) {
        if (entry.obstacles != obstacles || entry.inputs != inputs)
            continue;
        for (size_t i = 0; i < g.edges.size(); ++i) {
            g.edges[i].points = entry.edges[i].points;
            g.edges[i].routed = entry.edges[i].routed;
            g.edges[i].label.rect = entry.edges[i].label.rect;
        }
        if (g.flow) {
            for (size_t i = 0; i < g.flow->hops.size(); ++i)
                g.flow->hops[i].points = entry.flow->hops[i].points;
            g.flow->failedPoint = entry.flow->failedPoint;
        }
        std::swap(entry, state->entries.front());
        RoutingMemoAccess::count(memo, true);
        return true;
    }
    return false;
}

void storeRouting(RoutingMemo &memo, const DiagramGeometry &g,
                  std::vector<RouteObstacle> obstacles, const GeometryOptions &options)
{
    auto &state = RoutingMemoAccess::state(memo);
    if (!state)
        state = std::make_unique<RoutingMemo::State>();
    RoutingMemo::State::Entry entry;
    // Placement moved the labels without resizing them: these are the inputs it had.
    entry.inputs = inputsOf(g, options);
    entry.obstacles = std::move(obstacles);
    entry.edges = g.edges;
    entry.flow = g.flow;
    auto &entries = state->entries;
    entries.insert(entries.begin(), std::move(entry));
    if (entries.size() > 2)
        entries.pop_back();
    RoutingMemoAccess::count(memo, false);
}

} // namespace mailpath::core
