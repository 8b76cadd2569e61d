#include "diagramgeometry.h"

#include "autolayout.h"
#include "diagramrouting.h"
#include "diagramtree.h"
#include "tracemapper.h"

#include <algorithm>
#include <map>
#include <unordered_map>
#include <unordered_set>

namespace mailpath::core {

namespace {

constexpr double iconSize = 40;       // a node's icon, centred at the top of its box
constexpr double headerIcon = 24;     // a container's header icon
constexpr double headerHeight = 28;   // the canvas's container header band
constexpr GeoRect collapsedBox{0, 0, 260, 84};

GeoRect naturalSize(const Design &design, const std::string &key)
{
    // The canvas's natural sizes (app/gui/resourcefactory.cpp defaultSize) for unsized keys.
    if (isRegionKey(key))
        return {0, 0, 720, 480};
    if (isAzKey(key))
        return {0, 0, 540, 320};
    switch (design.kindOf(key).value_or(ResourceKind::Instance)) {
    case ResourceKind::Vpc: return {0, 0, 620, 420};
    case ResourceKind::Subnet: return {0, 0, 240, 170};
    case ResourceKind::OnPremNetwork: return {0, 0, 320, 220};
    default: return {0, 0, 96, 72};
    }
}

/** Builds phase 1 (boxes and their texts) and hands over to routing and labelling. */
class GeometryBuilder
{
public:
    GeometryBuilder(const Design &design, const GeometryOptions &options)
        : m_design(design), m_opt(options), m_tree(layoutdetail::buildDiagramTree(design))
    {
    }

    DiagramGeometry run(const Trace *trace)
    {
        for (const auto &key : m_tree.childrenOf({}))
            addKey(key, {}, 0, 0, 0);
        buildEdges();
        if (trace)
            buildFlow(*trace);
        DiagramGeometry &g = m_geo;
        std::vector<RouteObstacle> obstacles = routeObstacles();
        if (!m_opt.memo || !reuseRouting(*m_opt.memo, g, obstacles, m_opt)) {
            routeDiagram(g, obstacles, m_opt);
            placeEdgeLabels(g, obstacles, m_opt);
            if (m_opt.memo)
                storeRouting(*m_opt.memo, g, std::move(obstacles), m_opt);
        }
        computeBounds();
        return std::move(m_geo);
    }

private:
    bool collapsed(const std::string &key) const
    {
        const auto *l = m_design.layoutOf(key);
        return l && l->collapsed && m_design.kindOf(key) == ResourceKind::Vpc;
    }

    GeoRect boxOf(const std::string &key, double ox, double oy) const
    {
        const auto *l = m_design.layoutOf(key);
        GeoRect r = naturalSize(m_design, key);
        if (l) {
            r.x = l->x;
            r.y = l->y;
            if (l->width > 0)
                r.width = l->width;
            if (l->height > 0)
                r.height = l->height;
        }
        if (collapsed(key)) {
            r.width = collapsedBox.width;
            r.height = collapsedBox.height;
        }
        r.x += ox;
        r.y += oy;
        return r;
    }

    void addKey(const std::string &key, const std::string &parent, int depth, double ox,
                double oy)
    {
        const GeoRect box = boxOf(key, ox, oy);
        m_shown[key] = key;
        if (isContainerKey(m_design, key))
            addContainer(key, parent, depth, box);
        else
            addNode(key, parent, box);
        if (collapsed(key)) {
            hideInside(key, key);
            return;
        }
        for (const auto &kid : m_tree.childrenOf(key))
            addKey(kid, key, depth + 1, box.x, box.y);
    }

    void hideInside(const std::string &key, const std::string &shownAs)
    {
        for (const auto &kid : m_tree.childrenOf(key)) {
            m_shown[kid] = shownAs;
            hideInside(kid, shownAs);
        }
    }

    TextBlock block(std::vector<std::string> lines, double points, bool bold) const
    {
        TextBlock t;
        t.pointSize = points;
        t.bold = bold;
        double w = 0;
        for (const auto &line : lines)
            w = std::max(w, m_opt.measure(line, points, bold));
        t.rect.width = w;
        t.rect.height = double(lines.size()) * lineHeight(points);
        t.lines = std::move(lines);
        return t;
    }

    void addContainer(const std::string &key, const std::string &parent, int depth,
                      const GeoRect &box)
    {
        ContainerGeometry c;
        c.key = key;
        c.parent = parent;
        c.depth = depth;
        c.box = box;
        c.iconRect = {box.x, box.y, headerIcon, headerIcon};
        const DrawnText text = drawnText(m_design, key);
        const double room = std::max(40.0, box.width - headerIcon - 10);
        const double pt = m_opt.containerTitlePoints;
        std::string one = text.title + (text.detail.empty() ? "" : "   " + text.detail);
        std::vector<std::string> lines;
        if (m_opt.measure(one, pt, true) <= room) {
            lines.push_back(one);
        } else { // name over CIDR, each wrapped to the box
            lines = wrapText(text.title, room, pt, true, m_opt.measure);
            for (auto &l : wrapText(text.detail, room, pt, true, m_opt.measure))
                lines.push_back(std::move(l));
        }
        c.title = block(std::move(lines), pt, true);
        c.title.alignLeft = true;
        const double h = c.title.rect.height;
        c.title.rect.x = box.x + headerIcon + 6;
        c.title.rect.y = box.y + std::max(1.0, (headerHeight - h) / 2);
        c.deleted = isDeletedResource(m_design, key);
        m_geo.containers.push_back(std::move(c));
    }

    void addNode(const std::string &key, const std::string &parent, const GeoRect &box)
    {
        NodeGeometry n;
        n.key = key;
        n.parent = parent;
        n.box = box;
        n.iconRect = {box.x + (box.width - iconSize) / 2, box.y + 2, iconSize, iconSize};
        const DrawnText text = drawnText(m_design, key);
        const double width = std::max(box.width, m_opt.nodeLabelWidth);
        std::vector<std::string> lines = wrapText(text.title, width, m_opt.nodeTitlePoints,
                                                  false, m_opt.measure);
        const size_t titleLines = lines.size();
        // "private / public" addresses: one per line.
        std::string_view detail = text.detail;
        while (!detail.empty()) {
            const size_t sep = detail.find(" / ");
            for (auto &l : wrapText(detail.substr(0, sep), width, m_opt.nodeDetailPoints, false,
                                    m_opt.measure))
                lines.push_back(std::move(l));
            detail = sep == std::string_view::npos ? std::string_view() : detail.substr(sep + 3);
        }
        double w = 0;
        for (size_t i = 0; i < lines.size(); ++i)
            w = std::max(w, m_opt.measure(lines[i], i < titleLines ? m_opt.nodeTitlePoints
                                                                   : m_opt.nodeDetailPoints, false));
        n.label.lines = std::move(lines);
        n.label.pointSize = m_opt.nodeDetailPoints;
        n.titleLines = titleLines;
        n.titlePoints = m_opt.nodeTitlePoints;
        n.label.rect = {box.center().x - w / 2, n.iconRect.bottom() + 2, w,
                        double(titleLines) * lineHeight(m_opt.nodeTitlePoints)
                            + double(n.label.lines.size() - titleLines)
                                  * lineHeight(m_opt.nodeDetailPoints)};
        n.deleted = isDeletedResource(m_design, key);
        m_geo.nodes.push_back(std::move(n));
    }

    std::string shownKey(const std::string &key) const
    {
        const auto it = m_shown.find(key);
        if (it == m_shown.end())
            return {};
        return m_opt.shownKey ? m_opt.shownKey(it->second) : it->second;
    }

    void buildEdges();
    void buildFlow(const Trace &trace);
    std::vector<RouteObstacle> routeObstacles() const;
    void computeBounds();

    const Design &m_design;
    const GeometryOptions &m_opt;
    layoutdetail::DiagramTree m_tree;
    DiagramGeometry m_geo;
    std::unordered_map<std::string, std::string> m_shown;
};

void GeometryBuilder::buildEdges()
{
    BundleOptions bundle;
    bundle.keepSubnets = m_opt.keepSubnets;
    std::map<std::tuple<std::string, std::string, EdgeKind>, size_t> index;
    std::vector<std::vector<std::string>> labels;
    for (auto &edge : bundleFanOut(m_design, diagramEdges(m_design), bundle)) {
        const std::string from = shownKey(edge.from), to = shownKey(edge.to);
        if (from.empty() || to.empty() || from == to)
            continue;
        const auto [it, added] = index.try_emplace({from, to, edge.kind}, m_geo.edges.size());
        if (added) {
            EdgeGeometry e;
            e.from = from;
            e.to = to;
            e.kind = edge.kind;
            e.bundled = edge.subnetCount > 0;
            m_geo.edges.push_back(std::move(e));
            labels.emplace_back();
        }
        EdgeGeometry &e = m_geo.edges[it->second];
        e.modelIds.insert(e.modelIds.end(), edge.modelIds.begin(), edge.modelIds.end());
        auto &l = labels[it->second];
        if (!edge.label.empty() && std::find(l.begin(), l.end(), edge.label) == l.end())
            l.push_back(edge.label);
    }
    for (size_t i = 0; i < m_geo.edges.size(); ++i) {
        EdgeGeometry &e = m_geo.edges[i];
        e.bundled = e.bundled || labels[i].size() > 1;
        e.deleted = !e.modelIds.empty()
                    && std::all_of(e.modelIds.begin(), e.modelIds.end(), [&](const auto &id) {
                           return isDeletedResource(m_design, id);
                       });
        // Up to three destinations, one per line; more are counted, never cut.
        std::vector<std::string> lines;
        for (size_t k = 0; k < labels[i].size() && k < 3; ++k)
            lines.push_back(labels[i][k]);
        if (labels[i].size() > 3)
            lines.push_back("+" + std::to_string(labels[i].size() - 3) + " more");
        e.label = block(std::move(lines), m_opt.edgeLabelPoints, false);
    }
}

void GeometryBuilder::buildFlow(const Trace &trace)
{
    std::unordered_set<std::string> drawn;
    for (const auto &[key, shown] : m_shown)
        if (key == shown)
            drawn.insert(key);
    const auto hops = mapTrace(m_design, trace, [&](const std::string &k) {
        return drawn.count(k) > 0;
    });
    FlowGeometry flow;
    std::unordered_set<std::string> passed;
    const auto add = [&](const std::string &from, const std::string &to, bool reply, bool failed) {
        flow.hops.push_back({from, to, reply, failed, {}});
    };
    // Hops between drawn nodes; a hop on a container (an ACL on its subnet) is drawn on the
    // nodes around it, unless the flow ends there.
    std::string last[2];
    for (size_t i = 0; i < hops.size(); ++i) {
        const auto &hop = hops[i];
        const std::string key = shownKey(hop.anchor);
        if (key.empty())
            continue;
        if (passed.insert(key).second)
            flow.passedKeys.push_back(key);
        if (hop.failed)
            flow.failedKey = key;
        const bool container = isContainerKey(m_design, key);
        std::string &prev = last[hop.reply ? 1 : 0];
        if (container && !hop.failed)
            continue;
        if (!prev.empty() && prev != key)
            add(prev, key, hop.reply, hop.failed);
        else if (hop.failed && !flow.hops.empty() && flow.hops.back().reply == hop.reply)
            flow.hops.back().failed = true;
        prev = key;
    }
    m_geo.flow = std::move(flow);
}

std::vector<RouteObstacle> GeometryBuilder::routeObstacles() const
{
    std::vector<RouteObstacle> obstacles;
    for (const auto &n : m_geo.nodes)
        obstacles.push_back({n.extent(), n.key});
    for (const auto &c : m_geo.containers)
        obstacles.push_back({c.title.rect.united(c.iconRect), c.key});
    return obstacles;
}

void GeometryBuilder::computeBounds()
{
    GeoRect b;
    for (const auto &c : m_geo.containers)
        b = b.united(c.box).united(c.title.rect);
    for (const auto &n : m_geo.nodes)
        b = b.united(n.extent());
    for (const auto &e : m_geo.edges) {
        b = b.united(e.label.rect);
        for (const auto &p : e.points)
            b = b.united({p.x, p.y, 0.01, 0.01});
    }
    if (m_geo.flow)
        for (const auto &h : m_geo.flow->hops)
            for (const auto &p : h.points)
                b = b.united({p.x, p.y, 0.01, 0.01});
    m_geo.bounds = b;
}

} // namespace

DiagramGeometry computeDiagramGeometry(const Design &design, const Trace *trace,
                                       const GeometryOptions &options)
{
    return GeometryBuilder(design, options).run(trace);
}

} // namespace mailpath::core
