#include "diagramrenderer.h"

#include "app/base/reasontext.h"
#include "exportmodel.h"
#include "exportstyle.h"

#include "app/canvas/diagramscene.h"
#include "app/canvas/nodelook.h"
#include "core/layout/autolayout.h"

#include <QFont>
#include <QPainter>
#include <QSvgRenderer>

#include <set>

namespace mailpath::app {

using namespace core;

namespace {

constexpr double sceneMargin = 24;

const QColor &inkColor = colors::ink;

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QFont fontOf(double unit, double points, bool bold = false)
{
    QFont font = exportFont();
    font.setPixelSize(std::max(1, int(points * unit)));
    font.setBold(bold);
    return font;
}

void paintSymbol(QPainter &painter, const LegendItem &e, const QRectF &r, double unit)
{
    if (e.shape == LegendItem::Icon) {
        QSvgRenderer svg(e.icon);
        if (svg.isValid())
            svg.render(&painter, r);
    } else if (e.shape == LegendItem::Box) {
        // The drawing's own fill and outline (Region and AZ are dashed outlines).
        painter.setPen(QPen(e.color, 1.2 * unit, e.pen));
        painter.setBrush(e.fill.isValid() ? QBrush(e.fill) : QBrush(Qt::NoBrush));
        painter.drawRect(r.adjusted(0, r.height() * 0.2, 0, -r.height() * 0.2));
    } else {
        painter.setPen(QPen(e.color, 1.8 * unit, e.pen, Qt::FlatCap));
        painter.drawLine(QPointF(r.left(), r.center().y()), QPointF(r.right(), r.center().y()));
    }
}

} // namespace

QString describeTrace(const Design &design, const Trace &trace)
{
    const auto name = [&](const std::string &id) {
        return design.contains(id) ? qs(design.displayName(id)) : qs(id);
    };
    return QStringLiteral("%1 → %2 : %3 — %4")
        .arg(name(trace.query.from), name(trace.query.to))
        .arg(trace.query.port)
        .arg(verdictText(trace.verdict));
}

DiagramRenderer::DiagramRenderer(const Design &design)
    : m_design(design)
{
    fillMissingLayout(m_design);
    m_scene = std::make_unique<DiagramScene>(m_design);
    m_scene->sync();
    m_scene->clearSelection();
}

DiagramRenderer::~DiagramRenderer() = default;

void DiagramRenderer::setTrace(const std::optional<Trace> &trace)
{
    m_trace = trace;
    m_scene->showTrace(trace);
}

QRectF DiagramRenderer::sourceRect() const
{
    return m_scene->itemsBoundingRect().adjusted(-sceneMargin, -sceneMargin, sceneMargin,
                                                 sceneMargin);
}

bool DiagramRenderer::isEmpty() const
{
    return m_scene->items().isEmpty();
}

void DiagramRenderer::renderDiagram(QPainter &painter, const QRectF &target) const
{
    renderDiagram(painter, target, sourceRect());
}

void DiagramRenderer::renderDiagram(QPainter &painter, const QRectF &target,
                                    const QRectF &source) const
{
    if (source.isEmpty() || target.isEmpty())
        return;
    const double scale = std::min(target.width() / source.width(),
                                  target.height() / source.height());
    const QSizeF size = source.size() * scale;
    const QRectF fitted(target.center() - QPointF(size.width(), size.height()) / 2, size);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.setFont(exportFont()); // items derive their fonts from the painter's
    m_scene->render(&painter, fitted, source, Qt::IgnoreAspectRatio);
    painter.restore();
}

void DiagramRenderer::renderLegend(QPainter &painter, const QRectF &target, double unit) const
{
    const auto entries = legendItems(m_design, m_trace.has_value());
    const double rowH = 14 * unit, colW = 120 * unit, symbolW = 22 * unit;
    const int rows = std::max(1, int((target.height() - rowH) / rowH));
    painter.save();
    painter.setPen(inkColor);
    painter.setFont(fontOf(unit, 8, true));
    painter.drawText(QRectF(target.left(), target.top(), target.width(), rowH),
                     Qt::AlignLeft | Qt::AlignVCenter, QObject::tr("Legend"));
    for (size_t i = 0; i < entries.size(); ++i) {
        const double x = target.left() + double(int(i) / rows) * colW;
        const double y = target.top() + rowH + double(int(i) % rows) * rowH;
        if (x + colW > target.right() + 1)
            break; // the band is full; the canvas shows the rest
        paintSymbol(painter, entries[i], QRectF(x, y + unit, symbolW, rowH - 2 * unit), unit);
        painter.setPen(inkColor);
        painter.setFont(fontOf(unit, 7));
        painter.drawText(QRectF(x + symbolW + 4 * unit, y, colW - symbolW - 6 * unit, rowH),
                         Qt::AlignLeft | Qt::AlignVCenter, entries[i].text);
    }
    painter.restore();
}

void DiagramRenderer::renderTitleBlock(QPainter &painter, const QRectF &target, double unit,
                                       const QString &title, const QDate &date) const
{
    painter.save();
    painter.setPen(QPen(inkColor, 0.8 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(target);
    const double pad = 5 * unit, line = 12 * unit;
    QRectF row(target.left() + pad, target.top() + pad, target.width() - 2 * pad, line * 1.3);
    painter.setFont(fontOf(unit, 10, true));
    painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                     painter.fontMetrics().elidedText(title, Qt::ElideRight, int(row.width())));
    QStringList lines;
    lines << QObject::tr("Date: %1").arg(date.toString(Qt::ISODate));
    lines << QObject::tr("Resources: %1").arg(m_design.resourceCount());
    if (m_trace) {
        lines << QObject::tr("Flow: %1").arg(describeTrace(m_design, *m_trace));
        if (m_trace->blockedAt)
            lines << QObject::tr("Blocked at %1: %2")
                         .arg(qs(m_design.displayName(m_trace->blockedAt->resource)),
                              qs(std::string(toString(m_trace->blockedAt->reason))));
    }
    lines << QObject::tr("Drawn by MailPath %1").arg(QStringLiteral(MAILPATH_VERSION));
    painter.setFont(fontOf(unit, 7));
    row.translate(0, line * 1.4);
    row.setHeight(line);
    for (const auto &text : lines) {
        if (row.bottom() > target.bottom())
            break;
        painter.drawText(row, Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                         painter.fontMetrics().elidedText(text, Qt::ElideRight, int(row.width())));
        row.translate(0, line);
    }
    painter.restore();
}

void DiagramRenderer::renderPage(QPainter &painter, const QRectF &page, double unit,
                                 const QString &title, const QDate &date) const
{
    const double margin = 24 * unit, titleH = 24 * unit, bandH = 96 * unit, gap = 8 * unit;
    const QRectF inner = page.adjusted(margin, margin, -margin, -margin);
    painter.save();
    painter.setPen(inkColor);
    painter.setFont(fontOf(unit, 15, true));
    const QRectF titleRect(inner.left(), inner.top(), inner.width(), titleH);
    painter.drawText(titleRect, Qt::AlignLeft | Qt::AlignVCenter, title);
    painter.setFont(fontOf(unit, 9));
    painter.drawText(titleRect, Qt::AlignRight | Qt::AlignVCenter, date.toString(Qt::ISODate));
    painter.setPen(QPen(inkColor, 0.6 * unit));
    painter.drawLine(titleRect.bottomLeft(), titleRect.bottomRight());
    painter.restore();

    const QRectF band(inner.left(), inner.bottom() - bandH, inner.width(), bandH);
    const QRectF diagram(inner.left(), titleRect.bottom() + gap, inner.width(),
                         band.top() - gap - titleRect.bottom() - gap);
    renderDiagram(painter, diagram);
    const double blockW = std::min(250 * unit, band.width() / 2);
    renderLegend(painter, QRectF(band.left(), band.top(), band.width() - blockW - gap, bandH), unit);
    renderTitleBlock(painter, QRectF(band.right() - blockW, band.top(), blockW, bandH), unit,
                     title, date);
}

} // namespace mailpath::app
