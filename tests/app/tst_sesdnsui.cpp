// The DNS records SES identities need, as a user meets them in the designer (issue 22): the SES
// node's inspector shows each check's state and offers the record to add, and so does the
// node's canvas menu, as a Route 53 change batch, Terraform and CloudFormation; adding the
// record to the zone clears the offer; in Japanese the states read in Japanese.
// With MAILPATH_SCREENSHOT_DIR set, the inspector and the open menu are saved as PNGs.

#include "app/base/language.h"
#include "app/canvas/canvasmenu.h"
#include "app/gui/canvasactions.h"
#include "app/gui/designdocument.h"
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "app/canvas/dnsrecordmenu.h"
#include "app/panels/inspectorpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QMenu>
#include <QScrollArea>
#include <QScrollBar>
#include <QTest>
#include <QTextDocumentFragment>
#include <QToolButton>

#include <nlohmann/json.hpp>

using namespace mailpath;
using namespace mailpath::app;

namespace {

const QString s3Template =
    QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates/s3-ses-facts.mailpath.json");
const QString missingDkim = QStringLiteral("CNAME s3dkimtokenc._domainkey.example.com");

QMenu *submenu(QMenu *menu, const QString &title)
{
    for (auto *a : menu->actions())
        if (a->menu() && a->text() == title)
            return a->menu();
    return nullptr;
}

QString dnsLabel(InspectorPanel *inspector)
{
    for (auto *label : inspector->findChildren<QLabel *>())
        if (label->text().contains("_domainkey"))
            return QTextDocumentFragment::fromHtml(label->text()).toPlainText();
    return {};
}

void openS3(MainWindow &w)
{
    w.resize(1400, 900);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.fileActions()->openFile(s3Template));
    w.inspector()->setKey("ses-0s3");
    QCoreApplication::processEvents();
}

} // namespace

class TestSesDnsUi : public QObject
{
    Q_OBJECT

private slots:
    void inspectorOffersTheMissingRecord()
    {
        MainWindow w;
        openS3(w);
        const QString dns = dnsLabel(w.inspector());
        QVERIFY2(dns.contains("✗ no DKIM CNAME s3dkimtokenc._domainkey.example.com in zone "
                              "example.com — add CNAME s3dkimtokenc._domainkey.example.com "
                              "s3dkimtokenc.dkim.amazonses.com"),
                 qPrintable(dns));
        QVERIFY(dns.contains("✓ DMARC TXT _dmarc.example.com is there, policy quarantine"));
        QVERIFY(dns.contains("? CNAME s3newstokena._domainkey.news.example.net: not checked"));
        QToolButton *button = w.inspector()->dnsRecordButton();
        QVERIFY(button && button->menu());
        QCOMPARE(button->menu()->actions().size(), 1); // only the third DKIM CNAME is missing
        QMenu *record = submenu(button->menu(), missingDkim);
        QVERIFY(record);
        QCOMPARE(record->actions().size(), 3);
        record->actions().at(0)->trigger();
        const auto batch = nlohmann::json::parse(QApplication::clipboard()->text().toStdString());
        const auto &set = batch["Changes"][0]["ResourceRecordSet"];
        QCOMPARE(set["Name"].get<std::string>(), std::string("s3dkimtokenc._domainkey.example.com."));
        QCOMPARE(set["ResourceRecords"][0]["Value"].get<std::string>(),
                 std::string("s3dkimtokenc.dkim.amazonses.com"));
        record->actions().at(1)->trigger();
        QVERIFY(QApplication::clipboard()->text().startsWith(
            "resource \"aws_route53_record\" \"cname_s3dkimtokenc__domainkey_example_com\""));
        QVERIFY(QApplication::clipboard()->text().contains("zone_id = \"Z0S3EXAMPLE\""));
        record->actions().at(2)->trigger();
        QVERIFY(QApplication::clipboard()->text().startsWith("Type: AWS::Route53::RecordSet"));
        QVERIFY(QApplication::clipboard()->text().contains("HostedZoneId: Z0S3EXAMPLE"));
    }

    void canvasMenuOffersTheSameRecord()
    {
        MainWindow w;
        openS3(w);
        QMenu menu;
        w.canvasActions()->menu()->fill(menu, "ses-0s3");
        QMenu *copy = submenu(&menu, "Copy DNS Record to Add");
        QVERIFY(copy);
        QMenu *record = submenu(copy, missingDkim);
        QVERIFY(record);
        QCOMPARE(record->actions().size(), 3);
        record->actions().at(1)->trigger();
        QVERIFY(QApplication::clipboard()->text().contains("s3dkimtokenc.dkim.amazonses.com"));
        QMenu other; // a node that is not SES has no such entry
        w.canvasActions()->menu()->fill(other, "partner-mail");
        QVERIFY(!submenu(&other, "Copy DNS Record to Add"));
    }

    void addingTheRecordClearsTheOffer()
    {
        MainWindow w;
        openS3(w);
        QVERIFY(w.inspector()->dnsRecordButton());
        auto &design = w.document()->design();
        QVERIFY(design.update<core::HostedZone>("Z0S3EXAMPLE", [](core::HostedZone &z) {
            z.records.push_back({"s3dkimtokenc._domainkey.example.com", "CNAME", 1800,
                                 {"s3dkimtokenc.dkim.amazonses.com"}});
        }));
        QTRY_VERIFY(!w.inspector()->dnsRecordButton()); // the inspector watches the zone
        QVERIFY(!dnsLabel(w.inspector()).contains("✗"));
        QMenu menu;
        w.canvasActions()->menu()->fill(menu, "ses-0s3");
        QVERIFY(!submenu(&menu, "Copy DNS Record to Add"));
    }

    void japanese()
    {
        QVERIFY(applyLanguage(QStringLiteral("ja")));
        MainWindow w;
        openS3(w);
        const QString dns = dnsLabel(w.inspector());
        QVERIFY2(dns.contains("ゾーン example.com に DKIM CNAME s3dkimtokenc._domainkey.example.com "
                              "がありません"),
                 qPrintable(dns));
        QVERIFY(dns.contains("未確認"));
        QVERIFY(w.inspector()->dnsRecordButton()->text() == "追加する DNS レコードをコピー");
        QMenu menu;
        w.canvasActions()->menu()->fill(menu, "ses-0s3");
        QMenu *record = submenu(submenu(&menu, "追加する DNS レコードをコピー"), missingDkim);
        QVERIFY(record);
        QCOMPARE(record->actions().at(0)->text(), QStringLiteral("Route 53 変更バッチ (JSON)"));
        screenshots(w, "ja");
        QVERIFY(applyLanguage(QStringLiteral("en")));
    }

    void screenshotsEnglish()
    {
        MainWindow w;
        openS3(w);
        screenshots(w, "en");
    }

private:
    static void screenshots(MainWindow &w, const char *language)
    {
        const QString dir = qEnvironmentVariable("MAILPATH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            return;
        auto *scroll = w.inspector()->findChild<QScrollArea *>();
        for (auto *label : w.inspector()->findChildren<QLabel *>())
            if (scroll && label->text().contains("_domainkey")) // the heading above it, too
                scroll->verticalScrollBar()->setValue(label->y() - 40);
        QTest::qWait(50);
        QVERIFY(w.grab().save(dir + QStringLiteral("/ses-dns-inspector-%1.png").arg(language)));
    }
};

QTEST_MAIN(TestSesDnsUi)
#include "tst_sesdnsui.moc"
