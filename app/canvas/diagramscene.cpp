#include "diagramscene.h"

#include "app/palette/containment.h"
#include "app/base/reasontext.h"

#include "calloutplacement.h"
#include "readablenames.h"

#include "nodelook.h"
#include "app/base/appresources.h"

#include "app/palette/resourcefactory.h"
#include "core/layout/autolayout.h"
#include "core/layout/diagramedges.h"
#include "core/layout/diagramgeometry.h"
#include "core/model/validate.h"

#include <QGraphicsSceneContextMenuEvent>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QMimeData>
#include <QPen>
#include <QTimer>

namespace mailpath::app {

using namespace core;

DiagramScene::DiagramScene(Design &design, QObject *parent)
    : QGraphicsScene(parent)
    , m_design(design)
{
    initResources();
    setItemIndexMethod(QGraphicsScene::BspTreeIndex);
    m_design.addObserver(this);
    rebuild();
}

DiagramScene::~DiagramScene()
{
    m_design.removeObserver(this);
}

void DiagramScene::schedule(bool rebuildNeeded)
{
    m_rebuildPending |= rebuildNeeded;
    m_refreshPending = true;
    if (!m_timerPosted) {
        m_timerPosted = true;
        QTimer::singleShot(0, this, [this] { sync(); });
    }
}

void DiagramScene::sync()
{
    m_timerPosted = false;
    // A shown path belongs to the design before the change: the owner of the flows draws the
    // new one when the runner publishes after synced(), so it is drawn once per edit.
    if (m_rebuildPending || m_refreshPending)
        m_trace.reset();
    if (m_rebuildPending)
        rebuild();
    else if (m_refreshPending)
        refreshLooks();
    m_rebuildPending = m_refreshPending = false;
}

DiagramNode *DiagramScene::itemFor(const std::string &key) const
{
    const auto it = m_items.find(key);
    return it == m_items.end() ? nullptr : it->second;
}

void DiagramScene::applyLayout(DiagramNode *item)
{
    const auto *layout = m_design.layoutOf(item->key());
    const QSizeF natural = item->isContainer() ? defaultSize(m_design, item->key())
                                               : QSizeF(NodeItem::naturalWidth,
                                                        NodeItem::naturalHeight);
    if (layout && layout->collapsed && m_design.kindOf(item->key()) == ResourceKind::Vpc) {
        item->setPos(layout->x, layout->y);
        item->setSize(ContainerItem::collapsedSize);
    } else if (layout) {
        item->setPos(layout->x, layout->y);
        item->setSize(QSizeF(layout->width > 0 ? layout->width : natural.width(),
                             layout->height > 0 ? layout->height : natural.height()));
    } else {
        item->setSize(natural);
    }
}

void DiagramScene::rebuild()
{
    const auto selected = selectedKeys();
    clearTraceItems();
    m_edges.clear();
    m_pathItem = nullptr;
    m_items.clear();
    clear();
    const auto keys = diagramKeys(m_design);
    for (const auto &key : keys) {
        DiagramNode *item = isContainerKey(m_design, key) ? static_cast<DiagramNode *>(new ContainerItem(key))
                                                          : new NodeItem(key);
        m_items.emplace(key, item);
    }
    for (const auto &[key, item] : m_items) {
        const std::string parent = layoutParentOf(m_design, key);
        if (auto *p = itemFor(parent); p && p != item)
            item->setParentItem(p);
        else
            addItem(item);
    }
    applyLooks();
    selectKeys(selected);
    drawTrace();
    rebuildEdges();
    emit synced();
}

void DiagramScene::refreshLooks()
{
    applyLooks();
    drawTrace();
    rebuildEdges();
    emit synced();
}

void DiagramScene::applyLooks()
{
    std::unordered_map<std::string, QString> problems;
    for (const auto &conflict : cidrConflicts(m_design))
        for (const auto &key : {conflict.resource, conflict.other})
            if (!key.empty()) {
                QString &text = problems[key];
                text += (text.isEmpty() ? QString() : QStringLiteral("\n"))
                        + QString::fromStdString(conflict.message);
            }
    for (const auto &[key, item] : m_items) {
        NodeLook look = lookFor(m_design, key);
        if (const auto it = problems.find(key); it != problems.end())
            look.problem = it->second;
        item->setLook(look);
        applyLayout(item);
    }
    applyVisibility();
}

void DiagramScene::applyVisibility()
{
    for (const auto &[key, item] : m_items) {
        bool visible = true;
        if (m_design.kindOf(key) == ResourceKind::Vpc)
            visible = vpcMatchesFilter(m_design, key, m_filter);
        const auto *parent = dynamic_cast<const DiagramNode *>(item->parentItem());
        if (parent && parent->look().collapsed)
            visible = false;
        item->setVisible(visible);
    }
}

void DiagramScene::setFilter(const QString &text)
{
    if (text.trimmed() == m_filter)
        return;
    m_filter = text.trimmed();
    applyVisibility();
    drawTrace();
    rebuildEdges();
    emit synced();
}

std::string DiagramScene::shownKeyFor(const std::string &key) const
{
    const DiagramNode *item = itemFor(key);
    if (!item)
        return {};
    const DiagramNode *shown = item;
    for (const QGraphicsItem *p = item; p; p = p->parentItem())
        if (const auto *node = dynamic_cast<const DiagramNode *>(p); node && node->look().collapsed)
            shown = node;
    return shown->isVisible() ? shown->key() : std::string();
}

void DiagramScene::rebuildEdges()
{
    for (auto *edge : m_edges)
        delete edge;
    m_edges.clear();
    delete m_pathItem;
    m_pathItem = nullptr;
    // One geometry for the canvas and every export (core/layout/diagramgeometry.h).
    GeometryOptions options;
    for (const auto &hop : m_hops) // a shown path keeps its subnets' own arrows
        if (m_design.kindOf(hop.anchor) == ResourceKind::Subnet)
            options.keepSubnets.push_back(hop.anchor);
    options.shownKey = [this](const std::string &key) { return shownKeyFor(key); };
    options.memo = m_routingMemo;
    m_geometry = computeDiagramGeometry(m_design, m_trace ? &*m_trace : nullptr, options);
    applyGeometryTexts();
    for (const auto &edge : m_geometry.edges) {
        auto *from = itemFor(edge.from), *to = itemFor(edge.to);
        if (!from || !to)
            continue;
        auto *item = new EdgeItem(from, to, edge);
        addItem(item);
        m_edges.push_back(item);
    }
    if (m_geometry.flow) {
        std::vector<TracePathItem::Segment> segments;
        for (const auto &hop : m_geometry.flow->hops) {
            QPolygonF points;
            for (const auto &p : hop.points)
                points << QPointF(p.x, p.y);
            segments.push_back({points, hop.reply, hop.failed});
        }
        m_pathItem = new TracePathItem(std::move(segments));
        addItem(m_pathItem);
    }
}

void DiagramScene::applyGeometryTexts()
{
    const auto toLines = [](const std::vector<std::string> &lines) {
        QStringList list;
        for (const auto &line : lines)
            list << QString::fromStdString(line);
        return list;
    };
    for (const auto &n : m_geometry.nodes)
        if (auto *item = dynamic_cast<NodeItem *>(itemFor(n.key)))
            item->setLabelLines(toLines(n.label.lines), int(n.titleLines), n.titlePoints,
                                n.label.pointSize);
    for (const auto &c : m_geometry.containers)
        if (auto *item = dynamic_cast<ContainerItem *>(itemFor(c.key)))
            item->setTitleLines(toLines(c.title.lines), c.title.pointSize);
}

void DiagramScene::resizeRequested(ContainerItem *item, QSizeF size)
{
    const auto *old = m_design.layoutOf(item->key());
    NodeLayout layout = old ? *old : NodeLayout{};
    layout.x = item->pos().x();
    layout.y = item->pos().y();
    layout.width = size.width();
    layout.height = size.height();
    emit nodeResized(item->key(), layout, m_resizeGesture);
}

bool DiagramScene::requestCollapseToggle(const std::string &key)
{
    if (m_design.kindOf(key) != ResourceKind::Vpc)
        return false;
    emit collapseToggleRequested(key);
    return true;
}

void DiagramScene::nodeMoved()
{
    for (auto *edge : m_edges)
        edge->updateGeometry();
}

std::vector<std::string> DiagramScene::selectedKeys() const
{
    std::vector<std::string> keys;
    for (auto *item : selectedItems())
        if (auto *node = dynamic_cast<DiagramNode *>(item))
            keys.push_back(node->key());
    return keys;
}

void DiagramScene::selectKeys(const std::vector<std::string> &keys)
{
    clearSelection();
    for (const auto &key : keys)
        if (auto *item = itemFor(key))
            item->setSelected(true);
}

std::string DiagramScene::keyAt(QPointF scenePos, const DiagramNode *ignore,
                                bool containersOnly) const
{
    for (auto *item : items(scenePos, Qt::IntersectsItemShape, Qt::DescendingOrder)) {
        auto *node = dynamic_cast<DiagramNode *>(item);
        if (!node || !node->isVisible() || node == ignore || (ignore && ignore->isAncestorOf(node)))
            continue;
        if (containersOnly && !node->isContainer())
            continue;
        return node->key();
    }
    return {};
}

QPointF DiagramScene::mapToKey(const std::string &key, QPointF scenePos) const
{
    if (auto *item = itemFor(key))
        return item->mapFromScene(scenePos);
    return scenePos;
}

// --- notifications --------------------------------------------------------------------

void DiagramScene::resourceAdded(ResourceKind kind, const std::string &)
{
    if (kindTraits(kind).drawn)
        schedule(true);
}

void DiagramScene::resourceChanged(ResourceKind changed, const std::string &id)
{
    if (!kindTraits(changed).drawn)
        return; // rules: the shown flow's owner draws its new trace
    // A changed subnet or VPC may move the resource to another parent.
    auto *item = itemFor(id);
    bool reparented = false;
    if (item) {
        const auto *parent = dynamic_cast<DiagramNode *>(item->parentItem());
        reparented = (parent ? parent->key() : std::string()) != layoutParentOf(m_design, id);
    }
    const auto kind = m_design.kindOf(id);
    const bool structural = kind == ResourceKind::Vpc || kind == ResourceKind::Subnet;
    schedule(reparented || structural);
}

void DiagramScene::resourceRemoved(ResourceKind kind, const std::string &)
{
    if (kindTraits(kind).drawn)
        schedule(true);
}

void DiagramScene::layoutChanged(const std::string &id)
{
    if (auto *item = itemFor(id)) {
        applyLayout(item);
        nodeMoved();
        schedule(false);
    } else {
        schedule(true);
    }
}

void DiagramScene::designReset()
{
    m_trace.reset();
    m_rebuildPending = false;
    rebuild();
    emit reset();
}

// --- flow path ------------------------------------------------------------------------

void DiagramScene::clearTraceItems()
{
    for (auto *item : m_traceItems)
        delete item;
    m_traceItems.clear();
    m_marker = nullptr;
    for (const auto &[key, item] : m_items)
        item->setHopState(HopState::None);
}

void DiagramScene::showTrace(const std::optional<Trace> &trace)
{
    // What the geometry reads of a trace: whether there is one, and its hops on drawn keys.
    using Drawn = std::vector<std::tuple<std::string, bool, bool>>;
    const auto drawnHops = [this] {
        Drawn hops;
        for (const auto &h : m_hops)
            hops.emplace_back(h.anchor, h.reply, h.failed);
        return hops;
    };
    const bool hadTrace = m_trace.has_value();
    const Drawn before = drawnHops();
    m_trace = trace;
    m_step = -1;
    drawTrace();
    // A flow traced again after a rule edit usually takes the same path: keep the drawing.
    if (hadTrace != m_trace.has_value() || drawnHops() != before)
        rebuildEdges();
}

QPointF DiagramScene::anchorPoint(const MappedHop &hop) const
{
    auto *item = itemFor(shownKeyFor(hop.anchor));
    if (!item)
        return {};
    QRectF r = item->sceneBoundingRect();
    // Containers: a point just inside the header, so paths do not cross whole subnets.
    QPointF p = item->isContainer() ? QPointF(r.center().x(), r.top() + 40) : r.center();
    if (hop.reply)
        p += QPointF(7, 7);
    return p;
}

void DiagramScene::drawTrace()
{
    clearTraceItems();
    m_hops.clear();
    if (!m_trace)
        return;
    m_hops = mapTrace(m_design, *m_trace, [this](const std::string &k) { return itemFor(k) != nullptr; });
    const MappedHop *failed = nullptr;
    for (const auto &hop : m_hops) {
        if (hop.anchor.empty())
            continue;
        if (auto *item = itemFor(shownKeyFor(hop.anchor)))
            if (item->hopState() != HopState::Failed)
                item->setHopState(hop.failed ? HopState::Failed : HopState::Passed);
        if (hop.failed && !failed) // the first refusal; later ones are also_blocked
            failed = &hop;
    }
    // The path itself is part of the diagram geometry, drawn by rebuildEdges().
    if (m_trace->blockedAt) {
        const auto &b = *m_trace->blockedAt;
        const QString title = QStringLiteral("%1 — %2 (%3)")
                                  .arg(QString::fromUtf8(toString(b.reason).data()),
                                       QString::fromStdString(m_design.displayName(b.resource)),
                                       directionText(b.direction));
        QString body = withNames(m_design, detailText(b).toStdString());
        if (!b.fix.empty())
            body += tr("\nFix: %1").arg(withNames(m_design, fixText(b).toStdString()));
        for (const auto &a : m_trace->alsoBlocked)
            body += tr("\nAlso blocked (%1): %2 at %3")
                        .arg(directionText(a.direction),
                             QString::fromUtf8(toString(a.reason).data()),
                             QString::fromStdString(m_design.displayName(a.resource)));
        QPointF anchor = failed ? anchorPoint(*failed) : QPointF();
        if (!failed)
            if (auto *item = itemFor(b.resource))
                anchor = item->sceneBoundingRect().center();
        auto *callout = new CalloutItem(title, body, anchor);
        placeFailureCallout(callout, failed, anchor);
        addItem(callout);
        m_traceItems.push_back(callout);
    }
    setStep(m_step);
}

void DiagramScene::placeFailureCallout(CalloutItem *callout, const MappedHop *failed,
                                       QPointF anchor) const
{
    QRectF subject;
    if (failed)
        if (auto *item = itemFor(shownKeyFor(failed->anchor)))
            subject = item->sceneBoundingRect();
    QRectF drawing;
    for (const auto &[key, item] : m_items)
        if (!item->parentItem() && item->isVisible())
            drawing |= item->sceneBoundingRect();
    std::vector<QRectF> avoid;
    for (const auto &hop : m_hops) {
        auto *item = itemFor(shownKeyFor(hop.anchor));
        if (!item)
            continue;
        QRectF r = item->sceneBoundingRect();
        if (item->isContainer()) // its title, where the path enters
            r.setHeight(std::min(r.height(), 56.0));
        avoid.push_back(r);
    }
    // Every box's title and every node elsewhere: what a reader must still see (a peer VPC).
    for (const auto &[key, item] : m_items) {
        if (!item->isVisible())
            continue;
        QRectF r = item->sceneBoundingRect();
        if (item->isContainer())
            r.setHeight(std::min(r.height(), 56.0));
        avoid.push_back(r);
    }
    callout->placeAt(placeCallout(anchor, callout->boxSize(), subject, avoid, drawing));
}

std::vector<std::string> DiagramScene::failedKeys() const
{
    std::vector<std::string> keys;
    for (const auto &[key, item] : m_items)
        if (item->hopState() == HopState::Failed)
            keys.push_back(key);
    if (m_trace && m_trace->blockedAt && !itemFor(m_trace->blockedAt->resource))
        keys.push_back(m_trace->blockedAt->resource);
    std::sort(keys.begin(), keys.end());
    return keys;
}

HopState DiagramScene::hopStateOf(const std::string &key) const
{
    auto *item = itemFor(key);
    return item ? item->hopState() : HopState::None;
}

void DiagramScene::setStep(int index)
{
    m_step = index;
    if (index < 0 || index >= int(m_hops.size()) || m_hops[size_t(index)].anchor.empty()) {
        if (m_marker)
            m_marker->hide();
        return;
    }
    const auto &hop = m_hops[size_t(index)];
    if (!m_marker) {
        m_marker = new PacketMarkerItem(hop.reply);
        addItem(m_marker);
        m_traceItems.push_back(m_marker);
    }
    static_cast<PacketMarkerItem *>(m_marker)->setReply(hop.reply);
    m_marker->setPos(anchorPoint(hop) + QPointF(0, -20));
    m_marker->show();
}

// --- gestures -------------------------------------------------------------------------

void DiagramScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    const bool connect = m_connectMode || (event->modifiers() & Qt::ShiftModifier);
    if (event->button() == Qt::LeftButton && connect) {
        const std::string key = keyAt(event->scenePos());
        if (m_design.kindOf(key) == ResourceKind::Subnet) {
            m_connectFrom = key;
            m_connector = addLine(QLineF(event->scenePos(), event->scenePos()),
                                  QPen(QColor(0x6b, 0x3f, 0xc9), 2, Qt::DashLine));
            m_connector->setZValue(50);
            event->accept();
            return;
        }
    }
    m_dragging = event->button() == Qt::LeftButton;
    QGraphicsScene::mousePressEvent(event);
    // A click is not a move, even on an item whose stored position is off the grid.
    m_pressPositions.clear();
    if (m_dragging)
        for (const auto &key : selectedKeys())
            if (auto *item = itemFor(key))
                m_pressPositions[key] = item->pos();
}

void DiagramScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connector) {
        m_connector->setLine(QLineF(m_connector->line().p1(), event->scenePos()));
        return;
    }
    QGraphicsScene::mouseMoveEvent(event);
}

void DiagramScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_connector) {
        delete m_connector;
        m_connector = nullptr;
        const std::string target = keyAt(event->scenePos());
        const std::string from = std::exchange(m_connectFrom, {});
        if (!target.empty() && target != from)
            emit routeRequested(from, target);
        return;
    }
    QGraphicsScene::mouseReleaseEvent(event);
    if (std::exchange(m_dragging, false))
        finishDrag();
}

void DiagramScene::finishDrag()
{
    std::map<std::string, NodeLayout> moved;
    for (const auto &key : selectedKeys()) {
        auto *item = itemFor(key);
        const auto *old = m_design.layoutOf(key);
        NodeLayout layout = old ? *old : NodeLayout{};
        if (const auto pressed = m_pressPositions.find(key);
            pressed != m_pressPositions.end() && pressed->second == item->pos())
            continue;
        if (old && qFuzzyCompare(old->x + 1, item->pos().x() + 1)
            && qFuzzyCompare(old->y + 1, item->pos().y() + 1))
            continue;
        // Dropped into another subnet: that is a model change, not just a move.
        if (!item->isContainer()) {
            const std::string target = keyAt(item->sceneBoundingRect().center(), item, true);
            auto *parent = dynamic_cast<DiagramNode *>(item->parentItem());
            if (m_design.kindOf(target) == ResourceKind::Subnet && parent && parent->key() != target) {
                const QPointF local = itemFor(target)->mapFromScene(item->scenePos());
                const QPointF at = containedIn(itemFor(target), item, local);
                layout.x = std::round(at.x() / DiagramNode::gridSize) * DiagramNode::gridSize;
                layout.y = std::round(at.y() / DiagramNode::gridSize) * DiagramNode::gridSize;
                emit nodeReparented(key, target, layout);
                continue;
            }
        }
        const QPointF at = containedIn(dynamic_cast<DiagramNode *>(item->parentItem()), item,
                                       item->pos());
        item->setPos(at);
        layout.x = at.x();
        layout.y = at.y();
        if (old && qFuzzyCompare(old->x + 1, at.x() + 1) && qFuzzyCompare(old->y + 1, at.y() + 1))
            continue;
        moved[key] = layout;
    }
    if (!moved.empty())
        emit nodesMoved(moved);
}

QPointF DiagramScene::containedIn(const DiagramNode *box, const DiagramNode *item,
                                  QPointF pos) const
{
    const auto *container = dynamic_cast<const ContainerItem *>(box);
    if (!container)
        return pos;
    const QSizeF size = container->size();
    const QRectF inner(0, ContainerItem::headerHeight, size.width(),
                       size.height() - ContainerItem::headerHeight);
    std::vector<QRectF> blocking; // the boxes beside it: their borders are not to be straddled
    for (auto *child : container->childItems()) {
        const auto *sibling = dynamic_cast<const DiagramNode *>(child);
        if (sibling && sibling != item && sibling->isContainer() && sibling->isVisible())
            blocking.emplace_back(sibling->pos(), sibling->size());
    }
    return containedPosition(QRectF(pos, item->size()), inner, blocking);
}

void DiagramScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(componentMimeType));
}

void DiagramScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(componentMimeType));
}

void DiagramScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    if (!event->mimeData()->hasFormat(componentMimeType))
        return;
    const QString entry = QString::fromUtf8(event->mimeData()->data(componentMimeType));
    event->acceptProposedAction();
    emit componentDropped(entry, keyAt(event->scenePos(), nullptr, true), event->scenePos());
}

void DiagramScene::contextMenuEvent(QGraphicsSceneContextMenuEvent *event)
{
    std::string key = keyAt(event->scenePos());
    if (!m_design.contains(key)) { // region and AZ boxes: the VPC or nothing
        QGraphicsScene::contextMenuEvent(event);
        return;
    }
    if (auto *item = itemFor(key); item && !item->isSelected()) {
        clearSelection();
        item->setSelected(true);
    }
    emit contextMenuRequested(key, event->screenPos());
    event->accept();
}

} // namespace mailpath::app
