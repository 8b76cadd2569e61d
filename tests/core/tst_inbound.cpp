// Flows that enter AWS (SCENARIOS S8, AWS-SEMANTICS-2 §13): from the Internet to an Elastic
// IP or an internet-facing NLB, from on-premises over a VPN; every case asserts verdict,
// blamed component, direction and reason code.

#include "core/io/awsimport.h"
#include "core/io/designfile.h"
#include "core/sim/simulator.h"
#include "verdictcheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <functional>

using namespace mailpath::core;

namespace {

using Edit = std::function<void(Design &)>;

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

template<typename T>
void edit(Design &d, const char *id, std::function<void(T &)> f)
{
    QVERIFY2(d.update<T>(id, f), id);
}

void dropAclRule(Design &d, const char *acl, bool egress, int number)
{
    edit<NetworkAcl>(d, acl, [&](NetworkAcl &a) {
        std::erase_if(a.entries, [&](const AclEntry &e) {
            return e.egress == egress && e.ruleNumber == number;
        });
    });
}

void setTunnels(Design &d, const char *first, const char *second)
{
    edit<VpnConnection>(d, "vpn-0s8dc", [&](VpnConnection &v) {
        v.tunnels.at(0).status = first;
        v.tunnels.at(1).status = second;
        v.tunnels.at(0).statusMessage = std::string(first) == "DOWN" ? "IPSEC IS DOWN" : "";
        v.tunnels.at(1).statusMessage = std::string(second) == "DOWN" ? "IPSEC IS DOWN" : "";
    });
}

/** The on-premises prefix known only from the VPN connection's static route (a snapshot). */
void forgetOnPremNetwork(Design &d)
{
    QVERIFY(d.remove("onprem-0s8dc"));
}

std::string code(ReasonCode reason)
{
    return std::string(toString(reason));
}

std::string code(Direction direction)
{
    return std::string(toString(direction));
}

const char *EIP = "198.51.100.25";
const char *SENDER = "internet-sender";

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {"S8.1 Internet to the MX's Elastic IP on 25: OP25B is outbound only", SENDER, EIP, 25,
         {}, "delivered"},
        {"S8.1 ACL without outbound ephemeral ports drops the reply", SENDER, EIP, 25,
         [](Design &d) { dropAclRule(d, "acl-0s8mx", true, 100); },
         "blocked", "acl-0s8mx", "return", "NACL_OUTBOUND_DENY"},
        {"S8.1 ACL without inbound 25", SENDER, EIP, 25,
         [](Design &d) { dropAclRule(d, "acl-0s8mx", false, 100); },
         "blocked", "acl-0s8mx", "forward", "NACL_INBOUND_DENY"},
        {"S8.1 MX security group without 25 from the Internet", SENDER, EIP, 25,
         [](Design &d) {
             edit<SecurityGroup>(d, "sg-0s8mx", [](SecurityGroup &g) { g.ingress.erase(g.ingress.begin()); });
         },
         "blocked", "sg-0s8mx", "forward", "SG_INGRESS_DENY"},
        {"S8.1 no default route to the IGW: the SYN-ACK has no way back", SENDER, EIP, 25,
         [](Design &d) {
             edit<RouteTable>(d, "rtb-0s8public", [](RouteTable &rt) {
                 std::erase_if(rt.routes, [](const Route &r) { return r.target == RouteTarget::InternetGateway; });
             });
         },
         "blocked", "rtb-0s8public", "return", "ROUTE_NO_MATCH"},
        {"S8.2 Internet through the internet-facing NLB to an instance target", SENDER, "mx-nlb",
         25, {}, "delivered"},
        {"S8.2 target SG admits only the NLB subnet: the client address is preserved", SENDER,
         "mx-nlb", 25,
         [](Design &d) {
             edit<SecurityGroup>(d, "sg-0s8relay", [](SecurityGroup &g) { g.ingress.erase(g.ingress.begin()); });
         },
         "blocked", "sg-0s8relay", "forward", "SG_INGRESS_DENY"},
        {"S8.3 on-premises application over the VPN", "datacenter", "postfix-mx", 25, {},
         "delivered"},
        {"S8.3 on-premises address known only from the VPN's static route", "192.168.50.10",
         "10.8.0.25", 25, forgetOnPremNetwork, "delivered"},
        {"S8.3 on-premises application to the private relay", "datacenter", "postfix-relay", 25,
         {}, "delivered"},
        {"S8.3 no route back to the on-premises prefix: SYN arrives, no SYN-ACK", "datacenter",
         "postfix-relay", 25,
         [](Design &d) {
             edit<RouteTable>(d, "rtb-0s8private", [](RouteTable &rt) {
                 rt.propagatingVgwIds.clear();
                 std::erase_if(rt.routes, [](const Route &r) { return r.target == RouteTarget::VpnGateway; });
             });
         },
         "blocked", "rtb-0s8private", "return", "ROUTE_NO_MATCH"},
        {"S8.3 the MX's reply follows its default route to the internet gateway", "datacenter",
         "postfix-mx", 25,
         [](Design &d) {
             edit<RouteTable>(d, "rtb-0s8public", [](RouteTable &rt) {
                 std::erase_if(rt.routes, [](const Route &r) { return r.target == RouteTarget::VpnGateway; });
             });
         },
         "blocked", "igw-0s8", "return", "IGW_PRIVATE_DESTINATION"},
        {"S8.3 both tunnels down", "datacenter", "postfix-mx", 25,
         [](Design &d) { setTunnels(d, "DOWN", "DOWN"); },
         "blocked", "vpn-0s8dc", "forward", "VPN_TUNNELS_DOWN"},
        {"S8.3 one tunnel down still delivers", "datacenter", "postfix-mx", 25,
         [](Design &d) { setTunnels(d, "UP", "DOWN"); }, "delivered"},
        {"S8.3 the relay's reply over a VPN whose tunnels went down (snapshot source)",
         "192.168.50.10", "10.8.0.25", 25,
         [](Design &d) {
             forgetOnPremNetwork(d);
             setTunnels(d, "DOWN", "DOWN");
         },
         "blocked", "vpn-0s8dc", "forward", "VPN_TUNNELS_DOWN"},
        {"S8.4 Internet to a private address", SENDER, "10.8.0.25", 25, {},
         "blocked", "igw-0s8", "forward", "IGW_PRIVATE_DESTINATION"},
        {"S8.4 Internet to a private address of no VPC", "8.8.8.8", "172.16.9.9", 25, {},
         "blocked", "172.16.9.9", "forward", "IGW_PRIVATE_DESTINATION"},
        {"S8.4 Internet to a public address nothing owns (a released EIP)", SENDER,
         "198.51.100.99", 25, {}, "blocked", "198.51.100.99", "forward", "UNKNOWN_ENDPOINT"},
    };
    return all;
}

const Case &caseNamed(std::string_view name)
{
    for (const auto &c : cases())
        if (c.name == name)
            return c;
    qFatal("no case %s", std::string(name).c_str());
}

Design loadS8()
{
    Design design;
    InputError error;
    const std::string path = MAILPATH_SOURCE_DIR
        "/resources/templates/s8-inbound-mail.mailpath.json";
    if (!readDesignFile(path, design, error))
        qFatal("cannot load %s: %s", path.c_str(), error.toString().c_str());
    return design;
}

Trace run(const Case &c)
{
    Design design = loadS8();
    if (c.edit)
        c.edit(design);
    const Simulator sim(design);
    Query q;
    q.from = c.from;
    q.to = c.to;
    q.port = c.port;
    return sim.trace(q);
}

const Hop *findHop(const std::vector<Hop> &hops, std::string_view resource, std::string_view action)
{
    for (const auto &h : hops)
        if (h.resource == resource && actionText(h.action) == action)
            return &h;
    return nullptr;
}

Trace traceSnapshot(const char *sample, const char *from, const char *to, uint16_t port)
{
    Design design;
    Diagnostics diagnostics;
    InputError error;
    const std::string dir = std::string(MAILPATH_SHARED_DIR "/aws-samples/batfish/") + sample;
    if (!importAwsSnapshot(dir, design, diagnostics, error))
        qFatal("cannot import %s: %s", dir.c_str(), error.toString().c_str());
    const Simulator sim(design);
    Query q;
    q.from = from;
    q.to = to;
    q.port = port;
    return sim.trace(q);
}

} // namespace

class TestInbound : public QObject
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

    void elasticIpIsTranslatedBothWays()
    {
        const Trace t = run(caseNamed("S8.1 Internet to the MX's Elastic IP on 25: OP25B is outbound only"));
        const Hop *in = findHop(t.forward, "igw-0s8", "dnat");
        QVERIFY(in);
        QCOMPARE(in->out.dst.to_string(), std::string("10.8.0.25"));
        QCOMPARE(in->out.src.to_string(), std::string("203.0.113.77")); // R13.1: source kept
        const Hop *out = findHop(t.reply, "igw-0s8", "snat");
        QVERIFY(out);
        QCOMPARE(out->out.src.to_string(), std::string(EIP));
        QCOMPARE(out->out.dstPorts.toString(), std::string("32768-60999"));
    }

    void nlbKeepsTheClientAddress()
    {
        const Trace t = run(caseNamed("S8.2 Internet through the internet-facing NLB to an instance target"));
        QVERIFY(t.delivered());
        const Hop *sg = findHop(t.forward, "sg-0s8relay", "allow");
        QVERIFY(sg);
        QCOMPARE(sg->in.src.to_string(), std::string("203.0.113.77"));
    }

    void noRouteBackNamesTheGateway()
    {
        const Trace t = run(caseNamed("S8.3 no route back to the on-premises prefix: SYN arrives, no SYN-ACK"));
        QVERIFY(t.blockedAt);
        QVERIFY2(t.blockedAt->fix.find("vgw-0s8") != std::string::npos, t.blockedAt->fix.c_str());
        QVERIFY(t.blockedAt->fix.find("192.168.50.0/24") != std::string::npos);
    }

    void oneTunnelDownIsAWarning()
    {
        const Trace t = run(caseNamed("S8.3 one tunnel down still delivers"));
        QVERIFY(t.delivered());
        QCOMPARE(t.warnings.size(), size_t(1));
        QVERIFY(t.warnings.front().find("vpn-0s8dc") != std::string::npos);
        QVERIFY(t.warnings.front().find("DOWN") != std::string::npos);
    }

    void tunnelsDownCarryTheTelemetry()
    {
        const Trace t = run(caseNamed("S8.3 both tunnels down"));
        QVERIFY(t.blockedAt);
        QVERIFY(t.blockedAt->detail.find("52.0.0.1 DOWN (IPSEC IS DOWN)") != std::string::npos);
    }

    void snapshotVpnWithBothTunnelsDown()
    {
        // batfish/test-vpn-gateway: 0.0.0.0/0 -> vgw, a BGP VPN whose tunnels are both DOWN.
        const Trace t = traceSnapshot("test-vpn-gateway", "i-099cf38911942421c",
                                      "192.168.1.10", 25);
        QVERIFY(t.blockedAt);
        QCOMPARE(std::string(toString(t.blockedAt->reason)), std::string("VPN_TUNNELS_DOWN"));
        QCOMPARE(t.blockedAt->resource, std::string("vpn-03701a53bba3c48b7"));
        QCOMPARE(code(t.blockedAt->direction), code(Direction::Forward));
        QCOMPARE(std::string(kindName(t.blockedAt->kind)), std::string("vpn-connection"));
    }

    void everyBlockerAtOnce()
    {
        // The MX's SG lacks 25 and its ACL the outbound ephemeral ports: one pass lists both.
        Case c{"both", SENDER, EIP, 25, [](Design &d) {
                   edit<SecurityGroup>(d, "sg-0s8mx", [](SecurityGroup &g) { g.ingress.clear(); });
                   dropAclRule(d, "acl-0s8mx", true, 100);
               }, "blocked"};
        const Trace t = run(c);
        QVERIFY(t.blockedAt);
        QCOMPARE(code(t.blockedAt->reason), code(ReasonCode::SgIngressDeny));
        QCOMPARE(code(t.blockedAt->direction), code(Direction::Forward));
        QCOMPARE(t.alsoBlocked.size(), size_t(1));
        QCOMPARE(code(t.alsoBlocked[0].reason), code(ReasonCode::NaclOutboundDeny));
        QCOMPARE(t.alsoBlocked[0].resource, std::string("acl-0s8mx"));
        QCOMPARE(code(t.alsoBlocked[0].direction), code(Direction::Return));
        QVERIFY(t.reply.front().assumed);
    }

    void op25bDoesNotHideTheMissingRoute()
    {
        Case c{"op25b", "mx-1", "8.8.8.8", 25, [](Design &d) {
                   edit<RouteTable>(d, "rtb-0s8public", [](RouteTable &rt) {
                       std::erase_if(rt.routes, [](const Route &r) {
                           return r.target == RouteTarget::InternetGateway;
                       });
                   });
               }, "blocked"};
        const Trace t = run(c);
        QVERIFY(t.blockedAt);
        QCOMPARE(code(t.blockedAt->reason), code(ReasonCode::Op25bBlocked));
        QCOMPARE(t.blockedAt->resource, std::string("i-0s8mx"));
        QCOMPARE(t.alsoBlocked.size(), size_t(1));
        QCOMPARE(code(t.alsoBlocked[0].reason), code(ReasonCode::RouteNoMatch));
        QCOMPARE(t.alsoBlocked[0].resource, std::string("rtb-0s8public"));
        // The matrix keeps the first blocker only, and the same one.
        Design design = loadS8();
        c.edit(design);
        const Simulator sim(design);
        MatrixRow row;
        sim.traceVerdicts("mx-1", {"8.8.8.8"}, {25}, &row);
        QVERIFY(row.blockedAt);
        QCOMPARE(code(row.blockedAt->reason), code(ReasonCode::Op25bBlocked));
    }

    void gatewayEndpointAnswersItsServicePorts()
    {
        // batfish/test-vpc-endpoint-gateway: the private instance routes S3's prefix list to a
        // gateway endpoint. S3 answers HTTPS (R18.2); nothing behind it speaks SMTP.
        const char *sample = "test-vpc-endpoint-gateway";
        const Trace https = traceSnapshot(sample, "i-01c6c0647fdccc89e", "52.216.8.1", 443);
        QVERIFY2(https.delivered(), https.blockedAt ? https.blockedAt->detail.c_str() : "");
        QVERIFY(findHop(https.forward, "vpce-0b7357542bb7b83ec", "deliver"));
        QCOMPARE(https.reply.back().resource, std::string("i-01c6c0647fdccc89e"));
        const Trace smtp = traceSnapshot(sample, "i-01c6c0647fdccc89e", "52.216.8.1", 587);
        QVERIFY(smtp.blockedAt);
        QCOMPARE(code(smtp.blockedAt->reason), code(ReasonCode::EndpointPortUnsupported));
        QCOMPARE(smtp.blockedAt->resource, std::string("vpce-0b7357542bb7b83ec"));
        QCOMPARE(code(smtp.blockedAt->direction), code(Direction::Forward));
    }

    void bgpAttachmentFixSaysItDependsOnBgp()
    {
        // batfish/test-direct-connect-gateway: 0/0 -> TGW, whose table propagates from a DX
        // gateway and a BGP VPN but holds no static route (R13.18): not "enable propagation".
        const Trace t = traceSnapshot("test-direct-connect-gateway", "i-dx01", "172.16.5.5", 587);
        QVERIFY(t.blockedAt);
        QCOMPARE(code(t.blockedAt->reason), code(ReasonCode::TgwRouteNoMatch));
        QCOMPARE(t.blockedAt->resource, std::string("tgw-rtb-dx01"));
        QCOMPARE(code(t.blockedAt->direction), code(Direction::Forward));
        QVERIFY2(t.blockedAt->fix.find("depends on routes learned over BGP") != std::string::npos,
                 t.blockedAt->fix.c_str());
        QVERIFY(t.blockedAt->fix.find("enable propagation") == std::string::npos);
        // Inside the VPCs nothing is learned over BGP: the plain fix stays.
        const Trace inside = traceSnapshot("test-direct-connect-gateway", "i-dx01", "10.200.0.9",
                                           587);
        QVERIFY(inside.blockedAt);
        QCOMPARE(code(inside.blockedAt->reason), code(ReasonCode::TgwRouteNoMatch));
        QVERIFY(inside.blockedAt->fix.find("enable propagation") != std::string::npos);
    }

    void recordedBoto3ResponsesAreUnwrapped()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile file(dir.filePath(QStringLiteral("ec2.DescribeVpcs_1.json")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"status_code": 200, "data": {"Vpcs": [{"VpcId": "vpc-0rec",
            "CidrBlock": "10.9.0.0/16", "State": "available"}], "ResponseMetadata": {}}})");
        file.close();
        Design design;
        Diagnostics diagnostics;
        InputError error;
        QVERIFY2(importAwsSnapshot(dir.path().toStdString(), design, diagnostics, error),
                 error.toString().c_str());
        QVERIFY(design.find<Vpc>("vpc-0rec"));
    }
};

QTEST_GUILESS_MAIN(TestInbound)
#include "tst_inbound.moc"
