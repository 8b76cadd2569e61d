#pragma once

#include "diagramnode.h"

#include "core/layout/diagramedges.h"

#include <QGraphicsItem>
#include <QPen>

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

    DiagramNode *from() const { return m_from; }
    DiagramNode *to() const { return m_to; }
    core::EdgeKind kind() const { return m_kind; }
    const QString &label() const { return m_label; }
    /** Stands for the routes of several subnets of one VPC (drawn thicker). */
    bool isBundled() const { return m_bundled; }
    /** Recomputes the line from the endpoints' current scene rectangles. */
    void updateGeometry();

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option,
               QWidget *widget) override;

private:
    DiagramNode *m_from;
    DiagramNode *m_to;
    core::EdgeKind m_kind;
    QString m_label;
    CachedLabel m_labelText;
    bool m_bundled;
    QLineF m_line;
};

/** The selected flow's path: forward hops solid, return hops dashed. */
class TracePathItem : public QGraphicsItem
{
public:
    enum { Type = UserType + 4 };
    int type() const override { return Type; }

    struct Segment
    {
        QPointF from;
        QPointF to;
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
