#pragma once

#include "diagramnode.h"

#include "core/layout/diagramgeometry.h"

#include <QGraphicsItem>
#include <QPen>
#include <QPolygonF>
#include <QStringList>

#include <string>

namespace mailpath::app {

/**
 * A derived arrow (route, TGW attachment, peering, NLB target, VPN): computed from the
 * model by the scene on every change, never stored, never edited directly.
 */
class EdgeItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 3 };
    int type() const override { return Type; }

    EdgeItem(DiagramNode *from, DiagramNode *to, core::EdgeKind kind, QString label,
             bool bundled = false);
    /** Draws a routed edge of the diagram geometry (core/layout/diagramgeometry.h). */
    EdgeItem(DiagramNode *from, DiagramNode *to, const core::EdgeGeometry &geometry);

    DiagramNode *from() const { return m_from; }
    DiagramNode *to() const { return m_to; }
    core::EdgeKind kind() const { return m_kind; }
    const QString &label() const { return m_label; }
    /** Stands for the routes of several subnets of one VPC (drawn thicker). */
    bool isBundled() const { return m_bundled; }
    /** Stands for deleted or deleting resources (grey, dashed). */
    bool isDeleted() const { return m_deleted; }
    /** The drawn line, from the source to the arrow head. */
    const QPolygonF &points() const { return m_points; }
    /**
     * While an endpoint is dragged, a straight line between the endpoints' current scene
     * rectangles; the scene routes again when the drag ends.
     */
    void updateGeometry();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    void paintLabel(QPainter *painter, const QColor &color) const;

    DiagramNode *m_from;
    DiagramNode *m_to;
    core::EdgeKind m_kind;
    QString m_label;
    QStringList m_labelLines;
    QRectF m_labelRect;        //!< from the geometry; empty: centred on the line
    double m_labelPoints = 8;
    bool m_bundled;
    bool m_deleted = false;
    QPolygonF m_points;
    QRectF m_bounds;
};

/** The selected flow's path: forward hops solid, return hops dashed. */
class TracePathItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    int type() const override { return Type; }

    struct Segment
    {
        QPolygonF points; //!< a routed hop of the flow geometry
        bool reply = false;
        bool failed = false;
    };

    explicit TracePathItem(std::vector<Segment> segments);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    std::vector<Segment> m_segments;
    QRectF m_bounds;
};

/** The reason and the fix next to the failing hop. */
class CalloutItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 5 };
    int type() const override { return Type; }

    CalloutItem(const QString &title, const QString &body, QPointF anchor);
    /** Moves the box (its top-left corner, in scene coordinates); the pointer follows. */
    void placeAt(QPointF topLeft);
    /** The box in scene coordinates if its top-left corner were at topLeft. */
    QRectF sceneBox(QPointF topLeft) const;
    QSizeF boxSize() const { return m_box.size(); }

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    QString m_title;
    QString m_body;
    QPointF m_anchor; //!< in item coordinates: where the pointer ends
    QPointF m_sceneAnchor;
    QRectF m_box;
    qreal m_titleHeight = 0; //!< a long title wraps instead of being cut
};

/** The packet of the step-through, sitting on the current hop. */
class PacketMarkerItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 6 };
    int type() const override { return Type; }

    explicit PacketMarkerItem(bool reply);
    void setReply(bool reply);

    QRectF boundingRect() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    bool m_reply;
};

} // namespace mailpath::app
