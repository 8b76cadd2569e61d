// Undo/redo of the designer's commands, built the way the GUI builds designs.
#include "app/canvas/diagramscene.h"
#include "app/commands/addresourcescommand.h"
#include "app/commands/addroutecommand.h"
#include "app/commands/deleteresourcescommand.h"
#include "app/commands/editrulescommand.h"
#include "app/commands/movenodescommand.h"
#include "app/commands/reparentcommand.h"
#include "app/commands/setpropertycommand.h"
#include "app/gui/designcontroller.h"
#include "app/gui/designdocument.h"
#include "core/io/designfile.h"

#include <QGraphicsView>
#include <QTest>
#include <QUndoStack>

using namespace mailpath;
using namespace mailpath::app;

class TestCommands : public QObject
{
    Q_OBJECT

private:
    /** A VPC with a public and a private subnet, an IGW, a NAT gateway and an instance. */
    struct Built
    {
        std::string vpc, pub, priv, igw, nat, web;
    };

    std::string add(DesignDocument &doc, DiagramScene &scene, const QString &entry,
                    const std::string &container, QPointF pos = QPointF(60, 80))
    {
        DesignController controller(&doc, &scene);
        QPointF scenePos = pos;
        scene.sync();
        if (auto *item = scene.itemFor(container))
            scenePos = item->mapToScene(pos);
        const std::string id = controller.addComponent(entry, container, scenePos);
        scene.sync();
        return id;
    }

    Built build(DesignDocument &doc, DiagramScene &scene)
    {
        Built b;
        b.vpc = add(doc, scene, "vpc", "", QPointF(400, 300));
        b.pub = add(doc, scene, "subnet-public", b.vpc, QPointF(150, 120));
        b.priv = add(doc, scene, "subnet-private", b.vpc, QPointF(420, 120));
        b.igw = add(doc, scene, "internet-gateway", b.vpc, QPointF(300, 40));
        b.nat = add(doc, scene, "nat-gateway", b.pub);
        b.web = add(doc, scene, "ec2", b.priv);
        return b;
    }

    static std::string snapshot(const core::Design &design)
    {
        return core::serializeDesign(design);
    }

private slots:
    void paletteDefaults()
    {
        DesignDocument doc;
        DiagramScene scene(doc.design());
        const Built b = build(doc, scene);
        const auto &d = doc.design();
        QVERIFY(d.find<core::Vpc>(b.vpc));
        QCOMPARE(d.find<core::Vpc>(b.vpc)->primaryCidr().toString(), std::string("10.0.0.0/16"));
        QCOMPARE(d.find<core::Subnet>(b.pub)->cidr.toString(), std::string("10.0.0.0/24"));
        QCOMPARE(d.find<core::Subnet>(b.priv)->cidr.toString(), std::string("10.0.1.0/24"));
        // A new VPC comes with a main route table (local route), a default ACL and SG.
        int mains = 0;
        for (const auto &[id, rt] : d.all<core::RouteTable>())
            mains += rt.main && rt.vpcId == b.vpc && rt.routes.size() == 1;
        QCOMPARE(mains, 1);
        QCOMPARE(d.count(core::ResourceKind::NetworkAcl), size_t(1));
        const auto *inst = d.find<core::Instance>(b.web);
        QVERIFY(inst);
        const auto *eni = d.find<core::Eni>(inst->eniIds.front());
        QCOMPARE(eni->primaryIp().to_string(), std::string("10.0.1.4"));
        QCOMPARE(eni->securityGroupIds.size(), size_t(1));
        QCOMPARE(d.find<core::NatGateway>(b.nat)->privateIp.to_string(), std::string("10.0.0.4"));
        QVERIFY(scene.itemFor(b.web));
        QCOMPARE(scene.itemFor(b.web)->parentItem(), scene.itemFor(b.priv));
        // Every add is one step; undoing all of them empties the design.
        const int steps = doc.undoStack()->count();
        QCOMPARE(steps, 6);
        for (int i = 0; i < steps; ++i)
            doc.undoStack()->undo();
        QCOMPARE(d.resourceCount(), size_t(0));
        for (int i = 0; i < steps; ++i)
            doc.undoStack()->redo();
        QVERIFY(d.find<core::Instance>(b.web));
    }

    void secondSubnetAndRefusedDrop()
    {
        DesignDocument doc;
        DiagramScene scene(doc.design());
        DesignController controller(&doc, &scene);
        QString message;
        connect(&controller, &DesignController::message, this, [&](const QString &m) { message = m; });
        QCOMPARE(controller.addComponent("ec2", "", QPointF(10, 10)), std::string());
        QVERIFY(message.contains("subnet"));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void interleavedUndoInOrder()
    {
        DesignDocument doc;
        DiagramScene scene(doc.design());
        const Built b = build(doc, scene);
        auto &d = doc.design();
        QUndoStack *stack = doc.undoStack();
        const std::string s0 = snapshot(d);
        stack->push(new SetPropertyCommand(d, b.pub, "/name", "dmz"));
        const std::string s1 = snapshot(d);
        stack->push(new SetPropertyCommand(d, b.priv, "/name", "app"));
        const std::string s2 = snapshot(d);
        stack->push(new SetPropertyCommand(d, b.pub, "/mapPublicIpOnLaunch", false));
        const std::string s3 = snapshot(d);
        stack->push(new SetPropertyCommand(d, b.priv, "/cidr", "10.0.9.0/24"));
        QCOMPARE(d.find<core::Subnet>(b.priv)->cidr.toString(), std::string("10.0.9.0/24"));
        stack->undo();
        QCOMPARE(snapshot(d), s3);
        stack->undo();
        QCOMPARE(snapshot(d), s2);
        stack->undo();
        QCOMPARE(snapshot(d), s1);
        stack->undo();
        QCOMPARE(snapshot(d), s0);
        for (int i = 0; i < 4; ++i)
            stack->redo();
        QCOMPARE(d.find<core::Subnet>(b.pub)->name, std::string("dmz"));
        QCOMPARE(d.find<core::Subnet>(b.priv)->name, std::string("app"));
    }

    void setPropertyMergesPerIdAndKey()
    {
        DesignDocument doc;
        DiagramScene scene(doc.design());
        const Built b = build(doc, scene);
        auto &d = doc.design();
        QUndoStack *stack = doc.undoStack();
        const int before = stack->count();
        stack->push(new SetPropertyCommand(d, b.pub, "/name", "p"));
        stack->push(new SetPropertyCommand(d, b.pub, "/name", "pu"));
        stack->push(new SetPropertyCommand(d, b.pub, "/name", "pub"));
        QCOMPARE(stack->count(), before + 1);
        stack->push(new SetPropertyCommand(d, b.priv, "/name", "x"));
        QCOMPARE(stack->count(), before + 2);
        stack->undo();
        stack->undo();
        QCOMPARE(d.find<core::Subnet>(b.pub)->name, std::string("public"));
        QVERIFY(!SetPropertyCommand::validate(d, b.pub, "/cidr", "10.0.0.0/33").isEmpty());
    }

    void deleteWithChildrenAndUndo()
    {
        DesignDocument doc;
        DiagramScene scene(doc.design());
        const Built b = build(doc, scene);
        auto &d = doc.design();
        doc.undoStack()->push(new AddRouteCommand(d, b.priv, b.nat, core::Cidr::any()));
        const std::string before = snapshot(d);
        const auto eni = d.find<core::Instance>(b.web)->eniIds.front();
        const auto webJson = d.resourceJson(b.web);
        const auto layout = *d.layoutOf(b.web);
        doc.undoStack()->push(new DeleteResourcesCommand(d, {b.priv}));
        QVERIFY(!d.contains(b.priv));
        QVERIFY(!d.contains(b.web));
        QVERIFY(!d.contains(eni));
        for (const auto &[id, rt] : d.all<core::RouteTable>())
            QVERIFY(std::find(rt.subnetIds.begin(), rt.subnetIds.end(), b.priv) == rt.subnetIds.end());
        doc.undoStack()->undo();
        QVERIFY(d.resourceJson(b.web) == webJson);
        QVERIFY(d.contains(eni));
        QCOMPARE(*d.layoutOf(b.web), layout);
        QCOMPARE(snapshot(d), before);
        scene.sync();
        QVERIFY(scene.itemFor(b.web));
        doc.undoStack()->redo();
        QVERIFY(!d.contains(b.web));
    }

    void nudgesMergeDragsDoNot()
    {
        DesignDocument doc;
        DiagramScene scene(doc.design());
        const Built b = build(doc, scene);
        DesignController controller(&doc, &scene);
        auto &d = doc.design();
        const auto start = *d.layoutOf(b.web);
        scene.selectKeys({b.web});
        const int before = doc.undoStack()->count();
        controller.nudgeSelection(10, 0);
        controller.nudgeSelection(10, 0);
        controller.nudgeSelection(0, 10);
        QCOMPARE(doc.undoStack()->count(), before + 1);
        QCOMPARE(d.layoutOf(b.web)->x, start.x + 20);
        QCOMPARE(d.layoutOf(b.web)->y, start.y + 10);
        // Two separate drags are two steps.
        controller.moveNodes({{b.web, core::NodeLayout{100, 100, 0, 0, false}}}, false);
        controller.moveNodes({{b.web, core::NodeLayout{120, 100, 0, 0, false}}}, false);
        QCOMPARE(doc.undoStack()->count(), before + 3);
        doc.undoStack()->undo();
        QCOMPARE(d.layoutOf(b.web)->x, 100.0);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(*d.layoutOf(b.web), start);
    }

    void dragCommitsOnceOnRelease()
    {
        DesignDocument doc;
        DiagramScene scene(doc.design());
        const Built b = build(doc, scene);
        DesignController controller(&doc, &scene);
        QGraphicsView view(&scene);
        view.resize(1200, 900);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        auto *item = scene.itemFor(b.web);
        const auto start = *doc.design().layoutOf(b.web);
        const QPoint p = view.mapFromScene(item->sceneBoundingRect().center());
        const int before = doc.undoStack()->count();
        QTest::mousePress(view.viewport(), Qt::LeftButton, {}, p);
        for (int i = 1; i <= 5; ++i)
            QTest::mouseMove(view.viewport(), p + QPoint(8 * i, 0));
        QCOMPARE(doc.undoStack()->count(), before); // nothing committed while dragging
        QTest::mouseRelease(view.viewport(), Qt::LeftButton, {}, p + QPoint(40, 0));
        QCOMPARE(doc.undoStack()->count(), before + 1);
        QVERIFY(doc.design().layoutOf(b.web)->x > start.x);
        doc.undoStack()->undo();
        QCOMPARE(*doc.design().layoutOf(b.web), start);
    }

    void routeArrowEditsSubnetTable()
    {
        DesignDocument doc;
        DiagramScene scene(doc.design());
        const Built b = build(doc, scene);
        auto &d = doc.design();
        const auto tablesBefore = d.count(core::ResourceKind::RouteTable);
        doc.undoStack()->push(new AddRouteCommand(d, b.pub, b.igw, core::Cidr::any()));
        QCOMPARE(d.count(core::ResourceKind::RouteTable), tablesBefore + 1);
        const std::string rt = AddRouteCommand::routeTableOf(d, b.pub);
        const auto *table = d.find<core::RouteTable>(rt);
        QVERIFY(!table->main);
        QCOMPARE(table->routes.size(), size_t(2)); // local + 0.0.0.0/0 -> igw
        QCOMPARE(table->routes.back().targetId, b.igw);
        scene.sync();
        bool drawn = false;
        for (auto *edge : scene.edges())
            drawn |= edge->from()->key() == b.pub && edge->to()->key() == b.igw;
        QVERIFY(drawn);
        doc.undoStack()->undo();
        QCOMPARE(d.count(core::ResourceKind::RouteTable), tablesBefore);
        QVERIFY(!AddRouteCommand::isRouteTarget(d, b.priv));
        QVERIFY(!AddRouteCommand::isRouteTarget(d, b.vpc));
    }

    void reparentIntoOtherSubnet()
    {
        DesignDocument doc;
        DiagramScene scene(doc.design());
        const Built b = build(doc, scene);
        auto &d = doc.design();
        const auto eni = d.find<core::Instance>(b.web)->eniIds.front();
        doc.undoStack()->push(new ReparentCommand(d, b.web, b.pub, core::NodeLayout{30, 40, 0, 0, false}));
        QCOMPARE(d.find<core::Instance>(b.web)->subnetId, b.pub);
        QCOMPARE(d.find<core::Eni>(eni)->subnetId, b.pub);
        QVERIFY(d.find<core::Subnet>(b.pub)->cidr.contains(d.find<core::Eni>(eni)->primaryIp()));
        scene.sync();
        QCOMPARE(scene.itemFor(b.web)->parentItem(), scene.itemFor(b.pub));
        doc.undoStack()->undo();
        QCOMPARE(d.find<core::Eni>(eni)->primaryIp().to_string(), std::string("10.0.1.4"));
        scene.sync();
        QCOMPARE(scene.itemFor(b.web)->parentItem(), scene.itemFor(b.priv));
    }
};

QTEST_MAIN(TestCommands)
#include "tst_commands.moc"
