#include "diagramnode.h"

#include "core/layout/diagramgeometry.h"

#include "diagramscene.h"

#include <QCursor>
#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QGraphicsSceneHoverEvent>
#include <QGraphicsSceneMouseEvent>
#include <QPaintEngine>
#include <QPainter>
#include <QPixmapCache>
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

/** The average colour of an icon's visible pixels, drawn in its place when it is tiny. */
QColor iconColour(const QString &path, QSvgRenderer *renderer)
{
    static std::map<QString, QColor> cache;
    auto [it, added] = cache.try_emplace(path);
    if (!added)
        return it->second;
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(Qt::transparent);
    QPainter p(&image);
    renderer->render(&p);
    p.end();
    double r = 0, g = 0, b = 0, weight = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            r += c.redF() * c.alphaF();
            g += c.greenF() * c.alphaF();
            b += c.blueF() * c.alphaF();
            weight += c.alphaF();
        }
    it->second = weight > 0 ? QColor::fromRgbF(float(r / weight), float(g / weight), float(b / weight))
                            : QColor(Qt::gray);
    return it->second;
}

/** On the screen and in PNG export; SVG and PDF export keep every detail as vectors. */
bool isRaster(const QPainter *painter)
{
    const QPaintEngine *engine = painter->paintEngine();
    return engine && engine->type() == QPaintEngine::Raster;
}

/**
 * Draws an icon. On raster devices it is rendered once per device size and kept in
 * QPixmapCache: parsing and rasterising the SVG for each of thousands of nodes in every frame
 * is what made a zoomed-out large account slow. Vector devices get the SVG itself.
 */
void drawIcon(QPainter *painter, const QString &path, const QRectF &rect)
{
    QSvgRenderer *renderer = iconRenderer(path);
    if (!renderer)
        return;
    const QTransform world = painter->worldTransform();
    if (!isRaster(painter) || world.type() > QTransform::TxScale) {
        renderer->render(painter, rect);
        return;
    }
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const QRectF onDevice = world.mapRect(rect);
    if (onDevice.width() < 8) { // a few pixels: the icon's colour is all that can be seen
        painter->fillRect(rect.adjusted(rect.width() / 8, rect.height() / 8, -rect.width() / 8,
                                        -rect.height() / 8),
                          iconColour(path, renderer));
        return;
    }
    const QSize pixels = (onDevice.size() * ratio).toSize().expandedTo(QSize(1, 1));
    const QString key = QLatin1String("mailpath-icon:") + path + QLatin1Char('@')
                        + QString::number(pixels.width()) + QLatin1Char('x')
                        + QString::number(pixels.height()) + QLatin1Char('@')
                        + QString::number(ratio);
    QPixmap pixmap;
    if (!QPixmapCache::find(key, &pixmap)) {
        QImage image(pixels, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter imagePainter(&image);
        imagePainter.setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
        renderer->render(&imagePainter);
        imagePainter.end();
        pixmap = QPixmap::fromImage(std::move(image));
        pixmap.setDevicePixelRatio(ratio);
        QPixmapCache::insert(key, pixmap);
    }
    // Unscaled at whole pixels: sharper than a scaled draw and the raster engine's fastest path.
    painter->resetTransform();
    painter->drawPixmap(QPointF(std::round(onDevice.left() * ratio) / ratio,
                                std::round(onDevice.top() * ratio) / ratio),
                        pixmap);
    painter->setWorldTransform(world);
}

} // namespace

void CachedLabel::update(const QString &text, const QFont &font, double maxWidth)
{
    if (maxWidth == m_maxWidth && text == m_source && font == m_font)
        return;
    const QFontMetricsF fm(font);
    const QString shown = maxWidth < 0 ? text : fm.elidedText(text, Qt::ElideMiddle, maxWidth);
    m_source = text;
    m_font = font;
    m_maxWidth = maxWidth;
    m_text = QStaticText(shown);
    m_text.setTextFormat(Qt::PlainText);
    m_text.prepare(QTransform(), font);
    m_width = fm.horizontalAdvance(shown);
    m_height = fm.height();
}

QFont diagramFont(const QPainter *painter, double points, bool bold)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    const int dpi = painter && painter->device() ? painter->device()->logicalDpiY() : 96;
    font.setPointSizeF(points * 96.0 / double(dpi > 0 ? dpi : 96));
    font.setBold(bold);
    return font;
}

bool textUnreadable(const QPainter *painter, double pointSize)
{
    // Under 4 points on screen (about 5 pixels) a label is a smudge; vector exports keep it.
    // A template opened to fit (about 60 %) still shows names and addresses.
    constexpr double smallestReadable = 4.0;
    return isRaster(painter)
           && pointSize * QStyleOptionGraphicsItem::levelOfDetailFromTransform(painter->worldTransform())
                  < smallestReadable;
}

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
    if (!m_look.dashed) // Region and AZ are dashed outlines, as in AWS's diagrams
        painter->fillRect(box, fillColor());
    painter->setBrush(Qt::NoBrush);
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

QColor ContainerItem::fillColor() const
{
    // Opaque: the light tint of the accent over what the parents show. Nested translucent
    // fills blended most pixels of a frame twice; a solid fill is the raster engine's fastest.
    QColor below(Qt::white);
    if (const auto *parent = dynamic_cast<const ContainerItem *>(parentItem()))
        below = parent->fillColor();
    if (m_look.dashed)
        return below;
    const double a = (m_look.collapsed ? 40 : 18) / 255.0;
    const auto mix = [a](double under, double over) { return under * (1 - a) + over * a; };
    return QColor::fromRgbF(float(mix(below.redF(), m_look.accent.redF())),
                            float(mix(below.greenF(), m_look.accent.greenF())),
                            float(mix(below.blueF(), m_look.accent.blueF())));
}

void ContainerItem::paintHeader(QPainter *painter, const QRectF &box)
{
    // Icon square in the group colour, then name and CIDR; a collapsed VPC adds its counts.
    drawIcon(painter, m_look.iconPath, QRectF(0, 0, 24, 24));
    if (textUnreadable(painter, 9))
        return;
    QFont font = painter->font();
    font.setPointSizeF(9);
    font.setBold(true);
    painter->setFont(font);
    painter->setPen(m_look.accent.darker(140));
    const double badgeRoom = m_look.problem.isEmpty() ? 0 : 22;
    const QRectF textRect(30, 2, box.width() - 34 - badgeRoom, 20);
    if (!m_titleLines.isEmpty()) { // wrapped by the diagram geometry, never elided
        const double h = core::lineHeight(m_titlePoints);
        painter->setFont(diagramFont(painter, m_titlePoints, true));
        double y = std::max(1.0, (headerHeight - h * double(m_titleLines.size())) / 2);
        for (const auto &line : m_titleLines) {
            painter->drawText(QRectF(30, y, box.width(), h),
                              Qt::AlignVCenter | Qt::AlignLeft | Qt::TextDontClip, line);
            y += h;
        }
    } else {
        QString text = m_look.title;
        if (!m_look.subtitle.isEmpty())
            text += QStringLiteral("   ") + m_look.subtitle;
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                          painter->fontMetrics().elidedText(text, Qt::ElideRight,
                                                            int(textRect.width())));
    }
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
    drawIcon(painter, m_look.iconPath, iconRect);
    if (textUnreadable(painter, 8))
        return;
    if (!m_lines.isEmpty()) {
        paintLines(painter);
        return;
    }
    QFont font = painter->font();
    font.setPointSizeF(8);
    const double width = m_size.width();
    const double titleTop = iconSize + 3;
    m_title.update(m_look.title, font, width);
    painter->setFont(font);
    painter->setPen(QColor(0x23, 0x2f, 0x3e));
    painter->drawStaticText(QPointF((width - m_title.width()) / 2, titleTop), m_title.text());
    if (textUnreadable(painter, 7))
        return;
    font.setPointSizeF(7);
    m_subtitle.update(m_look.subtitle, font, width);
    painter->setFont(font);
    painter->setPen(QColor(0x54, 0x5b, 0x64));
    painter->drawStaticText(QPointF((width - m_subtitle.width()) / 2, titleTop + m_title.height()),
                            m_subtitle.text());
}

void NodeItem::setLabelLines(QStringList lines, int titleLines, double titlePoints,
                             double points)
{
    if (lines == m_lines && titleLines == m_titleLines)
        return;
    prepareGeometryChange();
    m_lines = std::move(lines);
    m_titleLines = titleLines;
    m_titlePoints = titlePoints;
    m_points = points;
    double height = 0, width = m_size.width();
    for (int i = 0; i < m_lines.size(); ++i) {
        const double pt = i < m_titleLines ? m_titlePoints : m_points;
        height += core::lineHeight(pt);
        width = std::max(width, core::estimateTextWidth(m_lines[i].toStdString(), pt, false));
    }
    m_labelBounds = QRectF((m_size.width() - width) / 2, 44, width, height);
    update();
}

QRectF NodeItem::boundingRect() const
{
    return DiagramNode::boundingRect() | m_labelBounds.adjusted(-3, 0, 3, 3);
}

void NodeItem::paintLines(QPainter *painter)
{
    // Centred under the icon as core::computeDiagramGeometry placed them; wider lines
    // overhang the box (the geometry keeps them clear of every other label).
    double y = 2 + 40 + 2;
    for (int i = 0; i < m_lines.size(); ++i) {
        const bool title = i < m_titleLines;
        const double pt = title ? m_titlePoints : m_points;
        if (!title && textUnreadable(painter, pt))
            return;
        const double h = core::lineHeight(pt);
        painter->setFont(diagramFont(painter, pt));
        painter->setPen(title ? QColor(0x23, 0x2f, 0x3e) : QColor(0x54, 0x5b, 0x64));
        painter->drawText(QRectF(-40, y, m_size.width() + 80, h),
                          Qt::AlignHCenter | Qt::AlignVCenter | Qt::TextDontClip, m_lines[i]);
        y += h;
    }
}

void ContainerItem::setTitleLines(QStringList lines, double points)
{
    if (lines == m_titleLines && points == m_titlePoints)
        return;
    m_titleLines = std::move(lines);
    m_titlePoints = points;
    update();
}

} // namespace mailpath::app
