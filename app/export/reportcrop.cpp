#include "reportcrop.h"

#include "diagramrenderer.h"
#include "exportmodel.h"
#include "pdfexport.h"

#include "core/layout/diagramgeometry.h"

#include <QPainter>

#include <algorithm>

namespace mailpath::app {

using namespace core;

namespace {

constexpr double maxCropScale = 1.25;
constexpr double readableScale = minPrintedPoints / diagramMinTextPoints;

} // namespace

QRectF flowCrop(const Design &laidOut, const Trace &trace)
{
    const auto geometry = computeDiagramGeometry(laidOut, &trace);
    QRectF crop;
    if (geometry.flow) {
        for (const auto &hop : geometry.flow->hops)
            for (const auto &p : hop.points)
                crop = crop.united(QRectF(p.x, p.y, 1, 1));
        for (const auto &key : geometry.flow->passedKeys)
            if (const auto *node = geometry.node(key))
                crop = crop.united(toRect(node->extent()));
    }
    if (crop.isEmpty())
        crop = toRect(geometry.bounds);
    return crop.adjusted(-40, -40, 40, 40);
}

CropView cropView(const QRectF &crop, const QPointF &focus, const QSizeF &maxSize)
{
    double scale = std::min({maxCropScale, maxSize.width() / crop.width(),
                             maxSize.height() / crop.height()});
    if (scale >= readableScale)
        return {crop, scale};
    // Too large for the page: a window at a readable scale around the focus.
    scale = readableScale;
    const QSizeF window(std::min(crop.width(), maxSize.width() / scale),
                        std::min(crop.height(), maxSize.height() / scale));
    QRectF source(focus - QPointF(window.width(), window.height()) / 2, window);
    source.moveLeft(std::clamp(source.left(), crop.left(), crop.right() - window.width()));
    source.moveTop(std::clamp(source.top(), crop.top(), crop.bottom() - window.height()));
    return {source, scale};
}

FlowDiagram flowDiagram(const Design &design, const Trace &trace, const QSizeF &maxSize)
{
    FlowDiagram diagram{std::make_unique<DiagramRenderer>(design), {}};
    diagram.renderer->setTrace(trace);
    const Design &laidOut = diagram.renderer->design();
    const QRectF crop = flowCrop(laidOut, trace);
    const auto geometry = computeDiagramGeometry(laidOut, &trace);
    QPointF focus = crop.center();
    if (geometry.flow && geometry.flow->failedPoint)
        focus = QPointF(geometry.flow->failedPoint->x, geometry.flow->failedPoint->y);
    diagram.view = cropView(crop, focus, maxSize);
    return diagram;
}

QSizeF FlowDiagramObject::intrinsicSize(QTextDocument *, int, const QTextFormat &format)
{
    const size_t i = size_t(format.intProperty(indexProperty));
    if (i >= m_diagrams.size())
        return {};
    const auto &view = m_diagrams[i].view;
    return view.source.size() * view.scale;
}

void FlowDiagramObject::drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int,
                                   const QTextFormat &format)
{
    const size_t i = size_t(format.intProperty(indexProperty));
    if (i >= m_diagrams.size())
        return;
    painter->save();
    painter->setClipRect(rect);
    m_diagrams[i].renderer->renderDiagram(*painter, rect, m_diagrams[i].view.source);
    painter->setPen(QPen(QColor(0xcc, 0xcc, 0xdd), 1));
    painter->setBrush(Qt::NoBrush);
    painter->drawRect(rect);
    painter->restore();
}

} // namespace mailpath::app
