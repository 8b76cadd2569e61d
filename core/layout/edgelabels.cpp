// Phase 3 of the diagram geometry: edge labels where they collide with nothing.

#include "diagramrouting.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <unordered_map>

namespace mailpath::core {

namespace {

struct Line
{
    GeoPoint a, b;
    size_t owner; //!< edge index; SIZE_MAX for the flow
};

/**
 * Items by the grid cells their boxes touch, so a label candidate meets only what is near it
 * (an account has thousands of obstacles; every candidate used to test all of them).
 */
class CellIndex
{
public:
    void insert(const GeoRect &box, size_t item)
    {
        forCells(box, [&](int64_t cell) { m_cells[cell].push_back(item); });
        m_seen.push_back(0);
    }

    /** Calls f once for each item whose box may touch r. */
    template<typename F>
    void near(const GeoRect &r, F &&f) const
    {
        ++m_epoch;
        forCells(r, [&](int64_t cell) {
            const auto it = m_cells.find(cell);
            if (it == m_cells.end())
                return;
            for (size_t item : it->second)
                if (m_seen[item] != m_epoch) {
                    m_seen[item] = m_epoch;
                    f(item);
                }
        });
    }

private:
    static constexpr double cellSize = 160;

    template<typename F>
    static void forCells(const GeoRect &r, F &&f)
    {
        const auto cellOf = [](double c) { return int64_t(std::floor(c / cellSize)); };
        for (int64_t j = cellOf(r.y); j <= cellOf(r.bottom()); ++j)
            for (int64_t i = cellOf(r.x); i <= cellOf(r.right()); ++i)
                f(j * (int64_t(1) << 32) + i);
    }

    std::unordered_map<int64_t, std::vector<size_t>> m_cells;
    mutable std::vector<uint64_t> m_seen;
    mutable uint64_t m_epoch = 0;
};

GeoRect boundsOf(const Line &l)
{
    return {std::min(l.a.x, l.b.x), std::min(l.a.y, l.b.y), std::abs(l.a.x - l.b.x),
            std::abs(l.a.y - l.b.y)};
}

class LabelPlacer
{
public:
    LabelPlacer(const DiagramGeometry &g, const std::vector<RouteObstacle> &obstacles)
        : m_obstacles(obstacles)
    {
        for (size_t i = 0; i < obstacles.size(); ++i)
            m_obstacleIndex.insert(obstacles[i].rect, i);
        for (size_t i = 0; i < g.edges.size(); ++i)
            addLines(g.edges[i].points, i);
        if (g.flow)
            for (const auto &h : g.flow->hops)
                addLines(h.points, SIZE_MAX);
    }

    /** Collisions of a label of edge `owner` at r (0: free). */
    int collisions(const GeoRect &r, size_t owner) const
    {
        int n = 0;
        m_obstacleIndex.near(r, [&](size_t i) { n += r.intersects(m_obstacles[i].rect) ? 1 : 0; });
        m_placedIndex.near(r, [&](size_t i) { n += r.intersects(m_placed[i]) ? 1 : 0; });
        m_lineIndex.near(r, [&](size_t i) {
            const Line &l = m_lines[i];
            if (l.owner != owner && segmentCrosses(l.a, l.b, r))
                ++n;
        });
        return n;
    }

    void place(const GeoRect &r)
    {
        m_placedIndex.insert(r, m_placed.size());
        m_placed.push_back(r);
    }

private:
    void addLines(const Polyline &p, size_t owner)
    {
        for (size_t k = 0; k + 1 < p.size(); ++k) {
            m_lines.push_back({p[k], p[k + 1], owner});
            m_lineIndex.insert(boundsOf(m_lines.back()), m_lines.size() - 1);
        }
    }

    const std::vector<RouteObstacle> &m_obstacles;
    std::vector<Line> m_lines;
    std::vector<GeoRect> m_placed;
    CellIndex m_obstacleIndex, m_lineIndex, m_placedIndex;
};

/** Candidate label rectangles of size w x h along a polyline, best first. */
std::vector<GeoRect> candidates(const Polyline &p, double w, double h)
{
    std::vector<size_t> order;
    for (size_t k = 0; k + 1 < p.size(); ++k)
        order.push_back(k);
    const auto len = [&](size_t k) {
        return std::hypot(p[k + 1].x - p[k].x, p[k + 1].y - p[k].y);
    };
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
        return len(a) > len(b);
    });
    std::vector<GeoRect> out;
    for (size_t k : order) {
        const GeoPoint a = p[k], b = p[k + 1];
        const bool vertical = std::abs(a.x - b.x) < std::abs(a.y - b.y);
        const double length = len(k);
        // From the middle outwards in steps of about a line, so a free spot is found even
        // on a crowded segment.
        const int steps = std::max(1, int(length / 12));
        for (int n = 0; n <= steps; ++n) {
            const int side = n % 2 == 0 ? 1 : -1;
            const double t = 0.5 + side * double((n + 1) / 2) / double(steps);
            if (t < 0 || t > 1)
                continue;
            const GeoPoint c{a.x + (b.x - a.x) * t, a.y + (b.y - a.y) * t};
            out.push_back({c.x - w / 2, c.y - h / 2, w, h}); // on the line
            if (vertical) { // beside it
                out.push_back({c.x + 3, c.y - h / 2, w, h});
                out.push_back({c.x - 3 - w, c.y - h / 2, w, h});
            } else {
                out.push_back({c.x - w / 2, c.y - h - 3, w, h});
                out.push_back({c.x - w / 2, c.y + 3, w, h});
            }
        }
    }
    return out;
}

} // namespace

void placeEdgeLabels(DiagramGeometry &g, const std::vector<RouteObstacle> &obstacles,
                     const GeometryOptions &opt)
{
    const bool careful = g.edges.size() <= opt.maxRoutedEdges;
    LabelPlacer placer(g, obstacles);
    for (size_t i = 0; i < g.edges.size(); ++i) {
        auto &e = g.edges[i];
        if (e.label.lines.empty() || e.points.size() < 2)
            continue;
        // A little air around the text (the drawn label has a white plate).
        const double w = e.label.rect.width + 6, h = e.label.rect.height + 2;
        GeoRect best;
        int bestHits = -1;
        for (const auto &r : candidates(e.points, w, h)) {
            const int hits = careful ? placer.collisions(r, i) : 0;
            if (bestHits < 0 || hits < bestHits) {
                best = r;
                bestHits = hits;
            }
            if (hits == 0)
                break;
        }
        placer.place(best);
        e.label.rect = best.adjusted(3, 1, -3, -1);
    }
}

} // namespace mailpath::core
