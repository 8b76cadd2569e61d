#include "vsdxpagewriter.h"

#include "app/canvas/nodelook.h"
#include "core/layout/autolayout.h"

namespace mailpath::app::vsdx {

using namespace core;

namespace {

constexpr int diagramLayer = 0;
constexpr int titleLayer = 1;
constexpr int firstFlowLayer = 2;

} // namespace

PageResult PageWriter::write()
{
    const auto keys = diagramKeys(m_design);
    for (const bool containers : {true, false}) // containers below the nodes they hold
        for (const auto &key : keys)
            if (isContainerKey(m_design, key) == containers)
                m_ids[key] = m_nextId++;
    // No indentation: with xml:space="preserve" it would be content, and libvisio reads the
    // node right after <ForeignData> as its <Rel>.
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QLatin1String(mainNs), QStringLiteral("PageContents"));
    m_xml.writeDefaultNamespace(QLatin1String(mainNs));
    m_xml.writeNamespace(QLatin1String(relNs), QStringLiteral("r"));
    m_xml.writeAttribute(QStringLiteral("xml:space"), QStringLiteral("preserve"));
    m_xml.writeStartElement(QStringLiteral("Shapes"));
    for (const bool containers : {true, false})
        for (const auto &key : keys)
            if (isContainerKey(m_design, key) == containers)
                containers ? writeContainer(key) : writeNode(key);
    writeEdges();
    writeTitle();
    writeFlows();
    m_xml.writeEndElement(); // Shapes
    writeConnects();
    m_xml.writeEndElement(); // PageContents
    m_xml.writeEndDocument();
    m_layers.insert(m_layers.begin(), {{QObject::tr("Diagram"), true}, {QObject::tr("Title"), true}});
    return {m_out, (m_bounds.width() + 2 * margin) / pxPerInch,
            (m_bounds.height() + 2 * margin + titleBand) / pxPerInch, m_layers};
}

void PageWriter::writeContainer(const std::string &key)
{
    const NodeLook look = lookFor(m_design, key);
    const QRectF r = absoluteRect(m_design, key);
    const QColor fillColor = look.dashed ? QColor() : containerFill(m_design, key);
    begin(look.title, QStringLiteral("Shape"), m_ids.at(key));
    place(r);
    stroke({look.accent, 1.2, look.dashed ? Qt::DashLine : Qt::SolidLine, false});
    fill(fillColor);
    layer(diagramLayer);
    std::vector<int> members;
    for (const auto &other : diagramKeys(m_design))
        if (layoutParentOf(m_design, other) == key)
            members.push_back(m_ids.at(other));
    std::vector<int> containers;
    if (const auto parent = layoutParentOf(m_design, key); !parent.empty())
        containers.push_back(m_ids.at(parent));
    relationships(members, containers);
    QString title = look.title;
    if (!look.subtitle.isEmpty())
        title += QStringLiteral("  ") + look.subtitle;
    const QColor ink = titleOn(fillColor.isValid() ? fillColor : QColor(Qt::white), look.accent);
    const Text t{title, 9, ink, true, 0, QRectF(30, 2, std::max(10.0, r.width() - 34), 20)};
    textCells(t, r);
    m_xml.writeStartElement(QStringLiteral("Section"));
    m_xml.writeAttribute(QStringLiteral("N"), QStringLiteral("User"));
    m_xml.writeStartElement(QStringLiteral("Row"));
    m_xml.writeAttribute(QStringLiteral("N"), QStringLiteral("msvStructureType"));
    cell(QStringLiteral("Value"), QStringLiteral("Container"), QStringLiteral("STR"));
    m_xml.writeEndElement();
    m_xml.writeEndElement();
    rectangle(r.width() / pxPerInch, r.height() / pxPerInch);
    textBody(t);
    m_xml.writeEndElement(); // Shape
    icon(look.iconPath, QRectF(r.topLeft(), QSizeF(24, 24)), look.title + QStringLiteral(" icon"));
}

void PageWriter::writeNode(const std::string &key)
{
    const NodeLook look = lookFor(m_design, key);
    const QRectF r = absoluteRect(m_design, key);
    begin(look.title, QStringLiteral("Shape"), m_ids.at(key));
    place(r);
    stroke({look.accent.isValid() ? look.accent : colors::ink, 1, Qt::SolidLine, false});
    fill(Qt::white);
    cell(QStringLiteral("Rounding"), num(4 / pxPerInch), QStringLiteral("IN"));
    layer(diagramLayer);
    if (const auto parent = layoutParentOf(m_design, key); !parent.empty())
        relationships({}, {m_ids.at(parent)});
    QString label = look.title;
    if (!look.subtitle.isEmpty())
        label += QLatin1Char('\n') + look.subtitle;
    const double top = iconPx + 8;
    const Text t{label, 7, colors::ink, false, 1, QRectF(2, top, r.width() - 4, r.height() - top - 2)};
    textCells(t, r);
    rectangle(r.width() / pxPerInch, r.height() / pxPerInch);
    textBody(t);
    m_xml.writeEndElement(); // Shape
    icon(look.iconPath, QRectF(r.center().x() - iconPx / 2, r.top() + 5, iconPx, iconPx),
         look.title + QStringLiteral(" icon"));
}

int PageWriter::writeConnector(const QString &name, const std::vector<QPointF> &points,
                               const Stroke &s, int layerIndex, const QString &label,
                               const QRectF &labelRect)
{
    double minX = points.front().x(), maxX = minX, minY = points.front().y(), maxY = minY;
    for (const auto &p : points) {
        minX = std::min(minX, p.x()), maxX = std::max(maxX, p.x());
        minY = std::min(minY, p.y()), maxY = std::max(maxY, p.y());
    }
    const QRectF frame(minX, minY, std::max(0.1, maxX - minX), std::max(0.1, maxY - minY));
    const int id = begin(name);
    cell(QStringLiteral("PinX"), num(x(frame.left())), QStringLiteral("IN"));
    cell(QStringLiteral("PinY"), num(y(frame.bottom())), QStringLiteral("IN"));
    cell(QStringLiteral("Width"), num(frame.width() / pxPerInch), QStringLiteral("IN"));
    cell(QStringLiteral("Height"), num(frame.height() / pxPerInch), QStringLiteral("IN"));
    cell(QStringLiteral("LocPinX"), QStringLiteral("0"), QStringLiteral("IN"));
    cell(QStringLiteral("LocPinY"), QStringLiteral("0"), QStringLiteral("IN"));
    cell(QStringLiteral("BeginX"), num(x(points.front().x())), QStringLiteral("IN"));
    cell(QStringLiteral("BeginY"), num(y(points.front().y())), QStringLiteral("IN"));
    cell(QStringLiteral("EndX"), num(x(points.back().x())), QStringLiteral("IN"));
    cell(QStringLiteral("EndY"), num(y(points.back().y())), QStringLiteral("IN"));
    cell(QStringLiteral("ObjType"), QStringLiteral("2"));
    stroke(s);
    fill({});
    layer(layerIndex);
    Text t;
    if (!label.isEmpty()) {
        const QPointF mid = (points[(points.size() - 1) / 2] + points[points.size() / 2]) / 2
                            - frame.topLeft();
        const QRectF box = labelRect.isEmpty() ? QRectF(mid - QPointF(60, 7), QSizeF(120, 14))
                                               : labelRect.translated(-frame.topLeft());
        t = {label, 7, s.color.darker(130), false, 1, box};
        textCells(t, frame);
    }
    m_xml.writeStartElement(QStringLiteral("Section"));
    m_xml.writeAttribute(QStringLiteral("N"), QStringLiteral("Geometry"));
    m_xml.writeAttribute(QStringLiteral("IX"), QStringLiteral("0"));
    cell(QStringLiteral("NoFill"), QStringLiteral("1"));
    for (size_t i = 0; i < points.size(); ++i) {
        m_xml.writeStartElement(QStringLiteral("Row"));
        m_xml.writeAttribute(QStringLiteral("T"), i == 0 ? QStringLiteral("MoveTo")
                                                         : QStringLiteral("LineTo"));
        m_xml.writeAttribute(QStringLiteral("IX"), QString::number(i + 1));
        cell(QStringLiteral("X"), num((points[i].x() - frame.left()) / pxPerInch), QStringLiteral("IN"));
        cell(QStringLiteral("Y"), num((frame.bottom() - points[i].y()) / pxPerInch), QStringLiteral("IN"));
        m_xml.writeEndElement();
    }
    m_xml.writeEndElement();
    if (!label.isEmpty())
        textBody(t);
    m_xml.writeEndElement(); // Shape
    return id;
}

void PageWriter::writeEdges()
{
    int index = 0;
    for (const auto &edge : m_geometry.edges) {
        const auto from = m_ids.find(edge.from), to = m_ids.find(edge.to);
        if (from == m_ids.end() || to == m_ids.end() || edge.points.size() < 2)
            continue;
        QStringList label;
        for (const auto &line : edge.label.lines)
            label << qs(line);
        const bool arrow = edge.kind == EdgeKind::Route || edge.kind == EdgeKind::Target;
        const int id = writeConnector(QStringLiteral("Arrow %1").arg(++index), toPoints(edge.points),
                                      {edgeColor(edge.kind), edge.bundled ? 3 : 1.4,
                                       edgePen(edge.kind), arrow},
                                      diagramLayer, label.join(QLatin1Char('\n')),
                                      toRect(edge.label.rect));
        m_glue.emplace_back(id, from->second, to->second);
    }
}

void PageWriter::writeFlows()
{
    int layerIndex = firstFlowLayer;
    for (const auto &flow : m_content.flows) {
        QString name = flow.name + QStringLiteral(" — ") + qs(std::string(toString(flow.trace.verdict)));
        if (flow.expectedBlocked && !flow.trace.delivered())
            name += QObject::tr(" (as designed)");
        m_layers.emplace_back(name, flow.shown);
        const FlowPath path = flowPath(m_design, flow.trace);
        int leg = 0;
        for (const auto &s : path.segments) {
            const auto from = m_ids.find(s.from), to = m_ids.find(s.to);
            if (s.points.size() < 2 || from == m_ids.end() || to == m_ids.end())
                continue;
            const int id = writeConnector(QStringLiteral("%1 leg %2").arg(flow.name).arg(++leg),
                                          s.points,
                                          {s.failed ? colors::fail : colors::pass, 3,
                                           s.reply ? Qt::DashLine : Qt::SolidLine, true},
                                          layerIndex, {});
            m_glue.emplace_back(id, from->second, to->second);
        }
        writeBlockedNote(flow, path, layerIndex);
        ++layerIndex;
    }
}

void PageWriter::writeBlockedNote(const ExportFlow &flow, const FlowPath &path, int layerIndex)
{
    QString note = blockedNote(m_design, flow.trace);
    if (note.isEmpty() || path.failedKey.empty())
        return;
    if (flow.expectedBlocked)
        note = QObject::tr("Blocked, as designed") + QLatin1Char('\n') + note;
    const QRectF target = absoluteRect(m_design, path.failedKey);
    const double lines = note.count(QLatin1Char('\n')) + 1 + note.size() / 48.0;
    // Beside the drawing (the page is widened for it), so it covers nothing.
    const QRectF box(m_bounds.right() - 316, target.top(), 300, 16 + 12 * lines);
    begin(flow.name + QStringLiteral(" note"));
    place(box);
    stroke({colors::fail, 1.2, Qt::SolidLine, false});
    fill(QColor(0xff, 0xf4, 0xf4));
    layer(layerIndex);
    const Text t{note, 8, colors::ink, false, 0, QRectF(4, 4, box.width() - 8, box.height() - 8)};
    textCells(t, box);
    rectangle(box.width() / pxPerInch, box.height() / pxPerInch);
    textBody(t);
    m_xml.writeEndElement();
}

void PageWriter::writeTitle()
{
    QStringList facts{m_content.date.toString(Qt::ISODate)};
    if (const QString from = provenance(m_design); !from.isEmpty())
        facts.prepend(from);
    if (!m_content.author.isEmpty())
        facts << QObject::tr("Author: %1").arg(m_content.author);
    for (const auto &flow : m_content.flows)
        if (flow.shown)
            facts << flow.name;
    const QRectF box(m_bounds.left(), m_bounds.top() - titleBand, std::max(m_bounds.width(), 480.0),
                     titleBand - 8);
    begin(QStringLiteral("Title"));
    place(box);
    stroke({colors::ink, 0, Qt::NoPen, false});
    fill({});
    layer(titleLayer);
    const Text t{m_content.title + QLatin1Char('\n') + facts.join(QStringLiteral(" · ")), 14,
                 colors::ink, true, 0, {}};
    textCells(t, box);
    textBody(t);
    m_xml.writeEndElement();
}

void PageWriter::writeConnects()
{
    m_xml.writeStartElement(QStringLiteral("Connects"));
    for (const auto &[connector, from, to] : m_glue)
        for (const auto &[cellName, part, sheet] :
             {std::tuple{"BeginX", "9", from}, std::tuple{"EndX", "12", to}}) {
            m_xml.writeEmptyElement(QStringLiteral("Connect"));
            m_xml.writeAttribute(QStringLiteral("FromSheet"), QString::number(connector));
            m_xml.writeAttribute(QStringLiteral("FromCell"), QLatin1String(cellName));
            m_xml.writeAttribute(QStringLiteral("FromPart"), QLatin1String(part));
            m_xml.writeAttribute(QStringLiteral("ToSheet"), QString::number(sheet));
            m_xml.writeAttribute(QStringLiteral("ToCell"), QStringLiteral("PinX"));
            m_xml.writeAttribute(QStringLiteral("ToPart"), QStringLiteral("3"));
        }
    m_xml.writeEndElement();
}

} // namespace mailpath::app::vsdx
