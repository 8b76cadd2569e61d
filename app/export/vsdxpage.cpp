#include "vsdxpagewriter.h"

#include "exportstyle.h"

#include "app/canvas/nodelook.h"
#include "core/layout/autolayout.h"

#include <QBuffer>
#include <QImage>
#include <QLineF>
#include <QPainter>
#include <QSvgRenderer>

#include <cmath>
#include <unordered_map>

namespace mailpath::app::vsdx {

using namespace core;

void PageWriter::cell(const QString &name, const QString &value, const QString &unit)
{
    m_xml.writeEmptyElement(QStringLiteral("Cell"));
    m_xml.writeAttribute(QStringLiteral("N"), name);
    m_xml.writeAttribute(QStringLiteral("V"), value);
    if (!unit.isEmpty())
        m_xml.writeAttribute(QStringLiteral("U"), unit);
}

void PageWriter::cellF(const QString &name, const QString &value, const QString &formula)
{
    m_xml.writeEmptyElement(QStringLiteral("Cell"));
    m_xml.writeAttribute(QStringLiteral("N"), name);
    m_xml.writeAttribute(QStringLiteral("V"), value);
    m_xml.writeAttribute(QStringLiteral("F"), formula);
}

int PageWriter::begin(const QString &name, const QString &type, int id)
{
    if (id == 0)
        id = m_nextId++;
    m_xml.writeStartElement(QStringLiteral("Shape"));
    m_xml.writeAttribute(QStringLiteral("ID"), QString::number(id));
    m_xml.writeAttribute(QStringLiteral("NameU"), name);
    m_xml.writeAttribute(QStringLiteral("Name"), name);
    m_xml.writeAttribute(QStringLiteral("Type"), type);
    m_xml.writeAttribute(QStringLiteral("LineStyle"), QStringLiteral("0"));
    m_xml.writeAttribute(QStringLiteral("FillStyle"), QStringLiteral("0"));
    m_xml.writeAttribute(QStringLiteral("TextStyle"), QStringLiteral("0"));
    return id;
}

void PageWriter::layer(int index)
{
    cell(QStringLiteral("LayerMember"), QString::number(index));
}

void PageWriter::relationships(const std::vector<int> &members, const std::vector<int> &containers)
{
    // Visio's container membership: DEPENDSON(1, members) on a container and
    // DEPENDSON(4, its containers) on a member, summed in one cell.
    QStringList parts;
    for (const auto &[kind, ids] : {std::pair{1, &members}, std::pair{4, &containers}}) {
        if (ids->empty())
            continue;
        QString part = QStringLiteral("DEPENDSON(%1").arg(kind);
        for (const int id : *ids)
            part += QStringLiteral(",Sheet.%1!SheetRef()").arg(id);
        parts << part + QLatin1Char(')');
    }
    if (!parts.isEmpty())
        cellF(QStringLiteral("Relationships"), QStringLiteral("0"),
              QStringLiteral("SUM(%1)").arg(parts.join(QLatin1Char(','))));
}

void PageWriter::icon(const QString &iconPath, const QRectF &px, const QString &name)
{
    if (iconPath.isEmpty())
        return;
    const QString rel = m_icons.relFor(iconPath);
    begin(name, QStringLiteral("Foreign"));
    place(px);
    cell(QStringLiteral("ImgOffsetX"), QStringLiteral("0"), QStringLiteral("IN"));
    cell(QStringLiteral("ImgOffsetY"), QStringLiteral("0"), QStringLiteral("IN"));
    cell(QStringLiteral("ImgWidth"), num(px.width() / pxPerInch), QStringLiteral("IN"));
    cell(QStringLiteral("ImgHeight"), num(px.height() / pxPerInch), QStringLiteral("IN"));
    cell(QStringLiteral("LinePattern"), QStringLiteral("0"));
    cell(QStringLiteral("FillPattern"), QStringLiteral("0"));
    layer(0);
    m_xml.writeStartElement(QStringLiteral("ForeignData"));
    m_xml.writeAttribute(QStringLiteral("ForeignType"), QStringLiteral("Bitmap"));
    m_xml.writeAttribute(QStringLiteral("CompressionType"), QStringLiteral("PNG"));
    m_xml.writeEmptyElement(QStringLiteral("Rel"));
    m_xml.writeAttribute(QLatin1String(relNs), QStringLiteral("id"), rel);
    m_xml.writeEndElement(); // ForeignData
    m_xml.writeEndElement(); // Shape
}

void PageWriter::place(const QRectF &px)
{
    const double w = px.width() / pxPerInch, h = px.height() / pxPerInch;
    cell(QStringLiteral("PinX"), num(x(px.center().x())), QStringLiteral("IN"));
    cell(QStringLiteral("PinY"), num(y(px.center().y())), QStringLiteral("IN"));
    cell(QStringLiteral("Width"), num(w), QStringLiteral("IN"));
    cell(QStringLiteral("Height"), num(h), QStringLiteral("IN"));
    cell(QStringLiteral("LocPinX"), num(w / 2), QStringLiteral("IN"));
    cell(QStringLiteral("LocPinY"), num(h / 2), QStringLiteral("IN"));
}

void PageWriter::rectangle(double w, double h)
{
    m_xml.writeStartElement(QStringLiteral("Section"));
    m_xml.writeAttribute(QStringLiteral("N"), QStringLiteral("Geometry"));
    m_xml.writeAttribute(QStringLiteral("IX"), QStringLiteral("0"));
    const QPointF corners[] = {{0, 0}, {w, 0}, {w, h}, {0, h}, {0, 0}};
    for (int i = 0; i < 5; ++i) {
        m_xml.writeStartElement(QStringLiteral("Row"));
        m_xml.writeAttribute(QStringLiteral("T"), i == 0 ? QStringLiteral("MoveTo")
                                                         : QStringLiteral("LineTo"));
        m_xml.writeAttribute(QStringLiteral("IX"), QString::number(i + 1));
        cell(QStringLiteral("X"), num(corners[i].x()), QStringLiteral("IN"));
        cell(QStringLiteral("Y"), num(corners[i].y()), QStringLiteral("IN"));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
}

void PageWriter::stroke(const Stroke &s)
{
    cell(QStringLiteral("LineColor"), hex(s.color));
    cell(QStringLiteral("LineWeight"), num(s.points / 72), QStringLiteral("PT"));
    cell(QStringLiteral("LinePattern"), QString::number(s.pen == Qt::NoPen ? 0 : linePattern(s.pen)));
    if (s.arrow) {
        cell(QStringLiteral("EndArrow"), QStringLiteral("4"));
        cell(QStringLiteral("EndArrowSize"), QStringLiteral("1"));
    }
}

void PageWriter::fill(const QColor &color)
{
    cell(QStringLiteral("FillPattern"), color.isValid() ? QStringLiteral("1") : QStringLiteral("0"));
    if (color.isValid()) {
        cell(QStringLiteral("FillForegnd"), hex(color));
        cell(QStringLiteral("FillBkgnd"), hex(color));
    }
}

void PageWriter::textCells(const Text &t, const QRectF &shapePx)
{
    // The text block, in the shape's own frame (inches, y up from its bottom edge).
    const QRectF box = t.box.isEmpty() ? QRectF(QPointF(0, 0), shapePx.size()) : t.box;
    cell(QStringLiteral("TxtPinX"), num(box.center().x() / pxPerInch), QStringLiteral("IN"));
    cell(QStringLiteral("TxtPinY"), num((shapePx.height() - box.center().y()) / pxPerInch),
         QStringLiteral("IN"));
    cell(QStringLiteral("TxtWidth"), num(box.width() / pxPerInch), QStringLiteral("IN"));
    cell(QStringLiteral("TxtHeight"), num(box.height() / pxPerInch), QStringLiteral("IN"));
    cell(QStringLiteral("TxtLocPinX"), num(box.width() / 2 / pxPerInch), QStringLiteral("IN"));
    cell(QStringLiteral("TxtLocPinY"), num(box.height() / 2 / pxPerInch), QStringLiteral("IN"));
    for (const auto &m : {"LeftMargin", "RightMargin", "TopMargin", "BottomMargin"})
        cell(QLatin1String(m), num(2 / 72.0), QStringLiteral("PT"));
}

void PageWriter::textBody(const Text &t)
{
    // Sections follow the cells and the Text element closes the shape (Visio's schema order).
    m_xml.writeStartElement(QStringLiteral("Section"));
    m_xml.writeAttribute(QStringLiteral("N"), QStringLiteral("Character"));
    m_xml.writeStartElement(QStringLiteral("Row"));
    m_xml.writeAttribute(QStringLiteral("IX"), QStringLiteral("0"));
    cell(QStringLiteral("Size"), num(t.points / 72), QStringLiteral("PT"));
    cell(QStringLiteral("Color"), hex(t.color));
    cell(QStringLiteral("Style"), t.bold ? QStringLiteral("1") : QStringLiteral("0"));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeStartElement(QStringLiteral("Section"));
    m_xml.writeAttribute(QStringLiteral("N"), QStringLiteral("Paragraph"));
    m_xml.writeStartElement(QStringLiteral("Row"));
    m_xml.writeAttribute(QStringLiteral("IX"), QStringLiteral("0"));
    cell(QStringLiteral("HorzAlign"), QString::number(t.align));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    m_xml.writeTextElement(QStringLiteral("Text"), t.text);
}

QString IconTable::relFor(const QString &iconPath)
{
    if (const auto it = idOf.find(iconPath); it != idOf.end())
        return it->second;
    QSvgRenderer svg(iconPath);
    QImage image(96, 96, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    if (svg.isValid()) {
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter, QRectF(0, 0, 96, 96));
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    const QString id = QStringLiteral("rId%1").arg(pngs.size() + 1);
    pngs.emplace_back(QStringLiteral("image%1.png").arg(pngs.size() + 1), png);
    idOf.emplace(iconPath, id);
    return id;
}

PageResult writePage(const Design &design, const ExportContent &content, IconTable &icons)
{
    return PageWriter(design, content, icons).write();
}

} // namespace mailpath::app::vsdx
