// A live design session: stories S1 and S5 drawn from an empty design in the real main
// window with mouse and keyboard only, the verdicts read where the customer reads them, the
// fix applied in the rule editor, undo and redo. Each story counts the user's actions.
#include "livesession.h"

#include "app/canvas/edgeitem.h"
#include "core/model/addressplanner.h"
#include "app/gui/designdocument.h"
#include "core/model/publicplan.h"

#include <QComboBox>
#include <QStatusBar>
#include <QUndoStack>

using namespace mailpath;
using namespace mailpath::app;
using livesession::Session;

class TestLiveSession : public QObject
{
    Q_OBJECT

private:
    /** With MAILPATH_SCREENSHOT_DIR set, saves the window for the docs. */
    static void screenshot(Session &s, const char *name)
    {
        const QString dir = qEnvironmentVariable("MAILPATH_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            QVERIFY(s.w.grab().save(dir + "/" + name));
    }

    static void report(const Session &s, const char *story)
    {
        qInfo("%s took %d user actions: %s", story, s.actions,
              qPrintable(s.log.join(QStringLiteral(", "))));
    }

    /** Every drawn key inside subnet (the subnet included). */
    static std::vector<std::string> keysIn(const Session &s, const std::string &subnet)
    {
        std::vector<std::string> keys{subnet};
        for (const auto &id : s.w.document()->design().descendantsOf(subnet))
            if (s.node(id))
                keys.push_back(id);
        return keys;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName("MailPathTest");
        QCoreApplication::setApplicationName("tst_livesession");
    }

    void plannerNeverHandsOutSimulatorAddresses()
    {
        core::Design design;
        core::AddressPlanner planner(design);
        for (int i = 0; i < 300; ++i) {
            const auto ip = planner.nextPublicIp();
            QVERIFY2(!core::publicplan::simulatorBlock().contains(ip), ip.to_string().c_str());
            planner.reserve(ip);
        }
    }

    void drawS1FromScratch()
    {
        Session s;
        QVERIFY(QTest::qWaitForWindowActive(&s.w));
        const auto &design = s.w.document()->design();

        const std::string vpc = s.drag("vpc", s.emptySpot({}, QSizeF(420, 320)));
        QVERIFY(design.kindOf(vpc) == core::ResourceKind::Vpc);
        const std::string pub = s.drag("subnet-public", s.emptySpot(vpc, QSizeF(260, 200)));
        QVERIFY(design.kindOf(pub) == core::ResourceKind::Subnet);
        const std::string priv = s.drag("subnet-private", s.emptySpot(vpc, QSizeF(260, 200)));
        QVERIFY(design.kindOf(priv) == core::ResourceKind::Subnet);
        QVERIFY(priv != pub);
        const std::string igw = s.drag("internet-gateway", s.emptySpot(vpc, QSizeF(80, 80)));
        QVERIFY(design.kindOf(igw) == core::ResourceKind::InternetGateway);
        const std::string nat = s.drag("nat-gateway", s.emptySpot(pub));
        QVERIFY(design.kindOf(nat) == core::ResourceKind::NatGateway);
        const std::string web = s.drag("ec2", s.emptySpot(priv));
        QVERIFY(design.kindOf(web) == core::ResourceKind::Instance);
        const std::string ses = s.drag("ses-endpoint", s.emptySpot({}, QSizeF(120, 100)));
        QVERIFY(design.kindOf(ses) == core::ResourceKind::SesEndpoint);
        // The NAT gateway's Elastic IP comes from the design's block, never SES's address.
        QVERIFY(!core::publicplan::simulatorBlock().contains(*design.find<core::NatGateway>(nat)->publicIp));

        s.shiftDrag(pub, igw);
        s.shiftDrag(priv, nat);

        // The public subnet's own ACL: TCP 587 in, everything out.
        s.clickBox(pub);
        QCOMPARE(s.w.inspector()->key(), pub);
        QVERIFY(s.w.inspector()->tablePicker());
        s.clickButton(s.w.inspector()->tablePicker()->newButton(core::ResourceKind::NetworkAcl));
        std::string acl;
        for (const auto &[id, a] : design.all<core::NetworkAcl>())
            if (!a.isDefault)
                acl = id;
        QVERIFY(!acl.empty());
        QCOMPARE(design.find<core::NetworkAcl>(acl)->subnetIds, std::vector<std::string>{pub});
        QTRY_VERIFY(s.ruleEditor(acl, true));
        s.pickFromMenu(s.presetButton(s.ruleEditor(acl, true)), "Submission");
        QTRY_VERIFY(s.ruleEditor(acl, false));
        s.pickFromMenu(s.presetButton(s.ruleEditor(acl, false)), "All traffic");
        QCOMPARE(design.find<core::NetworkAcl>(acl)->entries.size(), size_t(2));

        s.clickButton(s.flowButton(QStringLiteral("Add flow")));
        QCOMPARE(int(design.flows().size()), 1);
        QCOMPARE(design.flows()[0].from, web);
        QCOMPARE(design.flows()[0].port, uint16_t(587));

        // Blocked on the way back, at the public subnet's ACL, shown there.
        QTRY_COMPARE(s.verdict(0), QStringLiteral("blocked NACL_INBOUND_DENY"));
        const auto *result = s.result(0);
        QVERIFY(result && result->trace && result->trace->blockedAt);
        const auto &blocked = *result->trace->blockedAt;
        QCOMPARE(blocked.resource, acl);
        QVERIFY(blocked.direction == core::Direction::Return);
        QVERIFY(blocked.reason == core::ReasonCode::NaclInboundDeny);
        QTRY_COMPARE(s.w.scene()->failedKeys(), (std::vector<std::string>{acl, pub}));
        screenshot(s, "screenshot-s1-drawn-blocked.png");
        for (const auto &key : keysIn(s, priv))
            QVERIFY2(s.w.scene()->hopStateOf(key) != HopState::Failed, key.c_str());
        for (auto *item : s.w.scene()->items())
            if (item->type() == CalloutItem::Type) {
                const auto *callout = static_cast<CalloutItem *>(item);
                const QRectF box = callout->sceneBox(callout->pos()); // the pointer may enter
                QVERIFY(!box.intersects(s.node(pub)->sceneBoundingRect()));
                const QRectF privRect = s.node(priv)->sceneBoundingRect();
                QVERIFY(!box.intersects(QRectF(privRect.topLeft(), QSizeF(privRect.width(), 40))));
            }

        // The fix, through the rule editor: ephemeral ports in on the public subnet's ACL.
        if (s.w.inspector()->key() != pub)
            s.clickBox(pub);
        QTRY_VERIFY(s.ruleEditor(acl, true));
        s.pickFromMenu(s.presetButton(s.ruleEditor(acl, true)), "Ephemeral ports, NAT");
        QTRY_COMPARE(s.verdict(0), QStringLiteral("delivered"));
        QVERIFY(s.w.scene()->failedKeys().empty());

        s.keys(QKeySequence::Undo, "Undo (Ctrl+Z)");
        QTRY_COMPARE(s.verdict(0), QStringLiteral("blocked NACL_INBOUND_DENY"));
        s.keys(QKeySequence::Redo, "Redo (Ctrl+Shift+Z)");
        QTRY_COMPARE(s.verdict(0), QStringLiteral("delivered"));

        report(s, "S1");
        QVERIFY2(s.actions <= 25, qPrintable(QString::number(s.actions)));
        s.w.document()->undoStack()->clear(); // no "save changes?" prompt on close
    }

    void editingHabits()
    {
        Session s;
        QVERIFY(QTest::qWaitForWindowActive(&s.w));
        auto &design = s.w.document()->design();
        auto *undo = s.w.document()->undoStack();
        const std::string vpc = s.drag("vpc", s.emptySpot({}, QSizeF(420, 320)));
        const std::string subnet = s.drag("subnet-private", s.emptySpot(vpc, QSizeF(260, 200)));
        const std::string web = s.drag("ec2", s.emptySpot(subnet));
        const auto *inst = design.find<core::Instance>(web);
        QVERIFY(inst);
        const std::string eni = inst->eniIds.front();

        // Ctrl+D: a copy with fresh ids and a fresh address in the same subnet, one undo step.
        s.click(s.node(web)->sceneBoundingRect().center());
        const int before = undo->index();
        QTest::keySequence(s.w.view(), QKeySequence(QStringLiteral("Ctrl+D")));
        QTest::qWait(20);
        QCOMPARE(undo->index(), before + 1);
        QCOMPARE(int(design.all<core::Instance>().size()), 2);
        std::string copy;
        for (const auto &[id, i] : design.all<core::Instance>())
            if (id != web)
                copy = id;
        const auto *copied = design.find<core::Instance>(copy);
        QCOMPARE(copied->subnetId, subnet);
        QVERIFY(copied->eniIds.front() != eni);
        const auto *copiedEni = design.find<core::Eni>(copied->eniIds.front());
        QVERIFY(copiedEni->instanceId == copy);
        QVERIFY(copiedEni->primaryIp() != design.find<core::Eni>(eni)->primaryIp());
        QCOMPARE(copiedEni->securityGroupIds, design.find<core::Eni>(eni)->securityGroupIds);

        // Security groups from the picker: New… attaches a new group, one undo step.
        s.click(s.node(web)->sceneBoundingRect().center());
        QTRY_VERIFY(s.w.inspector()->tablePicker());
        const int groups = int(design.all<core::SecurityGroup>().size());
        s.clickButton(s.w.inspector()->tablePicker()->newButton(core::ResourceKind::SecurityGroup));
        QCOMPARE(int(design.all<core::SecurityGroup>().size()), groups + 1);
        QCOMPARE(design.find<core::Eni>(eni)->securityGroupIds.size(), size_t(2));
        undo->undo();
        QCOMPARE(int(design.all<core::SecurityGroup>().size()), groups);
        QCOMPARE(design.find<core::Eni>(eni)->securityGroupIds.size(), size_t(1));

        // Deleting what a flow uses asks first; "no" keeps it, "yes" deletes and marks the flow.
        s.w.flowsPanel()->addFlowBetween(web, "198.51.100.200");
        QString asked;
        bool answer = false;
        s.w.canvasActions()->setConfirmHook([&](const QString &q) {
            asked = q;
            return answer;
        });
        s.w.canvasActions()->deleteKeys({web});
        QVERIFY(asked.contains("flow-1"));
        QVERIFY(design.find<core::Instance>(web));
        answer = true;
        s.w.canvasActions()->deleteKeys({web});
        QVERIFY(!design.find<core::Instance>(web));
        QVERIFY(!design.flows()[0].note.empty());
        undo->undo(); // one step brings back the instance and the unmarked flow
        QVERIFY(design.find<core::Instance>(web));
        QVERIFY(design.flows()[0].note.empty());
        undo->clear();
    }

    void dropPointAndContainment()
    {
        Session s;
        QVERIFY(QTest::qWaitForWindowActive(&s.w));
        const auto &design = s.w.document()->design();
        const std::string vpc = s.drag("vpc", s.emptySpot({}, QSizeF(520, 380)));
        // A first subnet (its AZ box made on the way) and a second one land where dropped.
        // (Aimed where the whole subnet fits, clear of the VPC's and the new AZ's borders.)
        const QPointF firstSpot = s.node(vpc)->sceneBoundingRect().topLeft() + QPointF(220, 210);
        for (const char *entry : {"subnet-public", "subnet-private"}) {
            QPointF at = firstSpot;
            for (const auto &[id, sn] : design.all<core::Subnet>()) // beside the first one
                at = QPointF(s.node(id)->sceneBoundingRect().right() + 150, firstSpot.y());
            const std::string subnet = s.drag(entry, at);
            QVERIFY(design.kindOf(subnet) == core::ResourceKind::Subnet);
            const QRectF box = s.node(subnet)->sceneBoundingRect();
            const QRectF outer = s.node(vpc)->sceneBoundingRect();
            QVERIFY2(QLineF(box.center(), at).length() <= 15,
                     qPrintable(QStringLiteral("%1 dropped at (%2, %3), centred at (%4, %5); "
                                               "VPC at (%6, %7)")
                                    .arg(entry).arg(at.x()).arg(at.y())
                                    .arg(box.center().x()).arg(box.center().y())
                                    .arg(outer.left()).arg(outer.top())));
        }
        std::string subnet;
        for (const auto &[id, sn] : design.all<core::Subnet>())
            subnet = id;
        // An internet gateway is never dropped inside a subnet.
        const int gateways = int(design.all<core::InternetGateway>().size());
        QVERIFY(s.drag("internet-gateway", s.emptySpot(subnet, QSizeF(80, 80))).empty()
                || int(design.all<core::InternetGateway>().size()) == gateways);
        QCOMPARE(int(design.all<core::InternetGateway>().size()), gateways);
        QVERIFY(s.w.statusBar()->currentMessage().contains("never inside a subnet"));
        const std::string igw = s.drag("internet-gateway", s.emptySpot(vpc, QSizeF(80, 80)));
        QVERIFY(design.kindOf(igw) == core::ResourceKind::InternetGateway);

        // Moved onto a subnet, it stays in its VPC, outside every subnet.
        s.moveNode(igw, s.node(subnet)->sceneBoundingRect().center());
        QVERIFY(s.inside(igw, vpc));
        for (const auto &[id, sn] : design.all<core::Subnet>())
            QVERIFY(!s.node(igw)->sceneBoundingRect().intersects(s.node(id)->sceneBoundingRect()));

        // An instance dragged half over its subnet's border rests inside, straddling nothing.
        const std::string web = s.drag("ec2", s.emptySpot(subnet));
        QVERIFY(design.kindOf(web) == core::ResourceKind::Instance);
        const QRectF box = s.node(subnet)->sceneBoundingRect();
        s.moveNode(web, QPointF(box.right(), box.center().y()));
        QCOMPARE(design.find<core::Instance>(web)->subnetId, subnet);
        QVERIFY(s.node(subnet)->sceneBoundingRect().contains(s.node(web)->sceneBoundingRect()));
        s.w.document()->undoStack()->clear();
    }

    void drawS5FromScratch()
    {
        Session s;
        QVERIFY(QTest::qWaitForWindowActive(&s.w));
        const auto &design = s.w.document()->design();
        auto flowRow = [&](const std::string &to, uint16_t port) {
            for (int i = 0; i < int(design.flows().size()); ++i)
                if (design.flows()[size_t(i)].to == to && design.flows()[size_t(i)].port == port)
                    return i;
            return -1;
        };

        // Two VPCs side by side need room: zoom out first.
        s.w.view()->setFocus();
        s.key(Qt::Key_Minus, Qt::ControlModifier, "Ctrl+-");
        s.key(Qt::Key_Minus, Qt::ControlModifier, "Ctrl+-");
        const std::string vpcA = s.drag("vpc", s.emptySpot({}, QSizeF(420, 300)));
        const std::string tasks = s.drag("subnet-private", s.emptySpot(vpcA, QSizeF(260, 200)));
        const std::string task = s.drag("fargate", s.emptySpot(tasks));
        QVERIFY(design.kindOf(task) == core::ResourceKind::NetworkInterface);
        const std::string vpcB = s.drag("vpc", s.emptySpot({}, QSizeF(660, 460)));
        QVERIFY(design.kindOf(vpcB) == core::ResourceKind::Vpc);
        QVERIFY(vpcB != vpcA);
        QTRY_VERIFY(s.field(vpcB, "/cidrs"));
        s.type(s.field(vpcB, "/cidrs"), "172.16.0.0/16, 128.0.0.0/16");
        QCOMPARE(design.find<core::Vpc>(vpcB)->cidrs.size(), size_t(2));
        const std::string mailA = s.drag("subnet-private", s.emptySpot(vpcB, QSizeF(260, 200)));
        QCOMPARE(design.find<core::Subnet>(mailA)->cidr.toString(), std::string("172.16.0.0/24"));
        const std::string smtp1 = s.drag("smtp-server", s.emptySpot(mailA));
        const std::string mailB = s.drag("subnet-private", s.emptySpot(vpcB, QSizeF(260, 200)));
        QTRY_VERIFY(s.field(mailB, "/cidr"));
        s.type(s.field(mailB, "/cidr"), "128.0.0.0/24");
        const std::string smtp2 = s.drag("smtp-server", s.emptySpot(mailB));
        const auto *server1 = design.find<core::SmtpServer>(smtp1);
        const auto *server2 = design.find<core::SmtpServer>(smtp2);
        QVERIFY(server1 && server2);
        QVERIFY2(server1->address.to_string() == "172.16.0.4",
                 (server1->address.to_string() + " host " + server1->hostId + " mailA " + mailA).c_str());
        QCOMPARE(server2->address.to_string(), std::string("128.0.0.4"));
        const std::string tgw = s.drag("transit-gateway", s.emptySpot({}, QSizeF(100, 100)));
        QVERIFY(design.kindOf(tgw) == core::ResourceKind::TransitGateway);

        s.shiftDrag(tasks, tgw);
        s.shiftDrag(mailA, tgw);
        s.shiftDrag(mailB, tgw);

        // Both servers share VPC B's default group: admit SMTP 25 and 587 from anywhere.
        const std::string host1 = server1->hostId;
        // On the instance's icon (a route's label may run across the node's middle).
        s.click(s.node(host1)->sceneBoundingRect().topLeft()
                + QPointF(s.node(host1)->sceneBoundingRect().width() / 2, 16));
        QVERIFY2(s.w.inspector()->key() == host1,
                 (s.w.inspector()->key() + " selected, not " + host1 + "; at the point: "
                  + s.w.scene()->keyAt(s.node(host1)->sceneBoundingRect().center()))
                     .c_str());
        std::string sg;
        for (const auto &[id, group] : design.all<core::SecurityGroup>())
            if (group.vpcId == vpcB)
                sg = id;
        QTRY_VERIFY(s.ruleEditor(sg, true));
        s.pickFromMenu(s.presetButton(s.ruleEditor(sg, true)), "SMTP (TCP 25)");
        s.pickFromMenu(s.presetButton(s.ruleEditor(sg, true)), "Submission");

        // Flows from the context menu of each server; the task is the sender.
        s.contextMenu(host1, "New Flow to Here");
        QCOMPARE(int(design.flows().size()), 1);
        QCOMPARE(design.flows()[0].from, task);
        auto *table = s.w.flowsPanel()->table();
        s.typeInCell(table, 0, FlowsPanel::PortColumn, "25");
        const std::string host2 = server2->hostId;
        s.contextMenu(host2, "New Flow to Here");
        s.typeInCell(table, 1, FlowsPanel::PortColumn, "25");
        s.typeInCell(table, 1, FlowsPanel::ExpectColumn, "blocked");
        s.contextMenu(host2, "New Flow to Here");
        QCOMPARE(int(design.flows().size()), 3);

        const int rfc1918 = flowRow(host1, 25), public25 = flowRow(host2, 25);
        const int public587 = flowRow(host2, 587);
        QVERIFY2(rfc1918 >= 0 && public25 >= 0 && public587 >= 0,
                 qPrintable(QStringLiteral("%1 %2 %3 flows %4").arg(rfc1918).arg(public25).arg(public587).arg(design.flows().size())));
        screenshot(s, "screenshot-s5-drawn.png");
        QTRY_COMPARE(s.verdict(rfc1918), QStringLiteral("delivered"));
        QTRY_COMPARE(s.verdict(public25), QStringLiteral("blocked OP25B_BLOCKED"));
        const auto &blocked = *s.result(public25)->trace->blockedAt;
        QVERIFY(blocked.direction == core::Direction::Forward);
        QVERIFY(blocked.resource == task);
        QTRY_COMPARE(s.verdict(public587), QStringLiteral("delivered"));
        // Names, not ids, where the customer reads them.
        QCOMPARE(table->item(rfc1918, FlowsPanel::FromColumn)->text(),
                 QString::fromStdString(design.displayName(task)));
        QCOMPARE(table->item(rfc1918, FlowsPanel::FromColumn)->toolTip(), QString::fromStdString(task));

        report(s, "S5");
        s.w.document()->undoStack()->clear();
    }
};

QTEST_MAIN(TestLiveSession)
#include "tst_livesession.moc"
