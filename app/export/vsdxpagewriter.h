#pragma once

// The Visio page writer, shared by vsdxpage.cpp (ShapeSheet primitives) and
// vsdxshapes.cpp (what the diagram draws). Internal to the .vsdx export.

#include "vsdxpage.h"

#include "exportstyle.h"

#include "core/layout/diagramgeometry.h"

#include <QLineF>

#include <algorithm>
#include <cmath>
#include <tuple>
#include <unordered_map>

namespace mailpath::app::vsdx {

constexpr double pxPerInch = 96;     // one scene unit is a pixel at 96 DPI, as on screen
constexpr double margin = 24;        // px around the drawing
constexpr double titleBand = 64;     // px above it for the title
constexpr double iconPx = 28;

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

inline QString num(double v)
{
    return QString::number(v, 'f', 4);
}

inline QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb).toUpper();
}

/** Visio's line patterns: 1 solid, 2 dashed, 4 dash-dot. */
inline int linePattern(Qt::PenStyle pen)
{
    return pen == Qt::DashLine ? 2 : pen == Qt::DashDotLine ? 4 : 1;
}

struct Text
{
    QString text;
    double points = 8;
    QColor color = colors::ink;
    bool bold = false;
    int align = 1;           //!< 0 left, 1 centre
    QRectF box;              //!< in the shape's box, px, y down; empty: the whole shape
};

struct Stroke
{
    QColor color = colors::ink;
    double points = 1;
    Qt::PenStyle pen = Qt::SolidLine;
    bool arrow = false;
};

class PageWriter
{
public:
    PageWriter(const core::Design &design, const ExportContent &content, IconTable &icons)
        : m_design(design), m_content(content), m_icons(icons), m_xml(&m_out)
    {
        m_geometry = core::computeDiagramGeometry(design);
        m_bounds = diagramBounds(design).united(toRect(m_geometry.bounds));
        const bool notes = std::any_of(content.flows.begin(), content.flows.end(),
                                       [](const ExportFlow &f) { return f.trace.blockedAt.has_value(); });
        if (notes) // room for the notes beside blocked hops
            m_bounds.setRight(m_bounds.right() + 330);
    }

    PageResult write();

private:
    double x(double px) const { return (px - m_bounds.left() + margin) / pxPerInch; }
    double y(double py) const { return (m_bounds.bottom() + margin - py) / pxPerInch; }
    void cell(const QString &name, const QString &value, const QString &unit = {});
    void cellF(const QString &name, const QString &value, const QString &formula);
    /** Opens a Shape; id 0 takes the next free one. */
    int begin(const QString &name, const QString &type = QStringLiteral("Shape"), int id = 0);
    void layer(int index);
    void relationships(const std::vector<int> &members, const std::vector<int> &containers);
    void icon(const QString &iconPath, const QRectF &px, const QString &name);
    void place(const QRectF &px);
    void rectangle(double w, double h);
    void textCells(const Text &t, const QRectF &shapePx);
    void textBody(const Text &t);
    void stroke(const Stroke &s);
    void fill(const QColor &color);

    void writeContainer(const std::string &key);
    void writeNode(const std::string &key);
    /** A 1-D shape along points (page px); its label in labelRect when given. */
    int writeConnector(const QString &name, const std::vector<QPointF> &points,
                       const Stroke &s, int layer, const QString &label,
                       const QRectF &labelRect = {});
    void writeEdges();
    void writeFlows();
    void writeTitle();
    void writeConnects();
    void writeBlockedNote(const ExportFlow &flow, const FlowPath &path, int layer);

    const core::Design &m_design;
    const ExportContent &m_content;
    IconTable &m_icons;
    QByteArray m_out;
    QXmlStreamWriter m_xml;
    QRectF m_bounds;
    core::DiagramGeometry m_geometry; //!< routes and label places, as every format draws them
    int m_nextId = 1;
    std::unordered_map<std::string, int> m_ids;
    std::vector<std::tuple<int, int, int>> m_glue; //!< connector, begin shape, end shape
    std::vector<std::pair<QString, bool>> m_layers;
};

} // namespace mailpath::app::vsdx
