// Every template in :/templates loads, is laid out, and each flow gives its expected verdict.
#include "s1fixture.h"

#include "app/canvas/diagramscene.h"
#include "app/gui/fileactions.h"
#include "app/flows/flowrunner.h"

#include <QTest>

using namespace mailpath;
using namespace mailpath::app;

class TestTemplates : public QObject
{
    Q_OBJECT

private slots:
    void flowsAsExpected_data()
    {
        QTest::addColumn<QString>("path");
        initResources();
        const auto paths = FileActions::templatePaths();
        QVERIFY(!paths.isEmpty());
        for (const auto &path : paths)
            QTest::newRow(qPrintable(path)) << path;
    }

    void flowsAsExpected()
    {
        QFETCH(QString, path);
        DesignDocument doc;
        FlowRunner runner(doc.design());
        DiagramScene scene(doc.design());
        QVERIFY(loadTemplate(doc, path));
        scene.sync();
        QVERIFY(!FileActions::templateTitle(path).isEmpty());
        QVERIFY(!doc.design().flows().empty());
        for (const auto &r : runner.results()) {
            QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
            // S1 starts as in the story: the submission flow is expected to be delivered but
            // is blocked until the user fixes the ACL (tst_flows checks that the fix works).
            if (path.contains("s1-ses-via-nat") && r.flow.id == "flow-587") {
                QVERIFY(!r.matches);
                continue;
            }
            QVERIFY2(r.matches, qPrintable(QStringLiteral("%1: %2 but expected %3 %4")
                                               .arg(QString::fromStdString(r.flow.id), r.verdictText(),
                                                    QString::fromStdString(r.flow.expect),
                                                    QString::fromStdString(r.flow.expectReason))));
            scene.showTrace(r.trace); // the path maps onto the diagram without crashing
        }
    }
};

QTEST_MAIN(TestTemplates)
#include "tst_templates.moc"
