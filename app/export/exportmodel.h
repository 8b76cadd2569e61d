#pragma once

#include "core/layout/diagramedges.h"
#include "core/layout/diagramgeometry.h"
#include "core/model/design.h"
#include "core/sim/trace.h"

#include <QColor>
#include <QDate>
#include <QRectF>
#include <QString>

#include <optional>
#include <string>
#include <vector>

namespace mailpath::app {

/** A drawn key's box in diagram coordinates (layout is parent-relative; this is not). */
QRectF absoluteRect(const core::Design &design, const std::string &key);
/** A container's fill as the canvas paints it (its tint over its parents'); white for others. */
QColor containerFill(const core::Design &design, const std::string &key);
/** The union of every drawn key's box. */
QRectF diagramBounds(const core::Design &design);

/** One leg of a traced flow between two drawn keys. */
struct FlowSegment
{
    std::string from;
    std::string to;
    bool reply = false;
    bool failed = false; //!< the leg that ends at the blocking component
    std::vector<QPointF> points; //!< the routed path, from `from` to `to`
};

/** A traced flow as the diagram shows it: its legs and the key blamed when it is blocked. */
struct FlowPath
{
    std::vector<FlowSegment> segments;
    std::string failedKey;
};
/** The flow's legs as the diagram geometry routes them (design laid out). */
FlowPath flowPath(const core::Design &design, const core::Trace &trace);

std::vector<QPointF> toPoints(const core::Polyline &line);
QRectF toRect(const core::GeoRect &r);

/** "blocked at sg-web (forward): SG_EGRESS_DENY. Fix: ..." or "" for a delivered flow. */
QString blockedNote(const core::Design &design, const core::Trace &trace);

/** A flow to draw: its trace, the caption and whether it is the one the user asked for. */
struct ExportFlow
{
    QString name;
    core::Trace trace;
    bool shown = true;
    bool expectedBlocked = false; //!< the design expects it blocked: a passing check
};
/** The chosen trace (if any) first and shown, then the design's other expected flows hidden. */
std::vector<ExportFlow> exportFlows(const core::Design &design,
                                    const std::optional<core::Trace> &chosen);

/** What a document carries besides the design: its title block and the traced flows. */
struct ExportContent
{
    QString title;
    QDate date;
    QString author;
    std::vector<ExportFlow> flows; //!< one layer each; hidden unless shown
};

/** One legend row: what is drawn, with the colours the drawing uses. */
struct LegendItem
{
    enum Shape { Icon, Box, Line } shape = Icon;
    QString text;
    QString icon;  //!< Icon: the SVG resource
    QColor color;  //!< Box: the outline; Line: the stroke
    QColor fill;   //!< Box: the fill (invalid: none)
    Qt::PenStyle pen = Qt::SolidLine; //!< as the drawing strokes it
};
/** Only kinds, containers and arrow kinds the design draws; flow styles when withFlow. */
std::vector<LegendItem> legendItems(const core::Design &design, bool withFlow);

/** "Account 123456789012 · Region eu-west-1" for imported designs, else "". */
QString provenance(const core::Design &design);

QColor edgeColor(core::EdgeKind kind);
Qt::PenStyle edgePen(core::EdgeKind kind);

} // namespace mailpath::app
