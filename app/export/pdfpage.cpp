#include "pdfexport.h"
#include "savefile.h"

#include "diagramrenderer.h"
#include "exportmodel.h"
#include "exportstyle.h"

#include <QFontMetricsF>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <cmath>
#include <set>

namespace mailpath::app {

using namespace core;

namespace {

constexpr double unit = pdfUnit;
constexpr double margin = 24 * unit, titleH = 24 * unit, bandH = 112 * unit, gap = 8 * unit;

QFont pdfFont(double points, bool bold = false)
{
    QFont font = exportFont();
    font.setPixelSize(std::max(1, int(std::lround(points * unit))));
    font.setBold(bold);
    return font;
}

/** The title line: as large as fits on one line, from 15 pt down to 6 pt. */
void paintTitleLine(QPainter &painter, const QRectF &rect, const QString &text, const QDate &date)
{
    painter.setPen(colors::ink);
    painter.setFont(pdfFont(9));
    const double dateW = QFontMetricsF(painter.font()).horizontalAdvance(date.toString(Qt::ISODate));
    painter.drawText(rect, Qt::AlignRight | Qt::AlignVCenter, date.toString(Qt::ISODate));
    double points = 15;
    for (; points > minPrintedPoints; points -= 0.5)
        if (QFontMetricsF(pdfFont(points, true)).horizontalAdvance(text) <= rect.width() - dateW - gap)
            break;
    painter.setFont(pdfFont(points, true));
    painter.drawText(rect.adjusted(0, 0, -dateW - gap, 0), Qt::AlignLeft | Qt::AlignVCenter, text);
    painter.setPen(QPen(colors::ink, 0.6 * unit));
    painter.drawLine(rect.bottomLeft(), rect.bottomRight());
}

void paintTitleBlock(QPainter &painter, const DiagramRenderer &renderer, const QRectF &box,
                     const PdfView &view, const PdfPageInfo &info)
{
    painter.setPen(QPen(colors::ink, 0.8 * unit));
    painter.setBrush(Qt::NoBrush);
    painter.drawRect(box);
    const double pad = 5 * unit;
    QRectF text = box.adjusted(pad, pad, -pad, -pad);
    // The full title, wrapped: never shortened.
    painter.setFont(pdfFont(10, true));
    const QRectF used = painter.boundingRect(text, Qt::TextWordWrap, info.title);
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, info.title);
    text.setTop(used.bottom() + 2 * unit);
    QStringList lines;
    if (const QString from = provenance(renderer.design()); !from.isEmpty())
        lines << from;
    lines << QObject::tr("Date: %1").arg(info.date.toString(Qt::ISODate));
    lines << QObject::tr("Author: %1").arg(info.author);
    if (const auto &trace = renderer.trace()) {
        lines << QObject::tr("Flow: %1").arg(describeTrace(renderer.design(), *trace));
        if (trace->blockedAt)
            lines << QObject::tr("Blocked at %1: %2")
                         .arg(QString::fromStdString(renderer.design().displayName(trace->blockedAt->resource)),
                              QString::fromStdString(std::string(toString(trace->blockedAt->reason))));
    }
    QString page = QObject::tr("Page %1 of %2").arg(info.page).arg(info.pages);
    if (!view.caption.isEmpty())
        page += QStringLiteral(" · ") + view.caption;
    lines << page << QObject::tr("Drawn by MailPath %1").arg(QStringLiteral(MAILPATH_VERSION));
    painter.setFont(pdfFont(7));
    painter.drawText(text, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap,
                     lines.join(QLatin1Char('\n')));
}

/** The whole design too small to read: a picture of it, so no text is printed under 6 pt. */
void paintOverview(QPainter &painter, const DiagramRenderer &renderer, const QRectF &area)
{
    const QRectF source = renderer.sourceRect();
    const double s = std::min(area.width() / source.width(), area.height() / source.height());
    const QSizeF size = source.size() * s;
    const QRectF fitted(area.center() - QPointF(size.width(), size.height()) / 2, size);
    QImage image((size * 2.5).toSize(), QImage::Format_RGB32); // about 240 DPI
    image.fill(Qt::white);
    {
        QPainter raster(&image);
        renderer.renderDiagram(raster, QRectF(QPointF(0, 0), image.size()));
    }
    painter.drawImage(fitted, image);
}

} // namespace

void paintPdfPage(QPainter &painter, const DiagramRenderer &renderer, const QSizeF &page,
                  const PdfView &view, const PdfPageInfo &info)
{
    const QRectF inner = QRectF(QPointF(0, 0), page).adjusted(margin, margin, -margin, -margin);
    painter.save();
    QString heading = info.title;
    if (!view.caption.isEmpty())
        heading += QStringLiteral(" — ") + view.caption;
    paintTitleLine(painter, QRectF(inner.left(), inner.top(), inner.width(), titleH), heading,
                   info.date);
    const QRectF area = pdfDiagramArea(page);
    if (view.overview)
        paintOverview(painter, renderer, area);
    else
        renderer.renderDiagram(painter, area, view.source);
    const QRectF band(inner.left(), inner.bottom() - bandH, inner.width(), bandH);
    const double blockW = std::min(250 * unit, band.width() / 2);
    renderer.renderLegend(painter, QRectF(band.left(), band.top(), band.width() - blockW - gap, bandH),
                          unit);
    paintTitleBlock(painter, renderer, QRectF(band.right() - blockW, band.top(), blockW, bandH), view,
                    info);
    painter.restore();
}

bool writeDiagramPdf(const DiagramRenderer &renderer, const ExportSettings &settings,
                     const QString &title, const QString &path, QString &error)
{
    const PdfPlan plan = planPdf(renderer, settings.paper, settings.orientation);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        error = QObject::tr("Could not write %1: %2").arg(path, file.errorString());
        return false;
    }
    CheckedOutput output(&file, CheckedOutput::Text::AsIs); // QPdfWriter ignores failed writes
    {
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
        const QSizeF page(pdf.width(), pdf.height());
        const PdfPageInfo base{title, exportDate(settings), settings.author, 1,
                               int(plan.views.size())};
        for (size_t i = 0; i < plan.views.size(); ++i) {
            if (i > 0)
                pdf.newPage();
            PdfPageInfo info = base;
            info.page = int(i) + 1;
            paintPdfPage(painter, renderer, page, plan.views[i], info);
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
