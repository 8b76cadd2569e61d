// IGW edge (ingress) route tables (AWS-SEMANTICS R1.9, R1.10; -2 R15.2, R16.7) from an AWS
// snapshot: describe-route-tables with an internet gateway association sending a mail subnet to
// a Gateway Load Balancer endpoint, and another to an AWS Network Firewall endpoint. Every case
// asserts verdict, blamed component, direction and reason code.

#include "core/io/awsimport.h"
#include "core/layout/diagramedges.h"
#include "core/sim/livematrix.h"
#include "core/sim/simulator.h"
#include "verdictcheck.h"

#include <QtTest>

#include <functional>

using namespace mailpath::core;

namespace {

using Edit = std::function<void(Design &)>;

const char *SENDER = "198.51.100.7";    // a mail server on the Internet
const char *MX_GWLB = "54.240.10.10";   // public IP of i-0a9e00000000mx01 (mail-gwlb-a)
const char *MX_NFW = "54.240.20.20";    // public IP of i-0a9e00000000mx02 (mail-nfw-a)
const char *IGW = "igw-0a9e000000000001";
const char *EDGE = "rtb-0a9e00000000edge";
const char *GWLBE = "vpce-0a9e00000gwlbe01";
const char *FWE = "vpce-0a9e0000000fw001";
const char *APPLIANCE = "i-0a9e0000000appl1";
const char *GWLB = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/gwy/"
                   "inspection-gwlb/0a9e0000000000a1";
const char *FW = "arn:aws:network-firewall:us-east-1:111122223333:firewall/ingress-firewall";

struct Case
{
    const char *name;
    const char *from;
    const char *to;
    uint16_t port;
    Edit edit;
    const char *verdict;
    const char *blamed = "";
    const char *direction = "";
    const char *reason = "";
};

const Design &snapshot()
{
    static const Design design = [] {
        Design d;
        Diagnostics diagnostics;
        InputError error;
        if (!importAwsSnapshot(MAILPATH_SOURCE_DIR "/tests/data/aws-igw-ingress", d, diagnostics,
                               error))
            qFatal("cannot import: %s", error.toString().c_str());
        return d;
    }();
    return design;
}

void noEdgeAssociation(Design &d)
{
    QVERIFY(d.update<RouteTable>(EDGE, [](RouteTable &rt) { rt.gatewayIds.clear(); }));
}

void dropEdgeRoute(Design &d, const char *cidr)
{
    QVERIFY(d.update<RouteTable>(EDGE, [&](RouteTable &rt) {
        std::erase_if(rt.routes, [&](const Route &r) {
            return r.destination && r.destination->toString() == cidr;
        });
    }));
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {"GWLB endpoint: Internet to the MX through the appliance and back", SENDER, MX_GWLB, 25,
         {}, "delivered"},
        {"GWLB endpoint: no edge association, the reply meets an endpoint the request bypassed",
         SENDER, MX_GWLB, 25, noEdgeAssociation, "blocked", IGW, "return", "ASYMMETRIC_RETURN"},
        {"GWLB endpoint: edge table without the mail subnet's route", SENDER, MX_GWLB, 25,
         [](Design &d) { dropEdgeRoute(d, "10.3.1.0/24"); }, "blocked", EDGE, "return",
         "ASYMMETRIC_RETURN"},
        {"GWLB endpoint: the mail subnet replies straight to the IGW", SENDER, MX_GWLB, 25,
         [](Design &d) {
             QVERIFY(d.update<RouteTable>("rtb-0a9e00000000mail", [](RouteTable &rt) {
                 rt.routes.back().target = RouteTarget::InternetGateway;
                 rt.routes.back().targetId = IGW;
             }));
         },
         "blocked", "rtb-0a9e00000000mail", "return", "ASYMMETRIC_RETURN"},
        {"GWLB endpoint: no healthy appliance", SENDER, MX_GWLB, 25,
         [](Design &d) {
             for (const auto &[id, tg] : d.all<TargetGroup>())
                 d.update<TargetGroup>(id, [](TargetGroup &g) {
                     for (auto &t : g.targets)
                         t.health = "unhealthy";
                 });
         },
         "blocked", GWLB, "forward", "GWLB_NO_HEALTHY_TARGET"},
        {"GWLB endpoint: the MX sends out, the reply comes back through the edge route",
         "i-0a9e00000000mx01", "8.8.8.8", 587, {}, "delivered"},
        {"GWLB endpoint: the MX sends out, no edge route for the reply", "i-0a9e00000000mx01",
         "8.8.8.8", 587, noEdgeAssociation, "blocked", IGW, "return", "ASYMMETRIC_RETURN"},
        {"firewall endpoint: a stateful PASS for TCP 25 inbound", SENDER, MX_NFW, 25, {},
         "delivered"},
        {"firewall endpoint: a stateful DROP of TCP 587 inbound", SENDER, MX_NFW, 587, {},
         "blocked", FW, "forward", "NETWORK_FIREWALL_DENY"},
        {"firewall endpoint: edge route to local, the reply meets the firewall", SENDER, MX_NFW,
         25, [](Design &d) { dropEdgeRoute(d, "10.3.2.0/24"); }, "blocked", EDGE, "return",
         "ASYMMETRIC_RETURN"},
        {"edge route to a target a gateway route table cannot use", SENDER, MX_GWLB, 25,
         [](Design &d) {
             QVERIFY(d.update<RouteTable>(EDGE, [](RouteTable &rt) {
                 rt.routes[1].target = RouteTarget::InternetGateway;
                 rt.routes[1].targetId = IGW;
             }));
         },
         "blocked", EDGE, "forward", "ROUTE_BLACKHOLE"},
    };
    return all;
}

Trace run(const Case &c)
{
    Design design = snapshot();
    if (c.edit)
        c.edit(design);
    Query q;
    q.from = c.from;
    q.to = c.to;
    q.port = c.port;
    return Simulator(design).trace(q);
}

const Case &caseNamed(std::string_view name)
{
    for (const auto &c : cases())
        if (c.name == name)
            return c;
    qFatal("no case %s", std::string(name).c_str());
}

int count(const std::vector<Hop> &hops, std::string_view resource, HopAction action)
{
    return int(std::count_if(hops.begin(), hops.end(), [&](const Hop &h) {
        return h.resource == resource && h.action == action;
    }));
}

} // namespace

class TestIngressRouting : public QObject
{
    Q_OBJECT

private slots:
    void importsTheEdgeAssociation()
    {
        const auto *edge = snapshot().find<RouteTable>(EDGE);
        QVERIFY(edge);
        QCOMPARE(edge->gatewayIds, std::vector<std::string>{IGW});
        QVERIFY(edge->subnetIds.empty());
        const auto *ep = snapshot().find<VpcEndpoint>(GWLBE);
        QVERIFY(ep);
        QCOMPARE(ep->loadBalancerId, std::string(GWLB));
        const auto *lb = snapshot().find<LoadBalancer>(GWLB);
        QVERIFY(lb);
        QCOMPARE(lb->listeners.size(), size_t(1)); // no Port in a GWLB listener: GENEVE 6081
        QCOMPARE(lb->listeners[0].port, uint16_t(6081));
        QVERIFY(snapshot().find<NetworkFirewall>(FW));
    }

    void verdicts_data()
    {
        QTest::addColumn<int>("index");
        for (size_t i = 0; i < cases().size(); ++i)
            QTest::newRow(cases()[i].name) << int(i);
    }

    void verdicts()
    {
        QFETCH(int, index);
        const Case &c = cases()[size_t(index)];
        const Trace t = run(c);
        mailpath::testing::verifyVerdict(t, c);
        if (QTest::currentTestFailed() || !t.blockedAt)
            return;
        const auto &hops = t.blockedAt->direction == Direction::Forward ? t.forward : t.reply;
        QCOMPARE(count(hops, t.blockedAt->resource, HopAction::Deny), 1);
    }

    void bothDirectionsPassTheSameAppliance()
    {
        const Trace t = run(caseNamed("GWLB endpoint: Internet to the MX through the appliance "
                                      "and back"));
        const auto edgeHop = std::find_if(t.forward.begin(), t.forward.end(),
                                          [](const Hop &h) { return h.resource == EDGE; });
        QVERIFY(edgeHop != t.forward.end());
        QCOMPARE(edgeHop->appliesTo, std::string(IGW));
        QVERIFY(edgeHop->rule.find(GWLBE) != std::string::npos);
        QCOMPARE(count(t.forward, GWLBE, HopAction::Forward), 1);
        QCOMPARE(count(t.forward, APPLIANCE, HopAction::Appliance), 1);
        QCOMPARE(count(t.reply, GWLBE, HopAction::Forward), 1);
        QCOMPARE(count(t.reply, APPLIANCE, HopAction::Appliance), 1);
        QCOMPARE(count(t.reply, IGW, HopAction::Snat), 1);
        // The edge route comes after the IGW's 1:1 NAT: it matches the private address.
        QVERIFY(std::find_if(t.forward.begin(), edgeHop, [](const Hop &h) {
                    return h.resource == IGW && h.action == HopAction::Dnat;
                }) != edgeHop);
    }

    void fixesNameTheEdgeRoute()
    {
        const Trace none = run(caseNamed("GWLB endpoint: no edge association, the reply meets an "
                                         "endpoint the request bypassed"));
        QVERIFY2(none.blockedAt->fix.find("edge association") != std::string::npos,
                 none.blockedAt->fix.c_str());
        QVERIFY(none.blockedAt->fix.find("10.3.1.0/24 -> " + std::string(GWLBE))
                != std::string::npos);
        const Trace missing = run(caseNamed("firewall endpoint: edge route to local, the reply "
                                            "meets the firewall"));
        QVERIFY2(missing.blockedAt->fix.find("10.3.2.0/24 -> " + std::string(FWE))
                     != std::string::npos,
                 missing.blockedAt->fix.c_str());
        const Trace out = run(caseNamed("GWLB endpoint: the MX sends out, no edge route for the "
                                        "reply"));
        QVERIFY2(out.blockedAt->detail.find(GWLB) != std::string::npos,
                 out.blockedAt->detail.c_str());
        QVERIFY(out.blockedAt->fix.find("10.3.1.0/24 -> " + std::string(GWLBE))
                != std::string::npos);
    }

    void firewallDropNamesTheRule()
    {
        const Trace t = run(caseNamed("firewall endpoint: a stateful DROP of TCP 587 inbound"));
        QVERIFY2(t.blockedAt->detail.find("587101") != std::string::npos,
                 t.blockedAt->detail.c_str());
        QVERIFY(t.blockedAt->detail.find(FWE) != std::string::npos);
    }

    void liveMatrixRewalksOnAnEdgeRouteEdit()
    {
        LiveMatrix live(snapshot(), {"i-0a9e00000000mx01"}, {"8.8.8.8"}, {587}, 1);
        QCOMPARE(live.rows().size(), size_t(1));
        QVERIFY(live.rows()[0].verdict == Verdict::Delivered);
        Design edited = snapshot();
        dropEdgeRoute(edited, "10.3.1.0/24"); // the reply now skips the GWLB endpoint
        const auto update = live.update(edited, {EDGE});
        QVERIFY(!update.full); // only the routes changed: the sources that used them walk again
        QCOMPARE(update.sourcesWalked, size_t(1));
        QVERIFY(live.rows()[0].blockedAt);
        QVERIFY(live.rows()[0].blockedAt->reason == ReasonCode::AsymmetricReturn);
        QCOMPARE(live.rows()[0].blockedAt->resource, std::string(EDGE));
    }

    void edgeRoutesAreDrawnFromTheGateway()
    {
        const auto edges = diagramEdges(snapshot());
        auto from = [&](const std::string &to) {
            return std::find_if(edges.begin(), edges.end(), [&](const DiagramEdge &e) {
                return e.from == IGW && e.to == to && e.kind == EdgeKind::Route;
            });
        };
        const auto toGwlbe = from(GWLBE);
        QVERIFY(toGwlbe != edges.end());
        QCOMPARE(toGwlbe->label, std::string("10.3.1.0/24"));
        QCOMPARE(toGwlbe->modelIds, std::vector<std::string>{EDGE});
        const auto toFirewall = from(FW);
        QVERIFY(toFirewall != edges.end());
        QCOMPARE(toFirewall->label, std::string("10.3.2.0/24"));
    }
};

QTEST_GUILESS_MAIN(TestIngressRouting)
#include "tst_ingressrouting.moc"
