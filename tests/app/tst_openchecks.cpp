// What the designer says when a design opens (issue #21): a flow whose end was deleted gets
// a warning diagnostic and is marked in the Flows panel; impossible address blocks an error.
#include "app/gui/designdocument.h"
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "app/panels/flowspanel.h"

#include <QApplication>
#include <QFile>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace mailpath;
using namespace mailpath::app;

namespace {

const QString s1 = QStringLiteral(MAILPATH_SOURCE_DIR
                                  "/resources/templates/s1-ses-via-nat.mailpath.json");

QString writeVariant(const QTemporaryDir &dir, const QByteArray &from, const QByteArray &to)
{
    QFile in(s1);
    in.open(QIODevice::ReadOnly);
    QByteArray text = in.readAll();
    text.replace(from, to);
    const QString path = dir.filePath("variant.mailpath.json");
    QFile out(path);
    out.open(QIODevice::WriteOnly);
    out.write(text);
    return path;
}

} // namespace

class TestOpenChecks : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void flowWithDeletedEnd()
    {
        QTemporaryDir dir;
        const QString path = writeVariant(dir, "\"from\": \"web-1\"", "\"from\": \"i-deleted\"");
        MainWindow w;
        std::vector<core::Diagnostics> spy;
        QObject::connect(w.fileActions(), &FileActions::diagnosticsReady,
                         [&](const core::Diagnostics &d, const QString &) { spy.push_back(d); });
        QVERIFY(w.fileActions()->openFile(path));
        QCOMPARE(spy.size(), size_t(1));
        const auto found = spy.front();
        QVERIFY(!found.empty());
        QVERIFY(found.front().severity == core::Severity::Warning);
        QVERIFY(found.front().message.find("i-deleted") != std::string::npos);
        QCOMPARE(found.front().file, path.toStdString());

        auto *table = w.findChild<FlowsPanel *>()->findChild<QTableWidget *>();
        QVERIFY(table);
        // The flows run after the design is shown: wait for the panel to follow.
        const auto marked = [table](bool deleted) {
            int n = 0;
            for (int r = 0; r < table->rowCount(); ++r) {
                const QTableWidgetItem *from = table->item(r, FlowsPanel::FromColumn);
                n += from && (from->text() == "i-deleted") == deleted && from->font().strikeOut()
                     && from->toolTip().contains("deleted");
            }
            return n;
        };
        QTRY_VERIFY(marked(true) > 0);
        QCOMPARE(marked(false), 0); // the flows whose ends exist are not marked
    }

    void cleanDesignSaysNothing()
    {
        MainWindow w;
        std::vector<core::Diagnostics> spy;
        QObject::connect(w.fileActions(), &FileActions::diagnosticsReady,
                         [&](const core::Diagnostics &d, const QString &) { spy.push_back(d); });
        QVERIFY(w.fileActions()->openFile(s1));
        QCOMPARE(spy.size(), size_t(0));
    }

    void impossibleSubnetIsAnError()
    {
        QTemporaryDir dir;
        const QString path = writeVariant(dir, "\"cidr\": \"10.0.1.0/24\"",
                                          "\"cidr\": \"10.0.1.7/32\"");
        MainWindow w;
        std::vector<core::Diagnostics> spy;
        QObject::connect(w.fileActions(), &FileActions::diagnosticsReady,
                         [&](const core::Diagnostics &d, const QString &) { spy.push_back(d); });
        QVERIFY(w.fileActions()->openFile(path));
        QCOMPARE(spy.size(), size_t(1));
        const auto found = spy.front();
        QVERIFY(std::any_of(found.begin(), found.end(), [](const core::Diagnostic &d) {
            return d.severity == core::Severity::Error
                   && d.message.find("10.0.1.7/32") != std::string::npos;
        }));
    }
};

QTEST_MAIN(TestOpenChecks)
#include "tst_openchecks.moc"
