#include "drawiolayers.h"

#include "exportstyle.h"

#include "core/layout/autolayout.h"

#include <QFile>
#include <QLineF>

#include <algorithm>

#include <unordered_map>

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

void writeBox(QXmlStreamWriter &xml, const QRectF &box)
{
    xml.writeStartElement(QStringLiteral("mxGeometry"));
    xml.writeAttribute(QStringLiteral("x"), n(box.x()));
    xml.writeAttribute(QStringLiteral("y"), n(box.y()));
    xml.writeAttribute(QStringLiteral("width"), n(box.width()));
    xml.writeAttribute(QStringLiteral("height"), n(box.height()));
    xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    xml.writeEndElement();
}

void writeLayer(QXmlStreamWriter &xml, const QString &id, const QString &name, bool visible)
{
    xml.writeStartElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("value"), name);
    xml.writeAttribute(QStringLiteral("parent"), QStringLiteral("0"));
    if (!visible)
        xml.writeAttribute(QStringLiteral("visible"), QStringLiteral("0"));
    xml.writeEndElement();
}

/** An edge between two free points, parent-relative (legend samples). */
void writeSample(QXmlStreamWriter &xml, const QString &id, const QString &style,
                 const QString &parent, QPointF from, QPointF to)
{
    xml.writeStartElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("style"), style);
    xml.writeAttribute(QStringLiteral("edge"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), parent);
    xml.writeStartElement(QStringLiteral("mxGeometry"));
    xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    for (const auto &[p, as] : {std::pair{from, "sourcePoint"}, {to, "targetPoint"}}) {
        xml.writeEmptyElement(QStringLiteral("mxPoint"));
        xml.writeAttribute(QStringLiteral("x"), n(p.x()));
        xml.writeAttribute(QStringLiteral("y"), n(p.y()));
        xml.writeAttribute(QStringLiteral("as"), QLatin1String(as));
    }
    xml.writeEndElement();
    xml.writeEndElement();
}

QString lineStyle(const QColor &color, Qt::PenStyle pen, double width)
{
    QString style = QStringLiteral("html=1;endArrow=none;strokeWidth=%1;strokeColor=%2;")
                        .arg(width).arg(hex(color));
    if (pen == Qt::DashLine)
        style += QStringLiteral("dashed=1;");
    else if (pen == Qt::DashDotLine)
        style += QStringLiteral("dashed=1;dashPattern=8 3 1 3;");
    return style;
}

QString textStyle(int size, bool bold)
{
    return QStringLiteral("text;html=1;align=left;verticalAlign=middle;whiteSpace=wrap;"
                          "fontFamily=DejaVu Sans;fontColor=%1;fontSize=%2;fontStyle=%3;")
        .arg(hex(colors::ink)).arg(size).arg(bold ? 1 : 0);
}

void writeLegend(QXmlStreamWriter &xml, const Design &design, bool withFlow, QPointF at)
{
    const auto items = legendItems(design, withFlow);
    const double row = 22, width = 210;
    const QString box = QStringLiteral("legend");
    writeVertex(xml, box, QObject::tr("Legend"),
                QStringLiteral("rounded=0;html=1;container=1;collapsible=0;verticalAlign=top;"
                               "align=left;spacingLeft=8;fontStyle=1;fontSize=12;fillColor=#FFFFFF;"
                               "strokeColor=%1;fontColor=%1;fontFamily=DejaVu Sans;")
                    .arg(hex(colors::ink)),
                QStringLiteral("legend-layer"),
                QRectF(at, QSizeF(width, 30 + row * double(items.size()))));
    for (size_t i = 0; i < items.size(); ++i) {
        const auto &item = items[i];
        const QString id = QStringLiteral("legend-%1").arg(i + 1);
        const double y = 26 + row * double(i);
        const QRectF symbol(10, y + 2, 26, row - 4);
        if (item.shape == LegendItem::Icon)
            writeVertex(xml, id + "-symbol", {},
                        QStringLiteral("shape=image;html=1;aspect=fixed;image=%1;")
                            .arg(iconData(item.icon)),
                        box, QRectF(symbol.x() + 4, symbol.y(), symbol.height(), symbol.height()));
        else if (item.shape == LegendItem::Box)
            writeVertex(xml, id + "-symbol", {},
                        QStringLiteral("rounded=0;html=1;fillColor=%1;strokeColor=%2;dashed=%3;")
                            .arg(item.fill.isValid() ? hex(item.fill) : QStringLiteral("none"),
                                 hex(item.color), item.pen == Qt::SolidLine ? "0" : "1"),
                        box, symbol.adjusted(0, 2, 0, -2));
        else
            writeSample(xml, id + "-symbol", lineStyle(item.color, item.pen, 2), box,
                        QPointF(symbol.left(), symbol.center().y()),
                        QPointF(symbol.right(), symbol.center().y()));
        writeVertex(xml, id, item.text, textStyle(11, false), box,
                    QRectF(44, y, width - 50, row));
    }
}

} // namespace

QString hex(const QColor &c)
{
    return c.name(QColor::HexRgb).toUpper();
}

QString iconData(const QString &iconPath)
{
    static std::unordered_map<QString, QString> cache;
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

void writeVertex(QXmlStreamWriter &xml, const QString &id, const QString &value,
                 const QString &style, const QString &parent, const QRectF &box)
{
    xml.writeStartElement(QStringLiteral("mxCell"));
    xml.writeAttribute(QStringLiteral("id"), id);
    xml.writeAttribute(QStringLiteral("value"), value);
    xml.writeAttribute(QStringLiteral("style"), style);
    xml.writeAttribute(QStringLiteral("vertex"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("parent"), parent);
    writeBox(xml, box);
    xml.writeEndElement();
}

QString terminalStyle(const DiagramGeometry &geometry, const std::string &from,
                      const std::string &to, const std::vector<QPointF> &points)
{
    const auto boxOf = [&](const std::string &key) {
        if (const auto *n = geometry.node(key))
            return toRect(n->box);
        if (const auto *c = geometry.container(key))
            return toRect(c->box);
        return QRectF();
    };
    const auto relative = [](const QRectF &box, QPointF p) {
        return QPointF(std::clamp((p.x() - box.left()) / box.width(), 0.0, 1.0),
                       std::clamp((p.y() - box.top()) / box.height(), 0.0, 1.0));
    };
    if (points.size() < 2)
        return {};
    QString style;
    if (const QRectF box = boxOf(from); !box.isEmpty()) {
        const QPointF r = relative(box, points.front());
        style += QStringLiteral("exitX=%1;exitY=%2;exitPerimeter=0;").arg(r.x()).arg(r.y());
    }
    if (const QRectF box = boxOf(to); !box.isEmpty()) {
        const QPointF r = relative(box, points.back());
        style += QStringLiteral("entryX=%1;entryY=%2;entryPerimeter=0;").arg(r.x()).arg(r.y());
    }
    return style;
}

void writeRoute(QXmlStreamWriter &xml, const std::vector<QPointF> &points,
                std::optional<QPointF> labelAt)
{
    xml.writeStartElement(QStringLiteral("mxGeometry"));
    xml.writeAttribute(QStringLiteral("relative"), QStringLiteral("1"));
    xml.writeAttribute(QStringLiteral("as"), QStringLiteral("geometry"));
    if (labelAt && points.size() >= 2) {
        // draw.io puts a label at the middle of the path's length, then shifts it by offset.
        double length = 0;
        for (size_t i = 1; i < points.size(); ++i)
            length += QLineF(points[i - 1], points[i]).length();
        QPointF middle = points.front();
        double walked = 0;
        for (size_t i = 1; i < points.size(); ++i) {
            const QLineF leg(points[i - 1], points[i]);
            if (walked + leg.length() >= length / 2) {
                middle = leg.pointAt(leg.length() > 0 ? (length / 2 - walked) / leg.length() : 0);
                break;
            }
            walked += leg.length();
        }
        xml.writeEmptyElement(QStringLiteral("mxPoint"));
        xml.writeAttribute(QStringLiteral("x"), n(labelAt->x() - middle.x()));
        xml.writeAttribute(QStringLiteral("y"), n(labelAt->y() - middle.y()));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("offset"));
    }
    if (points.size() > 2) {
        xml.writeStartElement(QStringLiteral("Array"));
        xml.writeAttribute(QStringLiteral("as"), QStringLiteral("points"));
        for (size_t i = 1; i + 1 < points.size(); ++i) {
            xml.writeEmptyElement(QStringLiteral("mxPoint"));
            xml.writeAttribute(QStringLiteral("x"), n(points[i].x()));
            xml.writeAttribute(QStringLiteral("y"), n(points[i].y()));
        }
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeLegendLayer(QXmlStreamWriter &xml, const Design &design, const DrawIoContent &content)
{
    const QString layer = QStringLiteral("legend-layer");
    writeLayer(xml, layer, QObject::tr("Title and legend"), true);
    const QRectF bounds = diagramBounds(design);
    QStringList facts;
    if (const QString from = provenance(design); !from.isEmpty())
        facts << from;
    facts << content.date.toString(Qt::ISODate);
    if (!content.author.isEmpty())
        facts << QObject::tr("Author: %1").arg(content.author);
    for (const auto &flow : content.flows)
        if (flow.shown)
            facts << flow.name;
    facts << QObject::tr("Drawn by MailPath %1").arg(QStringLiteral(MAILPATH_VERSION));
    const double width = std::max(bounds.width(), 480.0);
    writeVertex(xml, QStringLiteral("title"), content.title, textStyle(20, true), layer,
                QRectF(bounds.left(), bounds.top() - 84, width, 34));
    writeVertex(xml, QStringLiteral("title-facts"), facts.join(QStringLiteral(" · ")),
                textStyle(11, false), layer, QRectF(bounds.left(), bounds.top() - 48, width, 30));
    const bool withFlow = std::any_of(content.flows.begin(), content.flows.end(),
                                      [](const ExportFlow &f) { return f.shown; });
    // Below the drawing: flow notes stand to the right of the blocked component.
    writeLegend(xml, design, withFlow, QPointF(bounds.left(), bounds.bottom() + 30));
}

} // namespace mailpath::app::drawio
