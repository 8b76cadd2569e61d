#pragma once

#include "core/model/design.h"
#include "core/sim/trace.h"

#include <QDate>
#include <QString>

#include <optional>

namespace mailpath::app {

enum class ExportFormat {
    Png,        //!< raster image at settings.dpi
    Svg,        //!< vector drawing
    Pdf,        //!< vector page with title block and legend
    DrawIo,     //!< mxGraph XML, editable in draw.io / diagrams.net
    Vsdx,       //!< Visio drawing (Open Packaging zip)
    HtmlReport, //!< diagram plus every flow's verdict and hop table
    PdfReport,  //!< the same report as a PDF
};

/** PDF paper: Auto picks the smallest of A4 and A3 that keeps text at 6 pt or more. */
enum class Paper { Auto, A4, A3, Letter };
enum class Orientation { Auto, Portrait, Landscape };

struct ExportSettings
{
    ExportFormat format = ExportFormat::Png;
    int dpi = 150;                   //!< PNG resolution (96 = one pixel per scene unit)
    QString flowId;                  //!< an expected flow of the design to highlight
    std::optional<core::Query> flow; //!< or an ad-hoc flow (the CLI's --flow)
    QString title;                   //!< empty: the design's name
    QDate date;                      //!< invalid: today
    QString author;                  //!< the title block's author ("" leaves it out)
    Paper paper = Paper::Auto;       //!< PDF and PDF report
    Orientation orientation = Orientation::Auto;
    /** Legend, title block, hop tables and sentences: "ja", "en"; empty: the current one. */
    QString language;
};

enum class ExportResult {
    Ok,
    EmptyDesign,       //!< nothing to draw
    UnknownFlow,       //!< flowId names no flow of the design
    WriteFailed,       //!< the file could not be written (see errorString())
    ImageTooLarge,     //!< the PNG would exceed the pixel budget even at a lower DPI
    NoApplication,     //!< diagrams need a QApplication (the offscreen platform will do)
};

/**
 * Writes a design as an image, a drawing, a draw.io file or a report. Diagrams are the
 * canvas's own scene rendered offscreen, so an export looks like the screen; missing
 * layout is filled in on a copy. Needs a QApplication, for the scene (offscreen is fine).
 */
class Exporter
{
public:
    explicit Exporter(const core::Design &design);

    ExportResult exportTo(const QString &path, const ExportSettings &settings);
    QString errorString() const { return m_error; }

    /** The format a file name asks for (.png .svg .pdf .drawio .vsdx .html); report picks PDF report. */
    static std::optional<ExportFormat> formatForPath(const QString &path, bool report = false);
    static QString suffixOf(ExportFormat format);
    /** The largest PNG written, in pixels; larger requests are scaled down to fit. */
    static constexpr qint64 maxImagePixels = 120'000'000;

private:
    std::optional<core::Trace> traceFor(const ExportSettings &settings, ExportResult &result);
    ExportResult writePng(const QString &path, const ExportSettings &settings,
                          const std::optional<core::Trace> &trace);
    ExportResult writeSvg(const QString &path, const ExportSettings &settings,
                          const std::optional<core::Trace> &trace);
    ExportResult writePdf(const QString &path, const ExportSettings &settings,
                          const std::optional<core::Trace> &trace);
    ExportResult fail(ExportResult result, const QString &message);

    const core::Design &m_design;
    QString m_error;
};

/** Title and date with the defaults applied. */
QString exportTitle(const core::Design &design, const ExportSettings &settings);
QDate exportDate(const ExportSettings &settings);

} // namespace mailpath::app
