#include "resourcebuilder.h"

#include "containment.h"

#include "core/layout/autolayout.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace mailpath::app::factory {

using namespace core;

QString tr(const char *text)
{
    return QCoreApplication::translate("ResourceFactory", text);
}

namespace {

constexpr double grid = 10;
constexpr double padding = 24;
constexpr double header = 28;

double snap(double v)
{
    return std::round(v / grid) * grid;
}

} // namespace

DropContext resolveDrop(const Design &design, std::string key)
{
    DropContext ctx;
    for (int guard = 0; guard < 16; ++guard) {
        const auto kind = design.kindOf(key);
        if (kind == ResourceKind::Subnet && ctx.subnetId.empty()) {
            const auto *s = design.find<Subnet>(key);
            ctx.subnetId = key;
            ctx.availabilityZone = s->availabilityZone;
        } else if (kind == ResourceKind::Vpc && ctx.vpcId.empty()) {
            ctx.vpcId = key;
            ctx.region = design.find<Vpc>(key)->region;
        } else if (kind == ResourceKind::OnPremNetwork && ctx.onPremId.empty()) {
            ctx.onPremId = key;
        } else if (isAzKey(key) && ctx.availabilityZone.empty()) {
            for (const auto &[id, s] : design.all<Subnet>())
                if (azKey(s.vpcId, s.availabilityZone) == key)
                    ctx.availabilityZone = s.availabilityZone;
        } else if (isRegionKey(key) && ctx.region.empty()) {
            for (const auto &[id, v] : design.all<Vpc>())
                if (regionKey(v.region) == key)
                    ctx.region = v.region;
        }
        if (key.empty())
            break;
        key = layoutParentOf(design, key);
    }
    if (ctx.region.empty() && !design.all<Vpc>().empty())
        ctx.region = design.all<Vpc>().begin()->second.region;
    if (ctx.region.empty())
        ctx.region = "us-east-1";
    return ctx;
}

void Builder::placeAt(const std::string &key, std::optional<QPointF> pos)
{
    const std::string parent = layoutParentOf(m_scratch, key);
    const QSizeF size = defaultSize(m_scratch, key);
    if (!parent.empty() && !layoutOf(parent)) {
        // A new box around the node (an AZ for a first subnet): the box goes where the node
        // must sit at the drop point, the node at the box's first slot.
        const QPointF slot(padding + size.width() / 2, header + 8 + size.height() / 2);
        const QSizeF outer = defaultSize(m_scratch, parent);
        std::optional<QPointF> parentPos;
        if (m_drop.localPos)
            parentPos = m_drop.localPos(layoutParentOf(m_scratch, parent)) - slot
                        + QPointF(outer.width() / 2, outer.height() / 2);
        placeAt(parent, parentPos);
        pos = slot;
    }
    if (!pos)
        pos = m_drop.localPos ? m_drop.localPos(parent) : QPointF(40, 40);
    pos = *pos + openRoom(parent, *pos - QPointF(size.width() / 2, size.height() / 2));
    NodeLayout layout;
    layout.x = snap(std::max(0.0, pos->x() - size.width() / 2));
    layout.y = snap(std::max(parent.empty() ? 0.0 : header, pos->y() - size.height() / 2));
    // Dropped across a sibling box's border (a transit gateway on a VPC's edge): moved clear,
    // as a move would be. The parent grows to fit, so only the top-left bounds it.
    const double top = parent.empty() ? 0.0 : header;
    const QPointF clear = containedPosition(QRectF(QPointF(layout.x, layout.y), size),
                                            QRectF(0, top, 1e7, 1e7), siblingBoxes(parent, key));
    layout.x = clear.x();
    layout.y = clear.y();
    if (isContainerKey(m_scratch, key)) {
        layout.width = size.width();
        layout.height = size.height();
    }
    m_bundle.layouts[key] = layout;
    grow(parent, layout.x + size.width() + padding, layout.y + size.height() + padding);
}

void Builder::placeBeside(const std::string &key, const std::string &anchor)
{
    const NodeLayout *at = layoutOf(anchor);
    if (!at || layoutParentOf(m_scratch, key) != layoutParentOf(m_scratch, anchor)) {
        place(key);
        return;
    }
    const QSizeF anchorSize = defaultSize(m_scratch, anchor), size = defaultSize(m_scratch, key);
    placeAt(key, QPointF(at->x + anchorSize.width() + 2 * grid + size.width() / 2,
                         at->y + anchorSize.height() / 2));
}

std::vector<QRectF> Builder::siblingBoxes(const std::string &parent, const std::string &key) const
{
    std::vector<QRectF> boxes;
    const auto add = [&](const std::string &other, const NodeLayout &l) {
        if (other == key || !isContainerKey(m_scratch, other)
            || layoutParentOf(m_scratch, other) != parent)
            return;
        const QSizeF natural = defaultSize(m_scratch, other);
        boxes.emplace_back(l.x, l.y, l.width > 0 ? l.width : natural.width(),
                           l.height > 0 ? l.height : natural.height());
    };
    for (const auto &[other, l] : m_bundle.layouts)
        add(other, l);
    for (const auto &[other, l] : m_design.layout())
        if (!m_bundle.layouts.count(other))
            add(other, l);
    return boxes;
}

QPointF Builder::openRoom(const std::string &parent, QPointF topLeft)
{
    // Dropped left of or above an existing box (an AZ): the box opens towards the drop point,
    // as far as its own container allows; what it holds stays where it is on the canvas.
    const NodeLayout *current = parent.empty() || !isAzKey(parent) ? nullptr : layoutOf(parent);
    if (!current)
        return {};
    const double dx = snap(std::clamp(-topLeft.x(), 0.0, current->x));
    const double dy = snap(std::clamp(header - topLeft.y(), 0.0, std::max(0.0, current->y - header)));
    if (dx <= 0 && dy <= 0)
        return {};
    NodeLayout box = *current;
    const QSizeF natural = defaultSize(m_scratch, parent);
    box.width = (box.width > 0 ? box.width : natural.width()) + dx;
    box.height = (box.height > 0 ? box.height : natural.height()) + dy;
    box.x -= dx;
    box.y -= dy;
    m_bundle.layouts[parent] = box;
    for (const auto &[key, child] : m_scratch.layout()) {
        if (layoutParentOf(m_scratch, key) != parent || m_bundle.layouts.count(key))
            continue;
        NodeLayout moved = child;
        moved.x += dx;
        moved.y += dy;
        m_bundle.layouts[key] = moved;
    }
    return {dx, dy};
}

void Builder::grow(const std::string &key, double right, double bottom)
{
    if (key.empty())
        return;
    const NodeLayout *current = layoutOf(key);
    if (!current)
        return;
    NodeLayout layout = *current;
    const QSizeF natural = defaultSize(m_scratch, key);
    const double w = layout.width > 0 ? layout.width : natural.width();
    const double h = layout.height > 0 ? layout.height : natural.height();
    if (right <= w && bottom <= h)
        return;
    layout.width = snap(std::max(w, right) + grid / 2);
    layout.height = snap(std::max(h, bottom) + grid / 2);
    m_bundle.layouts[key] = layout;
    grow(layoutParentOf(m_scratch, key), layout.x + layout.width + padding,
         layout.y + layout.height + padding);
}

} // namespace mailpath::app::factory
