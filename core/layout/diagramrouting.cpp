// Phases 2-4 of the diagram geometry: routes for edges and the flow, then edge labels.

#include "diagramrouting.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

namespace mailpath::core {

namespace {

struct Boxes
{
    std::unordered_map<std::string, OrthogonalRouter::Endpoint> ends;

    explicit Boxes(const DiagramGeometry &g)
    {
        for (const auto &n : g.nodes)
            ends[n.key] = {n.extent(), false, n.iconRect};
        for (const auto &c : g.containers)
            ends[c.key] = {c.box, true, {}};
    }
    const OrthogonalRouter::Endpoint *find(const std::string &key) const
    {
        const auto it = ends.find(key);
        return it == ends.end() ? nullptr : &it->second;
    }
};

/** Where the line from the centre of r towards p leaves r. */
GeoPoint borderPoint(const GeoRect &r, GeoPoint towards)
{
    const GeoPoint c = r.center();
    const double ddx = towards.x - c.x, ddy = towards.y - c.y;
    if (std::abs(ddx) < 1e-9 && std::abs(ddy) < 1e-9)
        return c;
    const double sx = ddx != 0 ? (r.width / 2) / std::abs(ddx) : 1e9;
    const double sy = ddy != 0 ? (r.height / 2) / std::abs(ddy) : 1e9;
    const double s = std::min({sx, sy, 1.0});
    return {c.x + ddx * s, c.y + ddy * s};
}

Polyline straight(const GeoRect &a, const GeoRect &b)
{
    return {borderPoint(a, b.center()), borderPoint(b, a.center())};
}

Polyline reversed(Polyline p)
{
    std::reverse(p.begin(), p.end());
    return p;
}

} // namespace

void routeDiagram(DiagramGeometry &g, const std::vector<RouteObstacle> &obstacles,
                  const GeometryOptions &opt)
{
    const Boxes boxes(g);
    const bool route = opt.route && g.edges.size() <= opt.maxRoutedEdges;
    std::vector<OrthogonalRouter::Endpoint> used;
    const auto want = [&](const std::string &key) {
        if (const auto *e = boxes.find(key))
            used.push_back(*e);
    };
    for (const auto &e : g.edges) {
        want(e.from);
        want(e.to);
    }
    if (g.flow)
        for (const auto &h : g.flow->hops) {
            want(h.from);
            want(h.to);
        }
    std::unique_ptr<OrthogonalRouter> router;
    if (route)
        router = std::make_unique<OrthogonalRouter>(obstacles, used, opt.obstacleMargin,
                                                    opt.clearance);
    const auto connect = [&](const std::string &from, const std::string &to, bool &routed) {
        const auto *a = boxes.find(from), *b = boxes.find(to);
        routed = false;
        if (!a || !b)
            return Polyline{};
        if (router) {
            Polyline p = router->route(*a, *b);
            if (!p.empty()) {
                router->commit(p);
                routed = true;
                return p;
            }
        }
        return straight(a->box, b->box);
    };
    // Short edges first: they have the fewest ways around and take the direct lanes.
    std::vector<size_t> order(g.edges.size());
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    const auto distance = [&](const EdgeGeometry &e) {
        const auto *a = boxes.find(e.from), *b = boxes.find(e.to);
        if (!a || !b)
            return 0.0;
        return std::abs(a->box.center().x - b->box.center().x)
               + std::abs(a->box.center().y - b->box.center().y);
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t x, size_t y) {
        return distance(g.edges[x]) < distance(g.edges[y]);
    });
    for (size_t i : order) {
        auto &e = g.edges[i];
        e.points = connect(e.from, e.to, e.routed);
    }
    std::vector<Polyline *> lanes;
    for (auto &e : g.edges)
        if (e.routed)
            lanes.push_back(&e.points);
    nudgeIntoLanes(lanes, opt.laneSpacing, opt.clearance - 1);
    if (!g.flow)
        return;
    // Forward hops routed; a reply hop over the same two keys runs beside its forward hop.
    for (auto &h : g.flow->hops) {
        if (h.reply)
            continue;
        bool routed = false;
        h.points = offsetPolyline(connect(h.from, h.to, routed), -opt.flowLaneSpacing / 2);
    }
    for (auto &h : g.flow->hops) {
        if (!h.reply)
            continue;
        const auto twin = std::find_if(g.flow->hops.begin(), g.flow->hops.end(), [&](auto &f) {
            return !f.reply && f.from == h.to && f.to == h.from;
        });
        bool routed = false;
        h.points = twin != g.flow->hops.end()
                       ? offsetPolyline(reversed(twin->points), -opt.flowLaneSpacing)
                       : offsetPolyline(connect(h.from, h.to, routed), -opt.flowLaneSpacing / 2);
    }
    for (const auto &h : g.flow->hops)
        if (h.failed && !h.points.empty())
            g.flow->failedPoint = h.points.back();
}

} // namespace mailpath::core
