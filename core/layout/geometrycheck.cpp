#include "geometrycheck.h"

#include <algorithm>
#include <unordered_map>

namespace mailpath::core {

namespace {

struct Text
{
    GeoRect rect;
    std::string owner;  //!< the node, container or "edge:<index>"
    std::string from;   //!< for an edge label: its ends (a line may cross its own label)
    std::string to;
    std::string what;
    double points = 0;
    const std::vector<std::string> *lines = nullptr;
};

struct Segment
{
    GeoPoint a, b;
    std::string owner, from, to;
};

std::vector<Text> textsOf(const DiagramGeometry &g)
{
    std::vector<Text> texts;
    for (const auto &c : g.containers)
        if (!c.title.lines.empty())
            texts.push_back({c.title.rect, c.key, c.key, c.key, "title of " + c.key,
                             c.title.pointSize, &c.title.lines});
    for (const auto &n : g.nodes)
        if (!n.label.lines.empty())
            texts.push_back({n.label.rect, n.key, n.key, n.key, "label of " + n.key,
                             std::min(n.titlePoints, n.label.pointSize), &n.label.lines});
    for (size_t i = 0; i < g.edges.size(); ++i) {
        const auto &e = g.edges[i];
        if (!e.label.lines.empty())
            texts.push_back({e.label.rect, "edge:" + std::to_string(i), e.from, e.to,
                             "label of " + e.from + " -> " + e.to, e.label.pointSize,
                             &e.label.lines});
    }
    return texts;
}

std::vector<Segment> segmentsOf(const DiagramGeometry &g)
{
    std::vector<Segment> segs;
    for (size_t i = 0; i < g.edges.size(); ++i) {
        const auto &e = g.edges[i];
        for (size_t k = 0; k + 1 < e.points.size(); ++k)
            segs.push_back({e.points[k], e.points[k + 1], "edge:" + std::to_string(i), e.from,
                            e.to});
    }
    if (g.flow)
        for (const auto &h : g.flow->hops)
            for (size_t k = 0; k + 1 < h.points.size(); ++k)
                segs.push_back({h.points[k], h.points[k + 1], "flow", h.from, h.to});
    return segs;
}

bool ownedBy(const Segment &s, const std::string &key)
{
    return s.from == key || s.to == key;
}

} // namespace

GeometryReport checkGeometry(const DiagramGeometry &g, const PageFit &page)
{
    GeometryReport r;
    const auto note = [&](int &counter, std::string text) {
        ++counter;
        if (r.findings.size() < 200)
            r.findings.push_back(std::move(text));
    };
    const auto texts = textsOf(g);
    const auto segs = segmentsOf(g);
    for (size_t i = 0; i < texts.size(); ++i)
        for (size_t j = i + 1; j < texts.size(); ++j)
            if (texts[i].rect.intersects(texts[j].rect))
                note(r.labelOverlaps, texts[i].what + " overlaps " + texts[j].what);
    for (const auto &t : texts) {
        for (const auto &n : g.nodes)
            if (n.key != t.owner && t.rect.intersects(n.iconRect))
                note(r.labelsOnForeignIcons, t.what + " lies on the icon of " + n.key);
        for (const auto &c : g.containers)
            if (c.key != t.owner && t.rect.intersects(c.iconRect))
                note(r.labelsOnForeignIcons, t.what + " lies on the icon of " + c.key);
        for (const auto &line : *t.lines)
            if (line.find("\xe2\x80\xa6") != std::string::npos
                || line.find("...") != std::string::npos)
                note(r.elidedLabels, t.what + " is elided: " + line);
    }
    for (const auto &s : segs) {
        const std::string who = "line of " + s.from + " -> " + s.to;
        for (const auto &n : g.nodes)
            if (!ownedBy(s, n.key) && segmentCrosses(s.a, s.b, n.iconRect))
                note(r.linesThroughNodes, who + " crosses node " + n.key);
        for (const auto &c : g.containers)
            if (!ownedBy(s, c.key) && segmentCrosses(s.a, s.b, c.title.rect))
                note(r.linesThroughTitles, who + " crosses the title of " + c.key);
        for (const auto &t : texts) {
            const bool own = t.owner == s.owner || ownedBy(s, t.owner);
            if (!own && segmentCrosses(s.a, s.b, t.rect))
                note(r.linesThroughLabels, who + " crosses the " + t.what);
        }
    }
    std::unordered_map<std::string, const ContainerGeometry *> byKey;
    for (const auto &c : g.containers)
        byKey[c.key] = &c;
    const auto inside = [&](const std::string &parent, const GeoRect &box, const std::string &key) {
        const auto it = byKey.find(parent);
        if (!parent.empty() && it != byKey.end() && !it->second->box.contains(box))
            note(r.nodesOutsideParent, key + " lies outside " + parent);
    };
    for (const auto &c : g.containers)
        inside(c.parent, c.box, c.key);
    for (const auto &n : g.nodes)
        inside(n.parent, n.box, n.key);
    // Fitted to the page: scene px -> points.
    const double s = g.bounds.isEmpty() ? 1
                     : std::min(page.width / g.bounds.width, page.height / g.bounds.height);
    r.smallestPoints = 1e9;
    for (const auto &t : texts) {
        const double printed = t.points * 96.0 / 72.0 * s;
        r.smallestPoints = std::min(r.smallestPoints, printed);
        if (printed + 1e-9 < page.minPoints)
            note(r.smallTexts, t.what + " is " + std::to_string(printed) + " pt on the page");
    }
    return r;
}

} // namespace mailpath::core
