#include "autolayout.h"

#include "diagramedges.h"
#include "diagramgeometry.h"
#include "diagramtree.h"
#include "ordering.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace mailpath::core {

namespace {

using layoutdetail::DiagramTree;

struct Extent
{
    double width = 0;
    double height = 0;
};

enum Tier { PublicTier, NatTier, PrivateTier, TierCount };

constexpr double titlePoints = 9; // container titles (GeometryOptions::containerTitlePoints)

/** Region > VPC > AZ > subnet boxes, each sized bottom-up from its content. */
class LayoutBuilder
{
public:
    LayoutBuilder(const Design &design, const LayoutOptions &options)
        : m_design(design), m_opt(options), m_tree(layoutdetail::buildDiagramTree(design))
        , m_edges(diagramEdges(design))
    {
        m_pad = snap(m_opt.padding);
        m_head = snap(m_opt.headerHeight);
        m_gap = snap(m_opt.padding / 2);
        computeTiers();
    }

    Layout run()
    {
        layoutTop();
        return std::move(m_layout);
    }

private:
    struct Column
    {
        std::string az; //!< "" for subnets without an AZ, drawn directly in the VPC
        std::vector<std::string> subnets;
    };

    double snap(double v) const
    {
        const double g = m_opt.gridSize > 0 ? m_opt.gridSize : 1;
        return std::ceil(v / g - 1e-9) * g;
    }
    double floorSnap(double v) const
    {
        const double g = m_opt.gridSize > 0 ? m_opt.gridSize : 1;
        return std::floor(v / g + 1e-9) * g;
    }
    double labelWidth(const std::string &key) const
    {
        // The header shows name and CIDR on one line, or on two when the box is narrower
        // (diagramgeometry.cpp): the box needs only the wider of the two, plus the icon.
        const DrawnText text = drawnText(m_design, key);
        const double widest = std::max(estimateTextWidth(text.title, titlePoints, true),
                                       estimateTextWidth(text.detail, titlePoints, true));
        return snap(widest + m_opt.headerHeight + m_pad);
    }
    Extent sizeOf(const std::string &key) const
    {
        const auto &l = m_layout.at(key);
        return {l.width, l.height};
    }
    void setSize(const std::string &key, Extent e)
    {
        auto &l = m_layout[key];
        l.width = e.width;
        l.height = e.height;
    }
    void place(const std::string &key, double x, double y)
    {
        auto &l = m_layout[key];
        l.x = x;
        l.y = y;
    }

    void computeTiers();
    Tier tierOf(const std::string &subnet) const;
    Extent layoutKey(const std::string &key);
    Extent layoutGridContainer(const std::string &key);
    Extent layoutVpc(const std::string &key);
    Extent placeColumns(const std::vector<Column> &columns, double x0, double y0);
    double placeSubnetRow(const std::vector<std::string> &row, double x, double y, double width);
    Extent layoutRegion(const std::string &key);
    void layoutTop();
    std::vector<std::string> orderedNodes(std::vector<std::string> keys) const;
    Extent packRow(const std::vector<std::string> &keys, double x, double y);
    Extent packShelves(const std::vector<std::string> &keys, double x, double y, double width);
    Extent shelfExtent(const std::vector<std::string> &keys, double width) const;
    double chooseShelves(std::vector<std::string> &keys, double widest, double area);
    Extent packGrid(const std::vector<std::string> &keys, double x, double y);
    double absoluteCenterX(const std::string &key) const;
    double barycenter(const std::string &key) const;
    Extent packByBarycenter(std::vector<std::string> keys, double y, double minWidth);

    const Design &m_design;
    LayoutOptions m_opt;
    DiagramTree m_tree;
    std::vector<DiagramEdge> m_edges;
    std::unordered_map<std::string, Tier> m_tier;
    Layout m_layout;
    std::unordered_set<std::string> m_placedTop; //!< top-level keys with a final position
    std::unordered_set<std::string> m_vgwVpcs;   //!< VPCs with a VPN gateway
    double m_pad = 0;
    double m_head = 0;
    double m_gap = 0;
};

void LayoutBuilder::computeTiers()
{
    for (const auto &edge : m_edges) {
        if (edge.kind != EdgeKind::Route)
            continue;
        const auto kind = m_design.kindOf(edge.to);
        Tier tier = PrivateTier;
        if (kind == ResourceKind::InternetGateway)
            tier = PublicTier;
        else if (kind == ResourceKind::NatGateway)
            tier = NatTier;
        auto [it, inserted] = m_tier.try_emplace(edge.from, tier);
        if (!inserted)
            it->second = std::min(it->second, tier);
    }
}

Tier LayoutBuilder::tierOf(const std::string &subnet) const
{
    const auto it = m_tier.find(subnet);
    return it == m_tier.end() ? PrivateTier : it->second;
}

Extent LayoutBuilder::layoutKey(const std::string &key)
{
    if (isRegionKey(key))
        return layoutRegion(key);
    const auto kind = m_design.kindOf(key);
    if (kind == ResourceKind::Vpc)
        return layoutVpc(key);
    if (kind == ResourceKind::Subnet || kind == ResourceKind::OnPremNetwork)
        return layoutGridContainer(key);
    // A leaf (or an AZ reached without its VPC, which cannot happen in a built tree).
    const Extent e{m_opt.nodeWidth, m_opt.nodeHeight};
    setSize(key, e);
    return e;
}

// NAT gateways and endpoints first: private subnets' arrows to them stay short. An SMTP
// server follows the instance it runs on.
std::vector<std::string> LayoutBuilder::orderedNodes(std::vector<std::string> keys) const
{
    auto sortKey = [&](const std::string &key) {
        const auto kind = m_design.kindOf(key).value_or(ResourceKind::Instance);
        std::string name = m_design.displayName(key) + '\x01' + key;
        int rank = kind == ResourceKind::NatGateway ? 0 : kind == ResourceKind::VpcEndpoint ? 1 : 2;
        if (const auto *smtp = m_design.find<SmtpServer>(key))
            if (m_design.contains(smtp->hostId))
                name = m_design.displayName(smtp->hostId) + '\x01' + smtp->hostId + '\x02' + key;
        if (kind == ResourceKind::Firewall)
            rank = 0;
        return std::make_pair(rank, name);
    };
    std::vector<std::pair<std::pair<int, std::string>, std::string>> sorted;
    sorted.reserve(keys.size());
    for (auto &k : keys)
        sorted.emplace_back(sortKey(k), std::move(k));
    std::sort(sorted.begin(), sorted.end());
    std::vector<std::string> result;
    result.reserve(sorted.size());
    for (auto &s : sorted)
        result.push_back(std::move(s.second));
    return result;
}

Extent LayoutBuilder::packGrid(const std::vector<std::string> &keys, double x, double y)
{
    if (keys.empty())
        return {};
    const size_t n = keys.size();
    const double cellW = snap(m_opt.nodeWidth + m_gap), cellH = snap(m_opt.nodeHeight + m_gap);
    // About 1.6:1 wide, but a handful of nodes stay in one row.
    size_t cols = n <= 4 ? n : size_t(std::ceil(std::sqrt(double(n) * 1.6 * cellH / cellW)));
    cols = std::clamp<size_t>(cols, 1, n);
    const size_t rows = (n + cols - 1) / cols;
    for (size_t i = 0; i < n; ++i) {
        layoutKey(keys[i]);
        place(keys[i], x + double(i % cols) * cellW, y + double(i / cols) * cellH);
    }
    return {double(cols) * cellW - m_gap, double(rows) * cellH - m_gap};
}

Extent LayoutBuilder::layoutGridContainer(const std::string &key)
{
    const auto kids = orderedNodes(m_tree.childrenOf(key));
    const Extent grid = packGrid(kids, m_pad, m_head + m_gap / 2);
    Extent e;
    // An empty subnet is as small as its title; one with nodes at least two nodes wide.
    const double least = kids.empty() ? snap(m_opt.nodeWidth) : snap(2 * m_opt.nodeWidth);
    e.width = std::max({grid.width + 2 * m_pad, labelWidth(key), least});
    e.height = kids.empty() ? m_head + m_pad : snap(m_head + m_gap / 2 + grid.height + m_pad);
    setSize(key, e);
    return e;
}

Extent LayoutBuilder::packRow(const std::vector<std::string> &keys, double x, double y)
{
    Extent e;
    for (const auto &key : keys) {
        const Extent k = layoutKey(key);
        place(key, x + e.width, y);
        e.width += k.width + m_gap;
        e.height = std::max(e.height, k.height);
    }
    if (!keys.empty())
        e.width -= m_gap;
    return e;
}

Extent LayoutBuilder::packShelves(const std::vector<std::string> &keys, double x, double y,
                                  double width)
{
    Extent total;
    double cx = 0, cy = 0, rowH = 0;
    for (const auto &key : keys) {
        const Extent k = layoutKey(key);
        if (cx > 0 && cx + k.width > width) {
            cy += rowH + 2 * m_gap;
            cx = 0;
            rowH = 0;
        }
        place(key, x + cx, y + cy);
        cx += k.width + 2 * m_gap;
        rowH = std::max(rowH, k.height);
        total.width = std::max(total.width, cx - 2 * m_gap);
    }
    total.height = keys.empty() ? 0 : cy + rowH;
    return total;
}

// AZ columns side by side; subnets of the same tier (public, NAT-routed, private) line up
// in rows across AZs, as in AWS reference diagrams. Several subnets of one tier in one AZ
// sit side by side, so that their arrows to the VPC's gateways do not cross each other.
Extent LayoutBuilder::placeColumns(const std::vector<Column> &columns, double x0, double y0)
{
    constexpr size_t maxPerRow = 6;
    using Rows = std::vector<std::vector<std::string>>;
    std::vector<std::array<Rows, TierCount>> rows(columns.size());
    std::array<double, TierCount> tierHeight{};
    std::vector<double> colWidth(columns.size(), 0);
    for (size_t c = 0; c < columns.size(); ++c) {
        for (const auto &s : columns[c].subnets) {
            layoutKey(s);
            auto &tierRows = rows[c][tierOf(s)];
            if (tierRows.empty() || tierRows.back().size() == maxPerRow)
                tierRows.emplace_back();
            tierRows.back().push_back(s);
        }
        for (int t = 0; t < TierCount; ++t) {
            double h = 0;
            for (const auto &row : rows[c][t]) {
                double w = 0, rowH = 0;
                for (const auto &s : row) {
                    w += sizeOf(s).width + m_gap;
                    rowH = std::max(rowH, sizeOf(s).height);
                }
                colWidth[c] = std::max(colWidth[c], w - m_gap);
                h += rowH + m_gap;
            }
            tierHeight[t] = std::max(tierHeight[t], h);
        }
    }
    double stackHeight = 0;
    for (double h : tierHeight)
        stackHeight += h;
    stackHeight = std::max(0.0, stackHeight - m_gap);
    Extent total;
    double x = x0;
    for (size_t c = 0; c < columns.size(); ++c) {
        const bool boxed = !columns[c].az.empty();
        const double inset = boxed ? m_pad / 2 : 0;
        double ty = m_head; // direct subnets line up with the boxed ones
        for (int t = 0; t < TierCount; ++t) {
            double y = ty;
            for (const auto &row : rows[c][t])
                y += placeSubnetRow(row, (boxed ? inset : x), boxed ? y : y0 + y, colWidth[c]) + m_gap;
            ty += tierHeight[t];
        }
        const Extent box{colWidth[c] + 2 * inset, snap(m_head + stackHeight + inset)};
        if (boxed) {
            setSize(columns[c].az, box);
            place(columns[c].az, x, y0);
        }
        x += box.width + m_gap;
        total.height = std::max(total.height, box.height);
    }
    total.width = columns.empty() ? 0 : x - m_gap - x0;
    return total;
}

// Spreads a row of subnets over the column's width (tidy edges); returns the row height.
double LayoutBuilder::placeSubnetRow(const std::vector<std::string> &row, double x, double y,
                                     double width)
{
    double natural = 0, height = 0;
    for (const auto &s : row) {
        natural += sizeOf(s).width;
        height = std::max(height, sizeOf(s).height);
    }
    const double extra = floorSnap((width - natural - m_gap * double(row.size() - 1))
                                   / double(row.size()));
    for (const auto &s : row) {
        setSize(s, {sizeOf(s).width + std::max(0.0, extra), height});
        place(s, x, y);
        x += sizeOf(s).width + m_gap;
    }
    return height;
}

Extent LayoutBuilder::layoutVpc(const std::string &key)
{
    std::vector<Column> columns;
    std::vector<std::string> top, bottom;
    for (const auto &child : m_tree.childrenOf(key)) {
        const auto kind = m_design.kindOf(child);
        if (isAzKey(child)) {
            columns.push_back({child, m_tree.childrenOf(child)});
        } else if (kind == ResourceKind::Subnet) {
            if (columns.empty() || !columns.back().az.empty())
                columns.push_back({});
            columns.back().subnets.push_back(child);
        } else if (kind == ResourceKind::InternetGateway
                   || (kind == ResourceKind::LoadBalancer
                       && m_design.find<LoadBalancer>(child)->internetFacing)) {
            top.push_back(child);
        } else {
            bottom.push_back(child);
        }
    }
    // Direct subnets (no AZ) go after the AZ columns.
    std::stable_partition(columns.begin(), columns.end(), [](auto &c) { return !c.az.empty(); });
    for (auto &c : columns) // public subnets first, then by CIDR inside a tier
        std::stable_sort(c.subnets.begin(), c.subnets.end(), [&](auto &a, auto &b) {
            return m_design.find<Subnet>(a)->cidr < m_design.find<Subnet>(b)->cidr;
        });

    double y = m_head;
    const Extent topRow = packRow(orderedNodes(top), m_pad, y);
    if (!top.empty())
        y += topRow.height + m_gap;
    const Extent cols = placeColumns(columns, m_pad, y);
    if (!columns.empty())
        y += cols.height + m_gap;
    const Extent bottomRow = packRow(orderedNodes(bottom), m_pad, y);
    if (!bottom.empty())
        y += bottomRow.height + m_gap;

    const double inner = std::max({topRow.width, cols.width, bottomRow.width, 2 * m_opt.nodeWidth});
    const Extent e{std::max(snap(inner + 2 * m_pad), labelWidth(key)), snap(y - m_gap + m_pad)};
    // Gateways centred on the edge they face: the IGW towards the Internet above, the VGW
    // and endpoints towards on-premises below.
    const auto centre = [&](const std::vector<std::string> &row, Extent rowExtent) {
        const double shift = floorSnap((e.width - 2 * m_pad - rowExtent.width) / 2);
        for (const auto &k : row)
            m_layout[k].x += shift;
    };
    centre(top, topRow);
    centre(bottom, bottomRow);
    setSize(key, e);
    return e;
}

// The extent packShelves would give keys (already sized) at that width, without placing.
Extent LayoutBuilder::shelfExtent(const std::vector<std::string> &keys, double width) const
{
    Extent total;
    double cx = 0, cy = 0, rowH = 0;
    for (const auto &key : keys) {
        const Extent k = sizeOf(key);
        if (cx > 0 && cx + k.width > width) {
            cy += rowH + 2 * m_gap;
            cx = 0;
            rowH = 0;
        }
        cx += k.width + 2 * m_gap;
        rowH = std::max(rowH, k.height);
        total.width = std::max(total.width, cx - 2 * m_gap);
    }
    total.height = keys.empty() ? 0 : cy + rowH;
    return total;
}

// Shelf width and order that fit a landscape page (A3, A4: about 1.6:1 after the title and
// legend) at the largest scale: the drawing stays readable when printed. Taller
// or wider VPCs first when that packs better; VPCs with a VPN gateway stay last.
double LayoutBuilder::chooseShelves(std::vector<std::string> &keys, double widest, double area)
{
    constexpr double pageAspect = 1.6;
    std::vector<std::string> tallFirst = keys;
    std::stable_sort(tallFirst.begin(), tallFirst.end(), [&](auto &a, auto &b) {
        const bool va = m_vgwVpcs.count(a) > 0, vb = m_vgwVpcs.count(b) > 0;
        return va != vb ? vb : sizeOf(a).height > sizeOf(b).height;
    });
    std::vector<std::string> wideFirst = keys;
    std::stable_sort(wideFirst.begin(), wideFirst.end(), [&](auto &a, auto &b) {
        const bool va = m_vgwVpcs.count(a) > 0, vb = m_vgwVpcs.count(b) > 0;
        return va != vb ? vb : sizeOf(a).width > sizeOf(b).width;
    });
    double bestScore = 0, bestWidth = widest;
    const std::vector<std::string> *bestOrder = &keys;
    for (const auto *order : {&keys, &tallFirst, &wideFirst})
        for (double factor : {1.0, 1.4, 1.8, 2.5, 3.5}) {
            const double width = std::max(widest, std::sqrt(area * factor));
            const Extent e = shelfExtent(*order, width);
            const double score = std::max(e.width / pageAspect, e.height);
            if (bestScore == 0 || score < bestScore - 1) {
                bestScore = score;
                bestWidth = width;
                bestOrder = order;
            }
        }
    if (bestOrder != &keys)
        keys = *bestOrder;
    return bestWidth;
}

Extent LayoutBuilder::layoutRegion(const std::string &key)
{
    std::vector<std::string> vpcs, gateways; // transit gateways: a row under the VPCs
    for (const auto &kid : m_tree.childrenOf(key))
        (m_design.kindOf(kid) == ResourceKind::Vpc ? vpcs : gateways).push_back(kid);
    vpcs = layoutdetail::orderByConnectivity(m_design, vpcs);
    // VPCs with a VPN gateway go to the bottom row: their VPN arrows leave the region
    // downwards to the on-premises band without crossing other VPCs.
    if (m_vgwVpcs.empty())
        for (const auto &[id, vgw] : m_design.all<VpnGateway>())
            m_vgwVpcs.insert(vgw.vpcIds.begin(), vgw.vpcIds.end());
    std::stable_partition(vpcs.begin(), vpcs.end(), [&](auto &v) { return !m_vgwVpcs.count(v); });
    double area = 0, widest = 0;
    for (const auto &v : vpcs) {
        const Extent e = layoutKey(v);
        area += (e.width + 2 * m_gap) * (e.height + 2 * m_gap);
        widest = std::max(widest, e.width);
    }
    const double target = chooseShelves(vpcs, widest, area);
    Extent inner = packShelves(vpcs, m_pad, m_head + m_gap / 2, target);
    if (!gateways.empty()) {
        const double y = m_head + m_gap / 2 + inner.height + (vpcs.empty() ? 0 : 2 * m_gap);
        const Extent row = packRow(gateways, m_pad, y);
        const double shift = floorSnap(std::max(0.0, (inner.width - row.width) / 2));
        for (const auto &g : gateways)
            m_layout[g].x += shift;
        inner = {std::max(inner.width, row.width), y + row.height - m_head - m_gap / 2};
    }
    const Extent e{std::max(snap(inner.width + 2 * m_pad), labelWidth(key)),
                   snap(m_head + m_gap / 2 + inner.height + m_pad)};
    setSize(key, e);
    return e;
}

double LayoutBuilder::absoluteCenterX(const std::string &key) const
{
    const auto &own = m_layout.at(key);
    double x = own.x + own.width / 2;
    for (auto p = m_tree.parent.at(key); !p.empty(); p = m_tree.parent.at(p))
        x += m_layout.at(p).x;
    return x;
}

// Mean x of what the key (or anything inside it) connects to, among keys already placed.
double LayoutBuilder::barycenter(const std::string &key) const
{
    std::unordered_set<std::string> self{key};
    for (const auto &child : m_tree.childrenOf(key))
        self.insert(child);
    double sum = 0;
    int n = 0;
    for (const auto &edge : m_edges) {
        const bool from = self.count(edge.from) > 0, to = self.count(edge.to) > 0;
        if (from == to)
            continue;
        const auto &other = from ? edge.to : edge.from;
        auto top = other;
        while (!m_tree.parent.at(top).empty())
            top = m_tree.parent.at(top);
        if (m_placedTop.count(top) && m_layout.count(other)) {
            sum += absoluteCenterX(other);
            ++n;
        }
    }
    return n ? sum / n : -1;
}

// A band of top-level keys, each as close as it can get under what it connects to.
Extent LayoutBuilder::packByBarycenter(std::vector<std::string> keys, double y, double minWidth)
{
    std::vector<std::pair<double, std::string>> wanted;
    double next = 0, order = 0;
    for (const auto &key : keys) {
        const Extent e = layoutKey(key);
        const double b = barycenter(key);
        wanted.emplace_back(b < 0 ? order : b - e.width / 2, key);
        order += e.width + 2 * m_gap;
    }
    std::stable_sort(wanted.begin(), wanted.end());
    Extent total;
    for (const auto &[x, key] : wanted) {
        const double at = snap(std::max(x, next));
        place(key, at, y);
        next = at + sizeOf(key).width + 2 * m_gap;
        total.height = std::max(total.height, sizeOf(key).height);
    }
    total.width = std::max(minWidth, next - 2 * m_gap);
    return total;
}

void LayoutBuilder::layoutTop()
{
    std::vector<std::string> internet, main, transit, onPrem;
    for (const auto &key : m_tree.childrenOf({})) {
        const auto kind = m_design.kindOf(key);
        if (kind == ResourceKind::SesEndpoint || kind == ResourceKind::InternetHost
            || kind == ResourceKind::SmtpServer)
            internet.push_back(key);
        else if (isRegionKey(key) || kind == ResourceKind::Vpc)
            main.push_back(key);
        else if (kind == ResourceKind::TransitGateway)
            transit.push_back(key);
        else
            onPrem.push_back(key);
    }
    const double bandGap = 3 * m_gap;
    double y = internet.empty() ? 0 : snap(m_opt.nodeHeight) + bandGap;
    double area = 0;
    for (const auto &key : main) {
        const Extent e = layoutKey(key);
        area += e.width * e.height;
    }
    const Extent mainBand = packShelves(main, 0, y, std::sqrt(area * 2.5));
    m_placedTop.insert(main.begin(), main.end());
    y += main.empty() ? 0 : mainBand.height + bandGap;
    const Extent transitBand = packByBarycenter(transit, y, mainBand.width);
    m_placedTop.insert(transit.begin(), transit.end());
    y += transit.empty() ? 0 : transitBand.height + bandGap;
    packByBarycenter(onPrem, y, mainBand.width);
    // The Internet row is centred over the regions once their width is known.
    const Extent internetRow = packRow(orderedNodes(internet), 0, 0);
    const double shift = snap(std::max(0.0, (mainBand.width - internetRow.width) / 2));
    for (const auto &k : internet)
        m_layout[k].x += shift;
}

} // namespace

Layout computeLayout(const Design &design, const LayoutOptions &options)
{
    return LayoutBuilder(design, options).run();
}

std::optional<LayoutRect> absoluteRect(const Design &design, const Layout &layout,
                                       std::string_view key)
{
    const auto it = layout.find(std::string(key));
    if (it == layout.end())
        return std::nullopt;
    LayoutRect r{it->second.x, it->second.y, it->second.width, it->second.height};
    layoutdetail::ParentResolver resolver(design);
    int depth = 0;
    for (auto p = resolver.parentOf(key); !p.empty() && depth < 16; p = resolver.parentOf(p)) {
        const auto pit = layout.find(p);
        if (pit == layout.end())
            return std::nullopt;
        r.x += pit->second.x;
        r.y += pit->second.y;
        ++depth;
    }
    return r;
}

} // namespace mailpath::core
