// The Japanese translation is complete: every tr() of the app and every sentence of the
// simulator (core/sim/reasontexts*.h) has a finished Japanese text with the same placeholders,
// the .ts file knows every string the sources have today, and the compiled-in .qm is used.

#include "app/base/language.h"
#include "app/base/reasontext.h"
#include "app/gui/mainwindow.h"
#include "core/io/designfile.h"
#include "core/model/design.h"
#include "core/sim/simulator.h"

#include <QCoreApplication>
#include <QDockWidget>
#include <QMenuBar>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace mailpath;

namespace {

struct Entry
{
    QString context;
    QString source;
    QString translation;
    bool finished = false;
};

QList<Entry> readTs(const QString &path)
{
    QList<Entry> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QXmlStreamReader xml(&file);
    QString context;
    Entry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            current = Entry{context, {}, {}, false};
        } else if (xml.name() == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const auto type = xml.attributes().value(QLatin1String("type"));
            current.finished = type.isEmpty();
            current.translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            entries << current;
        }
    }
    return entries;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("%[1-9n]"));
    QSet<QString> found;
    for (auto it = marker.globalMatch(text); it.hasNext();)
        found << it.next().captured();
    return found;
}

const QString tsPath = QStringLiteral(MAILPATH_SOURCE_DIR "/resources/translations/mailpath_ja.ts");

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void everyTextHasAFinishedJapaneseTranslation()
    {
        const auto entries = readTs(tsPath);
        QVERIFY(entries.size() > 700);
        QStringList missing, broken;
        for (const auto &e : entries) {
            if (!e.finished || e.translation.trimmed().isEmpty())
                missing << e.context + QStringLiteral(": ") + e.source;
            else if (placeholders(e.source) != placeholders(e.translation))
                broken << e.source + QStringLiteral(" -> ") + e.translation;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("no Japanese for:\n")
                                               + missing.join('\n')));
        QVERIFY2(broken.isEmpty(), qPrintable(QStringLiteral("placeholders differ:\n")
                                              + broken.join('\n')));
    }

    // A new tr() (or a new reason text) fails here until the .ts has it, translated.
    void theCatalogueKnowsEveryStringOfTheSources()
    {
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh_ja.ts"));
        QProcess lupdate;
        lupdate.setWorkingDirectory(QStringLiteral(MAILPATH_SOURCE_DIR));
        lupdate.start(QStringLiteral(MAILPATH_LUPDATE),
                      {QStringLiteral("-tr-function-alias"),
                       QStringLiteral("QT_TRANSLATE_NOOP+=MP_TEXT,translate+=translateText,"
                                      "QT_TR_NOOP+=tx"),
                       QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-silent"),
                       QStringLiteral("app"), QStringLiteral("core/sim/reasontexts.h"),
                       QStringLiteral("core/sim/reasontextsentry.h"),
                       QStringLiteral("core/sim/reasontextsses.h"),
                       QStringLiteral("-ts"), fresh});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QSet<QString> known;
        for (const auto &e : readTs(tsPath))
            if (e.finished)
                known << e.context + QChar(0) + e.source;
        QStringList untranslated;
        const auto current = readTs(fresh);
        QVERIFY(current.size() > 700);
        for (const auto &e : current)
            if (!known.contains(e.context + QChar(0) + e.source))
                untranslated << e.context + QStringLiteral(": ") + e.source;
        QVERIFY2(untranslated.isEmpty(),
                 qPrintable(QStringLiteral("tr() strings without Japanese (run the "
                                           "update_translations target and translate them):\n")
                            + untranslated.join('\n')));
    }

    void theApplicationSpeaksJapanese()
    {
        QVERIFY(app::applyLanguage(QStringLiteral("ja")));
        QCOMPARE(app::currentLanguage(), QStringLiteral("ja"));
        QCOMPARE(QCoreApplication::translate("mailpath::app::MainWindow", "&File"),
                 QStringLiteral("ファイル(&F)"));
        // Helpers with their own context find the namespace's entries.
        QCOMPARE(QCoreApplication::translate("ResourceFactory", "Drop a subnet into a VPC."),
                 QStringLiteral("サブネットは VPC の中にドロップしてください。"));

        core::Design design;
        core::InputError error;
        QVERIFY(core::readDesignFile(MAILPATH_SOURCE_DIR
                                     "/resources/templates/s1-ses-via-nat.mailpath.json",
                                     design, error));
        const core::Simulator simulator(design);
        const auto t = simulator.trace({"web-1", "email-smtp.us-east-1.amazonaws.com", 587});
        QVERIFY(t.blockedAt);
        const QString detail = app::detailText(*t.blockedAt);
        QVERIFY2(detail.contains(QStringLiteral("ネットワーク ACL acl-0s1public")), qPrintable(detail));
        QVERIFY(detail.contains(QStringLiteral("エフェメラルポート"))
                || detail.contains(QStringLiteral("NAT ゲートウェイ")));
        QVERIFY(app::fixText(*t.blockedAt).contains(QStringLiteral("インバウンドルール")));
        QVERIFY(t.blockedAt->detail.find("denies inbound") != std::string::npos); // JSON: English

        QVERIFY(app::applyLanguage(QStringLiteral("en")));
        QCOMPARE(app::detailText(*t.blockedAt).toStdString(), t.blockedAt->detail);
        QCOMPARE(QCoreApplication::translate("mailpath::app::MainWindow", "&File"),
                 QStringLiteral("&File"));
    }

    // The designer built in Japanese (offscreen): menus and docks speak it.
    void theDesignerInJapanese()
    {
        QVERIFY(app::applyLanguage(QStringLiteral("ja")));
        {
            app::MainWindow window;
            QStringList menus;
            for (auto *action : window.menuBar()->actions())
                menus << action->text();
            QVERIFY2(menus.contains(QStringLiteral("ファイル(&F)")), qPrintable(menus.join(',')));
            QVERIFY(menus.contains(QStringLiteral("編集(&E)")));
            QVERIFY(menus.contains(QStringLiteral("表示(&V)")));
            QStringList docks;
            for (auto *dock : window.findChildren<QDockWidget *>())
                docks << dock->windowTitle();
            QVERIFY2(docks.contains(QStringLiteral("インスペクター")), qPrintable(docks.join(',')));
            QVERIFY(docks.contains(QStringLiteral("パレット")));
        }
        QVERIFY(app::applyLanguage(QStringLiteral("en")));
    }

    void languageChoices()
    {
        QCOMPARE(app::resolveLanguage(QStringLiteral("ja_JP.UTF-8")), QStringLiteral("ja"));
        QCOMPARE(app::resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));
        qputenv("LC_ALL", "ja_JP.UTF-8");
        QCOMPARE(app::resolveLanguage(QStringLiteral("auto")), QStringLiteral("ja"));
        qputenv("LC_ALL", "C");
        QCOMPARE(app::resolveLanguage(QString()), QStringLiteral("en"));
        qunsetenv("LC_ALL");
    }
};

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
