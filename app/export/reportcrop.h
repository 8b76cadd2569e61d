#pragma once

#include "core/model/design.h"
#include "core/sim/trace.h"

#include <QObject>
#include <QRectF>
#include <QTextObjectInterface>

#include <memory>
#include <vector>

namespace mailpath::app {

class DiagramRenderer;

/** The part of a drawing a flow's report section shows: its path and the failing hop. */
QRectF flowCrop(const core::Design &laidOut, const core::Trace &trace);

/**
 * The scale and source a crop is drawn at within maxSize: fitted, never above 1.25 and
 * never below the scale that keeps text at 6 pt; too large crops keep the failing hop (or
 * the path's middle) in view.
 */
struct CropView
{
    QRectF source;
    double scale = 1;
};
CropView cropView(const QRectF &crop, const QPointF &focus, const QSizeF &maxSize);

/** A flow's trace drawn on its own renderer, for the report's per-flow diagrams. */
struct FlowDiagram
{
    std::unique_ptr<DiagramRenderer> renderer;
    CropView view;
};
FlowDiagram flowDiagram(const core::Design &design, const core::Trace &trace,
                        const QSizeF &maxSize);

/** Draws FlowDiagrams inline in a QTextDocument as vector graphics (PDF report). */
class FlowDiagramObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)

public:
    static constexpr int objectType = QTextFormat::UserObject + 16;
    static constexpr int indexProperty = QTextFormat::UserProperty + 1;

    explicit FlowDiagramObject(const std::vector<FlowDiagram> &diagrams) : m_diagrams(diagrams) {}
    QSizeF intrinsicSize(QTextDocument *doc, int posInDocument,
                         const QTextFormat &format) override;
    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *doc,
                    int posInDocument, const QTextFormat &format) override;

private:
    const std::vector<FlowDiagram> &m_diagrams;
};

} // namespace mailpath::app
