// Rule evaluation as tables: NACLs over port ranges (first match per port), security groups
// (union of allow rules, SG references), and the OP25B exemptions through the simulator.

#include "core/model/design.h"
#include "core/sim/rules.h"
#include "core/sim/simulator.h"

#include <QtTest>

using namespace mailpath::core;

Q_DECLARE_METATYPE(PortRange)

namespace {

AclEntry entry(int n, const char *ports, const char *cidr, bool allow, int protocol = 6)
{
    AclEntry e;
    e.ruleNumber = n;
    e.protocol = protocol;
    e.ports = *PortRange::parse(ports);
    e.cidr = *Cidr::parse(cidr);
    e.allow = allow;
    return e;
}

SgRule sgRule(const char *ports, const char *cidr, int protocol = 6)
{
    SgRule r;
    r.protocol = protocol;
    r.ports = *PortRange::parse(ports);
    r.cidr = Cidr::parse(cidr);
    return r;
}

// A one-subnet public VPC with an instance that talks straight to the address under test.
Design op25bDesign(const char *vpcCidrs, bool lifted, EniRole role)
{
    Design d;
    Vpc vpc;
    vpc.id = "vpc-1";
    vpc.region = "us-east-1";
    std::string list = vpcCidrs;
    for (size_t start = 0; start < list.size();) {
        const auto comma = list.find(',', start);
        vpc.cidrs.push_back(*Cidr::parse(list.substr(start, comma - start)));
        start = comma == std::string::npos ? list.size() : comma + 1;
    }
    d.put(vpc);
    Subnet s;
    s.id = "subnet-1";
    s.vpcId = "vpc-1";
    s.cidr = vpc.cidrs.front();
    s.availabilityZone = "us-east-1a";
    d.put(s);
    InternetGateway igw;
    igw.id = "igw-1";
    igw.vpcIds = {"vpc-1"};
    d.put(igw);
    RouteTable rt;
    rt.id = "rtb-1";
    rt.vpcId = "vpc-1";
    rt.main = true;
    for (const auto &c : vpc.cidrs) {
        Route local;
        local.destination = c;
        rt.routes.push_back(local);
    }
    Route def;
    def.destination = Cidr::any();
    def.target = RouteTarget::InternetGateway;
    def.targetId = "igw-1";
    rt.routes.push_back(def);
    d.put(rt);
    SecurityGroup sg;
    sg.id = "sg-1";
    sg.vpcId = "vpc-1";
    sg.egress = {sgRule("all", "0.0.0.0/0", -1)};
    sg.ingress = {sgRule("all", "0.0.0.0/0", -1)};
    d.put(sg);
    Eni eni;
    eni.id = "eni-1";
    eni.subnetId = "subnet-1";
    eni.vpcId = "vpc-1";
    eni.privateIps = {Ipv4(s.cidr.baseValue() + 10)};
    eni.publicIp = parseIpv4("203.0.113.99");
    eni.securityGroupIds = {"sg-1"};
    eni.role = role;
    eni.op25bLifted = lifted;
    d.put(eni);
    return d;
}

} // namespace

class TestRules : public QObject
{
    Q_OBJECT

private slots:
    void acl_data()
    {
        QTest::addColumn<PortRange>("ports");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QString>("allowed");
        QTest::addColumn<QString>("denied");
        QTest::addColumn<int>("denyingRule");
        const auto r = [](uint16_t lo, uint16_t hi) { return PortRange{lo, hi}; };
        QTest::newRow("single port allowed") << r(587, 587) << "198.51.100.10" << "587" << "none" << 0;
        QTest::newRow("single port falls to *") << r(25, 25) << "198.51.100.10" << "none" << "25" << 0;
        QTest::newRow("ephemeral range fully allowed") << r(32768, 60999) << "198.51.100.10"
                                                       << "32768-60999" << "none" << 0;
        QTest::newRow("NAT range partly allowed") << r(1024, 65535) << "198.51.100.10"
                                                  << "1024-2999, 32768-65535" << "3000-32767" << 50;
        QTest::newRow("earlier deny wins for its ports") << r(3300, 3400) << "198.51.100.10" << "none"
                                                        << "3300-3400" << 50;
        QTest::newRow("peer outside the /24 rule") << r(1024, 65535) << "10.9.9.9" << "32768-65535"
                                                   << "1024-32767" << 50;
    }

    void acl()
    {
        QFETCH(PortRange, ports);
        QFETCH(QString, peer);
        QFETCH(QString, allowed);
        QFETCH(QString, denied);
        QFETCH(int, denyingRule);
        NetworkAcl acl;
        acl.entries = {entry(200, "32768-65535", "0.0.0.0/0", true),
                       entry(50, "3000-32767", "0.0.0.0/0", false),
                       entry(100, "1024-65535", "198.51.100.0/24", true),
                       entry(90, "587", "0.0.0.0/0", true)};
        const auto decision = evaluateAcl(aclEntries(acl, false), protocolTcp,
                                          *parseIpv4(peer.toStdString()), ports);
        QCOMPARE(QString::fromStdString(decision.allowed.toString()), allowed);
        QCOMPARE(QString::fromStdString(decision.denied.toString()), denied);
        QCOMPARE(decision.denyingRule, denyingRule);
        QCOMPARE(decision.ok(), denied == "none");
    }

    void aclProtocolAllMatchesEveryPort()
    {
        NetworkAcl acl;
        acl.entries = {entry(100, "all", "0.0.0.0/0", true, -1)};
        QVERIFY(evaluateAcl(aclEntries(acl, false), protocolTcp, *parseIpv4("1.2.3.4"),
                            PortRange::all()).ok());
        acl.entries = {entry(100, "all", "0.0.0.0/0", true, 17)}; // UDP only
        QVERIFY(!evaluateAcl(aclEntries(acl, false), protocolTcp, *parseIpv4("1.2.3.4"),
                             PortRange::single(25)).ok());
    }

    void aclRuleSuggestion()
    {
        NetworkAcl acl;
        acl.entries = {entry(100, "587", "0.0.0.0/0", true), entry(110, "80", "0.0.0.0/0", true)};
        QCOMPARE(suggestAclRuleNumber(acl, false, 0), 120);
        QCOMPARE(suggestAclRuleNumber(acl, false, 100), 99);
        QCOMPARE(suggestAclRuleNumber(acl, true, 0), 10);
    }

    void securityGroups_data()
    {
        QTest::addColumn<bool>("ingress");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<PortRange>("ports");
        QTest::addColumn<bool>("allowed");
        const auto p = [](uint16_t lo, uint16_t hi) { return PortRange{lo, hi}; };
        QTest::newRow("cidr rule") << true << "10.0.1.5" << p(25, 25) << true;
        QTest::newRow("port outside rule") << true << "10.0.1.5" << p(587, 587) << false;
        QTest::newRow("source outside cidr") << true << "10.0.2.5" << p(25, 25) << false;
        QTest::newRow("sg reference matches a member's private IP") << true << "10.0.3.7"
                                                                    << p(587, 587) << true;
        QTest::newRow("sg reference ignores non-members") << true << "10.0.3.8" << p(587, 587) << false;
        QTest::newRow("range covered by two rules together") << true << "10.0.1.5" << p(24, 26) << true;
        QTest::newRow("no egress rules allow nothing") << false << "8.8.8.8" << p(587, 587) << false;
    }

    void securityGroups()
    {
        QFETCH(bool, ingress);
        QFETCH(QString, peer);
        QFETCH(PortRange, ports);
        QFETCH(bool, allowed);
        SecurityGroup a;
        a.id = "sg-a";
        a.ingress = {sgRule("25", "10.0.1.0/24"), sgRule("24", "10.0.1.0/24")};
        SecurityGroup b;
        b.id = "sg-b";
        SgRule ref;
        ref.protocol = 6;
        ref.ports = PortRange::single(587);
        ref.groupId = "sg-clients";
        b.ingress = {ref, sgRule("26", "10.0.1.0/24")};
        SgPeerResolver resolver;
        resolver.inGroup = [](const std::string &group, Ipv4 address) {
            return group == "sg-clients" && address.to_string() == "10.0.3.7";
        };
        const auto decision = evaluateSecurityGroups({&a, &b}, ingress, protocolTcp,
                                                     *parseIpv4(peer.toStdString()), ports, resolver);
        QCOMPARE(decision.allowed, allowed);
    }

    void op25b_data()
    {
        QTest::addColumn<QString>("vpcCidrs");
        QTest::addColumn<QString>("destination");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("lifted");
        QTest::addColumn<int>("role");
        QTest::addColumn<bool>("blocked");
        const int ec2 = int(EniRole::Workload), lambda = int(EniRole::Lambda),
                  fargate = int(EniRole::Fargate), other = int(EniRole::Other);
        QTest::newRow("public destination on 25") << "10.0.0.0/16" << "192.0.2.80" << 25 << false << ec2 << true;
        QTest::newRow("public destination on 587") << "10.0.0.0/16" << "192.0.2.80" << 587 << false << ec2 << false;
        QTest::newRow("public destination on 465") << "10.0.0.0/16" << "192.0.2.80" << 465 << false << ec2 << false;
        QTest::newRow("RFC 1918 10/8") << "10.0.0.0/16" << "10.200.0.1" << 25 << false << ec2 << false;
        QTest::newRow("RFC 1918 172.16/12") << "10.0.0.0/16" << "172.31.255.1" << 25 << false << ec2 << false;
        QTest::newRow("just outside 172.16/12") << "10.0.0.0/16" << "172.32.0.1" << 25 << false << ec2 << true;
        QTest::newRow("RFC 1918 192.168/16") << "10.0.0.0/16" << "192.168.1.1" << 25 << false << ec2 << false;
        QTest::newRow("RFC 6598 100.64/10") << "10.0.0.0/16" << "100.127.0.1" << 25 << false << ec2 << false;
        QTest::newRow("just outside 100.64/10") << "10.0.0.0/16" << "100.128.0.1" << 25 << false << ec2 << true;
        QTest::newRow("public primary CIDR is exempt") << "128.0.0.0/16" << "128.0.5.5" << 25 << false << ec2 << false;
        QTest::newRow("public secondary CIDR is not") << "10.0.0.0/16,128.0.0.0/16" << "128.0.5.5" << 25 << false << ec2 << true;
        QTest::newRow("removal recorded") << "10.0.0.0/16" << "192.0.2.80" << 25 << true << ec2 << false;
        QTest::newRow("Lambda is restricted") << "10.0.0.0/16" << "192.0.2.80" << 25 << false << lambda << true;
        QTest::newRow("Fargate is restricted (assumed)") << "10.0.0.0/16" << "192.0.2.80" << 25 << false << fargate << true;
        QTest::newRow("non-workload interface") << "10.0.0.0/16" << "192.0.2.80" << 25 << false << other << false;
    }

    void op25b()
    {
        QFETCH(QString, vpcCidrs);
        QFETCH(QString, destination);
        QFETCH(int, port);
        QFETCH(bool, lifted);
        QFETCH(int, role);
        QFETCH(bool, blocked);
        const Design d = op25bDesign(vpcCidrs.toStdString().c_str(), lifted, EniRole(role));
        const Simulator sim(d);
        Query q;
        q.from = "eni-1";
        q.to = destination.toStdString();
        q.port = uint16_t(port);
        const Trace t = sim.trace(q);
        const bool op25b = t.blockedAt && t.blockedAt->reason == ReasonCode::Op25bBlocked;
        QCOMPARE(op25b, blocked);
        if (op25b) {
            QCOMPARE(t.blockedAt->resource, std::string("eni-1"));
            QVERIFY(t.blockedAt->direction == Direction::Forward);
        }
    }
};

QTEST_GUILESS_MAIN(TestRules)
#include "tst_rules.moc"
