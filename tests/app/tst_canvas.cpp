// The canvas as a projection of the model: arrows, route drawing, conflict marks, resize,
// collapse, filter and fan-out bundling, driven the way the GUI drives them.
#include "s1fixture.h"

#include "app/canvas/diagramscene.h"
#include "app/canvas/routedestinationdialog.h"
#include "app/commands/addroutecommand.h"
#include "app/commands/setpropertycommand.h"
#include "app/gui/designcontroller.h"
#include "app/gui/designdocument.h"
#include "core/layout/diagramedges.h"
#include "core/sim/simulator.h"

#include <QDialogButtonBox>
#include <QGraphicsSceneMouseEvent>
#include <QLineEdit>
#include <QPainter>
#include <QPicture>
#include <QPushButton>
#include <QTest>
#include <QUndoStack>

#include <set>
#include <tuple>

using namespace mailpath;
using namespace mailpath::app;

namespace {

using EdgeKey = std::tuple<std::string, std::string, core::EdgeKind, std::string>;

std::set<EdgeKey> sceneEdges(const DiagramScene &scene)
{
    std::set<EdgeKey> result;
    for (auto *edge : scene.edges())
        result.insert({edge->from()->key(), edge->to()->key(), edge->kind(),
                       edge->label().toStdString()});
    return result;
}

bool hasEdge(const DiagramScene &scene, const std::string &from, const std::string &to)
{
    for (auto *edge : scene.edges())
        if (edge->from()->key() == from && edge->to()->key() == to)
            return true;
    return false;
}

void sendMouse(DiagramScene &scene, QEvent::Type type, QPointF scenePos, Qt::MouseButtons buttons)
{
    QGraphicsSceneMouseEvent event(type);
    event.setScenePos(scenePos);
    event.setScreenPos(scenePos.toPoint());
    event.setButton(type == QEvent::GraphicsSceneMouseMove ? Qt::NoButton : Qt::LeftButton);
    event.setButtons(buttons);
    event.setButtonDownScenePos(Qt::LeftButton, scenePos);
    QCoreApplication::sendEvent(&scene, &event);
}

/** A design built with the palette, as a user would. */
struct Fixture
{
    DesignDocument doc;
    DiagramScene scene{doc.design()};
    DesignController controller{&doc, &scene};

    Fixture() { initResources(); }

    std::string add(const QString &entry, const std::string &container, QPointF pos)
    {
        scene.sync();
        QPointF scenePos = pos;
        if (auto *item = scene.itemFor(container))
            scenePos = item->mapToScene(pos);
        const std::string id = controller.addComponent(entry, container, scenePos);
        scene.sync();
        return id;
    }

    std::string snapshot() const { return core::serializeDesign(doc.design()); }

    void answer(std::optional<QString> destination)
    {
        controller.setDestinationPrompt(
            [destination](const DesignController::RouteQuestion &) { return destination; });
    }

    /** Draws a route arrow whose dialog is answered with destination. */
    bool route(const std::string &subnet, const std::string &target, const QString &destination)
    {
        answer(destination);
        const bool added = controller.addRoute(subnet, target);
        scene.sync();
        return added;
    }
};

} // namespace

class TestCanvas : public QObject
{
    Q_OBJECT

private slots:
    void arrowsEqualCoreEdges_data()
    {
        QTest::addColumn<QString>("resource");
        for (const char *name :
             {"s1-ses-via-nat", "s2-saas-to-customer", "s4-smtp-relay-nlb", "s5-fargate-tgw"})
            QTest::newRow(name) << QStringLiteral(":/templates/%1.mailpath.json").arg(name);
    }

    void arrowsEqualCoreEdges()
    {
        QFETCH(QString, resource);
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, resource));
        DiagramScene scene(doc.design());
        scene.sync();
        std::set<EdgeKey> expected;
        for (const auto &e : core::diagramEdges(doc.design()))
            expected.insert({e.from, e.to, e.kind, e.label});
        QVERIFY(!expected.empty());
        QCOMPARE(sceneEdges(scene), expected);
    }

    void ruleEditWithAShownFlowRoutesNothingAgain()
    {
        DesignDocument doc;
        QVERIFY(loadTemplate(doc, QStringLiteral(":/templates/s1-ses-via-nat.mailpath.json")));
        core::Design &design = doc.design();
        const auto &flow = design.flows().front();
        const auto trace = [&] {
            core::Query q;
            q.from = flow.from;
            q.to = flow.to;
            q.port = flow.port;
            return core::Simulator(design).trace(q);
        };
        DiagramScene scene(design);
        scene.sync();
        scene.showTrace(trace());
        const size_t routed = scene.routingMemo().routed();
        QCOMPARE(routed, size_t(2)); // the diagram, then with the flow
        QVERIFY(scene.geometry().flow && !scene.geometry().flow->hops.empty());

        // A deny rule for UDP: the flow keeps its hops, nothing drawn moves.
        const std::string acl = design.all<core::NetworkAcl>().begin()->first;
        auto entries = nlohmann::json(design.find<core::NetworkAcl>(acl)->entries);
        core::AclEntry udp;
        udp.ruleNumber = 32000;
        udp.protocol = 17;
        udp.cidr = core::Cidr::parse("0.0.0.0/0").value();
        udp.allow = false;
        entries.push_back(udp);
        doc.undoStack()->push(new SetPropertyCommand(design, acl, "/entries", entries));
        scene.sync();
        scene.showTrace(trace()); // the flow's owner draws it again: the same path
        QCOMPARE(scene.routingMemo().routed(), routed);
        QCOMPARE(scene.routingMemo().reused(), size_t(0)); // no geometry computed at all

        // A route table is drawn (arrows, public subnets): the canvas syncs, without the flow
        // and then with it, and both find their routes in the memo.
        const std::string table = design.all<core::RouteTable>().begin()->first;
        doc.undoStack()->push(new SetPropertyCommand(design, table, "/tags/note", "edited"));
        scene.sync();
        scene.showTrace(trace());
        QCOMPARE(scene.routingMemo().routed(), routed);
        QCOMPARE(scene.routingMemo().reused(), size_t(2));

        // What a scene made now routes from nothing is what is drawn.
        DiagramScene fresh(design);
        fresh.sync();
        fresh.showTrace(trace());
        const auto &a = scene.geometry(), &b = fresh.geometry();
        QCOMPARE(a.edges.size(), b.edges.size());
        for (size_t i = 0; i < a.edges.size(); ++i) {
            QVERIFY(a.edges[i].points == b.edges[i].points);
            QVERIFY(a.edges[i].label.rect == b.edges[i].label.rect);
        }
        QCOMPARE(a.flow->hops.size(), b.flow->hops.size());
        for (size_t i = 0; i < a.flow->hops.size(); ++i)
            QVERIFY(a.flow->hops[i].points == b.flow->hops[i].points);

        // Moving the NAT gateway routes again.
        const std::string nat = design.all<core::NatGateway>().begin()->first;
        core::NodeLayout layout = *design.layoutOf(nat);
        layout.x += 30;
        design.setLayout(nat, layout);
        scene.sync();
        QCOMPARE(scene.routingMemo().routed(), routed + 1);
    }

    void drawnRouteAsksForTheDestination()
    {
        Fixture f;
        const auto vpc = f.add("vpc", "", QPointF(400, 300));
        const auto subnet = f.add("subnet-private", vpc, QPointF(150, 120));
        const auto igw = f.add("internet-gateway", vpc, QPointF(300, 40));
        const auto before = f.snapshot();

        DesignController::RouteQuestion asked;
        f.controller.setDestinationPrompt([&](const DesignController::RouteQuestion &q) {
            asked = q;
            return std::optional<QString>(QStringLiteral("0.0.0.0/0"));
        });
        QVERIFY(f.controller.addRoute(subnet, igw));
        QCOMPARE(asked.suggestion, QStringLiteral("0.0.0.0/0"));
        QVERIFY(!asked.validate(QStringLiteral("10.0.0.0/33")).isEmpty());
        QVERIFY(!asked.validate(QStringLiteral("nonsense")).isEmpty());
        const auto &d = f.doc.design();
        const auto *rt = d.find<core::RouteTable>(AddRouteCommand::routeTableOf(d, subnet));
        QCOMPARE(rt->routes.size(), size_t(2)); // local + the drawn one
        QCOMPARE(rt->routes.back().destination, core::Cidr::any());
        QCOMPARE(rt->routes.back().targetId, igw);
        f.scene.sync();
        QVERIFY(hasEdge(f.scene, subnet, igw));

        // The same destination again is reported, not duplicated; the dialog would refuse it.
        QVERIFY(asked.validate(QStringLiteral("0.0.0.0/0")).contains("already"));
        const auto withRoute = f.snapshot();
        QVERIFY(!f.controller.addRoute(subnet, igw));
        QCOMPARE(f.snapshot(), withRoute);
        // ...and no longer offered: the field starts empty.
        QVERIFY(asked.suggestion.isEmpty());

        f.answer(std::nullopt); // Cancel
        QVERIFY(!f.controller.addRoute(subnet, igw));
        QCOMPARE(f.snapshot(), withRoute);

        f.doc.undoStack()->undo();
        QCOMPARE(f.snapshot(), before);
        f.scene.sync();
        QVERIFY(!hasEdge(f.scene, subnet, igw));
    }

    void destinationDialogValidatesInline()
    {
        RouteDestinationDialog dialog(QStringLiteral("Where?"), QStringLiteral("0.0.0.0/0"),
                                      [](const QString &text) {
                                          return core::Cidr::parse(text.toStdString())
                                                     ? QString()
                                                     : QStringLiteral("bad");
                                      });
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(ok->isEnabled());
        dialog.field()->setText(QStringLiteral("10.0.0.0/99"));
        QVERIFY(!ok->isEnabled());
        QCOMPARE(dialog.error(), QStringLiteral("bad"));
        dialog.field()->setText(QStringLiteral("10.1.0.0/16"));
        QVERIFY(ok->isEnabled());
        QCOMPARE(dialog.destination(), QStringLiteral("10.1.0.0/16"));
    }

    void conflictingSubnetIsMarked()
    {
        Fixture f;
        const auto vpc = f.add("vpc", "", QPointF(400, 300));
        const auto a = f.add("subnet-private", vpc, QPointF(150, 120));
        const auto b = f.add("subnet-private", vpc, QPointF(420, 120));
        QVERIFY(f.scene.itemFor(a)->look().problem.isEmpty());
        const auto cidrA = f.doc.design().find<core::Subnet>(a)->cidr.toString();
        f.doc.undoStack()->push(new SetPropertyCommand(f.doc.design(), b, "/cidr", cidrA));
        f.scene.sync();
        QVERIFY(f.scene.itemFor(a)->look().problem.contains("overlaps"));
        QVERIFY(f.scene.itemFor(b)->look().problem.contains("overlaps"));
        QCOMPARE(f.scene.itemFor(b)->toolTip(), f.scene.itemFor(b)->look().problem);
        QVERIFY(f.scene.itemFor(vpc)->look().problem.isEmpty());
        f.doc.undoStack()->undo();
        f.scene.sync();
        QVERIFY(f.scene.itemFor(a)->look().problem.isEmpty());
        QVERIFY(f.scene.itemFor(b)->toolTip().isEmpty());
    }

    void nestedFillsAreOpaqueTints()
    {
        Fixture f;
        const auto vpc = f.add("vpc", "", QPointF(400, 300));
        const auto subnet = f.add("subnet-private", vpc, QPointF(150, 120));
        f.scene.sync();
        const auto *vpcItem = dynamic_cast<const ContainerItem *>(f.scene.itemFor(vpc));
        const auto *subnetItem = dynamic_cast<const ContainerItem *>(f.scene.itemFor(subnet));
        QVERIFY(vpcItem && subnetItem);
        // The subnet sits in a dashed AZ box, which adds no tint of its own.
        QVERIFY(subnetItem->parentItem() != vpcItem);
        const auto tint = [](QColor under, QColor accent) {
            const double a = 18 / 255.0;
            return QColor::fromRgbF(float(under.redF() * (1 - a) + accent.redF() * a),
                                    float(under.greenF() * (1 - a) + accent.greenF() * a),
                                    float(under.blueF() * (1 - a) + accent.blueF() * a));
        };
        const QColor vpcFill = tint(Qt::white, vpcItem->look().accent);
        const QColor subnetFill = tint(vpcFill, subnetItem->look().accent);
        for (const auto &[actual, expected] : {std::pair(vpcItem->fillColor(), vpcFill),
                                               std::pair(subnetItem->fillColor(), subnetFill)}) {
            QCOMPARE(actual.alpha(), 255);
            QVERIFY2(std::abs(actual.red() - expected.red()) <= 1
                         && std::abs(actual.green() - expected.green()) <= 1
                         && std::abs(actual.blue() - expected.blue()) <= 1,
                     qPrintable(actual.name() + " != " + expected.name()));
        }
        QVERIFY(subnetItem->fillColor() != vpcItem->fillColor());
    }

    void labelsGiveWayWhenZoomedOutOnScreenOnly()
    {
        QImage image(8, 8, QImage::Format_ARGB32_Premultiplied);
        QPainter screen(&image);
        QVERIFY(!textUnreadable(&screen, 8));
        screen.scale(0.45, 0.45); // 8 points become 3.6: under the 4-point floor
        QVERIFY(textUnreadable(&screen, 8));
        QVERIFY(!textUnreadable(&screen, 10));
        screen.end();
        QPicture vector; // SVG and PDF export: text stays, the reader zooms in
        QPainter exporter(&vector);
        exporter.scale(0.1, 0.1);
        QVERIFY(!textUnreadable(&exporter, 8));
    }

    void resizeIsOneUndoStepAndClamps()
    {
        Fixture f;
        const auto vpc = f.add("vpc", "", QPointF(400, 300));
        f.add("subnet-private", vpc, QPointF(150, 120));
        auto *item = static_cast<ContainerItem *>(f.scene.itemFor(vpc));
        const auto start = *f.doc.design().layoutOf(vpc);
        const QSizeF min = item->minimumSize();
        QVERIFY(min.width() > 200 && min.height() > 100); // the subnet needs room
        item->setSelected(true);
        const int steps = f.doc.undoStack()->count();
        const QPointF corner = item->sceneBoundingRect().bottomRight() - QPointF(3, 3);
        sendMouse(f.scene, QEvent::GraphicsSceneMousePress, corner, Qt::LeftButton);
        sendMouse(f.scene, QEvent::GraphicsSceneMouseMove, corner + QPointF(100, 50),
                  Qt::LeftButton);
        f.scene.sync();
        QCOMPARE(f.doc.design().layoutOf(vpc)->width, item->size().width());
        QVERIFY(f.doc.design().layoutOf(vpc)->width > min.width());
        // Far up and left: the box stops where the subnet needs it.
        sendMouse(f.scene, QEvent::GraphicsSceneMouseMove, item->scenePos() + QPointF(5, 5),
                  Qt::LeftButton);
        sendMouse(f.scene, QEvent::GraphicsSceneMouseRelease, item->scenePos() + QPointF(5, 5),
                  Qt::NoButton);
        f.scene.sync();
        const auto resized = *f.doc.design().layoutOf(vpc);
        QCOMPARE(QSizeF(resized.width, resized.height), min);
        QCOMPARE(resized.x, start.x);
        QCOMPARE(f.doc.undoStack()->count(), steps + 1);
        f.doc.undoStack()->undo();
        QCOMPARE(*f.doc.design().layoutOf(vpc), start);
    }

    void collapseHidesChildrenAndReattachesArrows()
    {
        Fixture f;
        const auto vpc = f.add("vpc", "", QPointF(400, 300));
        const auto subnet = f.add("subnet-private", vpc, QPointF(150, 120));
        const auto tgw = f.add("transit-gateway", "", QPointF(1200, 300));
        QVERIFY(f.route(subnet, tgw, QStringLiteral("10.0.0.0/8")));
        QVERIFY(hasEdge(f.scene, subnet, tgw));
        const auto before = f.snapshot();

        f.controller.toggleCollapsed(vpc);
        f.scene.sync();
        QVERIFY(f.doc.design().layoutOf(vpc)->collapsed);
        QVERIFY(!f.scene.itemFor(subnet)->isVisible());
        QCOMPARE(f.scene.itemFor(vpc)->size(), ContainerItem::collapsedSize);
        QVERIFY(f.scene.itemFor(vpc)->look().detail.contains("1 subnet"));
        QVERIFY(!hasEdge(f.scene, subnet, tgw));
        QVERIFY(hasEdge(f.scene, vpc, tgw));
        QCOMPARE(f.scene.shownKeyFor(subnet), vpc);

        f.doc.undoStack()->undo();
        f.scene.sync();
        QCOMPARE(f.snapshot(), before);
        QVERIFY(f.scene.itemFor(subnet)->isVisible());
        QVERIFY(hasEdge(f.scene, subnet, tgw));
    }

    void filterHidesOtherVpcs()
    {
        Fixture f;
        const auto prod = f.add("vpc", "", QPointF(400, 300));
        const auto dev = f.add("vpc", "", QPointF(1400, 300));
        const auto devSubnet = f.add("subnet-private", dev, QPointF(150, 120));
        const auto tgw = f.add("transit-gateway", "", QPointF(900, 1200));
        f.doc.undoStack()->push(
            new SetPropertyCommand(f.doc.design(), prod, "/tags/env", "production"));
        QVERIFY(f.route(devSubnet, tgw, QStringLiteral("0.0.0.0/0")));
        QVERIFY(hasEdge(f.scene, devSubnet, tgw));

        f.scene.setFilter(QStringLiteral("env=prod"));
        QVERIFY(f.scene.itemFor(prod)->isVisible());
        QVERIFY(!f.scene.itemFor(dev)->isVisible());
        QVERIFY(!f.scene.itemFor(devSubnet)->isVisible());
        QVERIFY(f.scene.itemFor(tgw)->isVisible());
        for (auto *edge : f.scene.edges())
            QVERIFY(edge->from()->isVisible() && edge->to()->isVisible());
        QVERIFY(!hasEdge(f.scene, devSubnet, tgw));
        QVERIFY(f.scene.keyAt(f.scene.itemFor(devSubnet)->sceneBoundingRect().center()) != devSubnet);

        f.scene.setFilter(QString());
        QVERIFY(f.scene.itemFor(dev)->isVisible());
        QVERIFY(hasEdge(f.scene, devSubnet, tgw));
    }

    void fanOutToTransitGatewayIsBundled()
    {
        Fixture f;
        const auto vpc = f.add("vpc", "", QPointF(400, 300));
        const auto tgw = f.add("transit-gateway", "", QPointF(1600, 300));
        std::vector<std::string> subnets;
        for (int i = 0; i < 4; ++i)
            subnets.push_back(f.add("subnet-private", vpc, QPointF(150 + 280 * i, 120)));
        for (const auto &subnet : subnets)
            QVERIFY(f.route(subnet, tgw, QStringLiteral("10.0.0.0/8")));
        QVERIFY(hasEdge(f.scene, vpc, tgw));
        for (const auto &subnet : subnets)
            QVERIFY(!hasEdge(f.scene, subnet, tgw));
        for (auto *edge : f.scene.edges())
            if (edge->from()->key() == vpc)
                QCOMPARE(edge->label(), QStringLiteral("4 subnets: 10.0.0.0/8"));

        f.doc.undoStack()->undo(); // three subnets left: each keeps its own arrow
        f.scene.sync();
        QVERIFY(!hasEdge(f.scene, vpc, tgw));
        QVERIFY(hasEdge(f.scene, subnets[0], tgw));
    }
};

QTEST_MAIN(TestCanvas)
#include "tst_canvas.moc"
