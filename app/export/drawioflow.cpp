#include "drawiolayers.h"

#include "exportstyle.h"

#include <QLineF>

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

QString flowStyle(const FlowSegment &s)
{
    return QStringLiteral("html=1;rounded=0;endArrow=block;endFill=1;strokeWidth=3;"
                          "strokeColor=%1;%2")
        .arg(hex(s.failed ? colors::fail : colors::pass),
             s.reply ? QStringLiteral("dashed=1;") : QString());
}

/** A reply leg bends through a point beside the forward leg, so the two lanes stay apart. */
void writeReplyLane(QXmlStreamWriter &xml, const Design &design, const FlowSegment &s)
{
    const QLineF line(absoluteRect(design, s.from).center(), absoluteRect(design, s.to).center());
    if (line.length() < 1)
        return;
    const QPointF normal = QPointF(-line.dy(), line.dx()) / line.length() * 12;
    xml.writeStartElement(QStringLiteral("Array"));
    xml.writeAttribute(QStringLiteral("as"), QStringLiteral("points"));
    xml.writeEmptyElement(QStringLiteral("mxPoint"));
    xml.writeAttribute(QStringLiteral("x"), n(line.center().x() + normal.x()));
    xml.writeAttribute(QStringLiteral("y"), n(line.center().y() + normal.y()));
    xml.writeEndElement();
}

void writeLeg(QXmlStreamWriter &xml, const Design &design, const FlowSegment &s,
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
    xml.writeAttribute(QStringLiteral("style"), flowStyle(s));
    xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), layer);
    xml.writeAttribute(QStringLiteral("source"), qs(s.from));
    xml.writeAttribute(QStringLiteral("target"), qs(s.to));
    xml.writeStartElement(QStringLiteral("mxGeometry"));
    xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    if (s.reply)
        writeReplyLane(xml, design, s);
    xml.writeEndElement(); // mxGeometry
    xml.writeEndElement(); // mxCell
    if (s.failed && !tooltip.isEmpty())
        xml.writeEndElement(); // UserObject
}

/** The blamed component ringed in red with a note beside it: reason code, detail and fix. */
void writeBlockedNote(QXmlStreamWriter &xml, const Design &design, const ExportFlow &flow,
                      const QString &prefix, const QString &layer)
{
    const QString note = blockedNote(design, flow.trace);
    const auto path = flowPath(design, flow.trace);
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
                layer, QRectF(box.right() + 16, box.top(), 280, 110));
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
        int leg = 0;
        for (const auto &segment : flowPath(design, flow.trace).segments)
            writeLeg(xml, design, segment, QStringLiteral("%1-leg-%2").arg(layer).arg(++leg),
                     layer, tooltip);
        writeBlockedNote(xml, design, flow, layer, layer);
    }
}

} // namespace mailpath::app::drawio
