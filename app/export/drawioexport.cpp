#include "drawioexport.h"
#include "drawiolayers.h"
#include "exportstyle.h"
#include "savefile.h"

#include "app/canvas/nodelook.h"
#include "core/layout/autolayout.h"
#include "core/layout/diagramedges.h"
#include "core/layout/diagramgeometry.h"

#include <QSaveFile>
#include <QXmlStreamWriter>


namespace mailpath::app {

using namespace core;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

using drawio::hex;

QString containerStyle(const Design &design, const std::string &key, const NodeLook &look)
{
    // The canvas's pale tints; the title darkened until it reads at 4.5:1 on its fill.
    const QColor fill = containerFill(design, key);
    return QStringLiteral("rounded=0;whiteSpace=wrap;html=1;container=1;collapsible=0;"
                          "recursiveResize=0;verticalAlign=top;align=left;spacingLeft=8;"
                          "spacingTop=2;fontSize=12;fontStyle=1;fontColor=%1;strokeColor=%2;"
                          "fillColor=%3;dashed=%4;fontFamily=DejaVu Sans;")
        .arg(hex(titleOn(fill, look.accent)), hex(look.accent),
             look.dashed ? QStringLiteral("none") : hex(fill),
             look.dashed ? QStringLiteral("1") : QStringLiteral("0"));
}

QString nodeStyle(const NodeLook &look, const QString &icon)
{
    QString style = QStringLiteral("rounded=1;arcSize=8;whiteSpace=wrap;html=1;fontSize=10;"
                                   "fillColor=#FFFFFF;strokeColor=%1;fontColor=#232F3E;"
                                   "fontFamily=DejaVu Sans;")
                        .arg(hex(look.accent.isValid() ? look.accent : QColor(0x23, 0x2f, 0x3e)));
    if (!icon.isEmpty())
        style += QStringLiteral("shape=label;image=%1;imageWidth=28;imageHeight=28;"
                                "imageAlign=center;imageVerticalAlign=top;spacingTop=26;"
                                "verticalAlign=middle;align=center;").arg(icon);
    return style;
}

QString edgeStyle(EdgeKind kind)
{
    QString extra;
    if (kind != EdgeKind::Route && kind != EdgeKind::Target)
        extra = QStringLiteral("endArrow=none;");
    if (edgePen(kind) != Qt::SolidLine)
        extra += QStringLiteral("dashed=1;dashPattern=8 3 1 3;");
    return QStringLiteral("html=1;rounded=0;endArrow=block;endFill=1;fontSize=9;"
                          "labelBackgroundColor=#FFFFFF;strokeColor=%1;fontColor=%1;%2")
        .arg(hex(edgeColor(kind)), extra);
}

void writeGeometry(QXmlStreamWriter &xml, const NodeLayout &l)
{
    xml.writeStartElement(QStringLiteral("mxGeometry"));
    xml.writeAttribute(QStringLiteral("x"), QString::number(l.x));
    xml.writeAttribute(QStringLiteral("y"), QString::number(l.y));
    xml.writeAttribute(QStringLiteral("width"), QString::number(l.width));
    xml.writeAttribute(QStringLiteral("height"), QString::number(l.height));
    xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    xml.writeEndElement();
}

void writeNode(QXmlStreamWriter &xml, const Design &design, const std::string &key)
{
    const NodeLook look = lookFor(design, key);
    const bool container = isContainerKey(design, key);
    QString value = look.title.toHtmlEscaped();
    if (!look.subtitle.isEmpty())
        value += (container ? QStringLiteral("&nbsp;&nbsp;<span style=\"font-weight:normal\">")
                            : QStringLiteral("<br><span style=\"font-size:9px\">"))
                 + look.subtitle.toHtmlEscaped() + QStringLiteral("</span>");
    const auto parent = layoutParentOf(design, key);
    xml.writeStartElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), qs(key));
    xml.writeAttribute(QStringLiteral("value"), value);
    xml.writeAttribute(QStringLiteral("style"), container ? containerStyle(design, key, look)
                                                          : nodeStyle(look, drawio::iconData(look.iconPath)));
    xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), parent.empty() ? QStringLiteral("1") : qs(parent));
    writeGeometry(xml, *design.layoutOf(key));
    xml.writeEndElement();
}

void writeEdge(QXmlStreamWriter &xml, const DiagramGeometry &geometry, const EdgeGeometry &edge,
               int index)
{
    QStringList lines;
    for (const auto &line : edge.label.lines)
        lines << qs(line).toHtmlEscaped();
    const auto points = toPoints(edge.points);
    xml.writeStartElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("edge-%1").arg(index));
    xml.writeAttribute(QStringLiteral("value"), lines.join(QStringLiteral("<br>")));
    xml.writeAttribute(QStringLiteral("style"),
                       edgeStyle(edge.kind) + drawio::terminalStyle(geometry, edge.from, edge.to, points));
    xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("source"), qs(edge.from));
    xml.writeAttribute(QStringLiteral("target"), qs(edge.to));
    drawio::writeRoute(xml, points, edge.label.rect.isEmpty() ? std::optional<QPointF>()
                                                              : toRect(edge.label.rect).center());
    xml.writeEndElement();
}

void writeModel(QXmlStreamWriter &xml, const Design &design, const DrawIoContent &content)
{
    xml.writeStartElement(QStringLiteral("mxGraphModel"));
    for (const auto &[name, value] : {std::pair{"grid", "1"}, {"gridSize", "10"}, {"guides", "1"},
                                      {"tooltips", "1"}, {"connect", "1"}, {"arrows", "1"},
                                      {"fold", "1"}, {"page", "0"}, {"pageScale", "1"},
                                      {"math", "0"}, {"shadow", "0"}})
        xml.writeAttribute(QLatin1String(name), QLatin1String(value));
    xml.writeStartElement(QStringLiteral("root"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("0"));
    xml.writeEmptyElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("value"), QObject::tr("Diagram"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));
    for (const auto &key : diagramKeys(design)) // parents first, as draw.io expects
        writeNode(xml, design, key);
    const auto geometry = computeDiagramGeometry(design);
    int index = 0;
    for (const auto &edge : geometry.edges) // routed once, as every format draws them
        writeEdge(xml, geometry, edge, ++index);
    drawio::writeLegendLayer(xml, design, content);
    drawio::writeFlowLayers(xml, design, content.flows);
    xml.writeEndElement(); // root
    xml.writeEndElement(); // mxGraphModel
}

} // namespace

QByteArray drawIoXml(const Design &source, const DrawIoContent &content)
{
    Design design = source;
    fillMissingLayout(design);
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("mxfile"));
    xml.writeAttribute(QStringLiteral("host"), QStringLiteral("MailPath"));
    xml.writeAttribute(QStringLiteral("agent"), QStringLiteral("MailPath " MAILPATH_VERSION));
    xml.writeAttribute(QStringLiteral("version"), QStringLiteral("21.0.0"));
    xml.writeStartElement(QStringLiteral("diagram"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("mailpath-diagram"));
    xml.writeAttribute(QStringLiteral("name"), content.title);
    writeModel(xml, design, content);
    xml.writeEndElement(); // diagram
    xml.writeEndElement(); // mxfile
    xml.writeEndDocument();
    // Every style names DejaVu Sans; the editor gets the whole stack, CJK faces included.
    out.replace("fontFamily=DejaVu Sans;", QByteArray("fontFamily=") + drawioFontStack + ';');
    return out;
}

bool writeDrawIo(const Design &design, const DrawIoContent &content, const QString &path,
                 QString &error)
{
    QSaveFile file(path);
    const QByteArray xml = withoutControlCharacters(drawIoXml(design, content));
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size()
        || !commitSaveFile(file)) {
        error = QObject::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mailpath::app
