#include "edgeitem.h"

#include "diagramnode.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPainterPathStroker>
#include <QtMath>

#include <algorithm>

namespace mailpath::app {

namespace {

/** Where the line from the centre of r towards p leaves r. */
QPointF borderPoint(const QRectF &r, QPointF towards)
{
    const QPointF c = r.center();
    const QPointF d = towards - c;
    if (qFuzzyIsNull(d.x()) && qFuzzyIsNull(d.y()))
        return c;
    const double sx = d.x() != 0 ? (r.width() / 2) / std::abs(d.x()) : 1e9;
    const double sy = d.y() != 0 ? (r.height() / 2) / std::abs(d.y()) : 1e9;
    const double s = std::min({sx, sy, 1.0});
    return c + d * s;
}

QColor kindColor(core::EdgeKind kind)
{
    switch (kind) {
    case core::EdgeKind::Route: return QColor(0x6b, 0x3f, 0xc9);
    case core::EdgeKind::TgwAttachment: return QColor(0x8c, 0x4f, 0xff);
    case core::EdgeKind::Peering: return QColor(0x24, 0x88, 0x14);
    case core::EdgeKind::Target: return QColor(0xed, 0x71, 0x00);
    case core::EdgeKind::Vpn: return QColor(0x23, 0x2f, 0x3e);
    }
    return Qt::gray;
}

} // namespace

EdgeItem::EdgeItem(DiagramNode *from, DiagramNode *to, core::EdgeKind kind, QString label,
                   bool bundled)
    : m_from(from)
    , m_to(to)
    , m_kind(kind)
    , m_label(std::move(label))
    , m_bundled(bundled)
{
    setZValue(5);
    setAcceptedMouseButtons(Qt::NoButton);
    if (!m_label.isEmpty())
        m_labelLines << m_label;
    updateGeometry();
}

EdgeItem::EdgeItem(DiagramNode *from, DiagramNode *to, const core::EdgeGeometry &geometry)
    : m_from(from)
    , m_to(to)
    , m_kind(geometry.kind)
    , m_bundled(geometry.bundled)
    , m_deleted(geometry.deleted)
{
    setZValue(5);
    setAcceptedMouseButtons(Qt::NoButton);
    for (const auto &line : geometry.label.lines)
        m_labelLines << QString::fromStdString(line);
    m_label = m_labelLines.join(QStringLiteral(", "));
    m_labelPoints = geometry.label.pointSize;
    const auto &r = geometry.label.rect;
    m_labelRect = QRectF(r.x, r.y, r.width, r.height);
    for (const auto &p : geometry.points)
        m_points << QPointF(p.x, p.y);
    m_bounds = (m_points.boundingRect() | m_labelRect).adjusted(-8, -8, 8, 8);
}

void EdgeItem::updateGeometry()
{
    const QRectF a = m_from->sceneBoundingRect().adjusted(3, 3, -3, -3);
    const QRectF b = m_to->sceneBoundingRect().adjusted(3, 3, -3, -3);
    // A subnet's arrow starts on its border nearest the target, not at its centre.
    const QPolygonF line({borderPoint(a, b.center()), borderPoint(b, a.center())});
    if (line == m_points)
        return;
    prepareGeometryChange();
    m_points = line;
    m_labelRect = QRectF(); // centred on the straight line until routed again
    m_bounds = m_points.boundingRect().adjusted(-60, -20, 60, 20);
}

QRectF EdgeItem::boundingRect() const
{
    return m_bounds;
}

QPainterPath EdgeItem::shape() const
{
    QPainterPath path;
    path.addPolygon(m_points);
    QPainterPathStroker stroker;
    stroker.setWidth(6);
    return stroker.createStroke(path);
}

void EdgeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    if (m_points.size() < 2)
        return;
    const QColor color = m_deleted ? QColor(0x8a, 0x8f, 0x96) : kindColor(m_kind);
    QPen pen(color, m_bundled ? 3 : 1.4);
    if (m_deleted)
        pen.setStyle(Qt::DashLine);
    else if (m_kind == core::EdgeKind::Vpn || m_kind == core::EdgeKind::Peering)
        pen.setStyle(Qt::DashDotLine);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    painter->drawPolyline(m_points);
    // Arrow head at the target end, along the last segment.
    const QLineF last(m_points[m_points.size() - 2], m_points.back());
    const double angle = std::atan2(-last.dy(), last.dx());
    const QPointF tip = last.p2();
    const QPointF p1 = tip - QPointF(std::sin(angle + M_PI / 3) * 8, std::cos(angle + M_PI / 3) * 8);
    const QPointF p2 = tip - QPointF(std::sin(angle + M_PI - M_PI / 3) * 8,
                                     std::cos(angle + M_PI - M_PI / 3) * 8);
    painter->setPen(QPen(color, 1.4));
    painter->setBrush(color);
    painter->drawPolygon(QPolygonF({tip, p1, p2}));
    if (m_labelLines.isEmpty() || textUnreadable(painter, m_labelPoints))
        return;
    paintLabel(painter, color);
}

void EdgeItem::paintLabel(QPainter *painter, const QColor &color) const
{
    const QFont font = diagramFont(painter, m_labelPoints);
    const double lineH = core::lineHeight(m_labelPoints);
    QRectF r = m_labelRect;
    if (r.isEmpty()) { // a straight line while dragging: centred on it
        const QFontMetricsF fm(font);
        double w = 0;
        for (const auto &line : m_labelLines)
            w = std::max(w, fm.horizontalAdvance(line));
        r = QRectF(0, 0, w, lineH * double(m_labelLines.size()));
        r.moveCenter(QLineF(m_points.front(), m_points.back()).center());
    }
    painter->setPen(Qt::NoPen);
    painter->setBrush(QColor(255, 255, 255, 230));
    painter->drawRoundedRect(r.adjusted(-3, -1, 3, 1), 3, 3);
    painter->setFont(font);
    painter->setPen(color.darker(130));
    for (int i = 0; i < m_labelLines.size(); ++i)
        painter->drawText(QRectF(r.left() - 3, r.top() + lineH * i, r.width() + 6, lineH),
                          Qt::AlignCenter, m_labelLines[i]);
}

TracePathItem::TracePathItem(std::vector<Segment> segments)
    : m_segments(std::move(segments))
{
    setZValue(20);
    setAcceptedMouseButtons(Qt::NoButton);
    for (const auto &s : m_segments)
        m_bounds |= s.points.boundingRect();
    m_bounds.adjust(-10, -10, 10, 10);
}

QRectF TracePathItem::boundingRect() const
{
    return m_bounds;
}

void TracePathItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    for (const auto &s : m_segments) {
        if (s.points.size() < 2)
            continue;
        const QColor color = s.failed ? QColor(0xd1, 0x1f, 0x2f) : QColor(0x1d, 0x8f, 0x3a);
        painter->setPen(QPen(color, 3.2, s.reply ? Qt::DashLine : Qt::SolidLine, Qt::FlatCap,
                             Qt::MiterJoin));
        painter->setBrush(Qt::NoBrush);
        painter->drawPolyline(s.points);
        // A direction arrow on the hop's longest segment.
        QLineF line(s.points[0], s.points[1]);
        for (int k = 1; k + 1 < s.points.size(); ++k)
            if (QLineF(s.points[k], s.points[k + 1]).length() > line.length())
                line = QLineF(s.points[k], s.points[k + 1]);
        if (line.length() < 12)
            continue;
        const QPointF mid = line.pointAt(0.55);
        const QLineF unit = line.unitVector();
        const QPointF d(unit.dx() * 7, unit.dy() * 7);
        const QPointF n(-d.y() * 0.6, d.x() * 0.6);
        painter->setBrush(color);
        painter->setPen(Qt::NoPen);
        painter->drawPolygon(QPolygonF({mid + d, mid - d + n, mid - d - n}));
    }
}

CalloutItem::CalloutItem(const QString &title, const QString &body, QPointF anchor)
    : m_title(title)
    , m_body(body)
{
    setZValue(30);
    setAcceptedMouseButtons(Qt::NoButton);
    QFont font;
    font.setPointSizeF(8.5);
    const QFontMetricsF fm(font);
    const QRectF textRect = fm.boundingRect(QRectF(0, 0, 300, 1000), Qt::TextWordWrap, m_body);
    font.setBold(true);
    m_titleHeight = QFontMetricsF(font)
                        .boundingRect(QRectF(0, 0, 300, 1000), Qt::TextWordWrap, m_title)
                        .height();
    m_box = QRectF(0, 0, 316, textRect.height() + m_titleHeight + 16);
    m_sceneAnchor = anchor;
    placeAt(anchor + QPointF(40, -m_box.height() - 30));
}

void CalloutItem::placeAt(QPointF topLeft)
{
    prepareGeometryChange();
    setPos(topLeft);
    m_anchor = m_sceneAnchor - pos();
}

QRectF CalloutItem::sceneBox(QPointF topLeft) const
{
    return m_box.translated(topLeft);
}

QRectF CalloutItem::boundingRect() const
{
    return (m_box | QRectF(m_anchor, QSizeF(1, 1))).adjusted(-4, -4, 4, 4);
}

void CalloutItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor red(0xd1, 0x1f, 0x2f);
    painter->setPen(QPen(red, 1.5));
    const QPointF foot(std::clamp(m_anchor.x(), m_box.left() + 20, m_box.right() - 20),
                       m_anchor.y() < m_box.top() ? m_box.top() : m_box.bottom());
    painter->drawLine(foot, m_anchor);
    painter->setBrush(QColor(0xff, 0xf4, 0xf4));
    painter->drawRoundedRect(m_box, 6, 6);
    QFont font = painter->font();
    font.setPointSizeF(8.5);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(red);
    painter->drawText(m_box.adjusted(8, 6, -8, 0), Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      m_title);
    font.setBold(false);
    painter->setFont(font);
    painter->setPen(QColor(0x23, 0x2f, 0x3e));
    painter->drawText(m_box.adjusted(8, 8 + m_titleHeight, -8, -6), Qt::TextWordWrap, m_body);
}

PacketMarkerItem::PacketMarkerItem(bool reply)
    : m_reply(reply)
{
    setZValue(40);
    setAcceptedMouseButtons(Qt::NoButton);
}

void PacketMarkerItem::setReply(bool reply)
{
    m_reply = reply;
    update();
}

QRectF PacketMarkerItem::boundingRect() const
{
    return QRectF(-16, -12, 32, 24);
}

void PacketMarkerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    painter->setRenderHint(QPainter::Antialiasing);
    const QColor color = m_reply ? QColor(0x14, 0x7e, 0xba) : QColor(0xed, 0x71, 0x00);
    const QRectF body(-13, -9, 26, 18);
    painter->setPen(QPen(Qt::white, 2));
    painter->setBrush(color);
    painter->drawRoundedRect(body, 3, 3);
    painter->drawPolyline(QPolygonF({body.topLeft() + QPointF(1, 1), QPointF(0, 1),
                                     body.topRight() + QPointF(-1, 1)}));
}

} // namespace mailpath::app
