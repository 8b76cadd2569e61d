// Centralised inspection (issue 19, AWS-SEMANTICS-2 R14-R16) on the S7 template: AWS Network
// Firewall policies, Transit Gateway appliance mode and AZ affinity, Gateway Load Balancer
// endpoints and TGW peering. Each case asserts verdict, blamed component, direction and reason.

#include "core/io/designfile.h"
#include "core/sim/nfwpolicy.h"
#include "core/sim/simulator.h"
#include "verdictcheck.h"

#include <QtTest>

#include <functional>

using namespace mailpath::core;

namespace {

using Edit = std::function<void(Design &)>;

const char *SES = "email-smtp.us-east-1.amazonaws.com";

struct Case
{
    const char *name;
    const char *from;
    uint16_t port;
    Edit edit;
    const char *verdict;
    const char *blamed = "";
    const char *direction = "";
    const char *reason = "";
};

Design s7()
{
    Design design;
    InputError error;
    const std::string path = MAILPATH_SOURCE_DIR "/resources/templates/s7-centralised-egress.mailpath.json";
    if (!readDesignFile(path, design, error))
        qFatal("cannot load S7: %s", error.toString().c_str());
    return design;
}

void firewall(Design &d, const std::function<void(NetworkFirewall &)> &f)
{
    QVERIFY(d.update<NetworkFirewall>("nfw-0s7", f));
}

void applianceMode(Design &d)
{
    QVERIFY(d.update<TgwAttachment>("tgw-attach-0s7insp", [](TgwAttachment &a) {
        a.applianceMode = true;
    }));
}

/** The template's PASS TCP 465/25 rules would pass those flows before any TLS rule looks. */
void withoutTcpPasses(NetworkFirewall &f)
{
    std::erase_if(f.ruleGroups, [](const NfwRuleGroup &g) { return g.name == "smtp-egress"; });
}

NfwRuleGroup group(const char *name, int priority)
{
    NfwRuleGroup g;
    g.name = name;
    g.priority = priority;
    return g;
}

/** Replaces the firewall by third-party appliances behind a GWLB, one endpoint per AZ. */
void gwlbInstead(Design &d, const char *healthA, const char *healthB)
{
    d.remove("nfw-0s7");
    TargetGroup tg;
    tg.id = "tg-0s7geneve";
    tg.vpcId = "vpc-0s7insp";
    tg.protocol = "GENEVE";
    tg.port = 6081;
    tg.targetType = "ip";
    tg.targets = {Target{"10.2.2.10", 6081, "us-east-1a", healthA},
                  Target{"10.2.2.20", 6081, "us-east-1b", healthB}};
    tg.loadBalancerIds = {"gwlb-0s7"};
    d.put(tg);
    LoadBalancer lb;
    lb.id = "gwlb-0s7";
    lb.type = "gateway";
    lb.vpcId = "vpc-0s7insp";
    lb.listeners = {Listener{6081, "GENEVE", "tg-0s7geneve", 0, {}}};
    d.put(lb);
    for (const auto &[az, subnet] : {std::pair{"a", "subnet-0s7fwa"}, {"b", "subnet-0s7fwb"}}) {
        VpcEndpoint ep;
        ep.id = std::string("vpce-0s7gwlb") + az;
        ep.vpcId = "vpc-0s7insp";
        ep.endpointType = "GatewayLoadBalancer";
        ep.subnetIds = {subnet};
        ep.loadBalancerId = "gwlb-0s7";
        d.put(ep);
        d.update<RouteTable>(std::string("rtb-0s7itgw") + az, [&](RouteTable &rt) {
            rt.routes.back().targetId = ep.id;
        });
    }
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {"S7.1 appliance mode on: the reply meets the same endpoint", "app-a", 465, applianceMode,
         "delivered"},
        {"S7.2 appliance mode off, NAT in the other AZ: asymmetric return", "app-a", 465, {},
         "blocked", "tgw-attach-0s7insp", "return", "ASYMMETRIC_RETURN"},
        {"S7.2 appliance mode off, sender in the NAT's AZ: symmetric", "app-b", 465, {},
         "delivered"},
        {"S7.2 appliance mode on does not lift the 587 drop", "app-a", 587, applianceMode,
         "blocked", "nfw-0s7", "forward", "NETWORK_FIREWALL_DENY"},
        {"S7.3 5-tuple DROP of 587", "app-b", 587, {}, "blocked", "nfw-0s7", "forward",
         "NETWORK_FIREWALL_DENY"},
        {"S7.4 port 25: OP25B whatever the firewall passes", "app-b", 25, {}, "blocked",
         "i-0s7appb", "forward", "OP25B_BLOCKED"},
        {"stateless default drop", "app-b", 465,
         [](Design &d) { firewall(d, [](NetworkFirewall &f) { f.statelessDefaultActions = {"aws:drop"}; }); },
         "blocked", "nfw-0s7", "forward", "NETWORK_FIREWALL_DENY"},
        {"stateless pass one way needs its own rule for the reply", "app-b", 465,
         [](Design &d) {
             firewall(d, [](NetworkFirewall &f) {
                 auto g = group("submission-out", 10);
                 g.type = "STATELESS";
                 NfwStatelessRule r;
                 r.destinationPorts = {PortRange::single(465)};
                 r.protocols = {6};
                 r.action = "aws:pass";
                 g.statelessRules = {r};
                 f.ruleGroups.push_back(g);
                 f.statelessDefaultActions = {"aws:drop"};
             });
         },
         "blocked", "nfw-0s7", "return", "NETWORK_FIREWALL_DENY"},
        {"domain allow list naming SES passes 465", "app-b", 465,
         [](Design &d) {
             firewall(d, [](NetworkFirewall &f) {
                 withoutTcpPasses(f);
                 auto g = group("allowed-domains", 50);
                 g.domains = {"email-smtp.us-east-1.amazonaws.com"};
                 g.domainTargetTypes = {"TLS_SNI"};
                 g.domainListType = "ALLOWLIST";
                 f.ruleGroups.push_back(g);
             });
         },
         "delivered"},
        {"domain allow list without SES drops 465 at the ClientHello", "app-b", 465,
         [](Design &d) {
             firewall(d, [](NetworkFirewall &f) {
                 withoutTcpPasses(f);
                 auto g = group("allowed-domains", 50);
                 g.domains = {".example.com"};
                 g.domainTargetTypes = {"TLS_SNI"};
                 g.domainListType = "ALLOWLIST";
                 f.ruleGroups.push_back(g);
             });
         },
         "blocked", "nfw-0s7", "forward", "NETWORK_FIREWALL_DENY"},
        {"a PASS TCP 465 rule passes the flow before the allow list sees it", "app-b", 465,
         [](Design &d) {
             firewall(d, [](NetworkFirewall &f) {
                 auto g = group("allowed-domains", 50);
                 g.domains = {".example.com"};
                 g.domainTargetTypes = {"TLS_SNI"};
                 g.domainListType = "ALLOWLIST";
                 f.ruleGroups.push_back(g);
             });
         },
         "delivered"},
        {"Suricata rule dropping SES's SNI", "app-b", 465,
         [](Design &d) {
             firewall(d, [](NetworkFirewall &f) {
                 withoutTcpPasses(f);
                 auto g = group("suricata", 60);
                 g.rulesString = "drop tls $HOME_NET any -> any 465 (msg:\"no SMTPS to SES\"; "
                                 "tls.sni; content:\"email-smtp.us-east-1.amazonaws.com\"; "
                                 "sid:100;)";
                 f.ruleGroups.push_back(g);
             });
         },
         "blocked", "nfw-0s7", "forward", "NETWORK_FIREWALL_DENY"},
        {"strict order, drop_established, no rule for 2587", "app-b", 2587,
         [](Design &d) {
             firewall(d, [](NetworkFirewall &f) {
                 f.ruleOrder = "STRICT_ORDER";
                 f.statefulDefaultActions = {"aws:drop_established"};
             });
         },
         "blocked", "nfw-0s7", "forward", "NETWORK_FIREWALL_DENY"},
        {"strict order, drop_established, pass rule for 465", "app-b", 465,
         [](Design &d) {
             firewall(d, [](NetworkFirewall &f) {
                 f.ruleOrder = "STRICT_ORDER";
                 f.statefulDefaultActions = {"aws:drop_established"};
             });
         },
         "delivered"},
        {"GWLB: healthy appliances, appliance mode on", "app-a", 465,
         [](Design &d) {
             gwlbInstead(d, "healthy", "healthy");
             applianceMode(d);
         },
         "delivered"},
        {"GWLB: appliance mode off, reply to the other AZ's appliance", "app-a", 465,
         [](Design &d) { gwlbInstead(d, "healthy", "healthy"); }, "blocked",
         "tgw-attach-0s7insp", "return", "ASYMMETRIC_RETURN"},
        {"GWLB: no healthy appliance in the endpoint's AZ", "app-b", 465,
         [](Design &d) { gwlbInstead(d, "healthy", "unhealthy"); }, "blocked", "gwlb-0s7",
         "forward", "GWLB_NO_HEALTHY_TARGET"},
    };
    return all;
}

Trace run(const Case &c, TlsMode tls = TlsMode::Auto)
{
    Design design = s7();
    if (c.edit)
        c.edit(design);
    Query q;
    q.from = c.from;
    q.to = SES;
    q.port = c.port;
    q.tls = tls;
    return Simulator(design).trace(q);
}

const Case &caseNamed(std::string_view name)
{
    for (const auto &c : cases())
        if (c.name == name)
            return c;
    qFatal("no case %s", std::string(name).c_str());
}

int firewallHops(const std::vector<Hop> &hops, std::string_view endpoint)
{
    int n = 0;
    for (const auto &h : hops)
        n += h.kind == ResourceKind::NetworkFirewall && h.rule.find(endpoint) != std::string::npos;
    return n;
}

bool findFirewallAllow(const std::vector<Hop> &hops)
{
    return std::any_of(hops.begin(), hops.end(), [](const Hop &h) {
        return h.kind == ResourceKind::NetworkFirewall && h.action == HopAction::Allow;
    });
}

} // namespace

class TestInspection : public QObject
{
    Q_OBJECT

private slots:
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
        mailpath::testing::verifyScenario(t, c);
    }

    void applianceModeKeepsBothDirectionsOnOneEndpoint()
    {
        const Trace on = run(caseNamed("S7.1 appliance mode on: the reply meets the same endpoint"));
        QCOMPARE(firewallHops(on.forward, "vpce-0s7fwa"), 1);
        QCOMPARE(firewallHops(on.reply, "vpce-0s7fwa"), 1);
        QCOMPARE(firewallHops(on.reply, "vpce-0s7fwb"), 0);
        int tgwCrossings = 0; // spoke -> inspection, inspection -> egress
        for (const auto &h : on.forward)
            tgwCrossings += h.kind == ResourceKind::TgwRouteTable;
        QCOMPARE(tgwCrossings, 2);
    }

    void asymmetricReturnNamesBothEndpointsAndTheFix()
    {
        const Trace t = run(caseNamed("S7.2 appliance mode off, NAT in the other AZ: asymmetric return"));
        QVERIFY2(t.blockedAt->detail.find("vpce-0s7fwb") != std::string::npos, t.blockedAt->detail.c_str());
        QVERIFY(t.blockedAt->detail.find("vpce-0s7fwa") != std::string::npos);
        QVERIFY(t.blockedAt->fix.find("appliance mode") != std::string::npos);
    }

    void firewallDenyNamesTheRuleGroupAndRule()
    {
        const Trace t = run(caseNamed("S7.3 5-tuple DROP of 587"));
        QVERIFY(t.blockedAt->detail.find("no-plain-submission") != std::string::npos);
        QVERIFY(t.blockedAt->detail.find("587001") != std::string::npos);
        const Trace ok = run(caseNamed("S7.2 appliance mode off, sender in the NAT's AZ: symmetric"));
        QVERIFY(!ok.blockedAt); // 465 still delivered
    }

    void startTlsMeetsTheSniListAfterTheUpgrade()
    {
        Case c = caseNamed("domain allow list without SES drops 465 at the ClientHello");
        c.port = 2587; // STARTTLS: plaintext SMTP first, the ClientHello after "220" (R15.13)
        const Trace starttls = run(c);
        QVERIFY(starttls.blockedAt);
        QVERIFY2(starttls.blockedAt->detail.find("STARTTLS") != std::string::npos,
                 starttls.blockedAt->detail.c_str());
        // No TLS: the SNI list never sees it; the firewall passes and SES refuses plaintext.
        const Trace plain = run(c, TlsMode::None);
        QVERIFY(plain.blockedAt);
        QVERIFY2(plain.blockedAt->reason == ReasonCode::SmtpTlsRequired,
                 plain.blockedAt->detail.c_str());
        QVERIFY(findFirewallAllow(plain.forward));
    }

    void unreadableSuricataRuleIsAWarning()
    {
        Case c = caseNamed("Suricata rule dropping SES's SNI");
        c.edit = [](Design &d) {
            firewall(d, [](NetworkFirewall &f) {
                auto g = group("suricata", 60);
                g.rulesString = "drop tcp any any -> any 465 (msg:\"x\"; pcre:\"/foo/\"; sid:7;)";
                f.ruleGroups.push_back(g);
            });
        };
        const Trace t = run(c);
        QVERIFY(!t.blockedAt); // the rule is not evaluated...
        bool warned = false;   // ...and the trace says so
        for (const auto &w : t.warnings)
            warned = warned || w.find("pcre") != std::string::npos;
        QVERIFY(warned);
    }

    void stateful5TupleRuleRoundTripsAsText()
    {
        std::string why;
        const auto rule = parseStatefulRule("DROP TCP $HOME_NET ANY -> ANY 587 (sid 9)", &why);
        QVERIFY(rule);
        QCOMPARE(rule->sid, std::string("9"));
        QCOMPARE(statefulRuleText(*rule), std::string("DROP TCP $HOME_NET ANY -> ANY 587 (sid 9)"));
        QVERIFY(!parseStatefulRule("DENY TCP ANY ANY -> ANY 25", &why));
        QVERIFY(!why.empty());
    }

    void tgwPeeringMustBeAccepted()
    {
        // The egress VPC moves behind a second transit gateway, reached over peering.
        Design d = s7();
        applianceMode(d);
        TransitGateway peer;
        peer.id = "tgw-0s7peer";
        peer.defaultAssociationRouteTableId = "tgw-rtb-0s7peer";
        d.put(peer);
        TgwAttachment here, there;
        here.id = "tgw-attach-0s7pcx";
        here.transitGatewayId = "tgw-0s7";
        here.resourceType = "peering";
        here.resourceId = "tgw-0s7peer";
        there = here;
        there.id = "tgw-attach-0s7pcx-peer"; // the accepter's record of the same attachment
        there.transitGatewayId = "tgw-0s7peer";
        there.resourceId = "tgw-0s7";
        there.associationRouteTableId = "tgw-rtb-0s7peer";
        d.put(here);
        d.put(there);
        TgwRouteTable rt;
        rt.id = "tgw-rtb-0s7peer";
        rt.transitGatewayId = "tgw-0s7peer";
        TgwRoute toEgress;
        toEgress.destination = *Cidr::parse("0.0.0.0/0");
        toEgress.attachmentIds = {"tgw-attach-0s7egress"};
        TgwRoute back;
        back.destination = *Cidr::parse("10.1.0.0/16");
        back.attachmentIds = {"tgw-attach-0s7pcx-peer"};
        rt.routes = {toEgress, back};
        d.put(rt);
        d.update<TgwAttachment>("tgw-attach-0s7egress", [](TgwAttachment &a) {
            a.transitGatewayId = "tgw-0s7peer";
            a.associationRouteTableId = "tgw-rtb-0s7peer";
        });
        d.update<RouteTable>("rtb-0s7pub", [](RouteTable &r) { r.routes[1].targetId = "tgw-0s7peer"; });
        d.update<TgwRouteTable>("tgw-rtb-0s7inspected", [](TgwRouteTable &r) {
            r.routes[1].attachmentIds = {"tgw-attach-0s7pcx"};
        });
        Query q;
        q.from = "app-a";
        q.to = SES;
        q.port = 465;
        const Trace pending = [&] {
            Design p = d;
            p.update<TgwAttachment>("tgw-attach-0s7pcx-peer",
                                    [](TgwAttachment &a) { a.state = "pendingAcceptance"; });
            return Simulator(p).trace(q);
        }();
        QVERIFY(pending.blockedAt);
        QVERIFY(pending.blockedAt->reason == ReasonCode::TgwPeeringNotAvailable);
        QCOMPARE(pending.blockedAt->resource, std::string("tgw-attach-0s7pcx-peer"));
        QVERIFY(pending.blockedAt->direction == Direction::Forward);
        const Trace accepted = Simulator(d).trace(q);
        QVERIFY2(!accepted.blockedAt, accepted.blockedAt ? accepted.blockedAt->detail.c_str() : "");
    }
};

QTEST_GUILESS_MAIN(TestInspection)
#include "tst_inspection.moc"
