#pragma once

#include "diagramnode.h"
#include "edgeitem.h"

#include "core/layout/diagramgeometry.h"
#include "core/layout/tracemapper.h"
#include "core/model/design.h"
#include "core/sim/trace.h"

#include <QGraphicsScene>

#include <map>
#include <optional>
#include <unordered_map>

namespace mailpath::app {

using core::MappedHop;

/**
 * The diagram: a projection of a core::Design. Builds one item per drawn key, nests them
 * as the layout parents say, derives the arrows, and follows the design's notifications.
 * Gestures are reported as signals; the owner turns them into undo commands.
 */
class DiagramScene : public QGraphicsScene, public core::DesignObserver
{
    Q_OBJECT

public:
    static constexpr const char *componentMimeType = "application/x-mailpath-component";

    explicit DiagramScene(core::Design &design, QObject *parent = nullptr);
    ~DiagramScene() override;

    const core::Design &design() const { return m_design; }
    /** Applies pending model changes to the items now (normally done on the next event loop). */
    void sync();
    /** Rebuilds every item from the model, e.g. to undo a refused drag. */
    void rebuildNow() { rebuild(); }

    DiagramNode *itemFor(const std::string &key) const;
    std::vector<std::string> selectedKeys() const;
    void selectKeys(const std::vector<std::string> &keys);
    /** The innermost drawn container (or node) under a scene point, "" for none. */
    std::string keyAt(QPointF scenePos, const DiagramNode *ignore = nullptr,
                      bool containersOnly = false) const;
    /** A scene point in the coordinates of a drawn key (the scene's for ""). */
    QPointF mapToKey(const std::string &key, QPointF scenePos) const;
    const std::vector<EdgeItem *> &edges() const { return m_edges; }
    /** What is drawn, as data: boxes, labels, routed edges and the flow's path. */
    const core::DiagramGeometry &geometry() const { return m_geometry; }
    /** Routings reused and computed since the scene was made (an edit of rules routes nothing). */
    const core::RoutingMemo &routingMemo() const { return *m_routingMemo; }

    /** Draws a flow's path; nullopt clears it. */
    void showTrace(const std::optional<core::Trace> &trace);
    /** The trace drawn now, if any. */
    const std::optional<core::Trace> &shownTrace() const { return m_trace; }
    const std::vector<MappedHop> &mappedHops() const { return m_hops; }
    HopState hopStateOf(const std::string &key) const;
    /**
     * What the failure highlights: the drawn keys marked failed and, when the blamed
     * resource is not drawn (an ACL, a security group, a route table), its id. Sorted.
     */
    std::vector<std::string> failedKeys() const;
    /** Moves the step-through marker to hop index (into mappedHops()), -1 hides it. */
    void setStep(int index);
    QPointF anchorPoint(const MappedHop &hop) const;

    /** Called by items while they move, to keep arrows attached. */
    void nodeMoved();
    /** In connect mode (or with Shift) a drag from a subnet draws a route arrow. */
    void setConnectMode(bool on) { m_connectMode = on; }

    /**
     * Shows only the VPCs whose id, name, CIDR or tags ("key=value") contain text; arrows to
     * hidden items are not drawn. An empty text shows everything.
     */
    void setFilter(const QString &text);
    const QString &filter() const { return m_filter; }
    /**
     * The visible key that stands for key: itself, or the collapsed VPC it lies in;
     * "" when it is not drawn or filtered out.
     */
    std::string shownKeyFor(const std::string &key) const;

    /** Called by a container when a resize gesture starts and while it goes on. */
    void beginResize() { ++m_resizeGesture; }
    void resizeRequested(ContainerItem *item, QSizeF size);
    /** Asks the owner to collapse or expand a VPC; false when key is not a VPC. */
    bool requestCollapseToggle(const std::string &key);

    // core::DesignObserver
    void resourceAdded(core::ResourceKind kind, const std::string &id) override;
    void resourceChanged(core::ResourceKind kind, const std::string &id) override;
    void resourceRemoved(core::ResourceKind kind, const std::string &id) override;
    void layoutChanged(const std::string &id) override;
    void designReset() override;

signals:
    /** A drag ended: new layouts of the moved keys (positions relative to their parents). */
    void nodesMoved(const std::map<std::string, core::NodeLayout> &layouts);
    /** A node was dropped into another subnet. */
    void nodeReparented(const std::string &key, const std::string &subnetId,
                        const core::NodeLayout &layout);
    void componentDropped(const QString &entry, const std::string &containerKey, QPointF scenePos);
    void routeRequested(const std::string &subnetId, const std::string &targetId);
    /** A container was resized; drags of one gesture share the gesture number. */
    void nodeResized(const std::string &key, const core::NodeLayout &layout, int gesture);
    void collapseToggleRequested(const std::string &vpcId);
    /** Right click on a drawn resource; the owner shows the menu (CanvasMenu). */
    void contextMenuRequested(const std::string &key, QPoint screenPos);
    void synced();
    /** The whole design was replaced (opened, imported, new). */
    void reset();

protected:
    /** Where item, put at pos in box's coordinates, rests without straddling a border. */
    QPointF containedIn(const DiagramNode *box, const DiagramNode *item, QPointF pos) const;
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void contextMenuEvent(QGraphicsSceneContextMenuEvent *event) override;

private:
    void schedule(bool rebuild);
    void rebuild();
    void refreshLooks();
    void rebuildEdges();
    void applyGeometryTexts();
    void applyLooks();
    void applyVisibility();
    void applyLayout(DiagramNode *item);
    void clearTraceItems();
    void drawTrace();
    void placeFailureCallout(CalloutItem *callout, const MappedHop *failed, QPointF anchor) const;
    void finishDrag();

    core::Design &m_design;
    std::unordered_map<std::string, DiagramNode *> m_items;
    std::vector<EdgeItem *> m_edges;
    core::DiagramGeometry m_geometry;
    std::shared_ptr<core::RoutingMemo> m_routingMemo = std::make_shared<core::RoutingMemo>();
    QGraphicsItem *m_pathItem = nullptr;
    bool m_rebuildPending = false;
    bool m_refreshPending = false;
    bool m_timerPosted = false;

    std::optional<core::Trace> m_trace;
    std::vector<MappedHop> m_hops;
    std::vector<QGraphicsItem *> m_traceItems;
    QGraphicsItem *m_marker = nullptr;
    int m_step = -1;

    bool m_dragging = false;
    std::map<std::string, QPointF> m_pressPositions;
    bool m_connectMode = false;
    QGraphicsLineItem *m_connector = nullptr;
    std::string m_connectFrom;

    QString m_filter;
    int m_resizeGesture = 0;
};

} // namespace mailpath::app
