#include "exporter.h"
#include "savefile.h"

#include "diagramrenderer.h"
#include "exportstyle.h"
#include "drawioexport.h"
#include "app/base/language.h"
#include "exportmodel.h"
#include "pdfexport.h"
#include "reportexport.h"
#include "vsdxexport.h"

#include "core/sim/simulator.h"

#include <QApplication>
#include <QBuffer>
#include <QFileInfo>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSvgGenerator>

#include <cmath>

namespace mailpath::app {

namespace {

constexpr double sceneDpi = 96;    // one scene unit is one pixel on a 96-DPI screen
} // namespace

QString exportTitle(const core::Design &design, const ExportSettings &settings)
{
    if (!settings.title.isEmpty())
        return settings.title;
    return design.name.empty() ? QObject::tr("Network design") : QString::fromStdString(design.name);
}

QDate exportDate(const ExportSettings &settings)
{
    return settings.date.isValid() ? settings.date : QDate::currentDate();
}

Exporter::Exporter(const core::Design &design)
    : m_design(design)
{}

std::optional<ExportFormat> Exporter::formatForPath(const QString &path, bool report)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png"))
        return ExportFormat::Png;
    if (suffix == QLatin1String("svg"))
        return ExportFormat::Svg;
    if (suffix == QLatin1String("pdf"))
        return report ? ExportFormat::PdfReport : ExportFormat::Pdf;
    if (suffix == QLatin1String("drawio") || suffix == QLatin1String("xml"))
        return ExportFormat::DrawIo;
    if (suffix == QLatin1String("vsdx"))
        return ExportFormat::Vsdx;
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return ExportFormat::HtmlReport;
    return std::nullopt;
}

QString Exporter::suffixOf(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Png: return QStringLiteral("png");
    case ExportFormat::Svg: return QStringLiteral("svg");
    case ExportFormat::Pdf:
    case ExportFormat::PdfReport: return QStringLiteral("pdf");
    case ExportFormat::DrawIo: return QStringLiteral("drawio");
    case ExportFormat::Vsdx: return QStringLiteral("vsdx");
    case ExportFormat::HtmlReport: return QStringLiteral("html");
    }
    return QStringLiteral("png");
}

ExportResult Exporter::fail(ExportResult result, const QString &message)
{
    m_error = message;
    return result;
}

std::optional<core::Trace> Exporter::traceFor(const ExportSettings &settings,
                                              ExportResult &result)
{
    result = ExportResult::Ok;
    std::optional<core::Query> query = settings.flow;
    if (!query && !settings.flowId.isEmpty()) {
        for (const auto &flow : m_design.flows())
            if (QString::fromStdString(flow.id) == settings.flowId)
                query = core::flowQuery(flow);
        if (!query) {
            result = fail(ExportResult::UnknownFlow,
                          QObject::tr("The design has no flow \"%1\".").arg(settings.flowId));
            return std::nullopt;
        }
    }
    if (!query)
        return std::nullopt;
    return core::Simulator(m_design).trace(*query);
}

ExportResult Exporter::exportTo(const QString &path, const ExportSettings &settings)
{
    m_error.clear();
    installCurrentLanguage(); // the CLI makes its QApplication after choosing the language
    const ScopedLanguage language(settings.language);
    if (m_design.resourceCount() == 0)
        return fail(ExportResult::EmptyDesign, QObject::tr("The design is empty."));
    if (const QString reason = unwritableReason(path); !reason.isEmpty())
        return fail(ExportResult::WriteFailed, reason);
    ExportResult result = ExportResult::Ok;
    const auto trace = traceFor(settings, result);
    if (result != ExportResult::Ok)
        return result;
    const QString title = exportTitle(m_design, settings);
    if (settings.format != ExportFormat::DrawIo
        && !qobject_cast<QApplication *>(QCoreApplication::instance()))
        return fail(ExportResult::NoApplication,
                    QObject::tr("Rendering a diagram needs a QApplication."));
    QString error;
    switch (settings.format) {
    case ExportFormat::Png: return writePng(path, settings, trace);
    case ExportFormat::Svg: return writeSvg(path, settings, trace);
    case ExportFormat::Pdf: return writePdf(path, settings, trace);
    case ExportFormat::DrawIo:
        if (!writeDrawIo(m_design, {title, exportDate(settings), settings.author,
                                    exportFlows(m_design, trace)}, path, error))
            return fail(ExportResult::WriteFailed, error);
        return ExportResult::Ok;
    case ExportFormat::Vsdx:
        if (!writeVsdx(m_design, {title, exportDate(settings), settings.author,
                                  exportFlows(m_design, trace)}, path, error))
            return fail(ExportResult::WriteFailed, error);
        return ExportResult::Ok;
    case ExportFormat::HtmlReport:
    case ExportFormat::PdfReport: {
        const auto flows = simulateFlows(m_design, settings.flow ? trace : std::nullopt);
        DiagramRenderer renderer(m_design);
        renderer.setTrace(trace);
        const bool ok = settings.format == ExportFormat::HtmlReport
                            ? writeHtmlReport(renderer, flows, title, exportDate(settings), path, error)
                            : writePdfReport(renderer, flows, title, exportDate(settings), path, error);
        return ok ? ExportResult::Ok : fail(ExportResult::WriteFailed, error);
    }
    }
    return ExportResult::Ok;
}

ExportResult Exporter::writePng(const QString &path, const ExportSettings &settings,
                                const std::optional<core::Trace> &trace)
{
    DiagramRenderer renderer(m_design);
    renderer.setTrace(trace);
    const QRectF source = renderer.sourceRect();
    double scale = std::max(1, settings.dpi) / sceneDpi;
    const double pixels = source.width() * source.height() * scale * scale;
    if (pixels > double(maxImagePixels)) // a huge account: keep the file writable
        scale *= std::sqrt(double(maxImagePixels) / pixels);
    if (scale * source.width() < 1 || scale * source.height() < 1)
        return fail(ExportResult::ImageTooLarge, QObject::tr("The diagram is too large for a PNG."));
    const double unit = scale * sceneDpi / 72.0; // one typographic point in image pixels
    const int band = int(std::ceil(26 * unit));    // the title line: title left, date right
    const QSize drawing(int(std::ceil(source.width() * scale)), int(std::ceil(source.height() * scale)));
    QImage image(QSize(drawing.width(), drawing.height() + band), QImage::Format_RGB32);
    if (image.isNull())
        return fail(ExportResult::ImageTooLarge, QObject::tr("Not enough memory for the image."));
    image.fill(Qt::white);
    {
        QPainter painter(&image); // at the default 96 DPI, so fonts scale with the drawing
        const QRectF line(8 * unit, 0, drawing.width() - 16 * unit, band - 4 * unit);
        QFont font;
        font.setPixelSize(std::max(1, int(std::lround(13 * unit))));
        font.setBold(true);
        painter.setFont(font);
        painter.setPen(QColor(0x23, 0x2f, 0x3e));
        painter.drawText(line, Qt::AlignLeft | Qt::AlignVCenter, exportTitle(m_design, settings));
        font.setBold(false);
        font.setPixelSize(std::max(1, int(std::lround(9 * unit))));
        painter.setFont(font);
        painter.drawText(line, Qt::AlignRight | Qt::AlignVCenter,
                         exportDate(settings).toString(Qt::ISODate));
        renderer.renderDiagram(painter, QRectF(QPointF(0, band), drawing));
    }
    const int dotsPerMeter = int(std::lround(scale * sceneDpi / 0.0254));
    image.setDotsPerMeterX(dotsPerMeter);
    image.setDotsPerMeterY(dotsPerMeter);
    QSaveFile file(path);
    QImageWriter writer(&file, "png");
    if (!file.open(QIODevice::WriteOnly) || !writer.write(image) || !commitSaveFile(file))
        return fail(ExportResult::WriteFailed,
                    QObject::tr("Could not write %1: %2")
                        .arg(path, writer.error() != QImageWriter::UnknownError
                                       ? writer.errorString() : file.errorString()));
    return ExportResult::Ok;
}

ExportResult Exporter::writeSvg(const QString &path, const ExportSettings &settings,
                                const std::optional<core::Trace> &trace)
{
    DiagramRenderer renderer(m_design);
    renderer.setTrace(trace);
    const QRectF source = renderer.sourceRect();
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    svg.setSize(source.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
    svg.setResolution(int(sceneDpi));
    svg.setTitle(exportTitle(m_design, settings));
    svg.setDescription(QObject::tr("Drawn by MailPath on %1")
                           .arg(exportDate(settings).toString(Qt::ISODate)));
    QPainter painter;
    if (!painter.begin(&svg))
        return fail(ExportResult::WriteFailed, QObject::tr("Could not write %1.").arg(path));
    renderer.renderDiagram(painter, QRectF(QPointF(0, 0), source.size()));
    painter.end();
    // Qt names the family only ("DejaVu Sans"); browsers without it need generic fallbacks.
    // Control characters in a name would make the XML unreadable.
    const QByteArray svgText = withoutControlCharacters(withFontStack(buffer.data()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(svgText) != svgText.size()
        || !commitSaveFile(file))
        return fail(ExportResult::WriteFailed,
                    QObject::tr("Could not write %1: %2").arg(path, file.errorString()));
    return ExportResult::Ok;
}

ExportResult Exporter::writePdf(const QString &path, const ExportSettings &settings,
                                const std::optional<core::Trace> &trace)
{
    DiagramRenderer renderer(m_design);
    renderer.setTrace(trace);
    QString error;
    if (!writeDiagramPdf(renderer, settings, exportTitle(m_design, settings), path, error))
        return fail(ExportResult::WriteFailed, error);
    return ExportResult::Ok;
}

} // namespace mailpath::app
