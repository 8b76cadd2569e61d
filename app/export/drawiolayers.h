#pragma once

#include "drawioexport.h"

#include <QXmlStreamWriter>

#include <optional>

namespace mailpath::app::drawio {

QString hex(const QColor &c);
/** draw.io inline image: data:image/svg+xml,BASE64 (no ";base64": ";" splits styles). */
QString iconData(const QString &iconPath);

/** A vertex cell with absolute or parent-relative geometry. */
void writeVertex(QXmlStreamWriter &xml, const QString &id, const QString &value,
                 const QString &style, const QString &parent, const QRectF &box);

/**
 * exitX/exitY and entryX/entryY pinning a route's ends where the geometry put them, so
 * draw.io draws the routed polyline rather than its own straight line.
 */
QString terminalStyle(const core::DiagramGeometry &geometry, const std::string &from,
                      const std::string &to, const std::vector<QPointF> &points);
/** An edge's mxGeometry: the route's bends as waypoints, the label at labelAt. */
void writeRoute(QXmlStreamWriter &xml, const std::vector<QPointF> &points,
                std::optional<QPointF> labelAt = std::nullopt);

/** The layer "Title and legend": title block above the drawing, legend to its right. */
void writeLegendLayer(QXmlStreamWriter &xml, const core::Design &design,
                      const DrawIoContent &content);
/** One layer per flow: its legs as edges between the drawn cells, the failing one red. */
void writeFlowLayers(QXmlStreamWriter &xml, const core::Design &design,
                     const std::vector<ExportFlow> &flows);

} // namespace mailpath::app::drawio
