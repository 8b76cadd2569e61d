#include "pdfexport.h"

#include "diagramrenderer.h"
#include "exportmodel.h"
#include "exportstyle.h"

#include "app/canvas/nodelook.h"
#include "core/layout/autolayout.h"

#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>
#include <set>

namespace mailpath::app {

using namespace core;

namespace {

constexpr double unit = pdfUnit;
constexpr double margin = 24 * unit, titleH = 24 * unit, bandH = 112 * unit, gap = 8 * unit;
constexpr double readableScale = minPrintedPoints / diagramMinTextPoints;
constexpr double maxDetailScale = 1.25; // a lone node is not blown up to fill a page

double fitScale(const QRectF &source, const QRectF &area)
{
    if (source.isEmpty())
        return 1;
    return std::min(area.width() / source.width(), area.height() / source.height());
}

QPageSize pageSizeFor(Paper paper)
{
    switch (paper) {
    case Paper::A4: return QPageSize(QPageSize::A4);
    case Paper::Letter: return QPageSize(QPageSize::Letter);
    case Paper::A3:
    case Paper::Auto: break;
    }
    return QPageSize(QPageSize::A3);
}

std::vector<QPageLayout::Orientation> orientationsFor(Orientation o)
{
    if (o == Orientation::Portrait)
        return {QPageLayout::Portrait};
    if (o == Orientation::Landscape)
        return {QPageLayout::Landscape};
    return {QPageLayout::Landscape, QPageLayout::Portrait};
}

/** Pages for one part of the drawing: one if it reads at 6 pt, else tiles at that scale. */
void addTiles(std::vector<PdfView> &views, const QRectF &part, const QString &caption,
              const QRectF &area)
{
    if (const double s = fitScale(part, area); s >= readableScale) {
        QRectF shown = part;
        if (s > maxDetailScale) { // show its surroundings rather than giant letters
            const QSizeF size = area.size() / maxDetailScale;
            shown = QRectF(part.center() - QPointF(size.width(), size.height()) / 2, size);
        }
        views.push_back({shown, caption, false});
        return;
    }
    const double tileW = area.width() / readableScale, tileH = area.height() / readableScale;
    const int cols = int(std::ceil(part.width() / tileW - 1e-9));
    const int rows = int(std::ceil(part.height() / tileH - 1e-9));
    for (int r = 0; r < rows; ++r)
        for (int c = 0; c < cols; ++c) {
            const QRectF tile(part.left() + c * tileW, part.top() + r * tileH, tileW, tileH);
            views.push_back({tile.intersected(part),
                             QObject::tr("%1 (%2 of %3)").arg(caption).arg(r * cols + c + 1)
                                 .arg(rows * cols), false});
        }
}

/** Each VPC, then whatever lies outside every VPC, as the parts detail pages show. */
std::vector<std::pair<QRectF, QString>> detailParts(const Design &design)
{
    std::vector<std::pair<QRectF, QString>> parts;
    QRectF outside;
    std::set<std::string> vpcs;
    for (const auto &key : diagramKeys(design))
        if (design.kindOf(key) == ResourceKind::Vpc) {
            vpcs.insert(key);
            const auto look = lookFor(design, key);
            parts.emplace_back(absoluteRect(design, key).adjusted(-12, -12, 12, 12),
                               QObject::tr("VPC %1").arg(look.title));
        }
    for (const auto &key : diagramKeys(design)) {
        if (isContainerKey(design, key))
            continue;
        bool inVpc = false;
        for (auto p = layoutParentOf(design, key); !p.empty() && !inVpc; p = layoutParentOf(design, p))
            inVpc = vpcs.count(p) > 0;
        if (!inVpc)
            outside = outside.united(absoluteRect(design, key).adjusted(-24, -24, 24, 24));
    }
    if (!outside.isEmpty())
        parts.emplace_back(outside, QObject::tr("Outside the VPCs"));
    return parts;
}

} // namespace

QSizeF pageSizeOf(const QPageSize &size, QPageLayout::Orientation orientation)
{
    const QSizeF pt = size.size(QPageSize::Point);
    const QSizeF portrait(std::min(pt.width(), pt.height()), std::max(pt.width(), pt.height()));
    return (orientation == QPageLayout::Landscape ? portrait.transposed() : portrait) * unit;
}

QRectF pdfDiagramArea(const QSizeF &page)
{
    const QRectF inner = QRectF(QPointF(0, 0), page).adjusted(margin, margin, -margin, -margin);
    return QRectF(inner.left(), inner.top() + titleH + gap, inner.width(),
                  inner.height() - titleH - bandH - 2 * gap);
}

PdfPlan planPdf(const DiagramRenderer &renderer, Paper paper, Orientation orientation)
{
    const QRectF source = renderer.sourceRect();
    const std::vector<Paper> sizes = paper == Paper::Auto ? std::vector{Paper::A4, Paper::A3}
                                                          : std::vector{paper};
    PdfPlan plan;
    for (const Paper p : sizes) {
        plan.size = pageSizeFor(p);
        plan.scale = -1;
        for (const auto o : orientationsFor(orientation)) {
            const double s = fitScale(source, pdfDiagramArea(pageSizeOf(plan.size, o)));
            if (s > plan.scale)
                plan.scale = s, plan.orientation = o;
        }
        if (plan.scale >= readableScale) {
            plan.views = {{source, {}, false}};
            return plan;
        }
    }
    // Too large to read on one page: an overview, then each VPC at a readable scale.
    if (orientation == Orientation::Auto)
        plan.orientation = source.width() >= source.height() ? QPageLayout::Landscape
                                                             : QPageLayout::Portrait;
    const QRectF area = pdfDiagramArea(pageSizeOf(plan.size, plan.orientation));
    plan.views = {{source, QObject::tr("Overview"), true}};
    for (const auto &[part, caption] : detailParts(renderer.design()))
        addTiles(plan.views, part, caption, area);
    plan.scale = plan.views.size() > 1 ? fitScale(plan.views[1].source, area) : plan.scale;
    return plan;
}

} // namespace mailpath::app
