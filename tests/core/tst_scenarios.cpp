// Every story of SCENARIOS.md and every variant, as a simulator test: verdict, blamed
// component, direction and reason code, plus hop kinds and headers where the story turns on them.

#include "core/io/designfile.h"
#include "core/io/source.h"
#include "core/sim/simulator.h"
#include "verdictcheck.h"

#include <QtTest>

#include <algorithm>
#include <functional>

using namespace mailpath::core;

namespace {

using Edit = std::function<void(Design &)>;

struct Case
{
    const char *name;
    const char *templateFile;
    const char *from;
    const char *to;
    uint16_t port;
    Edit edit;
    const char *verdict;
    const char *blamed = "";
    const char *direction = "";
    const char *reason = "";
    std::vector<std::string> liftOp25b = {};
    TlsMode tls = TlsMode::Auto;
};

template<typename T>
void edit(Design &d, const char *id, std::function<void(T &)> f)
{
    QVERIFY2(d.update<T>(id, f), id);
}

AclEntry aclRule(int number, bool egress, const char *ports, const char *cidr, bool allow = true)
{
    AclEntry e;
    e.ruleNumber = number;
    e.egress = egress;
    e.protocol = 6;
    e.ports = *PortRange::parse(ports);
    e.cidr = *Cidr::parse(cidr);
    e.allow = allow;
    return e;
}

void fixS1PublicAcl(Design &d)
{
    edit<NetworkAcl>(d, "acl-0s1public", [](NetworkAcl &acl) {
        acl.entries.push_back(aclRule(110, false, "1024-65535", "0.0.0.0/0"));
    });
}

const char *S1 = "s1-ses-via-nat";
const char *S1B = "s1b-ses-vpc-endpoint";
const char *S2 = "s2-saas-to-customer";
const char *S3 = "s3-ses-facts";
const char *S4 = "s4-smtp-relay-nlb";
const char *S5 = "s5-fargate-tgw";
const char *S7 = "s7-centralised-egress";
const char *SES = "email-smtp.us-east-1.amazonaws.com";
const char *TG4 = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/relays/0s4";
const char *TG2 = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/dc-mail/0s2";

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        // S1: SES via NAT gateway
        {"S1.1 public ACL drops the replies to the NAT gateway's ports", S1, "web-1", SES, 587, {},
         "blocked", "acl-0s1public", "return", "NACL_INBOUND_DENY"},
        {"S1.2 ephemeral ports allowed: delivered on 587", S1, "web-1", SES, 587, fixS1PublicAcl,
         "delivered"},
        {"S1.2 delivered on 465 once the ACLs allow it", S1, "web-1", SES, 465,
         [](Design &d) {
             fixS1PublicAcl(d);
             edit<NetworkAcl>(d, "acl-0s1public", [](NetworkAcl &acl) {
                 acl.entries.push_back(aclRule(120, false, "465", "10.0.0.0/16"));
                 acl.entries.push_back(aclRule(120, true, "465", "0.0.0.0/0"));
             });
         },
         "delivered"},
        {"S1.2 no outbound ephemeral rule towards the private subnet", S1, "web-1", SES, 587,
         [](Design &d) {
             fixS1PublicAcl(d);
             edit<NetworkAcl>(d, "acl-0s1public", [](NetworkAcl &acl) {
                 std::erase_if(acl.entries, [](const AclEntry &e) { return e.egress && e.ruleNumber == 110; });
             });
         },
         "blocked", "acl-0s1public", "return", "NACL_OUTBOUND_DENY"},
        {"S1.2 private ACL without its ephemeral range", S1, "web-1", SES, 587,
         [](Design &d) {
             fixS1PublicAcl(d);
             edit<NetworkAcl>(d, "acl-0s1private", [](NetworkAcl &acl) {
                 std::erase_if(acl.entries, [](const AclEntry &e) { return !e.egress && e.ruleNumber == 100; });
             });
         },
         "blocked", "acl-0s1private", "return", "NACL_INBOUND_DENY"},
        {"S1.2 half of the NAT port range allowed is still blocked", S1, "web-1", SES, 587,
         [](Design &d) {
             edit<NetworkAcl>(d, "acl-0s1public", [](NetworkAcl &acl) {
                 acl.entries.push_back(aclRule(110, false, "1024-32767", "0.0.0.0/0"));
             });
         },
         "blocked", "acl-0s1public", "return", "NACL_INBOUND_DENY"},
        {"S1.3 port 25 to SES is blocked by OP25B at the web server", S1, "web-1", SES, 25, fixS1PublicAcl,
         "blocked", "i-0s1web", "forward", "OP25B_BLOCKED"},
        {"S1.5 peered VPC cannot use the NAT gateway", S1, "partner-app", SES, 587, fixS1PublicAcl,
         "blocked", "pcx-0s1peer", "forward", "PEERING_DESTINATION_NOT_IN_PEER"},
        {"S1 NAT route left as a blackhole", S1, "web-1", SES, 587,
         [](Design &d) {
             edit<RouteTable>(d, "rtb-0s1private", [](RouteTable &rt) {
                 for (auto &r : rt.routes)
                     if (r.targetId == "nat-0s1")
                         r.blackhole = true;
             });
         },
         "blocked", "rtb-0s1private", "forward", "ROUTE_BLACKHOLE"},
        {"S1 private NAT gateway routed to the internet gateway", S1, "web-1", SES, 587,
         [](Design &d) {
             fixS1PublicAcl(d);
             edit<NatGateway>(d, "nat-0s1", [](NatGateway &n) { n.privateConnectivity = true; });
         },
         "blocked", "nat-0s1", "forward", "PRIVATE_NAT_TO_IGW"},
        {"S1.6 SES through the interface endpoint", S1B, "web-1", SES, 587, {}, "delivered"},
        {"S1.6 endpoint security group lacks the port", S1B, "web-1", SES, 465, {}, "blocked",
         "sg-0s1bvpce", "forward", "SG_INGRESS_DENY"},
        {"S1.6 without private DNS the name leaves the VPC, which has no route", S1B, "web-1", SES, 587,
         [](Design &d) {
             edit<VpcEndpoint>(d, "vpce-0s1bses", [](VpcEndpoint &e) { e.privateDnsEnabled = false; });
         },
         "blocked", "rtb-0s1bmain", "forward", "ROUTE_NO_MATCH"},
        {"S1.6 port 25 to the endpoint when 25 is taken as unsupported", S1B, "web-1", SES, 25,
         [](Design &d) {
             d.assumptions.sesEndpointAcceptsPort25 = false;
             edit<SecurityGroup>(d, "sg-0s1bvpce", [](SecurityGroup &sg) {
                 sg.ingress.front().ports = PortRange::all();
             });
         },
         "blocked", "vpce-0s1bses", "forward", "ENDPOINT_PORT_UNSUPPORTED"},
        // S2: SaaS notifies a customer
        {"S2.1 firewall forwards the NAT gateway's address", S2, "saas-app", "customer-firewall", 587, {},
         "delivered"},
        {"S2.1 firewall allows the private address instead of the EIP", S2, "saas-app", "customer-firewall", 587,
         [](Design &d) {
             edit<Firewall>(d, "fw-0s2hq", [](Firewall &fw) { fw.rules.front().source = *Cidr::parse("10.0.1.10/32"); });
         },
         "blocked", "fw-0s2hq", "forward", "FIREWALL_DENY"},
        {"S2.2 customer NLB forwards to the on-premises server over VPN", S2, "saas-app", "customer-mail", 587, {},
         "delivered"},
        {"S2.2 NLB security group allows the wrong source", S2, "saas-app", "customer-mail", 587,
         [](Design &d) {
             edit<SecurityGroup>(d, "sg-0s2nlb", [](SecurityGroup &sg) { sg.ingress.front().cidr = Cidr::parse("10.0.1.10/32"); });
         },
         "blocked", "sg-0s2nlb", "forward", "SG_INGRESS_DENY"},
        {"S2.2 NLB subnet has no route to the VPN", S2, "saas-app", "customer-mail", 587,
         [](Design &d) {
             edit<RouteTable>(d, "rtb-0s2nlb", [](RouteTable &rt) {
                 std::erase_if(rt.routes, [](const Route &r) { return r.target == RouteTarget::VpnGateway; });
             });
         },
         "blocked", "igw-0s2cust", "forward", "IGW_PRIVATE_DESTINATION"},
        {"S2.2 VPN knows no prefix for the target", S2, "saas-app", "customer-mail", 587,
         [](Design &d) {
             edit<VpnConnection>(d, "vpn-0s2dc", [](VpnConnection &v) { v.routes.clear(); });
             edit<OnPremNetwork>(d, "onprem-0s2dc", [](OnPremNetwork &n) { n.vpnConnectionIds.clear(); });
         },
         "blocked", "vgw-0s2cust", "forward", "VPN_NO_ROUTE"},
        {"S2.2 a public IP target is refused", S2, "saas-app", "customer-mail", 587,
         [](Design &d) {
             edit<TargetGroup>(d, TG2, [](TargetGroup &tg) { tg.targets.front().id = "8.8.8.8"; });
         },
         "blocked", TG2, "forward", "NLB_TARGET_NOT_ALLOWED"},
        {"S2.3 SaaS to the public relay", S2, "saas-app", "public-relay", 587, {}, "delivered"},
        {"S2.3 relay allow-list without the NAT gateway's address", S2, "saas-app", "public-relay", 587,
         [](Design &d) {
             edit<SmtpServer>(d, "smtp-0s2relay", [](SmtpServer &s) { s.relayAllow = {*Cidr::parse("10.0.1.10/32")}; });
         },
         "blocked", "smtp-0s2relay", "forward", "SMTP_RELAY_DENIED"},
        {"S2.3 relay requires TLS and the client sends clear text", S2, "saas-app", "public-relay", 587, {},
         "blocked", "smtp-0s2relay", "forward", "SMTP_TLS_REQUIRED", {}, TlsMode::None},
        {"S2.3 public relay to the internal server", S2, "public-relay", "customer-firewall", 25, {},
         "delivered"},
        {"S2 on-premises site reaching the Internet over the VPN", S2, "customer-dc", "8.8.8.8", 587,
         [](Design &d) {
             NatGateway nat;
             nat.id = "nat-0s2cust";
             nat.subnetId = "subnet-0s2nlb";
             nat.vpcId = "vpc-0s2cust";
             nat.privateIp = *parseIpv4("172.31.0.60");
             nat.publicIp = parseIpv4("192.0.2.61");
             d.put(nat);
         },
         "blocked", "nat-0s2cust", "forward", "NAT_SOURCE_NOT_IN_VPC"},
        // S3: SES facts
        {"S3 STARTTLS on 587", S3, "web-1", "ses-0s3", 587, {}, "delivered"},
        {"S3 TLS wrapper on 2465", S3, "web-1", "ses-0s3", 2465, {}, "delivered"},
        {"S3 nothing listens on 2525", S3, "web-1", "ses-0s3", 2525, {}, "blocked", "ses-0s3", "forward",
         "NO_LISTENER"},
        {"S3 port 25 from EC2", S3, "web-1", "ses-0s3", 25, {}, "blocked", "i-0s3web", "forward",
         "OP25B_BLOCKED"},
        {"S3 port 25 once AWS removed the restriction", S3, "web-1", "ses-0s3", 25, {}, "delivered", "", "",
         "", {"i-0s3web"}},
        {"S3 SES refuses clear text", S3, "web-1", "ses-0s3", 587, {}, "blocked", "ses-0s3", "forward",
         "SMTP_TLS_REQUIRED", {}, TlsMode::None},
        {"S3 instance without a public address", S3, "web-1", "ses-0s3", 587,
         [](Design &d) { edit<Eni>(d, "eni-0s3web", [](Eni &e) { e.publicIp.reset(); }); },
         "blocked", "igw-0s3", "forward", "IGW_NO_PUBLIC_IP"},
        // S4: relay behind an NLB
        {"S4.1 instance targets: the relay sees the client", S4, "web-1", "relay-nlb", 25, {}, "delivered"},
        {"S4.1 ip targets: relay security group does not know the NLB address", S4, "web-1", "relay-nlb", 25,
         [](Design &d) {
             edit<TargetGroup>(d, TG4, [](TargetGroup &tg) {
                 tg.targetType = "ip";
                 tg.targets = {tg.targets.front()};
                 tg.targets.front().id = "10.0.2.11";
             });
         },
         "blocked", "sg-0s4relay", "forward", "SG_INGRESS_DENY"},
        {"S4.1 ip targets: Relay access denied", S4, "web-1", "relay-nlb", 25,
         [](Design &d) {
             edit<TargetGroup>(d, TG4, [](TargetGroup &tg) {
                 tg.targetType = "ip";
                 tg.targets = {tg.targets.front()};
                 tg.targets.front().id = "10.0.2.11";
             });
             edit<SecurityGroup>(d, "sg-0s4relay", [](SecurityGroup &sg) {
                 sg.ingress.front().cidr = Cidr::parse("10.0.0.0/16");
             });
         },
         "blocked", "smtp-0s4relay1", "forward", "SMTP_RELAY_DENIED"},
        {"S4.2 load balancer security group misses the rule", S4, "web-1", "relay-nlb", 25,
         [](Design &d) { edit<SecurityGroup>(d, "sg-0s4nlb", [](SecurityGroup &sg) { sg.ingress.clear(); }); },
         "blocked", "sg-0s4nlb", "forward", "SG_INGRESS_DENY"},
        {"S4.2 relay security group misses the rule", S4, "web-1", "relay-nlb", 25,
         [](Design &d) {
             edit<SecurityGroup>(d, "sg-0s4relay", [](SecurityGroup &sg) { sg.ingress.erase(sg.ingress.begin()); });
         },
         "blocked", "sg-0s4relay", "forward", "SG_INGRESS_DENY"},
        {"S4.2 relay subnet ACL denies 25", S4, "web-1", "relay-nlb", 25,
         [](Design &d) {
             NetworkAcl acl;
             acl.id = "acl-0s4relay";
             acl.vpcId = "vpc-0s4";
             acl.subnetIds = {"subnet-0s4relay"};
             acl.entries = {aclRule(100, false, "1024-65535", "0.0.0.0/0"), aclRule(100, true, "all", "0.0.0.0/0")};
             d.put(acl);
         },
         "blocked", "acl-0s4relay", "forward", "NACL_INBOUND_DENY"},
        {"S4 no listener on 587", S4, "web-1", "relay-nlb", 587,
         [](Design &d) {
             edit<SecurityGroup>(d, "sg-0s4nlb", [](SecurityGroup &sg) { sg.ingress.front().ports = PortRange::all(); });
         },
         "blocked",
         "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/relay-nlb/0s4", "forward",
         "NLB_NO_LISTENER"},
        {"S4 target group without targets", S4, "web-1", "relay-nlb", 25,
         [](Design &d) { edit<TargetGroup>(d, TG4, [](TargetGroup &tg) { tg.targets.clear(); }); },
         "blocked", TG4, "forward", "NLB_NO_HEALTHY_TARGET"},
        {"S4.4 the relay's own Internet delivery on 25", S4, "relay-1", "recipient-mx", 25, {}, "blocked",
         "i-0s4relay1", "forward", "OP25B_BLOCKED"},
        {"S4.4 removal recorded for the NAT gateway", S4, "relay-1", "recipient-mx", 25, {}, "delivered", "",
         "", "", {"nat-0s4"}},
        // S5: Fargate over a Transit Gateway
        {"S5.1 RFC 1918 destination is exempt", S5, "task-a", "mail-1", 25, {}, "delivered"},
        {"S5.2 public range used privately is not exempt", S5, "task-a", "mail-2", 25, {}, "blocked",
         "eni-0s5task-a", "forward", "OP25B_BLOCKED"},
        {"S5.2 removal recorded on the task's ENI", S5, "task-a", "mail-2", 25, {}, "delivered", "", "", "",
         {"eni-0s5task-a"}},
        {"S5.3 port 587 is not restricted", S5, "task-a", "mail-2", 587, {}, "delivered"},
        {"S5.4 no attachment subnet in the task's AZ", S5, "task-b", "mail-1", 25, {}, "blocked",
         "tgw-attach-0s5a", "forward", "TGW_NO_ATTACHMENT_IN_AZ"},
        {"S5 TGW route table without the mail VPC", S5, "task-a", "mail-1", 25,
         [](Design &d) {
             edit<TgwRouteTable>(d, "tgw-rtb-0s5", [](TgwRouteTable &t) { t.propagationAttachmentIds = {"tgw-attach-0s5a"}; });
         },
         "blocked", "tgw-rtb-0s5", "forward", "TGW_ROUTE_NO_MATCH"},
        {"S5 TGW blackhole route", S5, "task-a", "mail-1", 25,
         [](Design &d) {
             edit<TgwRouteTable>(d, "tgw-rtb-0s5", [](TgwRouteTable &t) {
                 TgwRoute r;
                 r.destination = *Cidr::parse("172.16.0.0/24");
                 r.blackhole = true;
                 t.routes.push_back(r);
             });
         },
         "blocked", "tgw-rtb-0s5", "forward", "TGW_ROUTE_BLACKHOLE"},
        {"S5 routes that send the packet round the TGW", S5, "task-a", "8.8.8.8", 587,
         [](Design &d) {
             Route toTgw;
             toTgw.destination = Cidr::parse("8.8.8.0/24");
             toTgw.target = RouteTarget::TransitGateway;
             toTgw.targetId = "tgw-0s5";
             edit<RouteTable>(d, "rtb-0s5a", [&](RouteTable &rt) { rt.routes.push_back(toTgw); });
             edit<RouteTable>(d, "rtb-0s5b", [&](RouteTable &rt) { rt.routes.push_back(toTgw); });
             edit<TgwRouteTable>(d, "tgw-rtb-0s5", [](TgwRouteTable &t) {
                 TgwRoute r;
                 r.destination = *Cidr::parse("8.8.8.0/24");
                 r.attachmentIds = {"tgw-attach-0s5b"};
                 t.routes.push_back(r);
             });
         },
         "blocked", "", "forward", "ROUTING_LOOP"},
        {"unknown source", S1, "no-such-host", SES, 587, {}, "blocked", "no-such-host", "forward",
         "UNKNOWN_ENDPOINT"},
        // S7: centralised egress through an inspection VPC (more in tst_inspection)
        {"S7.1 appliance mode on: delivered", S7, "app-a", SES, 465,
         [](Design &d) {
             edit<TgwAttachment>(d, "tgw-attach-0s7insp", [](TgwAttachment &a) { a.applianceMode = true; });
         },
         "delivered"},
        {"S7.2 appliance mode off: the reply meets the other AZ's endpoint", S7, "app-a", SES, 465,
         {}, "blocked", "tgw-attach-0s7insp", "return", "ASYMMETRIC_RETURN"},
        {"S7.3 a stateful rule drops 587", S7, "app-b", SES, 587, {}, "blocked", "nfw-0s7",
         "forward", "NETWORK_FIREWALL_DENY"},
        {"S7.3 465 still delivered", S7, "app-b", SES, 465, {}, "delivered"},
        {"S7.4 port 25 stops at OP25B", S7, "app-b", SES, 25, {}, "blocked", "i-0s7appb",
         "forward", "OP25B_BLOCKED"},
    };
    return all;
}

const Case &caseNamed(const char *name)
{
    for (const auto &c : cases())
        if (std::string(c.name) == name)
            return c;
    qFatal("no case %s", name);
}

QString templatePath(const char *name)
{
    return QStringLiteral(MAILPATH_SOURCE_DIR "/resources/templates/%1.mailpath.json").arg(name);
}

Design loadTemplate(const char *name)
{
    Design design;
    InputError error;
    if (!readDesignFile(templatePath(name).toStdString(), design, error))
        qFatal("cannot load %s: %s", name, error.toString().c_str());
    return design;
}

Trace run(const Case &c)
{
    Design design = loadTemplate(c.templateFile);
    if (c.edit)
        c.edit(design);
    const Simulator sim(design);
    Query q;
    q.from = c.from;
    q.to = c.to;
    q.port = c.port;
    q.op25bLifted = c.liftOp25b;
    q.tls = c.tls;
    return sim.trace(q);
}

std::vector<std::string> kinds(const std::vector<Hop> &hops)
{
    std::vector<std::string> result;
    for (const auto &h : hops)
        result.emplace_back(kindName(h.kind));
    return result;
}

const Hop *findHop(const std::vector<Hop> &hops, const std::string &resource, const std::string &action)
{
    for (const auto &h : hops)
        if (h.resource == resource && actionText(h.action) == action)
            return &h;
    return nullptr;
}

} // namespace

class TestScenarios : public QObject
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
        mailpath::testing::verifyVerdict(t, c);
        if (QTest::currentTestFailed() || !t.blockedAt)
            return;
        const auto &hops = t.blockedAt->direction == Direction::Forward ? t.forward : t.reply;
        if (hops.empty() && t.blockedAt->reason == ReasonCode::UnknownEndpoint)
            return; // nothing resolved, so nothing was walked
        // The first refusal is blocked_at; hops after it are walked as if it had passed.
        mailpath::testing::verifyFirstRefusal(t);
        const auto deny = std::find_if(hops.begin(), hops.end(),
                                       [](const Hop &h) { return h.action == HopAction::Deny; });
        QVERIFY(deny != hops.end());
        QVERIFY(std::all_of(deny + 1, hops.end(), [](const Hop &h) { return h.assumed; }));
    }

    void s1NatTranslationAndHopOrder()
    {
        const Trace t = run(caseNamed("S1.1 public ACL drops the replies to the NAT gateway's ports"));
        const std::vector<std::string> expected = {"instance", "security-group", "network-acl",
                                                   "route-table", "network-acl", "nat-gateway",
                                                   "network-acl", "route-table", "internet-gateway",
                                                   "ses-endpoint"};
        QCOMPARE(kinds(t.forward), expected);
        const Hop *nat = findHop(t.forward, "nat-0s1", "snat");
        QVERIFY(nat);
        QCOMPARE(nat->in.src.to_string(), std::string("10.0.1.10"));
        QCOMPARE(nat->in.srcPorts, (PortRange{32768, 60999}));
        QCOMPARE(nat->out.src.to_string(), std::string("10.0.0.10"));
        QCOMPARE(nat->out.srcPorts, (PortRange{1024, 65535}));
        const Hop *igw = findHop(t.forward, "igw-0s1", "snat");
        QVERIFY(igw);
        QCOMPARE(igw->out.src.to_string(), std::string("203.0.113.10"));
        // The reply reaches the NAT gateway's ports, which the public ACL refuses.
        const Hop *deny = findHop(t.reply, "acl-0s1public", "deny");
        QVERIFY(deny);
        QCOMPARE(deny->in.dstPorts, (PortRange{1024, 65535}));
        QVERIFY(t.blockedAt->fix.find("1024-65535") != std::string::npos);
        QVERIFY(t.blockedAt->fix.find("acl-0s1public") != std::string::npos);
    }

    void s1FixedReplyIsUntranslated()
    {
        const Trace t = run(caseNamed("S1.2 ephemeral ports allowed: delivered on 587"));
        const Hop *unnat = findHop(t.reply, "nat-0s1", "un-snat");
        QVERIFY(unnat);
        QCOMPARE(unnat->out.dst.to_string(), std::string("10.0.1.10"));
        QCOMPARE(unnat->out.dstPorts, (PortRange{32768, 60999}));
    }

    void s1PartialRangeIsNamed()
    {
        const Trace t = run(caseNamed("S1.2 half of the NAT port range allowed is still blocked"));
        QVERIFY(t.blockedAt);
        QVERIFY2(t.blockedAt->detail.find("32768-65535") != std::string::npos, t.blockedAt->detail.c_str());
        QVERIFY(t.blockedAt->detail.find("intermittent") != std::string::npos);
    }

    void s1bResolvesToTheEndpoint()
    {
        const Trace t = run(caseNamed("S1.6 SES through the interface endpoint"));
        QCOMPARE(t.forward.front().out.dst.to_string(), std::string("10.0.1.20"));
        QVERIFY(findHop(t.forward, "vpce-0s1bses", "forward"));
        QVERIFY(!t.warnings.empty()); // sandbox
    }

    void s2CustomerSeesTheNatAddress()
    {
        const Trace denied = run(caseNamed("S2.1 firewall allows the private address instead of the EIP"));
        QVERIFY(denied.blockedAt->detail.find("203.0.113.20") != std::string::npos);
        const Trace nlb = run(caseNamed("S2.2 customer NLB forwards to the on-premises server over VPN"));
        const Hop *deliver = findHop(nlb.forward, "smtp-0s2dc", "deliver");
        QVERIFY(deliver);
        QCOMPARE(deliver->in.src.to_string(), std::string("172.31.0.50")); // NLB's private address
        QVERIFY(findHop(nlb.reply, "vpn-0s2dc", "forward")); // replies return over the VPN
    }

    void s4HealthCheckFlowIsReported()
    {
        const Trace ok = run(caseNamed("S4.1 instance targets: the relay sees the client"));
        bool noted = false;
        for (const auto &n : ok.notes)
            noted = noted || n.find("health check TCP 80") != std::string::npos;
        QVERIFY(noted);
        Case broken = caseNamed("S4.1 instance targets: the relay sees the client");
        broken.edit = [](Design &d) {
            edit<SecurityGroup>(d, "sg-0s4relay", [](SecurityGroup &sg) { sg.ingress.erase(sg.ingress.begin() + 1); });
        };
        const Trace unhealthy = run(broken);
        bool warned = false;
        for (const auto &w : unhealthy.warnings)
            warned = warned || w.find("unhealthy") != std::string::npos;
        QVERIFY(warned);
    }

    void batfishNatGatewaySample()
    {
        Design design;
        Diagnostics diagnostics;
        InputError error;
        QVERIFY2(loadSource(MAILPATH_SHARED_DIR "/aws-samples/batfish/test-nat-gateway", design,
                            diagnostics, error),
                 error.toString().c_str());
        const Simulator sim(design);
        Query q;
        q.from = "i-0a128d26e59be60f3";
        q.to = "8.8.8.8";
        q.port = 587;
        const Trace t = sim.trace(q);
        const Hop *nat = nullptr;
        for (const auto &h : t.forward)
            if (h.kind == ResourceKind::NatGateway && h.action == HopAction::Snat)
                nat = &h;
        QVERIFY2(nat, t.blockedAt ? t.blockedAt->detail.c_str() : "no NAT hop");
        QCOMPARE(nat->in.src.to_string(), std::string("10.1.1.98"));
        QVERIFY(nat->out.src != nat->in.src);
        QCOMPARE(nat->out.srcPorts, (PortRange{1024, 65535}));
        bool igwSnat = false;
        for (const auto &h : t.forward)
            igwSnat = igwSnat || (h.kind == ResourceKind::InternetGateway && h.action == HopAction::Snat);
        QVERIFY(igwSnat);
    }
};

QTEST_GUILESS_MAIN(TestScenarios)
#include "tst_scenarios.moc"
