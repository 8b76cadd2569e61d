#include "diagramnode.h"

#include "diagramscene.h"

#include <QCursor>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPainter>
#include <QStyleOptionGraphicsItem>
#include <QSvgRenderer>

#include <cmath>
#include <map>

namespace mailpath::app {

namespace {

QSvgRenderer *iconRenderer(const QString &path)
{
    static std::map<QString, std::unique_ptr<QSvgRenderer>> cache;
    auto &renderer = cache[path];
    if (!renderer)
        renderer = std::make_unique<QSvgRenderer>(path);
    return renderer->isValid() ? renderer.get() : nullptr;
}

} // namespace

DiagramNode::DiagramNode(std::string key, QGraphicsItem *parent)
    : QGraphicsItem(parent)
    , m_key(std::move(key))
{
    setFlags(ItemIsSelectable | ItemIsMovable | ItemSendsGeometryChanges);
}

void DiagramNode::setLook(const NodeLook &look)
{
    m_look = look;
    setToolTip(look.problem);
    update();
}

void DiagramNode::setHopState(HopState state)
{
    if (state == m_hopState)
        return;
    m_hopState = state;
    update();
}

void DiagramNode::setSize(QSizeF size)
{
    if (size == m_size)
        return;
    prepareGeometryChange();
    m_size = size;
}

QRectF DiagramNode::boundingRect() const
{
    return QRectF(QPointF(-3, -3), m_size + QSizeF(6, 6));
}

QVariant DiagramNode::itemChange(GraphicsItemChange change, const QVariant &value)
{
    if (change == ItemPositionChange && scene()) {
        const QPointF p = value.toPointF();
        return QPointF(std::round(p.x() / gridSize) * gridSize,
                       std::round(p.y() / gridSize) * gridSize);
    }
    if (change == ItemPositionHasChanged && scene())
        if (auto *s = qobject_cast<DiagramScene *>(scene()))
            s->nodeMoved();
    return QGraphicsItem::itemChange(change, value);
}

QColor DiagramNode::hopColor() const
{
    switch (m_hopState) {
    case HopState::Passed: return QColor(0x1d, 0x8f, 0x3a);
    case HopState::Failed: return QColor(0xd1, 0x1f, 0x2f);
    case HopState::None: break;
    }
    return {};
}

ContainerItem::ContainerItem(std::string key, QGraphicsItem *parent)
    : DiagramNode(std::move(key), parent)
{
    setZValue(-1);
    setAcceptHoverEvents(true);
}

void ContainerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF box(QPointF(0, 0), m_size);
    QColor fill = m_look.accent;
    fill.setAlpha(m_look.collapsed ? 40 : 18);
    painter->setBrush(fill);
    QPen pen(m_look.accent, isSelected() ? 3 : 1.6);
    if (m_look.dashed)
        pen.setStyle(Qt::DashLine);
    painter->setPen(pen);
    painter->drawRect(box);
    if (m_hopState != HopState::None) {
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(hopColor(), 3));
        painter->drawRect(box.adjusted(-2, -2, 2, 2));
    }
    paintHeader(painter, box);
    if (!m_look.problem.isEmpty())
        paintBadge(painter, box);
    if (isSelected() && !m_look.collapsed) {
        painter->setPen(QPen(m_look.accent.darker(150), 1));
        painter->setBrush(Qt::white);
        const double h = handleSize;
        for (const QPointF c : {box.bottomRight(), QPointF(box.right(), box.center().y()),
                                QPointF(box.center().x(), box.bottom())})
            painter->drawRect(QRectF(c - QPointF(h / 2, h / 2), QSizeF(h, h)));
    }
}

void ContainerItem::paintHeader(QPainter *painter, const QRectF &box)
{
    // Icon square in the group colour, then name and CIDR; a collapsed VPC adds its counts.
    if (auto *renderer = iconRenderer(m_look.iconPath))
        renderer->render(painter, QRectF(0, 0, 24, 24));
    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(m_look.accent.darker(140));
    const double badgeRoom = m_look.problem.isEmpty() ? 0 : 22;
    const QRectF textRect(30, 2, box.width() - 34 - badgeRoom, 20);
    QString text = m_look.title;
    if (!m_look.subtitle.isEmpty())
        text += QStringLiteral("   ") + m_look.subtitle;
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight,
                                                        int(textRect.width())));
    if (!m_look.collapsed)
        return;
    font.setBold(false);
    font.setPointSizeF(8);
    painter->setFont(font);
    painter->setPen(QColor(0x23, 0x2f, 0x3e));
    const QRectF detailRect(10, headerHeight + 4, box.width() - 20, box.height() - headerHeight - 8);
    painter->drawText(detailRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                      m_look.detail + QObject::tr("\n(collapsed: double-click to expand)"));
}

void ContainerItem::paintBadge(QPainter *painter, const QRectF &box)
{
    const QColor red(0xd1, 0x1f, 0x2f);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(red, 2.5, Qt::DashLine));
    painter->drawRect(box.adjusted(1, 1, -1, -1));
    const QRectF badge(box.right() - 22, 3, 18, 18);
    painter->setPen(QPen(Qt::white, 1.5));
    painter->setBrush(red);
    painter->drawEllipse(badge);
    QFont font = painter->font();
    font.setBold(true);
    font.setPointSizeF(9);
    painter->setFont(font);
    painter->drawText(badge, Qt::AlignCenter, QStringLiteral("!"));
}

QSizeF ContainerItem::minimumSize() const
{
    QSizeF min(160, headerHeight + 32);
    for (auto *child : childItems()) {
        const auto *node = dynamic_cast<const DiagramNode *>(child);
        if (!node || !node->isVisible())
            continue;
        min = min.expandedTo(QSizeF(node->pos().x() + node->size().width() + gridSize,
                                    node->pos().y() + node->size().height() + gridSize));
    }
    return min;
}

Qt::Edges ContainerItem::resizeEdgesAt(QPointF pos) const
{
    if (!isSelected() || m_look.collapsed)
        return {};
    const double reach = handleSize;
    Qt::Edges edges;
    if (std::abs(pos.x() - m_size.width()) <= reach && pos.y() >= headerHeight)
        edges |= Qt::RightEdge;
    if (std::abs(pos.y() - m_size.height()) <= reach && pos.x() >= 30)
        edges |= Qt::BottomEdge;
    return edges;
}

void ContainerItem::hoverMoveEvent(QGraphicsSceneHoverEvent *event)
{
    const Qt::Edges edges = resizeEdgesAt(event->pos());
    if (edges == (Qt::RightEdge | Qt::BottomEdge))
        setCursor(Qt::SizeFDiagCursor);
    else if (edges & Qt::RightEdge)
        setCursor(Qt::SizeHorCursor);
    else if (edges & Qt::BottomEdge)
        setCursor(Qt::SizeVerCursor);
    else
        unsetCursor();
    DiagramNode::hoverMoveEvent(event);
}

void ContainerItem::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    m_resizing = event->button() == Qt::LeftButton ? resizeEdgesAt(event->pos()) : Qt::Edges();
    if (!m_resizing) {
        DiagramNode::mousePressEvent(event);
        return;
    }
    m_pressPos = event->scenePos();
    m_pressSize = m_size;
    if (auto *s = qobject_cast<DiagramScene *>(scene()))
        s->beginResize();
    event->accept();
}

void ContainerItem::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    if (!m_resizing) {
        DiagramNode::mouseMoveEvent(event);
        return;
    }
    const QPointF d = event->scenePos() - m_pressPos;
    QSizeF size = m_pressSize;
    if (m_resizing & Qt::RightEdge)
        size.setWidth(std::round((size.width() + d.x()) / gridSize) * gridSize);
    if (m_resizing & Qt::BottomEdge)
        size.setHeight(std::round((size.height() + d.y()) / gridSize) * gridSize);
    size = size.expandedTo(minimumSize());
    if (size == m_size)
        return;
    if (auto *s = qobject_cast<DiagramScene *>(scene()))
        s->resizeRequested(this, size);
}

void ContainerItem::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (std::exchange(m_resizing, Qt::Edges()))
        event->accept();
    else
        DiagramNode::mouseReleaseEvent(event);
}

void ContainerItem::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    auto *s = qobject_cast<DiagramScene *>(scene());
    if (s && event->pos().y() <= headerHeight && s->requestCollapseToggle(m_key)) {
        event->accept();
        return;
    }
    DiagramNode::mouseDoubleClickEvent(event);
}

NodeItem::NodeItem(std::string key, QGraphicsItem *parent)
    : DiagramNode(std::move(key), parent)
{
    m_size = QSizeF(naturalWidth, naturalHeight);
    setZValue(1);
}

void NodeItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const double iconSize = 40;
    const QRectF iconRect((m_size.width() - iconSize) / 2, 2, iconSize, iconSize);
    if (isSelected() || m_hopState != HopState::None) {
        const QColor c = m_hopState != HopState::None ? hopColor() : QColor(0x1a, 0x73, 0xe8);
        QColor halo = c;
        halo.setAlpha(40);
        painter->setBrush(halo);
        painter->setPen(QPen(c, m_hopState == HopState::Failed ? 3 : 2));
        painter->drawRoundedRect(QRectF(QPointF(0, 0), m_size), 6, 6);
    }
    if (auto *renderer = iconRenderer(m_look.iconPath))
        renderer->render(painter, iconRect);
    QFont font = painter->font();
    font.setPointSizeF(8);
    painter->setFont(font);
    painter->setPen(QColor(0x23, 0x2f, 0x3e));
    const QFontMetricsF fm(font);
    const QRectF titleRect(0, iconSize + 3, m_size.width(), fm.height());
    painter->drawText(titleRect, Qt::AlignHCenter | Qt::AlignTop,
                      fm.elidedText(m_look.title, Qt::ElideMiddle, m_size.width()));
    painter->setPen(QColor(0x54, 0x5b, 0x64));
    font.setPointSizeF(7);
    painter->setFont(font);
    const QRectF subRect(0, titleRect.bottom(), m_size.width(), fm.height());
    painter->drawText(subRect, Qt::AlignHCenter | Qt::AlignTop,
                      QFontMetricsF(font).elidedText(m_look.subtitle, Qt::ElideMiddle,
                                                     m_size.width()));
}

} // namespace mailpath::app
