#include "app/canvas/readablenames.h"
#include "app/export/diagramrenderer.h"
#include "app/export/drawioexport.h"
#include "app/export/exporter.h"
#include "app/export/reportexport.h"
#include "core/io/designfile.h"
#include "core/sim/blockers.h"
#include "core/layout/autolayout.h"
#include "core/layout/diagramedges.h"
#include "core/layout/diagramgeometry.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <set>

using namespace mailpath;
using namespace mailpath::app;

namespace {

const QString templatePath = QStringLiteral(MAILPATH_SOURCE_DIR
                                            "/resources/templates/s1-ses-via-nat.mailpath.json");

int distinctColours(const QImage &image)
{
    std::set<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void formatForPath();
    void png();
    void pngDpiScales();
    void svg();
    void pdf();
    void drawIo();
    void htmlReport();
    void pdfReport();
    void unknownFlowAndUnwritable();

private:
    ExportResult exportAs(const QString &name, ExportFormat format, ExportSettings settings = {});
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    core::Design m_design;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    core::InputError error;
    QVERIFY2(core::readDesignFile(templatePath.toStdString(), m_design, error),
             error.toString().c_str());
    QVERIFY(m_design.flows().size() >= 2);
}

ExportResult TestExport::exportAs(const QString &name, ExportFormat format, ExportSettings settings)
{
    settings.format = format;
    Exporter exporter(m_design);
    const auto result = exporter.exportTo(path(name), settings);
    if (result != ExportResult::Ok)
        qWarning() << exporter.errorString();
    return result;
}

void TestExport::formatForPath()
{
    QCOMPARE(Exporter::formatForPath("a.PNG"), ExportFormat::Png);
    QCOMPARE(Exporter::formatForPath("a.pdf"), ExportFormat::Pdf);
    QCOMPARE(Exporter::formatForPath("a.pdf", true), ExportFormat::PdfReport);
    QCOMPARE(Exporter::formatForPath("a.drawio"), ExportFormat::DrawIo);
    QCOMPARE(Exporter::formatForPath("a.html"), ExportFormat::HtmlReport);
    QVERIFY(!Exporter::formatForPath("a.bmp"));
}

void TestExport::png()
{
    ExportSettings settings;
    settings.flowId = QString::fromStdString(m_design.flows().front().id);
    QCOMPARE(exportAs("d.png", ExportFormat::Png, settings), ExportResult::Ok);
    QImage image(path("d.png"));
    QVERIFY(!image.isNull());
    QVERIFY(image.width() > 400 && image.height() > 200);
    // Boxes, icons, text, arrows and the flow path: many colours, not a blank page.
    QVERIFY2(distinctColours(image) > 20, qPrintable(QString::number(distinctColours(image))));
}

void TestExport::pngDpiScales()
{
    ExportSettings low, high;
    low.dpi = 96;
    high.dpi = 192;
    QCOMPARE(exportAs("low.png", ExportFormat::Png, low), ExportResult::Ok);
    QCOMPARE(exportAs("high.png", ExportFormat::Png, high), ExportResult::Ok);
    const QImage a(path("low.png")), b(path("high.png"));
    QVERIFY(qAbs(b.width() - 2 * a.width()) <= 2);
    QCOMPARE(qRound(b.dotsPerMeterX() * 0.0254), 192);
}

void TestExport::svg()
{
    QCOMPARE(exportAs("d.svg", ExportFormat::Svg), ExportResult::Ok);
    const QByteArray data = readAll(path("d.svg"));
    QXmlStreamReader xml(data);
    int elements = 0;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement)
            ++elements;
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(elements > 50);
    QSvgRenderer renderer(data);
    QVERIFY(renderer.isValid());
    // The names of the resources are in the drawing as text.
    QVERIFY(data.contains(QByteArray::fromStdString(m_design.displayName("web-1"))));
}

void TestExport::pdf()
{
    ExportSettings settings;
    settings.title = QStringLiteral("Customer network");
    settings.flowId = QString::fromStdString(m_design.flows().front().id);
    QCOMPARE(exportAs("d.pdf", ExportFormat::Pdf, settings), ExportResult::Ok);
    const QByteArray data = readAll(path("d.pdf"));
    QVERIFY(data.startsWith("%PDF-"));
    const QString pdftoppm = QStandardPaths::findExecutable(QStringLiteral("pdftoppm"));
    if (pdftoppm.isEmpty())
        QSKIP("pdftoppm is not installed; checked the header only");
    QProcess process;
    process.start(pdftoppm, {"-png", "-r", "40", path("d.pdf"), path("page")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QImage page(path("page-1.png"));
    QVERIFY(!page.isNull());
    const double ratio = double(qMax(page.width(), page.height())) / qMin(page.width(), page.height());
    QVERIFY2(qAbs(ratio - 1.414) < 0.02, qPrintable(QString::number(ratio))); // an A3 page
    QVERIFY(distinctColours(page) > 20);
}

void TestExport::drawIo()
{
    QCOMPARE(exportAs("d.drawio", ExportFormat::DrawIo), ExportResult::Ok);
    core::Design laidOut = m_design;
    core::fillMissingLayout(laidOut);
    const auto keys = core::diagramKeys(laidOut);
    const auto edges = core::computeDiagramGeometry(laidOut).edges; // as routed for every format
    QVERIFY(!edges.empty());

    QXmlStreamReader xml(readAll(path("d.drawio")));
    std::map<QString, QString> parentOf;
    std::vector<std::tuple<QString, bool, bool>> cellsSeen; // parent, is an edge, connected
    int layers = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement || xml.name() != u"mxCell")
            continue;
        const auto a = xml.attributes();
        parentOf[a.value("id").toString()] = a.value("parent").toString();
        layers += a.value("parent") == u"0";
        if (a.value("vertex") == u"1" || a.value("edge") == u"1")
            cellsSeen.emplace_back(a.value("parent").toString(), a.value("edge") == u"1",
                                   !a.value("source").isEmpty() && !a.value("target").isEmpty());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    // The drawing is the layer "1"; title, legend and each expected flow are layers of their own.
    QCOMPARE(layers, int(2 + m_design.flows().size()));
    const auto layerOf = [&](QString id) {
        while (parentOf.count(id) && parentOf[id] != u"0")
            id = parentOf[id];
        return id;
    };
    int vertices = 0, edgeCells = 0;
    for (const auto &[parent, isEdge, connected] : cellsSeen) {
        // Every arrow of the drawing and of a flow joins two cells; only legend samples float.
        if (isEdge && layerOf(parent) != u"legend-layer")
            QVERIFY(connected);
        if (layerOf(parent) == u"1" || parent == u"1")
            (isEdge ? edgeCells : vertices) += 1;
    }
    QCOMPARE(vertices, int(keys.size()));
    QCOMPARE(edgeCells, int(edges.size()));
    // Containment survives: a subnet's cell sits in its AZ's cell, the AZ in the VPC.
    for (const auto &key : keys) {
        const auto parent = core::layoutParentOf(laidOut, key);
        QCOMPARE(parentOf[QString::fromStdString(key)],
                 parent.empty() ? QStringLiteral("1") : QString::fromStdString(parent));
        QVERIFY(parent.empty() || parentOf.count(QString::fromStdString(parent)));
    }
}

void TestExport::htmlReport()
{
    QCOMPARE(exportAs("r.html", ExportFormat::HtmlReport), ExportResult::Ok);
    const QString html = QString::fromUtf8(readAll(path("r.html")));
    QVERIFY(html.contains("data:image/png;base64,"));
    const auto flows = simulateFlows(m_design, std::nullopt);
    QCOMPARE(flows.size(), m_design.flows().size());
    for (const auto &flow : flows) {
        QVERIFY2(html.contains(flow.name.toHtmlEscaped()), qPrintable(flow.name));
        if (flow.trace.blockedAt) {
            const auto reason = QString::fromUtf8(core::toString(flow.trace.blockedAt->reason).data());
            QVERIFY2(html.contains(reason), qPrintable(reason));
            // The fix as the customer reads it: resources by name, ids beside them.
            const QString fix = withNames(m_design, flow.trace.blockedAt->fix);
            QVERIFY2(html.contains(fix.toHtmlEscaped()), qPrintable(fix));
        }
    }
    QCOMPARE(html.count("BLOCKED") + html.count("DELIVERED") >= int(2 * flows.size()), true);
    QVERIFY(html.contains("Header in"));
    // The Mail paths page: the whole matrix counted, the largest blocker group first.
    const core::Simulator sim(m_design);
    const auto rows = core::runMatrix(sim, sim.defaultSources(), sim.defaultSinks(),
                                      {25, 465, 587, 2465, 2587}, 1);
    QVERIFY(html.contains("Mail paths"));
    QVERIFY2(html.contains(QStringLiteral("%1 flows").arg(rows.size())), qPrintable(html.right(3000)));
    const auto groups = core::groupBlockers(rows);
    if (!groups.empty())
        QVERIFY(html.contains(readableName(m_design, groups.front().resource).toHtmlEscaped()));
}

void TestExport::pdfReport()
{
    QCOMPARE(exportAs("r.pdf", ExportFormat::PdfReport), ExportResult::Ok);
    const QByteArray data = readAll(path("r.pdf"));
    QVERIFY(data.startsWith("%PDF-"));
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext is not installed");
    QProcess process;
    process.start(pdftotext, {path("r.pdf"), "-"});
    QVERIFY(process.waitForFinished(60000));
    const QString text = QString::fromUtf8(process.readAllStandardOutput());
    for (const auto &flow : simulateFlows(m_design, std::nullopt)) {
        QVERIFY2(text.contains(flow.trace.delivered() ? "DELIVERED" : "BLOCKED"), qPrintable(text.left(400)));
        if (flow.trace.blockedAt)
            QVERIFY(text.contains(QString::fromUtf8(core::toString(flow.trace.blockedAt->reason).data())));
    }
}

void TestExport::unknownFlowAndUnwritable()
{
    ExportSettings settings;
    settings.flowId = QStringLiteral("no-such-flow");
    QCOMPARE(exportAs("x.png", ExportFormat::Png, settings), ExportResult::UnknownFlow);
    QVERIFY(!QFile::exists(path("x.png")));
    Exporter exporter(m_design);
    settings = {};
    settings.format = ExportFormat::Svg;
    QCOMPARE(exporter.exportTo(path("missing-dir/x.svg"), settings), ExportResult::WriteFailed);
    QVERIFY(!exporter.errorString().isEmpty());
    QCOMPARE(Exporter(core::Design()).exportTo(path("e.png"), settings), ExportResult::EmptyDesign);
}

QTEST_MAIN(TestExport)
#include "tst_export.moc"
