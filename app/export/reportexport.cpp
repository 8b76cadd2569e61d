#include "reportexport.h"

#include "app/base/language.h"
#include "app/base/reasontext.h"
#include "savefile.h"

#include "diagramrenderer.h"
#include "exportstyle.h"
#include "pdfexport.h"
#include "reportcrop.h"
#include "reportmailpaths.h"

#include "app/canvas/readablenames.h"
#include "core/sim/simulator.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextCursor>
#include <QTextDocument>

#include <functional>

#include <cmath>

namespace mailpath::app {

using namespace core;

namespace {

constexpr double maxImageWidth = 4000; // pixels of the diagram embedded in the HTML report

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString nameOf(const Design &design, const std::string &id)
{
    if (id.empty())
        return QStringLiteral("—");
    const QString name = qs(design.displayName(id));
    return name == qs(id) ? name : QStringLiteral("%1 (%2)").arg(name, qs(id));
}

QString imageDataUri(const DiagramRenderer &renderer, QRectF source = {}, double scale = 0)
{
    if (source.isEmpty())
        source = renderer.sourceRect();
    if (scale <= 0)
        scale = std::min(2.0, maxImageWidth / std::max(1.0, source.width()));
    QImage image((source.size() * scale).toSize(), QImage::Format_RGB32);
    image.fill(Qt::white);
    {
        QPainter painter(&image);
        renderer.renderDiagram(painter, QRectF(QPointF(0, 0), image.size()), source);
    }
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "png");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

QString verdictCell(const ReportFlow &f)
{
    const bool delivered = f.trace.delivered();
    if (!delivered && f.expect == QLatin1String("blocked") && f.asExpected) // a passing check
        return QStringLiteral("<span style=\"color:#1d8f3a;font-weight:bold\">%1</span>")
            .arg(QCoreApplication::translate("ReportExport", "✓ BLOCKED, as designed"));
    return QStringLiteral("<span style=\"color:%1;font-weight:bold\">%2</span>")
        .arg(delivered ? QStringLiteral("#1d8f3a") : QStringLiteral("#d11f2f"),
             delivered ? QCoreApplication::translate("ReportExport", "DELIVERED")
                       : QCoreApplication::translate("ReportExport", "BLOCKED"));
}

QString expectationCell(const ReportFlow &f)
{
    if (f.expect.isEmpty())
        return QStringLiteral("—");
    QString text = f.expect + (f.expectReason.isEmpty() ? QString() : " " + f.expectReason);
    return esc(text) + (f.asExpected ? QCoreApplication::translate("ReportExport", " ✓ as expected")
                                     : QStringLiteral(" <b style=\"color:#d11f2f\">%1</b>")
                                           .arg(QCoreApplication::translate("ReportExport",
                                                                            "✗ differs")));
}

QString summaryTable(const Design &design, const std::vector<ReportFlow> &flows)
{
    QString html = QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" width=\"100%\">"
                                  "<thead><tr><th>#</th><th>%1</th><th>%2</th>"
                                  "<th>%3</th><th>%4</th></tr></thead>")
                       .arg(QCoreApplication::translate("ReportExport", "Flow"),
                            QCoreApplication::translate("ReportExport", "From → To : port"),
                            QCoreApplication::translate("ReportExport", "Verdict"),
                            QCoreApplication::translate("ReportExport", "Expected"));
    for (size_t i = 0; i < flows.size(); ++i) {
        const auto &q = flows[i].trace.query;
        html += QStringLiteral("<tr><td>%1</td><td><a href=\"#flow-%1\">%2</a></td>"
                               "<td>%3 → %4 : %5</td><td>%6</td><td>%7</td></tr>")
                    .arg(i + 1)
                    .arg(esc(flows[i].name), esc(nameOf(design, q.from)), esc(nameOf(design, q.to)))
                    .arg(q.port)
                    .arg(verdictCell(flows[i]), expectationCell(flows[i]));
    }
    return html + QStringLiteral("</table>");
}

QString blameTable(const Design &design, const BlockedAt &b)
{
    return QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                          "style=\"background-color:#fff4f4\">"
                          "<tr><th align=\"left\">%7</th><td>%1 — %2, %3</td></tr>"
                          "<tr><th align=\"left\">%8</th><td><b>%4</b>: %5</td></tr>"
                          "<tr><th align=\"left\">%9</th><td>%6</td></tr></table>")
        .arg(esc(nameOf(design, b.resource)), qs(kindName(b.kind)), directionText(b.direction),
             qs(toString(b.reason)), esc(withNames(design, detailText(b).toStdString())),
             esc(withNames(design, fixText(b).toStdString())),
             QCoreApplication::translate("ReportExport", "Blamed"),
             QCoreApplication::translate("ReportExport", "Reason"),
             QCoreApplication::translate("ReportExport", "Fix"));
}

QString hopRows(const Design &design, const std::vector<Hop> &hops, const QString &direction,
                int &number)
{
    QString html;
    for (const auto &hop : hops)
        html += QStringLiteral("<tr><td>%1</td><td>%2</td><td>%3</td><td>%4</td><td>%5</td>"
                               "<td>%6</td><td>%7 → %8</td><td>%9 → %10</td><td>%11</td></tr>")
                    .arg(++number)
                    .arg(direction, esc(nameOf(design, hop.resource)), qs(kindName(hop.kind)),
                         esc(qs(actionText(hop.action))), esc(qs(hop.rule)), qs(hop.in.srcText()),
                         qs(hop.in.dstText()), qs(hop.out.srcText()))
                    .arg(qs(hop.out.dstText()),
                         esc(withNames(design, noteText(hop).toStdString())));
    return html;
}

QString flowSection(const Design &design, const ReportFlow &f, size_t index, const QString &diagram)
{
    const auto &t = f.trace;
    // Each flow opens a page in the PDF: its diagram and hop table read together.
    QString html = QStringLiteral("<h3 style=\"page-break-before:always\"><a name=\"flow-%1\"></a>"
                                  "%1. %2</h3><p>%3 → %4 : %5 — %6")
                       .arg(index + 1)
                       .arg(esc(f.name), esc(nameOf(design, t.query.from)),
                            esc(nameOf(design, t.query.to)))
                       .arg(t.query.port)
                       .arg(verdictCell(f));
    if (!f.expect.isEmpty())
        html += QStringLiteral(" &nbsp; ")
                + QCoreApplication::translate("ReportExport", "(expected: %1)")
                      .arg(expectationCell(f));
    html += QStringLiteral("</p>");
    if (t.query.hasEnvelope())
        html += QCoreApplication::translate("ReportExport",
                                            "<p>Envelope: MAIL FROM %1, RCPT TO %2</p>")
                    .arg(esc(qs(t.query.mailFrom.empty() ? "-" : t.query.mailFrom)),
                         esc(qs(t.query.rcptTo.empty() ? "-" : t.query.rcptTo)));
    html += diagram;
    if (t.blockedAt)
        html += blameTable(design, *t.blockedAt);
    for (const auto &w : warningTexts(t))
        html += QStringLiteral("<p style=\"color:#a15c00\">%1</p>")
                    .arg(QCoreApplication::translate("ReportExport", "Warning: %1").arg(esc(w)));
    for (const auto &n : noteTexts(t))
        html += QStringLiteral("<p style=\"color:#555\">%1</p>")
                    .arg(QCoreApplication::translate("ReportExport", "Assumption: %1").arg(esc(n)));
    // <thead> repeats on every page the table spans (QTextTableFormat::headerRowCount).
    html += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\" "
                           "style=\"font-size:7pt\"><thead><tr><th>#</th>");
    for (const char *column : {QT_TRANSLATE_NOOP("ReportExport", "Dir"),
                               QT_TRANSLATE_NOOP("ReportExport", "Resource"),
                               QT_TRANSLATE_NOOP("ReportExport", "Kind"),
                               QT_TRANSLATE_NOOP("ReportExport", "Action"),
                               QT_TRANSLATE_NOOP("ReportExport", "Rule"),
                               QT_TRANSLATE_NOOP("ReportExport", "Header in"),
                               QT_TRANSLATE_NOOP("ReportExport", "Header out"),
                               QT_TRANSLATE_NOOP("ReportExport", "Note")})
        html += QStringLiteral("<th>%1</th>").arg(QCoreApplication::translate("ReportExport", column));
    html += QStringLiteral("</tr></thead>");
    int number = 0;
    html += hopRows(design, t.forward, directionText(Direction::Forward), number);
    html += hopRows(design, t.reply, directionText(Direction::Return), number);
    return html + QStringLiteral("</table>");
}

QString flowsHtml(const Design &design, const std::vector<ReportFlow> &flows,
                  const std::function<QString(size_t)> &diagramFor)
{
    if (flows.empty())
        return QStringLiteral("<h2>%1</h2><p>%2</p>")
            .arg(QCoreApplication::translate("ReportExport", "Flows"),
                 QCoreApplication::translate("ReportExport", "The design declares no expected flows."));
    QString html = QStringLiteral("<h2>%1</h2>").arg(QCoreApplication::translate("ReportExport", "Flows"))
                   + summaryTable(design, flows);
    for (size_t i = 0; i < flows.size(); ++i)
        html += flowSection(design, flows[i], i, diagramFor(i));
    return html;
}

QString headerHtml(const Design &design, const QString &title, const QDate &date)
{
    return QStringLiteral("<h1>%1</h1><p style=\"color:#555\">%2</p>")
        .arg(esc(title), QCoreApplication::translate("ReportExport", "%1 · %2 resources · MailPath %3")
                             .arg(date.toString(Qt::ISODate))
                             .arg(design.resourceCount())
                             .arg(QStringLiteral(MAILPATH_VERSION)));
}

} // namespace

std::vector<ReportFlow> simulateFlows(const Design &design, const std::optional<Trace> &extra)
{
    std::vector<ReportFlow> results;
    if (extra)
        results.push_back({QObject::tr("Requested flow"), {}, {}, *extra, true});
    if (design.flows().empty())
        return results;
    const Simulator simulator(design);
    for (const auto &flow : design.flows()) {
        ReportFlow r;
        r.name = qs(flow.name.empty() ? flow.id : flow.name);
        r.expect = qs(flow.expect);
        r.expectReason = qs(flow.expectReason);
        r.trace = simulator.trace(flowQuery(flow));
        r.asExpected = qs(toString(r.trace.verdict)) == r.expect;
        if (r.asExpected && !r.expectReason.isEmpty())
            r.asExpected = r.trace.blockedAt
                           && qs(toString(r.trace.blockedAt->reason)) == r.expectReason;
        results.push_back(std::move(r));
    }
    return results;
}

QString reportHtml(const DiagramRenderer &renderer, const std::vector<ReportFlow> &flows,
                   const QString &title, const QDate &date, bool embedImage)
{
    const Design &design = renderer.design();
    // lang lets a browser pick Japanese glyph forms; the stack names CJK faces per system.
    QString html = QStringLiteral("<!DOCTYPE html><html lang=\"%2\"><head><meta charset=\"utf-8\">"
                                  "<title>%1</title>"
                                  "<style>body{font-family:%3;color:#232f3e;margin:2em}"
                                  "table{border-collapse:collapse}th{background:#eef1f4}"
                                  "img.diagram{max-width:100%;border:1px solid #ccd}</style>"
                                  "</head><body>")
                       .arg(esc(title), currentLanguage(), QLatin1String(svgFontStack));
    html += headerHtml(design, title, date);
    if (embedImage)
        html += QStringLiteral("<p><img class=\"diagram\" alt=\"diagram\" src=\"%1\"></p>")
                    .arg(imageDataUri(renderer));
    html += flowsHtml(design, flows, [&](size_t i) {
        if (!embedImage)
            return QString();
        // The flow's own path, cropped, at twice the size it reads at on a page.
        const auto diagram = flowDiagram(design, flows[i].trace, QSizeF(1000, 640));
        return QStringLiteral("<p><img class=\"diagram\" alt=\"path of flow %1\" src=\"%2\"></p>")
            .arg(i + 1)
            .arg(imageDataUri(*diagram.renderer, diagram.view.source, 2 * diagram.view.scale));
    });
    return html + mailPathsHtml(design) + QStringLiteral("</body></html>\n");
}

bool writeHtmlReport(const DiagramRenderer &renderer, const std::vector<ReportFlow> &flows,
                     const QString &title, const QDate &date, const QString &path, QString &error)
{
    QSaveFile file(path);
    const QByteArray html = withoutControlCharacters(
        reportHtml(renderer, flows, title, date, true).toUtf8());
    if (!file.open(QIODevice::WriteOnly) || file.write(html) != html.size()
        || !commitSaveFile(file)) {
        error = QObject::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

namespace {

/** Replaces each "[[flow-diagram N]]" paragraph with the inline vector diagram N. */
void insertFlowDiagrams(QTextDocument &doc, size_t count)
{
    for (size_t i = 0; i < count; ++i) {
        QTextCursor cursor = doc.find(QStringLiteral("[[flow-diagram %1]]").arg(i));
        if (cursor.isNull())
            continue;
        QTextCharFormat format;
        format.setObjectType(FlowDiagramObject::objectType);
        format.setProperty(FlowDiagramObject::indexProperty, int(i));
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
}

} // namespace

bool writePdfReport(const DiagramRenderer &renderer, const std::vector<ReportFlow> &flows,
                    const QString &title, const QDate &date, const QString &path, QString &error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = QObject::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    CheckedOutput output(&file, CheckedOutput::Text::AsIs); // QPdfWriter ignores failed writes
    {
        // The whole diagram as the diagram PDF draws it on A4 (overview and details when
        // it cannot be read on one page), then one section per flow.
        const PdfPlan plan = planPdf(renderer, Paper::A4, Orientation::Auto);
        QPdfWriter pdf(&output);
        pdf.setResolution(pdfResolution);
        pdf.setTitle(title);
        pdf.setCreator(QStringLiteral("MailPath " MAILPATH_VERSION));
        pdf.setPageLayout(QPageLayout(plan.size, plan.orientation, QMarginsF()));
        QPainter painter;
        if (!painter.begin(&pdf)) {
            error = QObject::tr("Could not write %1.").arg(path);
            return false;
        }
        const QSizeF pageSize(pdf.width(), pdf.height());
        for (size_t i = 0; i < plan.views.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            paintPdfPage(painter, renderer, pageSize, plan.views[i],
                         {title, date, {}, int(i) + 1, int(plan.views.size())});
        }
        const double unit = pdfResolution / 72.0, margin = 36 * unit;
        const QSizeF body(pageSize.width() - 2 * margin, pageSize.height() - 2 * margin);
        std::vector<FlowDiagram> diagrams;
        for (const auto &f : flows)
            diagrams.push_back(flowDiagram(renderer.design(), f.trace,
                                           QSizeF(body.width(), body.height() * 0.55)));
        FlowDiagramObject diagramObject(diagrams);
        QTextDocument doc;
        doc.documentLayout()->setPaintDevice(&pdf);
        doc.documentLayout()->registerHandler(FlowDiagramObject::objectType, &diagramObject);
        QFont font = exportFont();
        font.setPointSizeF(8);
        doc.setDefaultFont(font);
        doc.setHtml(headerHtml(renderer.design(), title, date)
                    + flowsHtml(renderer.design(), flows, [](size_t i) {
                          return QStringLiteral("<p>[[flow-diagram %1]]</p>").arg(i);
                      })
                    + mailPathsHtml(renderer.design()));
        insertFlowDiagrams(doc, diagrams.size());
        doc.setPageSize(body);
        for (int p = 0; p < doc.pageCount(); ++p) {
            pdf.newPage();
            painter.save();
            painter.translate(margin, margin - p * body.height());
            doc.drawContents(&painter, QRectF(0, p * body.height(), body.width(), body.height()));
            painter.restore();
        }
        painter.end();
    }
    if (output.failed() || !commitSaveFile(file)) {
        error = QObject::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

} // namespace mailpath::app
