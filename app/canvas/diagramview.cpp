#include "diagramview.h"

#include "fartitles.h"

#include "diagramnode.h"
#include "diagramscene.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace mailpath::app {

DiagramView::DiagramView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setDragMode(QGraphicsView::RubberBandDrag);
    setTransformationAnchor(QGraphicsView::AnchorUnderMouse);
    setViewportUpdateMode(QGraphicsView::SmartViewportUpdate);
    setAcceptDrops(true);
    if (auto *diagram = qobject_cast<DiagramScene *>(scene)) {
        connect(diagram, &DiagramScene::synced, this, &DiagramView::keepSceneRect);
        connect(diagram, &DiagramScene::reset, this, [this] {
            m_sceneRectKept = false;
            keepSceneRect();
            zoomToFit(); // an opened or imported design is shown whole
        });
    }
}

void DiagramView::keepSceneRect()
{
    QRectF bounds; // the drawing only: callouts and markers must not move the view
    for (const auto *item : scene()->items())
        if (!item->parentItem() && dynamic_cast<const DiagramNode *>(item))
            bounds |= item->sceneBoundingRect();
    bounds.adjust(-1200, -900, 1200, 900);
    if (m_sceneRectKept && sceneRect().contains(bounds))
        return;
    setSceneRect(m_sceneRectKept ? sceneRect() | bounds : bounds); // grows, never jumps back
    m_sceneRectKept = true;
}

double DiagramView::zoom() const
{
    return transform().m11();
}

void DiagramView::scaleBy(double factor)
{
    const double next = zoom() * factor;
    if (next < 0.05 || next > 8)
        return;
    scale(factor, factor);
}

void DiagramView::zoomIn()
{
    scaleBy(1.25);
}

void DiagramView::zoomOut()
{
    scaleBy(0.8);
}

void DiagramView::zoomToFit()
{
    QRectF bounds; // only what is shown: a filter hides VPCs
    for (const auto *item : scene()->items())
        if (!item->parentItem() && item->isVisible())
            bounds |= item->sceneBoundingRect();
    bounds.adjust(-30, -30, 30, 30);
    if (bounds.isEmpty())
        return;
    fitInView(bounds, Qt::KeepAspectRatio);
    if (zoom() > 1.5) // a small design should not be blown up
        setTransform(QTransform::fromScale(1.5, 1.5));
}

void DiagramView::wheelEvent(QWheelEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier) {
        scaleBy(std::pow(1.0015, event->angleDelta().y()));
        event->accept();
        return;
    }
    QGraphicsView::wheelEvent(event);
}

void DiagramView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        setDragMode(QGraphicsView::ScrollHandDrag);
        // ScrollHandDrag pans with the left button: replay the press as one.
        QMouseEvent press(event->type(), event->position(), event->globalPosition(),
                          Qt::LeftButton, Qt::LeftButton, event->modifiers());
        QGraphicsView::mousePressEvent(&press);
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void DiagramView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        QMouseEvent release(event->type(), event->position(), event->globalPosition(),
                            Qt::LeftButton, Qt::NoButton, event->modifiers());
        QGraphicsView::mouseReleaseEvent(&release);
        setDragMode(QGraphicsView::RubberBandDrag);
        m_panning = false;
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

void DiagramView::keyPressEvent(QKeyEvent *event)
{
    const double step = DiagramNode::gridSize * ((event->modifiers() & Qt::ShiftModifier) ? 10 : 1);
    switch (event->key()) {
    case Qt::Key_Left: emit nudgeRequested(-step, 0); return;
    case Qt::Key_Right: emit nudgeRequested(step, 0); return;
    case Qt::Key_Up: emit nudgeRequested(0, -step); return;
    case Qt::Key_Down: emit nudgeRequested(0, step); return;
    case Qt::Key_Space:
        if (!event->isAutoRepeat())
            setDragMode(QGraphicsView::ScrollHandDrag);
        return;
    default: break;
    }
    QGraphicsView::keyPressEvent(event);
}

void DiagramView::keyReleaseEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Space && !event->isAutoRepeat()) {
        setDragMode(QGraphicsView::RubberBandDrag);
        return;
    }
    QGraphicsView::keyReleaseEvent(event);
}

void DiagramView::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (zoom() >= farZoom)
        return;
    const auto *diagram = qobject_cast<const DiagramScene *>(scene());
    if (!diagram)
        return;
    painter->save();
    const QTransform toView = painter->worldTransform();
    painter->resetTransform();
    paintFarTitles(painter, *diagram, diagram->design(), toView, rect);
    painter->restore();
}

void DiagramView::drawBackground(QPainter *painter, const QRectF &rect)
{
    painter->fillRect(rect, Qt::white);
    if (zoom() < 0.5)
        return;
    const double g = DiagramNode::gridSize * 2;
    QPen pen(QColor(0xe3, 0xe6, 0xea));
    pen.setWidthF(0);
    painter->setPen(pen);
    const double left = std::floor(rect.left() / g) * g;
    const double top = std::floor(rect.top() / g) * g;
    QVector<QPointF> points;
    for (double x = left; x < rect.right(); x += g)
        for (double y = top; y < rect.bottom(); y += g)
            points.append(QPointF(x, y));
    painter->drawPoints(points.data(), int(points.size()));
}

} // namespace mailpath::app
