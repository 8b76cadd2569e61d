// The palette's NAT instance and Classic Load Balancer, and the inspector on the S1c and S4b
// templates: fields and tables edit the model through undoable commands, and the flows follow.
#include "s1fixture.h"

#include "app/canvas/nodelook.h"
#include "app/commands/addresourcescommand.h"
#include "app/flows/flowrunner.h"
#include "app/palette/resourcefactory.h"
#include "app/panels/inspectorpanel.h"
#include "app/panels/recordtableeditor.h"
#include "core/layout/autolayout.h"

#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace mailpath;
using namespace mailpath::app;

namespace {

const QString s1cTemplate = QStringLiteral(":/templates/s1c-ses-via-nat-instance.mailpath.json");
const QString s4bTemplate = QStringLiteral(":/templates/s4b-smtp-relay-classic-elb.mailpath.json");

QString verdict(FlowRunner &runner, const std::string &flowId)
{
    for (const auto &r : runner.results())
        if (r.flow.id == flowId && r.trace) {
            if (r.trace->delivered())
                return QStringLiteral("delivered");
            return QString::fromStdString(std::string(core::toString(r.trace->blockedAt->reason))
                                          + "@" + r.trace->blockedAt->resource);
        }
    return QStringLiteral("no trace");
}

nlohmann::json bundled(const ResourceBundle &bundle, core::ResourceKind kind)
{
    for (const auto &[k, json] : bundle.resources)
        if (k == kind)
            return json;
    return {};
}

RecordTableEditor *records(InspectorPanel &inspector, const QString &firstHeader)
{
    for (auto *editor : inspector.recordEditors())
        if (editor->table()->horizontalHeaderItem(0)->text() == firstHeader)
            return editor;
    return nullptr;
}

} // namespace

class TestSeedComponentsUi : public QObject
{
    Q_OBJECT

private slots:
    void paletteBuildsANatInstance()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        const auto bundle = createFromPalette(doc.design(), "nat-instance",
                                              {"subnet-0s1public", {}});
        QVERIFY2(bundle.error.isEmpty(), qPrintable(bundle.error));
        const auto eni = bundled(bundle, core::ResourceKind::NetworkInterface);
        QCOMPARE(eni.value("sourceDestCheck", true), false);
        QVERIFY(eni.contains("publicIp") && eni["publicIp"].is_string());
        QCOMPARE(bundled(bundle, core::ResourceKind::Instance).value("subnetId", std::string()),
                 std::string("subnet-0s1public"));
    }

    void paletteBuildsAClassicLoadBalancer()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        const auto bundle = createFromPalette(doc.design(), "classic-lb",
                                              {"subnet-0s1private", {}});
        QVERIFY2(bundle.error.isEmpty(), qPrintable(bundle.error));
        const auto lb = bundled(bundle, core::ResourceKind::LoadBalancer);
        QCOMPARE(lb.value("type", std::string()), std::string("classic"));
        QCOMPARE(lb.value("healthCheck", std::string()), std::string("TCP:80"));
        QCOMPARE(lb["listeners"].size(), size_t(1));
        QVERIFY(!lb["securityGroupIds"].empty());
        QVERIFY(bundled(bundle, core::ResourceKind::TargetGroup).is_null());
        // A drop outside a subnet is refused with a reason.
        QVERIFY(!createFromPalette(doc.design(), "classic-lb", {"vpc-0s1main", {}}).error.isEmpty());
    }

    void dropsGetNamesOfTheirOwn()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        const auto first = createFromPalette(doc.design(), "smtp-server", {"subnet-0s1private", {}});
        QVERIFY2(first.error.isEmpty(), qPrintable(first.error));
        QCOMPARE(bundled(first, core::ResourceKind::Instance).value("name", std::string()),
                 std::string("smtp-relay"));
        doc.undoStack()->push(new AddResourcesCommand(doc.design(), first));
        const auto second = createFromPalette(doc.design(), "smtp-server", {"subnet-0s1private", {}});
        QCOMPARE(bundled(second, core::ResourceKind::Instance).value("name", std::string()),
                 std::string("smtp-relay-2"));
        QCOMPARE(bundled(second, core::ResourceKind::SmtpServer).value("name", std::string()),
                 std::string("smtp-2"));
        // The server's node sits beside its instance, not on the subnet's title.
        const std::string instance = bundled(second, core::ResourceKind::Instance)["id"];
        QVERIFY(second.layouts.count(second.primaryId) && second.layouts.count(instance));
        const auto &server = second.layouts.at(second.primaryId), &host = second.layouts.at(instance);
        QVERIFY(server.y >= 28);
        QVERIFY(server.x > host.x);
        QVERIFY(std::abs(server.y - host.y) < 40);
        // AWS names a VPC's own default group "default" in every VPC.
        const auto vpc = createFromPalette(doc.design(), "vpc", {"", {}});
        QCOMPARE(bundled(vpc, core::ResourceKind::SecurityGroup).value("name", std::string()),
                 std::string("default"));
    }

    void aDropOnABoxBorderLandsClearOfIt()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        const auto *vpc = doc.design().layoutOf("vpc-0s1main");
        QVERIFY(vpc && vpc->width > 0);
        const QRectF vpcBox(vpc->x, vpc->y, vpc->width, vpc->height);
        const std::string region = core::regionKey("us-east-1");
        // The cursor on the VPC's left border, in the Region box's coordinates.
        const QPointF onBorder(vpcBox.left(), vpcBox.top() + 60);
        const auto bundle = createFromPalette(
            doc.design(), "transit-gateway", {region, [&](const std::string &) { return onBorder; }});
        QVERIFY2(bundle.error.isEmpty(), qPrintable(bundle.error));
        const std::string tgwId = bundle.primaryId;
        const core::NodeLayout layout = bundle.layouts.at(tgwId);
        doc.undoStack()->push(new AddResourcesCommand(doc.design(), bundle));
        const QRectF tgw(QPointF(layout.x, layout.y), defaultSize(doc.design(), tgwId));
        QVERIFY2(!tgw.intersects(vpcBox), qPrintable(QStringLiteral("tgw at %1,%2; vpc %3,%4")
                                                         .arg(layout.x).arg(layout.y)
                                                         .arg(vpcBox.x()).arg(vpcBox.y())));
        // Still in the Region box, below its header.
        QVERIFY(layout.x >= 0 && layout.y >= 28);
    }

    void paletteBuildsAGatewayLoadBalancerAndItsEndpoint()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, s1Template));
        const auto gwlb = createFromPalette(doc.design(), "gwlb", {"subnet-0s1private", {}});
        QVERIFY2(gwlb.error.isEmpty(), qPrintable(gwlb.error));
        const auto lb = bundled(gwlb, core::ResourceKind::LoadBalancer);
        QCOMPARE(lb.value("type", std::string()), std::string("gateway"));
        QCOMPARE(lb["listeners"][0].value("port", 0), 6081);
        QCOMPARE(bundled(gwlb, core::ResourceKind::TargetGroup).value("protocol", std::string()),
                 std::string("GENEVE"));
        const auto ep = createFromPalette(doc.design(), "gwlb-endpoint", {"subnet-0s1public", {}});
        QVERIFY2(ep.error.isEmpty(), qPrintable(ep.error));
        const auto endpoint = bundled(ep, core::ResourceKind::VpcEndpoint);
        QCOMPARE(endpoint.value("endpointType", std::string()), std::string("GatewayLoadBalancer"));
        QCOMPARE(endpoint["subnetIds"][0].get<std::string>(), std::string("subnet-0s1public"));
        QVERIFY(!createFromPalette(doc.design(), "gwlb-endpoint", {"vpc-0s1main", {}})
                     .error.isEmpty());
    }

    void natModeFieldFlipsTheS1cFlow()
    {
        DesignDocument doc;
        FlowRunner runner(doc.design());
        QVERIFY(loadTemplate(doc, s1cTemplate));
        QCOMPARE(verdict(runner, "flow-587"), QStringLiteral("NACL_INBOUND_DENY@acl-0s1cpublic"));
        // Drawn as what it does, until it is set to a plain router.
        QCOMPARE(iconFor(doc.design(), "i-0s1cnat"), QStringLiteral(":/icons/nat-gateway.svg"));
        QCOMPARE(iconFor(doc.design(), "i-0s1cweb"), QStringLiteral(":/icons/instance.svg"));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey("i-0s1cnat");
        QVERIFY(inspector.setProperty("eni-0s1cnat", "/natMode", "router").isEmpty());
        QCOMPARE(verdict(runner, "flow-587"), QStringLiteral("IGW_NO_PUBLIC_IP@igw-0s1c"));
        QCOMPARE(iconFor(doc.design(), "i-0s1cnat"), QStringLiteral(":/icons/instance.svg"));
        QVERIFY(inspector.setProperty("eni-0s1cnat", "/sourceDestCheck", "true").isEmpty());
        QCOMPARE(verdict(runner, "flow-587"), QStringLiteral("SOURCE_DEST_CHECK_ON@i-0s1cnat"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(verdict(runner, "flow-587"), QStringLiteral("NACL_INBOUND_DENY@acl-0s1cpublic"));
    }

    void classicTablesEditTheS4bFlow()
    {
        DesignDocument doc;
        FlowRunner runner(doc.design());
        QVERIFY(loadTemplate(doc, s4bTemplate));
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("delivered"));
        InspectorPanel inspector(doc.design(), doc.undoStack());
        inspector.setKey("relay-elb");
        auto *instances = records(inspector, "Instance");
        QVERIFY(instances);
        QCOMPARE(instances->table()->rowCount(), 2);
        instances->table()->item(0, 1)->setText("unhealthy");
        QCoreApplication::processEvents();
        instances = records(inspector, "Instance");
        instances->table()->item(1, 1)->setText("unhealthy");
        QCoreApplication::processEvents();
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("LB_NO_HEALTHY_TARGET@relay-elb"));
        doc.undoStack()->undo();
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("delivered"));

        auto *listeners = records(inspector, "Protocol");
        QVERIFY(listeners);
        QCOMPARE(listeners->table()->columnCount(), 3);
        listeners->table()->item(0, 2)->setText("2525");
        QCoreApplication::processEvents();
        QCOMPARE(doc.design().find<core::LoadBalancer>("relay-elb")->listeners[0].backendPort(),
                 uint16_t(2525));
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("SG_INGRESS_DENY@sg-0s4brelay"));
        doc.undoStack()->undo();
        QCOMPARE(verdict(runner, "flow-relay"), QStringLiteral("delivered"));
    }
};

QTEST_MAIN(TestSeedComponentsUi)
#include "tst_seedcomponentsui.moc"
