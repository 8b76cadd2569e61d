// fillMissingLayout: complete a partial layout without moving what the user placed.

#include "autolayout.h"

#include "diagramtree.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace mailpath::core {

namespace {

using layoutdetail::DiagramTree;

constexpr size_t maxPushes = 100000; // overlap resolution always terminates

bool overlaps(const NodeLayout &a, const NodeLayout &b)
{
    return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height
           && b.y < a.y + a.height;
}

/**
 * Post-order over the diagram tree. Subtrees with no layout at all are copied from a fresh
 * computeLayout (positions are parent-relative, so a computed subtree is valid anywhere);
 * other keys keep their positions, new siblings go below them, containers grow to fit.
 */
class Filler
{
public:
    Filler(const DiagramTree &tree, const Layout &computed, Layout &layout,
           const LayoutOptions &options)
        : m_tree(tree), m_computed(computed), m_layout(layout), m_opt(options)
        , m_gap(std::max(options.gridSize, options.padding / 2))
    {
        for (const auto &key : tree.keys)
            if (layout.count(key))
                m_existing.insert(key);
        for (const auto &key : tree.keys) // mark every ancestor of an existing key
            if (m_existing.count(key))
                for (auto p = key; !p.empty() && m_touched.insert(p).second;)
                    p = m_tree.parent.at(p);
    }

    void fill(const std::string &key)
    {
        std::vector<std::string> fresh;
        for (const auto &kid : m_tree.childrenOf(key)) {
            if (!m_touched.count(kid)) {
                copySubtree(kid);
                fresh.push_back(kid);
            } else {
                fill(kid);
                if (!m_existing.count(kid))
                    fresh.push_back(kid);
            }
        }
        placeFresh(key, fresh);
        if (!key.empty())
            fitContainer(key);
        resolveOverlaps(key);
    }

    std::vector<std::string> changed;

private:
    void copySubtree(const std::string &key)
    {
        if (const auto it = m_computed.find(key); it != m_computed.end()) {
            m_layout[key] = it->second;
            changed.push_back(key);
        }
        for (const auto &kid : m_tree.childrenOf(key))
            copySubtree(kid);
    }

    double inset(const std::string &key) const { return key.empty() ? 0 : m_opt.padding; }
    double top(const std::string &key) const { return key.empty() ? 0 : m_opt.headerHeight; }
    double snap(double v) const
    {
        const double g = m_opt.gridSize > 0 ? m_opt.gridSize : 1;
        return std::ceil(v / g - 1e-9) * g;
    }

    // New children go in rows below the ones that already have a place.
    void placeFresh(const std::string &key, const std::vector<std::string> &fresh)
    {
        const auto &kids = m_tree.childrenOf(key);
        const bool allComputed = std::none_of(kids.begin(), kids.end(),
                                              [&](auto &k) { return m_touched.count(k) > 0; });
        if (allComputed)
            return; // the computed arrangement stands; fitContainer grows an old box to it
        double bottom = top(key), right = 0;
        std::unordered_set<std::string> isFresh(fresh.begin(), fresh.end());
        for (const auto &k : kids)
            if (!isFresh.count(k)) {
                const auto &l = m_layout.at(k);
                bottom = std::max(bottom, l.y + l.height + m_gap);
                right = std::max(right, l.x + l.width);
            }
        const double width = std::max(right, 4 * m_opt.nodeWidth);
        double x = inset(key), y = snap(bottom), rowH = 0;
        for (const auto &k : fresh) {
            auto &l = m_layout[k];
            if (x > inset(key) && x + l.width > width) {
                x = inset(key);
                y = snap(y + rowH + m_gap);
                rowH = 0;
            }
            l.x = x;
            l.y = y;
            x = snap(x + l.width + m_gap);
            rowH = std::max(rowH, l.height);
            changed.push_back(k);
        }
    }

    void fitContainer(const std::string &key)
    {
        auto &box = m_layout[key];
        const bool created = !m_existing.count(key) || box.width <= 0 || box.height <= 0;
        const auto &kids = m_tree.childrenOf(key);
        if (created && !kids.empty()) { // children placed relative to a box that did not exist
            double minX = 1e18, minY = 1e18;
            for (const auto &k : kids) {
                minX = std::min(minX, m_layout.at(k).x);
                minY = std::min(minY, m_layout.at(k).y);
            }
            const double dx = std::max(0.0, inset(key) - minX), dy = std::max(0.0, top(key) - minY);
            for (const auto &k : kids) {
                m_layout.at(k).x += dx;
                m_layout.at(k).y += dy;
            }
        }
        double right = created ? 2 * m_opt.nodeWidth : box.width;
        double bottom = created ? top(key) + m_opt.padding : box.height;
        for (const auto &k : kids) {
            const auto &l = m_layout.at(k);
            right = std::max(right, snap(l.x + l.width + inset(key)));
            bottom = std::max(bottom, snap(l.y + l.height + inset(key)));
        }
        if (right != box.width || bottom != box.height) {
            if (!created)
                m_grown.insert(key);
            box.width = right;
            box.height = bottom;
            changed.push_back(key);
        }
    }

    // A grown or new child may now cover a sibling: push the sibling down, and so on.
    void resolveOverlaps(const std::string &key)
    {
        const auto &kids = m_tree.childrenOf(key);
        std::vector<std::string> queue;
        for (const auto &k : kids)
            if (m_grown.count(k))
                queue.push_back(k);
        size_t pushes = 0;
        while (!queue.empty() && pushes < maxPushes) {
            const auto mover = queue.back();
            queue.pop_back();
            const auto &m = m_layout.at(mover);
            for (const auto &k : kids) {
                if (k == mover)
                    continue;
                auto &other = m_layout.at(k);
                if (!overlaps(m, other))
                    continue;
                if (other.y >= m.y)
                    other.y = snap(m.y + m.height + m_gap);
                else
                    other.x = snap(m.x + m.width + m_gap);
                changed.push_back(k);
                queue.push_back(k);
                ++pushes;
            }
        }
    }

    const DiagramTree &m_tree;
    const Layout &m_computed;
    Layout &m_layout;
    LayoutOptions m_opt;
    double m_gap;
    std::unordered_set<std::string> m_existing;
    std::unordered_set<std::string> m_touched; //!< keys with an existing key in their subtree
    std::unordered_set<std::string> m_grown;
};

} // namespace

void fillMissingLayout(Design &design, const LayoutOptions &options)
{
    const auto tree = layoutdetail::buildDiagramTree(design);
    const bool complete = std::all_of(tree.keys.begin(), tree.keys.end(), [&](auto &k) {
        return design.layoutOf(k) != nullptr;
    });
    if (complete)
        return;
    Layout layout = design.layout();
    const Layout computed = computeLayout(design, options);
    Filler filler(tree, computed, layout, options);
    filler.fill({});
    auto &changed = filler.changed;
    std::sort(changed.begin(), changed.end());
    changed.erase(std::unique(changed.begin(), changed.end()), changed.end());
    // Many changes (an import) are one reset for the views; a few are individual updates.
    constexpr size_t individualLimit = 64;
    if (changed.size() > individualLimit) {
        design.setLayoutSilently(std::move(layout));
        design.notifyReset();
        return;
    }
    for (const auto &key : changed)
        design.setLayout(key, layout.at(key));
}

} // namespace mailpath::core
