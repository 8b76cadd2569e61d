#include "drawioexport.h"
#include "savefile.h"

#include "app/canvas/nodelook.h"
#include "core/layout/autolayout.h"
#include "core/layout/diagramedges.h"

#include <QFile>
#include <QSaveFile>
#include <QXmlStreamWriter>

#include <unordered_map>

namespace mailpath::app {

using namespace core;

namespace {

QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb).toUpper();
}

/** draw.io writes inline images as data:image/svg+xml,BASE64 (no ";base64": ";" splits styles). */
QString iconData(const QString &iconPath, std::unordered_map<QString, QString> &cache)
{
    if (iconPath.isEmpty())
        return {};
    auto it = cache.find(iconPath);
    if (it == cache.end()) {
        QFile file(iconPath);
        QString data;
        if (file.open(QIODevice::ReadOnly))
            data = QStringLiteral("data:image/svg+xml,") + QString::fromLatin1(file.readAll().toBase64());
        it = cache.emplace(iconPath, data).first;
    }
    return it->second;
}

QString containerStyle(const Design &design, const std::string &key, const NodeLook &look)
{
    QString fill = QStringLiteral("none");
    if (design.kindOf(key) == ResourceKind::Subnet)
        fill = hex(look.accent.lighter(185));
    return QStringLiteral("rounded=0;whiteSpace=wrap;html=1;container=1;collapsible=0;"
                          "recursiveResize=0;verticalAlign=top;align=left;spacingLeft=8;"
                          "spacingTop=2;fontSize=12;fontStyle=1;fontColor=%1;strokeColor=%1;"
                          "fillColor=%2;dashed=%3;")
        .arg(hex(look.accent), fill, look.dashed ? QStringLiteral("1") : QStringLiteral("0"));
}

QString nodeStyle(const NodeLook &look, const QString &icon)
{
    QString style = QStringLiteral("rounded=1;arcSize=8;whiteSpace=wrap;html=1;fontSize=10;"
                                   "fillColor=#FFFFFF;strokeColor=%1;fontColor=#232F3E;")
                        .arg(hex(look.accent.isValid() ? look.accent : QColor(0x23, 0x2f, 0x3e)));
    if (!icon.isEmpty())
        style += QStringLiteral("shape=label;image=%1;imageWidth=28;imageHeight=28;"
                                "imageAlign=center;imageVerticalAlign=top;spacingTop=26;"
                                "verticalAlign=middle;align=center;").arg(icon);
    return style;
}

QString edgeStyle(EdgeKind kind)
{
    QString color, extra;
    switch (kind) {
    case EdgeKind::Route: color = QStringLiteral("#6B3FC9"); break;
    case EdgeKind::TgwAttachment: color = QStringLiteral("#8C4FFF"); extra = "endArrow=none;"; break;
    case EdgeKind::Peering: color = QStringLiteral("#248814"); extra = "endArrow=none;dashed=1;"; break;
    case EdgeKind::Vpn: color = QStringLiteral("#232F3E"); extra = "endArrow=none;dashed=1;"; break;
    case EdgeKind::Target: color = QStringLiteral("#ED7100"); break;
    }
    return QStringLiteral("html=1;rounded=0;endArrow=block;endFill=1;fontSize=9;"
                          "labelBackgroundColor=#FFFFFF;strokeColor=%1;fontColor=%1;%2")
        .arg(color, extra);
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

void writeVertex(QXmlStreamWriter &xml, const Design &design, const std::string &key,
                 std::unordered_map<QString, QString> &icons)
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
                                                          : nodeStyle(look, iconData(look.iconPath, icons)));
    xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), parent.empty() ? QStringLiteral("1") : qs(parent));
    writeGeometry(xml, *design.layoutOf(key));
    xml.writeEndElement();
}

void writeEdge(QXmlStreamWriter &xml, const DiagramEdge &edge, int index)
{
    xml.writeStartElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), QStringLiteral("edge-%1").arg(index));
    xml.writeAttribute(QStringLiteral("value"), qs(edge.label));
    xml.writeAttribute(QStringLiteral("style"), edgeStyle(edge.kind));
    xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("source"), qs(edge.from));
    xml.writeAttribute(QStringLiteral("target"), qs(edge.to));
    xml.writeStartElement(QStringLiteral("mxGeometry"));
    xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    xml.writeEndElement();
    xml.writeEndElement();
}

void writeModel(QXmlStreamWriter &xml, const Design &design)
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
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));
    std::unordered_map<QString, QString> icons;
    for (const auto &key : diagramKeys(design)) // parents first, as draw.io expects
        writeVertex(xml, design, key, icons);
    int index = 0;
    for (const auto &edge : diagramEdges(design))
        writeEdge(xml, edge, ++index);
    xml.writeEndElement(); // root
    xml.writeEndElement(); // mxGraphModel
}

} // namespace

QByteArray drawIoXml(const Design &source, const QString &title)
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
    xml.writeAttribute(QStringLiteral("name"), title);
    writeModel(xml, design);
    xml.writeEndElement(); // diagram
    xml.writeEndElement(); // mxfile
    xml.writeEndDocument();
    return out;
}

bool writeDrawIo(const Design &design, const QString &title, const QString &path, QString &error)
{
    QSaveFile file(path);
    const QByteArray xml = withoutControlCharacters(drawIoXml(design, title));
    if (!file.open(QIODevice::WriteOnly) || file.write(xml) != xml.size()
        || !commitSaveFile(file)) {
        error = QObject::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mailpath::app
