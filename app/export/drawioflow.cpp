#include "drawiolayers.h"

#include "exportstyle.h"

#include <QLineF>

#include <cmath>

namespace mailpath::app::drawio {

using namespace core;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString n(double v)
{
    return QString::number(v, 'f', 1);
}

/** Room for the note's text at 11 px DejaVu Sans (about 6.3 px a character), padded. */
double noteHeight(const QString &html, double width)
{
    const double perLine = std::max(1.0, (width - 12) / 6.3);
    double lines = 0;
    for (const auto &line : html.split(QStringLiteral("<br>")))
        lines += std::max(1.0, std::ceil(double(line.size()) / perLine));
    return 16 + lines * 14;
}

QString flowStyle(const FlowSegment &s)
{
    return QStringLiteral("html=1;rounded=0;endArrow=block;endFill=1;strokeWidth=3;"
                          "strokeColor=%1;%2")
        .arg(hex(s.failed ? colors::fail : colors::pass),
             s.reply ? QStringLiteral("dashed=1;") : QString());
}

void writeLeg(QXmlStreamWriter &xml, const DiagramGeometry &geometry, const FlowSegment &s,
              const QString &id, const QString &layer, const QString &tooltip)
{
    // A failing leg carries its reason as a tooltip: draw.io keeps those on a UserObject.
    if (s.failed && !tooltip.isEmpty()) {
        xml.writeStartElement(QStringLiteral("UserObject"));
        xml.writeAttribute(QStringLiteral("id"), id);
        xml.writeAttribute(QStringLiteral("label"), QString());
        xml.writeAttribute(QStringLiteral("tooltip"), tooltip);
    }
    xml.writeStartElement(QStringLiteral("mxCell"));
    if (!s.failed || tooltip.isEmpty())
        xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("style"),
                       flowStyle(s) + terminalStyle(geometry, s.from, s.to, s.points));
    xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), layer);
    xml.writeAttribute(QStringLiteral("source"), qs(s.from));
    xml.writeAttribute(QStringLiteral("target"), qs(s.to));
    writeRoute(xml, s.points);
    xml.writeEndElement(); // mxCell
    if (s.failed && !tooltip.isEmpty())
        xml.writeEndElement(); // UserObject
}

/** The blamed component ringed in red with a note beside it: reason code, detail and fix. */
void writeBlockedNote(QXmlStreamWriter &xml, const Design &design, const ExportFlow &flow,
                      const FlowPath &path, const QString &prefix, const QString &layer)
{
    const QString note = blockedNote(design, flow.trace);
    if (note.isEmpty() || path.failedKey.empty())
        return;
    const QRectF box = absoluteRect(design, path.failedKey);
    writeVertex(xml, prefix + "-blocked", {},
                QStringLiteral("rounded=1;arcSize=6;html=1;fillColor=none;strokeWidth=3;"
                               "strokeColor=%1;").arg(hex(colors::fail)),
                layer, box.adjusted(-4, -4, 4, 4));
    QString text = note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    if (flow.expectedBlocked)
        text = QObject::tr("<b>Blocked, as designed</b>") + QStringLiteral("<br>") + text;
    writeVertex(xml, prefix + "-note", text,
                QStringLiteral("shape=note;size=12;html=1;whiteSpace=wrap;align=left;"
                               "verticalAlign=top;spacing=6;fontSize=11;fontFamily=DejaVu Sans;"
                               "fillColor=#FFF4F4;strokeColor=%1;fontColor=%2;")
                    .arg(hex(colors::fail), hex(colors::ink)),
                layer, QRectF(diagramBounds(design).right() + 40, box.top(), 300,
                              noteHeight(text, 300)));
    // Beside the drawing, so it covers nothing; a dashed leader joins it to the blocker.
    xml.writeStartElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), prefix + QStringLiteral("-leader"));
    xml.writeAttribute(QStringLiteral("style"),
                       QStringLiteral("html=1;endArrow=oval;endFill=1;dashed=1;strokeColor=%1;")
                           .arg(hex(colors::fail)));
    xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), layer);
    xml.writeAttribute(QStringLiteral("source"), prefix + QStringLiteral("-note"));
    xml.writeAttribute(QStringLiteral("target"), QString::fromStdString(path.failedKey));
    writeRoute(xml, {});
    xml.writeEndElement();
}

} // namespace

void writeFlowLayers(QXmlStreamWriter &xml, const Design &design,
                     const std::vector<ExportFlow> &flows)
{
    int index = 0;
    for (const auto &flow : flows) {
        const QString layer = QStringLiteral("flow-%1").arg(++index);
        QString name = flow.name + QStringLiteral(" — ") + qs(std::string(toString(flow.trace.verdict)));
        if (flow.expectedBlocked && !flow.trace.delivered())
            name += QObject::tr(" (as designed)");
        xml.writeStartElement(QStringLiteral("mxCell"));
        xml.writeAttribute(QStringLiteral("id"), layer);
        xml.writeAttribute(QStringLiteral("value"), name);
        xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));
        if (!flow.shown)
            xml.writeAttribute(QStringLiteral("visible"), QStringLiteral("0"));
        xml.writeEndElement();
        const QString tooltip = blockedNote(design, flow.trace);
        const auto geometry = computeDiagramGeometry(design, &flow.trace);
        FlowPath path;
        if (geometry.flow) {
            for (const auto &hop : geometry.flow->hops)
                path.segments.push_back({hop.from, hop.to, hop.reply, hop.failed,
                                         toPoints(hop.points)});
            path.failedKey = geometry.flow->failedKey;
        }
        int leg = 0;
        for (const auto &segment : path.segments)
            writeLeg(xml, geometry, segment, QStringLiteral("%1-leg-%2").arg(layer).arg(++leg),
                     layer, tooltip);
        writeBlockedNote(xml, design, flow, path, layer, layer);
    }
}

} // namespace mailpath::app::drawio
