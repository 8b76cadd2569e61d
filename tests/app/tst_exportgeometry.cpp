// The facts of tst_diagramgeometry read back from exported SVG files: what a customer's
// document holds is the geometry core computed (no elision, no text struck by a foreign line,
// no overlapping texts, readable at A3).

#include "app/export/exporter.h"
#include "core/io/designfile.h"
#include "core/io/source.h"

#include <QFontMetricsF>
#include <QTemporaryDir>
#include <QTransform>
#include <QXmlStreamReader>
#include <QtTest>

using namespace mailpath;
using namespace mailpath::app;

namespace {

struct SvgText
{
    QString text;
    QRectF rect;
    double pixels = 0;
};

struct SvgFacts
{
    QRectF viewBox;
    std::vector<SvgText> texts;
    std::vector<QPolygonF> lines;
};

QTransform matrixOf(const QString &attr)
{
    static const QRegularExpression re(QStringLiteral("matrix\\(([^)]*)\\)"));
    const auto m = re.match(attr);
    if (!m.hasMatch())
        return {};
    const auto v = m.captured(1).split(QRegularExpression(QStringLiteral("[ ,]+")),
                                       Qt::SkipEmptyParts);
    if (v.size() != 6)
        return {};
    return QTransform(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble(),
                      v[4].toDouble(), v[5].toDouble());
}

SvgFacts readSvg(const QString &path)
{
    SvgFacts facts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    QXmlStreamReader xml(&file);
    std::vector<QTransform> stack{QTransform()};
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement()) {
            stack.pop_back();
            continue;
        }
        if (!xml.isStartElement())
            continue;
        const auto a = xml.attributes();
        const QTransform t = matrixOf(a.value(QStringLiteral("transform")).toString()) * stack.back();
        stack.push_back(t);
        const auto name = xml.name();
        if (name == QStringLiteral("svg")) {
            const auto v = a.value(QStringLiteral("viewBox")).toString().split(QLatin1Char(' '));
            facts.viewBox = QRectF(v[0].toDouble(), v[1].toDouble(), v[2].toDouble(), v[3].toDouble());
        } else if (name == QStringLiteral("text")) {
            const double px = a.value(QStringLiteral("font-size")).toDouble() * t.m22();
            QFont font(QStringLiteral("DejaVu Sans"));
            font.setPixelSize(std::max(1, qRound(px)));
            font.setBold(a.value(QStringLiteral("font-weight")) == QStringLiteral("700"));
            const QPointF at = t.map(QPointF(a.value(QStringLiteral("x")).toDouble(),
                                             a.value(QStringLiteral("y")).toDouble()));
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            stack.pop_back(); // readElementText consumed the end element
            if (text.trimmed().isEmpty())
                continue;
            const QFontMetricsF fm(font);
            facts.texts.push_back({text, QRectF(at.x(), at.y() - fm.ascent(),
                                                fm.horizontalAdvance(text), fm.height()), px});
        } else if (name == QStringLiteral("polyline")) {
            QPolygonF line;
            for (const auto &p : a.value(QStringLiteral("points")).toString().split(
                     QLatin1Char(' '), Qt::SkipEmptyParts)) {
                const auto xy = p.split(QLatin1Char(','));
                line << t.map(QPointF(xy[0].toDouble(), xy[1].toDouble()));
            }
            facts.lines.push_back(line);
        }
    }
    if (xml.hasError())
        qFatal("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
    return facts;
}

bool segmentHits(QPointF a, QPointF b, const QRectF &r)
{
    // Orthogonal and straight lines: sample finely enough for text heights.
    const double len = QLineF(a, b).length();
    for (int i = 0, n = std::max(2, int(len / 1.5)); i <= n; ++i)
        if (r.contains(a + (b - a) * (double(i) / n)))
            return true;
    return false;
}

bool passesCentre(const QPolygonF &line, QPointF c)
{
    for (int k = 0; k + 1 < line.size(); ++k)
        if (QRectF(line[k], line[k + 1]).normalized().adjusted(-3, -3, 3, 3).contains(c))
            return true;
    return false;
}

QStringList problems(const SvgFacts &f, double minPointsAtA3)
{
    QStringList out;
    // The page's drawing area on A3 landscape, in points.
    const double scale = std::min(1142.5 / f.viewBox.width(), 657.9 / f.viewBox.height());
    for (size_t i = 0; i < f.texts.size(); ++i) {
        const auto &t = f.texts[i];
        if (t.text.contains(QChar(0x2026)))
            out << QStringLiteral("elided: ") + t.text;
        if (minPointsAtA3 > 0 && t.pixels * scale < minPointsAtA3)
            out << QStringLiteral("%1 pt at A3: %2").arg(t.pixels * scale).arg(t.text);
        const QRectF ink = t.rect.adjusted(2, 2, -2, -2);
        for (size_t j = i + 1; j < f.texts.size(); ++j)
            if (ink.intersects(f.texts[j].rect.adjusted(2, 2, -2, -2)))
                out << t.text + QStringLiteral(" overlaps ") + f.texts[j].text;
        for (const auto &line : f.lines) {
            if (passesCentre(line, t.rect.center()))
                continue; // an edge through its own label's plate
            for (int k = 0; k + 1 < line.size(); ++k)
                if (segmentHits(line[k], line[k + 1], ink)) {
                    out << QStringLiteral("struck: ") + t.text;
                    break;
                }
        }
    }
    return out;
}

SvgFacts exportSvg(const core::Design &design, const QString &path)
{
    ExportSettings settings;
    settings.format = ExportFormat::Svg;
    Exporter exporter(design);
    if (exporter.exportTo(path, settings) != ExportResult::Ok)
        qFatal("export failed: %s", qPrintable(exporter.errorString()));
    return readSvg(path);
}

} // namespace

class TestExportGeometry : public QObject
{
    Q_OBJECT

private slots:
    void templates_data()
    {
        QTest::addColumn<QString>("name");
        // Every template shipped, so a new story is checked the day it is added.
        const QDir dir(QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates"));
        const QStringList files = dir.entryList({QStringLiteral("*.mailpath.json")}, QDir::Files);
        QVERIFY(files.size() >= 10);
        for (const QString &file : files) {
            const QString name = file.chopped(int(sizeof(".mailpath.json")) - 1);
            QTest::newRow(qPrintable(name)) << name;
        }
    }

    void templates()
    {
        QFETCH(QString, name);
        core::Design design;
        core::InputError error;
        const QString path =
            QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates/%1.mailpath.json").arg(name);
        QVERIFY(core::readDesignFile(path.toStdString(), design, error));
        QTemporaryDir dir;
        const SvgFacts facts = exportSvg(design, dir.filePath(name + QStringLiteral(".svg")));
        QVERIFY(facts.texts.size() > 5);
        const QStringList found = problems(facts, 0);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }

    void hybridCloudReadableAtA3()
    {
        core::Design design;
        core::Diagnostics diagnostics;
        core::InputError error;
        QVERIFY(core::loadSource(MAILPATH_SHARED_DIR "/aws-samples/batfish/hybrid-cloud-aws",
                                 design, diagnostics, error));
        QTemporaryDir dir;
        const SvgFacts facts = exportSvg(design, dir.filePath(QStringLiteral("hybrid.svg")));
        QVERIFY(facts.texts.size() > 20);
        const QStringList found = problems(facts, 6);
        QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_MAIN(TestExportGeometry)
#include "tst_exportgeometry.moc"
