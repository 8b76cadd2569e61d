// Build-time helper: renders the application's SVG icon to the PNG sizes of the hicolor
// icon theme. usage: mailpath-iconrender ICON.svg OUTPUT_DIR BASENAME SIZE...
// writes OUTPUT_DIR/SIZExSIZE/BASENAME.png for every SIZE.

#include <QCoreApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char **argv)
{
    // Raster painting needs no platform plugin: a core application is enough (and a build
    // machine without a display or the offscreen plugin can still render the icons).
    QCoreApplication app(argc, argv);

    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: mailpath-iconrender ICON.svg OUTPUT_DIR BASENAME SIZE...\n");
        return 2;
    }
    QSvgRenderer renderer(args.at(1));
    if (!renderer.isValid()) {
        std::fprintf(stderr, "mailpath-iconrender: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir outputDir(args.at(2));
    const QString baseName = args.at(3);
    for (const QString &sizeText : args.mid(4)) {
        bool ok = false;
        const int size = sizeText.toInt(&ok);
        if (!ok || size < 1 || size > 4096) {
            std::fprintf(stderr, "mailpath-iconrender: bad size %s\n", qPrintable(sizeText));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            painter.setRenderHint(QPainter::SmoothPixmapTransform);
            renderer.render(&painter, QRectF(0, 0, size, size));
        }
        const QString subDir = QStringLiteral("%1x%1").arg(size);
        if (!outputDir.mkpath(subDir)) {
            std::fprintf(stderr, "mailpath-iconrender: cannot create %s\n",
                         qPrintable(outputDir.filePath(subDir)));
            return 1;
        }
        const QString file = outputDir.filePath(subDir + QLatin1Char('/') + baseName + ".png");
        if (!image.save(file, "PNG")) {
            std::fprintf(stderr, "mailpath-iconrender: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
