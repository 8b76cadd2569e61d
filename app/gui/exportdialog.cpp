// Minimal File > Export… until app/export provides the full exporter (draw.io, report).
#include "exporthook.h"

#include "app/canvas/diagramscene.h"
#include "core/sim/simulator.h"

#include <QFileDialog>
#include <QImage>
#include <QInputDialog>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace mailpath::app {

namespace {

bool render(DiagramScene &scene, const QString &path, int dpi)
{
    scene.clearSelection();
    const QRectF source = scene.itemsBoundingRect().adjusted(-20, -20, 20, 20);
    if (path.endsWith(QStringLiteral(".svg"), Qt::CaseInsensitive)) {
        QSvgGenerator svg;
        svg.setFileName(path);
        svg.setSize(source.size().toSize());
        svg.setViewBox(QRectF(QPointF(0, 0), source.size()));
        svg.setTitle(QStringLiteral("MailPath diagram"));
        QPainter painter(&svg);
        scene.render(&painter, QRectF(QPointF(0, 0), source.size()), source);
        return painter.end();
    }
    if (path.endsWith(QStringLiteral(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A3));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setTitle(QStringLiteral("MailPath diagram"));
        QPainter painter(&pdf);
        scene.render(&painter, QRectF(), source, Qt::KeepAspectRatio);
        return painter.end();
    }
    const double scale = dpi / 96.0;
    QImage image((source.size() * scale).toSize(), QImage::Format_ARGB32_Premultiplied);
    image.setDotsPerMeterX(int(dpi / 0.0254));
    image.setDotsPerMeterY(int(dpi / 0.0254));
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), image.size()), source);
    painter.end();
    return image.save(path);
}

} // namespace

void showExportDialog(QWidget *parent, const core::Design &design, const QString &currentFlowId)
{
    QString filter;
    QString path = QFileDialog::getSaveFileName(
        parent, QObject::tr("Export diagram"), QString(),
        QObject::tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"), &filter);
    if (path.isEmpty())
        return;
    if (!path.contains('.'))
        path += filter.startsWith("SVG") ? ".svg" : filter.startsWith("PDF") ? ".pdf" : ".png";
    int dpi = 96;
    if (path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive)) {
        bool ok = false;
        dpi = QInputDialog::getInt(parent, QObject::tr("Export PNG"), QObject::tr("Resolution (DPI):"),
                                   192, 72, 600, 24, &ok);
        if (!ok)
            return;
    }
    core::Design copy = design;
    DiagramScene scene(copy);
    for (const auto &flow : copy.flows()) {
        if (QString::fromStdString(flow.id) != currentFlowId)
            continue;
        try {
            core::Simulator simulator(copy);
            scene.showTrace(simulator.trace(core::Query{flow.from, flow.to, flow.port, {}, {}}));
        } catch (const std::exception &) {
            // Export the diagram without a path rather than nothing.
        }
    }
    if (!render(scene, path, dpi))
        QMessageBox::critical(parent, QObject::tr("Export"),
                              QObject::tr("Could not write %1.").arg(path));
}

} // namespace mailpath::app
