#pragma once

#include "exporter.h"

#include <QDate>
#include <QPageLayout>
#include <QPageSize>
#include <QRectF>
#include <QString>

#include <vector>

class QPainter;

namespace mailpath::app {

class DiagramRenderer;

/** One page of a diagram PDF: the part of the drawing it shows and how. */
struct PdfView
{
    QRectF source;   //!< scene rectangle drawn on the page
    QString caption; //!< "Overview", "VPC prod (10.0.0.0/16)", "… (2 of 4)"
    bool overview = false; //!< the whole design too small to read: drawn as a picture
};

/** Paper, orientation and pages for a diagram: one page, or an overview plus details. */
struct PdfPlan
{
    QPageSize size;
    QPageLayout::Orientation orientation = QPageLayout::Landscape;
    std::vector<PdfView> views;
    double scale = 1; //!< of the first detail page (page units per scene unit)
};

// The PDF painter works at the scene's 96 DPI: item fonts given in points then keep their
// size relative to the boxes. Output stays vector.
inline constexpr int pdfResolution = 96;
inline constexpr double pdfUnit = pdfResolution / 72.0; //!< page units per typographic point

/**
 * The smallest text the drawing uses, in points at scale 1: edge labels are 7 pt, which a
 * 96 DPI painter rounds to 9 px, 6.75 pt.
 */
inline constexpr double diagramMinTextPoints = 6.75;
/** No text in a PDF is printed smaller than this. */
inline constexpr double minPrintedPoints = 6;

PdfPlan planPdf(const DiagramRenderer &renderer, Paper paper, Orientation orientation);

/** Writes the diagram PDF: per page the title line, the view, legend and title block. */
bool writeDiagramPdf(const DiagramRenderer &renderer, const ExportSettings &settings,
                     const QString &title, const QString &path, QString &error);

/** A page's size in page units (96 DPI). */
QSizeF pageSizeOf(const QPageSize &size, QPageLayout::Orientation orientation);
/** The rectangle a page leaves for the drawing (96 DPI page units). */
QRectF pdfDiagramArea(const QSizeF &page);

/** What the title line and title block of a page say. */
struct PdfPageInfo
{
    QString title;
    QDate date;
    QString author;
    int page = 1;
    int pages = 1;
};

/** One page: title line, the view of the drawing, legend and title block. */
void paintPdfPage(QPainter &painter, const DiagramRenderer &renderer, const QSizeF &page,
                  const PdfView &view, const PdfPageInfo &info);

} // namespace mailpath::app
