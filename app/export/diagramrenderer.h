#pragma once

#include "core/model/design.h"
#include "core/sim/trace.h"

#include <QDate>
#include <QRectF>
#include <QString>

#include <memory>
#include <optional>

class QPainter;

namespace mailpath::app {

class DiagramScene;

/**
 * Renders a design the way the canvas shows it: builds a DiagramScene offscreen on a copy
 * of the design (missing layout filled in), optionally with a flow's path highlighted, and
 * paints it, a legend and a title block onto any QPainter (image, SVG, PDF).
 */
class DiagramRenderer
{
public:
    explicit DiagramRenderer(const core::Design &design);
    ~DiagramRenderer();
    DiagramRenderer(const DiagramRenderer &) = delete;
    DiagramRenderer &operator=(const DiagramRenderer &) = delete;

    /** Highlights a flow's path: forward solid, return dashed, the failing hop red. */
    void setTrace(const std::optional<core::Trace> &trace);
    const std::optional<core::Trace> &trace() const { return m_trace; }
    const core::Design &design() const { return m_design; }

    /** The drawing's extent in scene units (1 unit = 1 px at 96 DPI), with a margin. */
    QRectF sourceRect() const;
    bool isEmpty() const;

    /** Paints the diagram into target, keeping its aspect ratio. */
    void renderDiagram(QPainter &painter, const QRectF &target) const;
    /** Paints the source part of the drawing (scene units) into target, aspect kept. */
    void renderDiagram(QPainter &painter, const QRectF &target, const QRectF &source) const;
    /**
     * Symbols of the kinds present, arrow colours and, with a trace, the flow colours.
     * unit is the painter's size of one typographic point.
     */
    void renderLegend(QPainter &painter, const QRectF &target, double unit) const;
    /** Title, date, flow and verdict in a framed block. */
    void renderTitleBlock(QPainter &painter, const QRectF &target, double unit,
                          const QString &title, const QDate &date) const;
    /**
     * A whole page: title line, diagram, legend and title block. unit is the painter's
     * size of one typographic point, so the page looks the same at any resolution.
     */
    void renderPage(QPainter &painter, const QRectF &page, double unit, const QString &title,
                    const QDate &date) const;

private:
    core::Design m_design;
    std::unique_ptr<DiagramScene> m_scene;
    std::optional<core::Trace> m_trace;
};

/** "web-1 → email-smtp…:587 — delivered" for titles and captions. */
QString describeTrace(const core::Design &design, const core::Trace &trace);

} // namespace mailpath::app
