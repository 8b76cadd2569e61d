// Japanese names and title in every export (issue 23): the PDF embeds a CJK font and its text
// can be copied out and searched; the SVG keeps text as text with a CJK-capable family; PNG
// glyphs come from a CJK face (no empty boxes); draw.io, Visio and both reports carry the text;
// legend and title block follow the chosen language.

#include "app/base/language.h"
#include "app/export/exporter.h"
#include "app/export/exportstyle.h"
#include "core/io/designfile.h"
#include "core/layout/diagramgeometry.h"

#include <QApplication>
#include <QFile>
#include <QGlyphRun>
#include <QImage>
#include <QProcess>
#include <QRawFont>
#include <QTemporaryDir>
#include <QTextLayout>
#include <QTest>

#include <zip.h>

using namespace mailpath;
using namespace mailpath::app;

namespace {

const QString title = QStringLiteral("S1 - SES経由のメール送信（NATゲートウェイ）");
const QString webName = QStringLiteral("Webサーバー1");
const QString natName = QStringLiteral("NATゲートウェイA");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString run(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

QByteArray zipText(const QString &path)
{
    QByteArray all;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return all;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i) {
        zip_stat_t stat;
        zip_stat_index(archive, zip_uint64_t(i), 0, &stat);
        QByteArray data(qsizetype(stat.size), '\0');
        if (zip_file_t *file = zip_fopen_index(archive, zip_uint64_t(i), 0)) {
            if (zip_fread(file, data.data(), stat.size) == zip_int64_t(stat.size))
                all += data;
            zip_fclose(file);
        }
    }
    zip_close(archive);
    return all;
}

} // namespace

class TestExportCjk : public QObject
{
    Q_OBJECT

    core::Design m_design;
    QTemporaryDir m_dir;

    QString exportAs(const QString &name, ExportFormat format, const QString &language = "ja")
    {
        ExportSettings settings;
        settings.format = format;
        settings.dpi = 96;
        settings.flowId = QStringLiteral("flow-587");
        settings.language = language;
        settings.author = QStringLiteral("山田 太郎");
        const QString path = m_dir.filePath(name);
        Exporter exporter(m_design);
        const auto result = exporter.exportTo(path, settings);
        if (result != ExportResult::Ok)
            qWarning() << exporter.errorString();
        return result == ExportResult::Ok ? path : QString();
    }

private slots:
    void initTestCase()
    {
        core::InputError error;
        QVERIFY(core::readDesignFile(MAILPATH_SOURCE_DIR "/tests/data/i18n/s1-ja.mailpath.json",
                                     m_design, error));
        QCOMPARE(QString::fromStdString(m_design.name), title);
    }

    void pdfEmbedsACjkFontAndTheTextIsSearchable()
    {
        const QString pdf = exportAs(QStringLiteral("s1.pdf"), ExportFormat::Pdf);
        QVERIFY(!pdf.isEmpty());
        const QString fonts = run(QStringLiteral("pdffonts"), {pdf});
        bool embedded = false;
        for (const auto &line : fonts.split('\n'))
            if (line.contains(QLatin1String("IPAGothic")) || line.contains(QLatin1String("CJK")))
                embedded = embedded || line.contains(QLatin1String(" yes "));
        QVERIFY2(embedded, qPrintable(fonts));
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("SES経由のメール送信")), qPrintable(text.left(600)));
        QVERIFY(text.contains(natName));
        // The title block and legend in Japanese; 日 copies out as 日, not as a radical.
        QVERIFY2(text.contains(QStringLiteral("日付")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("凡例")));
        QVERIFY(text.contains(QStringLiteral("作成")));
    }

    void svgKeepsJapaneseAsTextWithACjkFamily()
    {
        const QString svg = QString::fromUtf8(readAll(exportAs(QStringLiteral("s1.svg"),
                                                               ExportFormat::Svg)));
        QVERIFY(svg.contains(QStringLiteral("<text")));
        // Qt writes one <text> per font run: Latin and Japanese parts of a name are separate.
        QVERIFY(svg.contains(QStringLiteral(">提携先")));
        QVERIFY(svg.contains(QStringLiteral(">サーバー</text>"))); // of "Webサーバー1"
        QVERIFY(svg.contains(QStringLiteral("<title>") + title + QStringLiteral("</title>")));
        QVERIFY(svg.contains(QStringLiteral("font-family=\"'DejaVu Sans', IPAGothic")));
    }

    void pngDrawsJapaneseWithACjkFace()
    {
        const QImage png(exportAs(QStringLiteral("s1.png"), ExportFormat::Png));
        QVERIFY(!png.isNull());
        // What the painter does with the export font: every glyph found (index 0 is the
        // empty box), the CJK ones in a CJK face.
        QTextLayout layout(title, exportFont());
        layout.beginLayout();
        layout.createLine();
        layout.endLayout();
        bool cjkFace = false;
        for (const auto &run : layout.glyphRuns()) {
            for (const auto index : run.glyphIndexes())
                QVERIFY2(index != 0, qPrintable(run.rawFont().familyName()));
            const QString family = run.rawFont().familyName();
            cjkFace = cjkFace || family.contains(QLatin1String("IPA"))
                      || family.contains(QLatin1String("CJK"));
        }
        QVERIFY(cjkFace);
    }

    void drawioAndVisioCarryTheText()
    {
        const QString drawio = QString::fromUtf8(readAll(exportAs(QStringLiteral("s1.drawio"),
                                                                  ExportFormat::DrawIo)));
        QVERIFY(drawio.contains(webName));
        QVERIFY(drawio.contains(QStringLiteral("fontFamily=DejaVu Sans,IPAGothic")));
        const QString vsdx = QString::fromUtf8(zipText(exportAs(QStringLiteral("s1.vsdx"),
                                                                ExportFormat::Vsdx)));
        QVERIFY(vsdx.contains(webName));
    }

    void reportsInJapanese()
    {
        const QString html = QString::fromUtf8(readAll(exportAs(QStringLiteral("s1.html"),
                                                                ExportFormat::HtmlReport)));
        QVERIFY(html.contains(QStringLiteral("<html lang=\"ja\">")));
        QVERIFY(html.contains(title.toHtmlEscaped()));
        QVERIFY(html.contains(QStringLiteral("ネットワーク ACL"))); // the sentences
        QVERIFY(html.contains(QStringLiteral("<td>往路</td>")));     // the hop tables
        QVERIFY(html.contains(QStringLiteral("<th>リソース</th>")));
        QVERIFY(html.contains(QStringLiteral("NACL_INBOUND_DENY"))); // codes stay codes
        const QString pdf = exportAs(QStringLiteral("s1-report.pdf"), ExportFormat::PdfReport);
        const QString text = run(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY2(text.contains(QStringLiteral("ネットワーク ACL")), qPrintable(text.left(600)));
        QVERIFY(text.contains(QStringLiteral("フロー")));
        // The same design in English: the legend and report stay English.
        const QString english = QString::fromUtf8(readAll(exportAs(QStringLiteral("s1-en.html"),
                                                                   ExportFormat::HtmlReport,
                                                                   QStringLiteral("en"))));
        QVERIFY(english.contains(QStringLiteral("<html lang=\"en\">")));
        QVERIFY(english.contains(QStringLiteral("Flows")));
        QVERIFY(!english.contains(QStringLiteral("ネットワーク ACL")));
        QCOMPARE(currentLanguage(), QStringLiteral("en")); // the export's language was scoped
    }

    void japaneseNamesFitTheirBoxes()
    {
        // Wide glyphs are measured one em each and wrap without spaces.
        const double one = core::estimateTextWidth("あ", 10, false);
        QCOMPARE(one, 10 * 96.0 / 72.0);
        const auto lines = core::wrapText("SES経由のメール送信（NATゲートウェイ）を確認する", 120, 10,
                                          false, core::estimateTextWidth);
        QVERIFY(lines.size() > 1);
        for (const auto &line : lines)
            QVERIFY2(core::estimateTextWidth(line, 10, false) <= 120 + 14, line.c_str());
        for (const auto &line : lines)
            QVERIFY2(line.rfind("）", 0) != 0 && line.rfind("ー", 0) != 0, line.c_str());
    }
};

QTEST_MAIN(TestExportCjk)
#include "tst_exportcjk.moc"
