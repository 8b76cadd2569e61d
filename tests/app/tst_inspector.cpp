// The inspector's load balancer and transit gateway editors, driven as a user types into them:
// accepted edits flip the S4/S5 flows as the stories say and undo restores them; refused
// text shows its reason and leaves the design byte-identical.
// With MAILPATH_SCREENSHOT_DIR set, the editors are also saved as PNGs (h1-*.png).
#include "s1fixture.h"

#include "app/canvas/nodelook.h"
#include "app/flows/flowrunner.h"
#include "app/gui/fileactions.h"
#include "app/gui/mainwindow.h"
#include "app/panels/inspectorpanel.h"
#include "app/panels/recordtableeditor.h"
#include "app/panels/ruletableeditor.h"
#include "app/panels/tgwlinktable.h"
#include "core/io/awsimport.h"
#include "core/sim/simulator.h"

#include <QLineEdit>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace mailpath;
using namespace mailpath::app;

namespace {

const QString s4Template = QStringLiteral(":/templates/s4-smtp-relay-nlb.mailpath.json");
const QString s5Template = QStringLiteral(":/templates/s5-fargate-tgw.mailpath.json");
const QString s7Template = QStringLiteral(":/templates/s7-centralised-egress.mailpath.json");
const std::string nlb = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/relay-nlb/0s4";
const std::string relays = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/relays/0s4";
const std::string tgwRt = "tgw-rtb-0s5";

std::string designText(const DesignDocument &doc)
{
    return core::serializeDesign(doc.design());
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private:
    static const core::Trace &trace(FlowRunner &runner, const std::string &flowId)
    {
        for (const auto &r : runner.results())
            if (r.flow.id == flowId && r.trace)
                return *r.trace;
        qFatal("no trace for %s", flowId.c_str());
    }

    /** The verdict as "delivered" or "REASON@resource". */
    static QString verdict(FlowRunner &runner, const std::string &flowId)
    {
        const auto &t = trace(runner, flowId);
        if (t.delivered())
            return QStringLiteral("delivered");
        return QString::fromStdString(std::string(core::toString(t.blockedAt->reason)) + "@"
                                      + t.blockedAt->resource);
    }

    static RecordTableEditor *records(InspectorPanel &inspector, const std::string &id,
                                      const QString &firstHeader)
    {
        for (auto *editor : inspector.recordEditors())
            if (editor->resourceId() == id
                && editor->table()->horizontalHeaderItem(0)->text() == firstHeader)
                return editor;
        return nullptr;
    }

    static int column(RecordTableEditor *editor, const QString &header)
    {
        for (int c = 0; c < editor->table()->columnCount(); ++c)
            if (editor->table()->horizontalHeaderItem(c)->text() == header)
                return c;
        return -1;
    }

    /** Types into a cell as a user would (the table's cellChanged signal runs the edit). */
    static void type(RecordTableEditor *editor, int row, const QString &header, const QString &text)
    {
        editor->table()->item(row, column(editor, header))->setText(text);
        QCoreApplication::processEvents(); // the inspector refreshes after the model changed
    }

private slots:
    void listenerAndTargetPortsFlipTheRelayFlow()
    {
        DesignDocument doc;
        FlowRunner runner(doc.design());
        QVERIFY(loadTemplate(doc, s4Template));
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("delivered"));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey(nlb);
        auto *listeners = records(inspector, nlb, "Protocol");
        QVERIFY(listeners);
        QCOMPARE(listeners->table()->rowCount(), 1);
        QCOMPARE(listeners->table()->item(0, column(listeners, "Target group"))->text(),
                 QStringLiteral("relays"));

        // The listener moves to 2525: the web server's relayhost on 25 finds nothing.
        type(listeners, 0, "Port", "2525");
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(verdict(runner, "flow-relay"), QString("NLB_NO_LISTENER@" + QString::fromStdString(nlb)));
        type(listeners, 0, "Port", "2526"); // the same field again: one undo step
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("delivered"));

        // The targets are registered on 2525, where postfix does not listen.
        auto *targets = records(inspector, relays, "Target");
        QVERIFY(targets);
        QCOMPARE(targets->table()->rowCount(), 2);
        type(targets, 0, "Port", "2525");
        type(targets, 1, "Port", "2525");
        // The relay's security group admits 25 only: the block names it.
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("SG_INGRESS_DENY@sg-0s4relay"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("delivered"));

        // ip targets: the relay sees the NLB's address, which its security group does not admit
        // (the "Relay access denied" story, caught one layer earlier).
        QVERIFY(inspector.setProperty(relays, "/targetType", "ip").isEmpty());
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("SG_INGRESS_DENY@sg-0s4relay"));
        doc.undoStack()->undo();
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("delivered"));
    }

    void listenersAddRemoveAndTargetGroupChoice()
    {
        DesignDocument doc;
        FlowRunner runner(doc.design());
        QVERIFY(loadTemplate(doc, s4Template));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey(nlb);
        auto *listeners = records(inspector, nlb, "Protocol");
        listeners->addRow();
        QCoreApplication::processEvents();
        listeners = records(inspector, nlb, "Protocol");
        QCOMPARE(listeners->table()->rowCount(), 2);
        const auto *lb = doc.design().find<core::LoadBalancer>(nlb);
        QCOMPARE(int(lb->listeners.size()), 2);
        QVERIFY(lb->listeners[1].port != 25);
        QCOMPARE(lb->listeners[1].targetGroupId, relays);
        listeners->removeRow(0);
        QCOMPARE(int(doc.design().find<core::LoadBalancer>(nlb)->listeners.size()), 1);
        QCOMPARE(verdict(runner, "flow-relay").section('@', 0, 0), QStringLiteral("NLB_NO_LISTENER"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.design().find<core::LoadBalancer>(nlb)->listeners.size(), size_t(1));
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("delivered"));
    }

    void invalidNlbInputChangesNothing()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s4Template));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey(nlb);
        const std::string before = designText(doc);
        auto *listeners = records(inspector, nlb, "Protocol");
        type(listeners, 0, "Port", "70000");
        QVERIFY2(listeners->errorText().contains("65535"), qPrintable(listeners->errorText()));
        type(listeners, 0, "Target group", "no-such-group");
        QVERIFY(listeners->errorText().contains("not a target group"));
        type(listeners, 0, "Protocol", "SMTP");
        QVERIFY(!listeners->errorText().isEmpty());
        auto *targets = records(inspector, relays, "Target");
        type(targets, 0, "Target", "i-missing");
        QVERIFY(targets->errorText().contains("not an instance"));
        type(targets, 0, "AZ", "mars-1a");
        QVERIFY(!targets->errorText().isEmpty());
        QVERIFY(inspector.setProperty(relays, "/port", "70000").contains("65535"));
        QCOMPARE(designText(doc), before);
        QCOMPARE(doc.undoStack()->count(), 0);
        // The form shows the refusal under the fields.
        inspector.setKey(relays);
        auto *port = inspector.findChild<QLineEdit *>(QString::fromStdString(relays + "/port"));
        QVERIFY(port);
        port->setText("70000");
        emit port->editingFinished();
        QVERIFY(inspector.errorText().contains("65535"));
        QCOMPARE(designText(doc), before);
    }

    void targetGroupSelectedDirectly()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s4Template));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey(relays);
        auto *targets = records(inspector, relays, "Target");
        QVERIFY(targets);
        // An ENI id is accepted and registered as its instance (instance targets).
        targets->addRow();
        QCoreApplication::processEvents();
        targets = records(inspector, relays, "Target");
        QCOMPARE(targets->table()->rowCount(), 3);
        type(targets, 2, "Target", "eni-0s4web");
        QCOMPARE(doc.design().find<core::TargetGroup>(relays)->targets[2].id, std::string("i-0s4web"));
    }

    void tgwBlackholeBlocksAndUndoRestores()
    {
        DesignDocument doc;
        FlowRunner runner(doc.design());
        QVERIFY(loadTemplate(doc, s5Template));
        QCOMPARE(verdict(runner, "flow-rfc1918"), QStringLiteral("delivered"));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey(tgwRt);
        auto *routes = records(inspector, tgwRt, "Destination");
        QVERIFY(routes);
        QCOMPARE(routes->table()->rowCount(), 0);
        routes->addRow(); // 0.0.0.0/0 -> blackhole: the propagated /16 is more specific
        QCoreApplication::processEvents();
        routes = records(inspector, tgwRt, "Destination");
        QCOMPARE(routes->table()->rowCount(), 1);
        QCOMPARE(verdict(runner, "flow-rfc1918"), QStringLiteral("delivered"));
        type(routes, 0, "Destination", "172.16.0.0/16"); // a static route beats the propagated one
        const auto &t = trace(runner, "flow-rfc1918");
        QVERIFY(!t.delivered());
        QCOMPARE(std::string(core::toString(t.blockedAt->reason)), std::string("TGW_ROUTE_BLACKHOLE"));
        QCOMPARE(t.blockedAt->resource, tgwRt);
        QVERIFY(t.blockedAt->kind == core::ResourceKind::TgwRouteTable);
        type(routes, 0, "Attachment", "tgw-attach-0s5b");
        QCOMPARE(verdict(runner, "flow-rfc1918"), QStringLiteral("delivered"));
        doc.undoStack()->undo();
        QCOMPARE(verdict(runner, "flow-rfc1918"), QString("TGW_ROUTE_BLACKHOLE@" + QString::fromStdString(tgwRt)));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.design().find<core::TgwRouteTable>(tgwRt)->routes.size(), size_t(0));
        QCOMPARE(verdict(runner, "flow-rfc1918"), QStringLiteral("delivered"));
    }

    void tgwPropagationOffLeavesNoRoute()
    {
        DesignDocument doc;
        FlowRunner runner(doc.design());
        QVERIFY(loadTemplate(doc, s5Template));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey("tgw-attach-0s5b"); // the attachment shows its route tables
        QCOMPARE(int(inspector.linkTables().size()), 1);
        auto *links = inspector.linkTables().front();
        QCOMPARE(links->table()->rowCount(), 1);
        QCOMPARE(links->table()->item(0, TgwLinkTable::PropagatesColumn)->checkState(), Qt::Checked);
        links->table()->item(0, TgwLinkTable::PropagatesColumn)->setCheckState(Qt::Unchecked);
        QCOMPARE(verdict(runner, "flow-rfc1918"), QString("TGW_ROUTE_NO_MATCH@" + QString::fromStdString(tgwRt)));
        // The default association route table cannot be left without choosing another one.
        links->table()->item(0, TgwLinkTable::AssociatedColumn)->setCheckState(Qt::Unchecked);
        QVERIFY(links->errorText().contains("default association"));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(verdict(runner, "flow-rfc1918"), QStringLiteral("delivered"));
        // The attachment's own fields: a subnet of another VPC is refused.
        QVERIFY(inspector.setProperty("tgw-attach-0s5b", "/subnetIds", "subnet-0s5a1")
                    .contains("is not in vpc-0s5b"));
    }

    void invalidTgwInputChangesNothing()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s5Template));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey("tgw-0s5"); // the gateway shows each of its route tables
        auto *routes = records(inspector, tgwRt, "Destination");
        QVERIFY(routes);
        routes->addRow();
        QCoreApplication::processEvents();
        routes = records(inspector, tgwRt, "Destination");
        const std::string before = designText(doc);
        const int steps = doc.undoStack()->count();
        type(routes, 0, "Destination", "172.16.0.0/33");
        QVERIFY2(routes->errorText().contains("not an IPv4 CIDR"), qPrintable(routes->errorText()));
        type(routes, 0, "Attachment", "tgw-attach-nope");
        QVERIFY(routes->errorText().contains("not an attachment of tgw-0s5"));
        QCOMPARE(designText(doc), before);
        QCOMPARE(doc.undoStack()->count(), steps);
    }

    void applianceModeAndFirewallRulesFlipTheS7Flows()
    {
        DesignDocument doc;
        FlowRunner runner(doc.design());
        QVERIFY(loadTemplate(doc, s7Template));
        QCOMPARE(verdict(runner, "flow-465-a"), QStringLiteral("ASYMMETRIC_RETURN@tgw-attach-0s7insp"));
        QCOMPARE(verdict(runner, "flow-587"), QStringLiteral("NETWORK_FIREWALL_DENY@nfw-0s7"));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey("tgw-attach-0s7insp");
        QVERIFY(inspector.setProperty("tgw-attach-0s7insp", "/applianceMode", "true").isEmpty());
        QCOMPARE(verdict(runner, "flow-465-a"), QStringLiteral("delivered"));
        doc.undoStack()->undo();
        QCOMPARE(verdict(runner, "flow-465-a"), QStringLiteral("ASYMMETRIC_RETURN@tgw-attach-0s7insp"));

        // The rule group dropping 587 is rewritten to pass it, as a user types the rule.
        inspector.setKey("nfw-0s7");
        auto *groups = records(inspector, "nfw-0s7", "Rule group");
        QVERIFY(groups);
        QCOMPARE(groups->table()->rowCount(), 2);
        QCOMPARE(groups->table()->item(1, column(groups, "Rule group"))->text(),
                 QStringLiteral("no-plain-submission"));
        type(groups, 1, "Stateful rules", "PASS TCP $HOME_NET ANY -> ANY 587 (sid 587001)");
        QVERIFY2(groups->errorText().isEmpty(), qPrintable(groups->errorText()));
        QCOMPARE(verdict(runner, "flow-587"), QStringLiteral("delivered"));
        doc.undoStack()->undo();
        QCOMPARE(verdict(runner, "flow-587"), QStringLiteral("NETWORK_FIREWALL_DENY@nfw-0s7"));
    }

    void invalidFirewallInputChangesNothing()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s7Template));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey("nfw-0s7");
        const std::string before = designText(doc);
        auto *groups = records(inspector, "nfw-0s7", "Rule group");
        QVERIFY(groups);
        type(groups, 1, "Stateful rules", "DENY TCP ANY ANY -> ANY 587");
        QVERIFY2(groups->errorText().contains("DENY"), qPrintable(groups->errorText()));
        type(groups, 1, "Priority", "0");
        QVERIFY(groups->errorText().contains("65535"));
        type(groups, 1, "Domain list (TLS SNI)", "email-smtp.us-east-1.amazonaws.com");
        QVERIFY(groups->errorText().contains("ALLOWLIST"));
        type(groups, 1, "Rule group", " ");
        QVERIFY(!groups->errorText().isEmpty());
        QVERIFY(inspector.setProperty("nfw-0s7", "/statefulDefaultActions", "aws:drop")
                    .contains("not a stateful default action"));
        QVERIFY(inspector
                    .setProperty("nfw-0s7", "/statefulDefaultActions",
                                 "aws:drop_strict, aws:drop_established")
                    .contains("one drop action"));
        QVERIFY(inspector.setProperty("nfw-0s7", "/homeNet", "10.0.0.0/33").contains("CIDR"));
        QCOMPARE(designText(doc), before);
        QCOMPARE(doc.undoStack()->count(), 0);
        // Strict order with drop_established: 465 passes its rule, 2587 has none.
        QVERIFY(inspector.setProperty("nfw-0s7", "/ruleOrder", "STRICT_ORDER").isEmpty());
        QVERIFY(inspector.setProperty("nfw-0s7", "/statefulDefaultActions",
                                      "aws:drop_established, aws:alert_established")
                    .isEmpty());
        QCOMPARE(doc.design().find<core::NetworkFirewall>("nfw-0s7")->statefulDefaultActions.size(),
                 size_t(2));
    }

    void edgeAssociationMakesTheIgwsRouteTable()
    {
        DesignDocument doc;
        FlowRunner runner(doc.design());
        QVERIFY(loadTemplate(doc, s7Template));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        const std::string before = designText(doc);
        QVERIFY(inspector.setProperty("rtb-0s7etgw", "/gatewayIds", "igw-nope")
                    .contains("not an internet gateway"));
        QVERIFY(inspector.setProperty("rtb-0s7spoke", "/gatewayIds", "igw-0s7")
                    .contains("not attached to vpc-0s7spoke"));
        QCOMPARE(designText(doc), before);
        QVERIFY(inspector.setProperty("rtb-0s7etgw", "/gatewayIds", "igw-0s7").isEmpty());
        QCOMPARE(doc.design().find<core::RouteTable>("rtb-0s7etgw")->gatewayIds,
                 std::vector<std::string>{"igw-0s7"});
        QVERIFY(inspector.setProperty("rtb-0s7pub", "/gatewayIds", "igw-0s7")
                    .contains("already has an edge route table"));
        // The gateway shows its edge table's routes; replies still reach the NAT (local).
        inspector.setKey("igw-0s7");
        const auto editors = inspector.ruleEditors();
        QVERIFY(std::any_of(editors.begin(), editors.end(),
                            [](auto *e) { return e->resourceId() == "rtb-0s7etgw"; }));
        QCOMPARE(verdict(runner, "flow-465-b"), QStringLiteral("delivered"));
        doc.undoStack()->undo();
        QCOMPARE(designText(doc), before);
    }

    // Direct Connect from its snapshot (tests/data/aws-dx): the DX gateway's allowed prefixes and
    // the VIF's state are fields of the inspector; narrowing what AWS advertises to on-premises
    // or taking the VIF down blocks the transit VIF's flow, undo restores it.
    void directConnectFieldsFlipTheTransitFlow()
    {
        core::Design imported;
        core::Diagnostics diagnostics;
        core::InputError error;
        QVERIFY(core::importAwsSnapshot(MAILPATH_SOURCE_DIR "/tests/data/aws-dx", imported,
                                        diagnostics, error));
        DesignDocument doc;
        doc.replace(std::move(imported), {});
        InspectorPanel inspector(doc.design(), doc.undoStack());
        const std::string dxgw = "b3c1d2e4-2222-4abc-9def-00000000000b";
        const std::string vif = "dxvif-0transit";
        auto verdictNow = [&] {
            const core::Simulator simulator(doc.design());
            const auto t = simulator.trace({"172.20.5.5", "10.40.1.25", 25});
            return t.delivered() ? QStringLiteral("delivered")
                                 : QString::fromStdString(std::string(core::toString(
                                                              t.blockedAt->reason))
                                                          + "@" + t.blockedAt->resource);
        };
        QCOMPARE(verdictNow(), QStringLiteral("delivered"));
        const std::string before = designText(doc);

        inspector.setKey(dxgw);
        const auto fields = fieldsFor(doc.design(), dxgw);
        QVERIFY(std::any_of(fields.begin(), fields.end(), [](const FieldSpec &f) {
            return f.pointer == "/associations/0/allowedPrefixes";
        }));
        QVERIFY(!inspector.setProperty(dxgw, "/associations/0/allowedPrefixes", "10.40.0/99")
                     .isEmpty());
        QCOMPARE(designText(doc), before);
        QVERIFY(inspector.setProperty(dxgw, "/associations/0/allowedPrefixes", "10.41.0.0/16")
                    .isEmpty());
        QCOMPARE(verdictNow(), QString::fromStdString("DX_PREFIX_NOT_ALLOWED@" + dxgw));
        doc.undoStack()->undo();
        QCOMPARE(verdictNow(), QStringLiteral("delivered"));

        inspector.setKey(vif);
        QVERIFY(inspector.setProperty(vif, "/state", "down").isEmpty());
        QCOMPARE(verdictNow(), QString::fromStdString("DX_VIF_DOWN@" + vif));
        doc.undoStack()->undo();
        QCOMPARE(designText(doc), before);
    }

    void gwlbEndpointHasItsOwnIcon()
    {
        core::Design d;
        core::VpcEndpoint ep;
        ep.id = "vpce-0gwlbe";
        ep.endpointType = "GatewayLoadBalancer";
        d.put(ep);
        ep.id = "vpce-0ses";
        ep.endpointType = "Interface";
        d.put(ep);
        QCOMPARE(iconFor(d, "vpce-0gwlbe"), QStringLiteral(":/icons/gwlb-endpoint.svg"));
        QVERIFY(QFile::exists(iconFor(d, "vpce-0gwlbe")));
        QCOMPARE(iconFor(d, "vpce-0ses"), QStringLiteral(":/icons/vpc-endpoint.svg"));
    }

    void securityGroupTablesFollowTheEniList()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s4Template));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey("i-0s4relay1");
        auto shown = [&] {
            QStringList ids;
            for (auto *editor : inspector.ruleEditors())
                ids << QString::fromStdString(editor->resourceId());
            ids.removeDuplicates();
            return ids;
        };
        QCOMPARE(shown(), QStringList{"sg-0s4relay"});
        QVERIFY(inspector.setProperty("eni-0s4relay1", "/securityGroupIds", "sg-0s4relay, sg-0s4app")
                    .isEmpty());
        QCoreApplication::processEvents();
        QCOMPARE(shown(), (QStringList{"sg-0s4app", "sg-0s4relay"}));
        doc.undoStack()->undo();
        QCoreApplication::processEvents();
        QCOMPARE(shown(), QStringList{"sg-0s4relay"});
    }

    void screenshots()
    {
        const QString dir = qEnvironmentVariable("MAILPATH_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("set MAILPATH_SCREENSHOT_DIR to save the inspector screenshots");
        QCoreApplication::setOrganizationName("MailPathTest");
        QCoreApplication::setApplicationName("tst_inspector");
        MainWindow w;
        w.resize(1600, 1000);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        const QString templates = QStringLiteral(MAILPATH_SOURCE_DIR) + "/resources/templates/";
        const std::pair<const char *, std::pair<const char *, std::string>> shots[] = {
            {"h1-nlb.png", {"s4-smtp-relay-nlb.mailpath.json", nlb}},
            {"h1-targetgroup.png", {"s4-smtp-relay-nlb.mailpath.json", relays}},
            {"h1-tgw.png", {"s5-fargate-tgw.mailpath.json", "tgw-0s5"}},
            {"h1-tgw-routetable.png", {"s5-fargate-tgw.mailpath.json", tgwRt}},
            {"h1-tgw-attachment.png", {"s5-fargate-tgw.mailpath.json", "tgw-attach-0s5b"}},
        };
        for (const auto &[file, what] : shots) {
            QVERIFY(w.fileActions()->openFile(templates + what.first));
            w.inspector()->setKey(what.second);
            QTest::qWait(50);
            QVERIFY(w.grab().save(dir + "/" + file));
        }
    }
};

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
