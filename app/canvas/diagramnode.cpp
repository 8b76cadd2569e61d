#include "diagramnode.h"

#include "diagramscene.h"

#include <QGraphicsScene>
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
}

void ContainerItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *, QWidget *)
{
    const QRectF box(QPointF(0, 0), m_size);
    QColor fill = m_look.accent;
    fill.setAlpha(18);
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
    // Header: icon square in the group colour, then name and CIDR.
    const QRectF iconRect(0, 0, 24, 24);
    if (auto *renderer = iconRenderer(m_look.iconPath))
        renderer->render(painter, iconRect);
    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(m_look.accent.darker(140));
    const QRectF textRect(30, 2, m_size.width() - 34, 20);
    QString text = m_look.title;
    if (!m_look.subtitle.isEmpty())
        text += QStringLiteral("   ") + m_look.subtitle;
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      painter->fontMetrics().elidedText(text, Qt::ElideRight,
                                                        int(textRect.width())));
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
