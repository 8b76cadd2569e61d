// The seeds' own components, imported from AWS describe-* JSON (tests/data/seed-components):
// the NAT instance of seed 000 and the Classic Load Balancer of seed 003. Each case asserts
// verdict, blamed component, direction and reason code; the story's key hops are checked too.

#include "core/io/awsimport.h"
#include "core/io/designfile.h"
#include "core/sim/simulator.h"
#include "verdictcheck.h"

#include <QtTest>

#include <algorithm>
#include <functional>

using namespace mailpath::core;

namespace {

const std::string dataDir = MAILPATH_SOURCE_DIR "/tests/data/seed-components/";
const char *SES = "email-smtp.us-east-1.amazonaws.com";
const char *ELB_DNS = "internal-relay-elb-1234567890.us-east-1.elb.amazonaws.com";

using Edit = std::function<void(Design &)>;

struct Case
{
    const char *name;
    const char *set; //!< "nat-instance" | "classic-elb" | a template name
    const char *from;
    const char *to;
    uint16_t port;
    Edit edit;
    const char *verdict;
    const char *blamed = "";
    const char *direction = "";
    const char *reason = "";
};

Design importSet(const std::string &name, Diagnostics *out = nullptr)
{
    Design design;
    Diagnostics diagnostics;
    InputError error;
    if (!importAwsSnapshot(dataDir + name, design, diagnostics, error))
        qFatal("cannot import %s: %s", name.c_str(), error.toString().c_str());
    if (out)
        *out = diagnostics;
    return design;
}

Design loadSet(const std::string &name)
{
    if (name == "nat-instance" || name == "classic-elb")
        return importSet(name);
    Design design;
    InputError error;
    const std::string path = MAILPATH_SOURCE_DIR "/resources/templates/" + name + ".mailpath.json";
    if (!readDesignFile(path, design, error))
        qFatal("cannot load %s: %s", name.c_str(), error.toString().c_str());
    return design;
}

AclEntry aclRule(int number, bool egress, const char *ports, const char *cidr)
{
    AclEntry e;
    e.ruleNumber = number;
    e.egress = egress;
    e.protocol = 6;
    e.ports = *PortRange::parse(ports);
    e.cidr = *Cidr::parse(cidr);
    return e;
}

SgRule tcpRule(uint16_t port, const char *cidr, const char *group = "")
{
    SgRule r;
    r.protocol = 6;
    r.ports = PortRange::single(port);
    if (*cidr)
        r.cidr = *Cidr::parse(cidr);
    r.groupId = group;
    return r;
}

Edit allowInbound(const char *acl, const char *ports)
{
    return [=](Design &d) {
        d.update<NetworkAcl>(acl, [&](NetworkAcl &a) {
            a.entries.push_back(aclRule(110, false, ports, "0.0.0.0/0"));
        });
    };
}

/** The relay SG's port-25 rule admits this source instead of the application's address. */
Edit relayAdmits(const char *cidr, const char *group = "")
{
    return [=](Design &d) {
        d.update<SecurityGroup>("sg-0relay", [&](SecurityGroup &sg) {
            sg.ingress.front() = tcpRule(25, cidr, group);
        });
    };
}

/** postfix on both relays, with mynetworks. */
Edit postfix(const char *mynetworks)
{
    return [=](Design &d) {
        relayAdmits("10.0.0.0/16")(d);
        for (const char *host : {"i-0relay1", "i-0relay2"}) {
            SmtpServer s;
            s.id = std::string("smtp-") + host;
            s.hostId = host;
            s.ports = {25};
            s.relayAllow = {*Cidr::parse(mynetworks)};
            d.put(s);
        }
    };
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        // Seed 000: the NAT instance.
        {"NAT instance, 587-only public ACL: the reply to the kept port is dropped", "nat-instance",
         "web-1", SES, 587, {}, "blocked", "acl-0public", "return", "NACL_INBOUND_DENY"},
        {"NAT instance, public ACL admits 1024-65535: delivered", "nat-instance", "web-1", SES, 587,
         allowInbound("acl-0public", "1024-65535"), "delivered"},
        {"NAT instance, public ACL admits the clients' 32768-60999: delivered", "nat-instance",
         "web-1", SES, 587, allowInbound("acl-0public", "32768-60999"), "delivered"},
        {"NAT instance, port 25: OP25B at the web server", "nat-instance", "web-1", SES, 25,
         allowInbound("acl-0public", "1024-65535"), "blocked", "i-0webserver", "forward",
         "OP25B_BLOCKED"},
        {"NAT instance, port 25 lifted for the web server: OP25B at the NAT instance",
         "nat-instance", "web-1", SES, 25,
         [](Design &d) {
             allowInbound("acl-0public", "1024-65535")(d);
             d.update<NetworkAcl>("acl-0public", [](NetworkAcl &a) {
                 a.entries.push_back(aclRule(120, false, "25", "10.0.0.0/16"));
                 a.entries.push_back(aclRule(120, true, "25", "0.0.0.0/0"));
             });
             d.update<Instance>("i-0webserver", [](Instance &i) { i.op25bLifted = true; });
         },
         "blocked", "i-0natinstance", "forward", "OP25B_BLOCKED"},
        {"NAT instance with source/destination check on", "nat-instance", "web-1", SES, 587,
         [](Design &d) { d.update<Eni>("eni-0nat", [](Eni &e) { e.sourceDestCheck = true; }); },
         "blocked", "i-0natinstance", "forward", "SOURCE_DEST_CHECK_ON"},
        {"NAT instance set to router: no translation, no public source", "nat-instance", "web-1",
         SES, 587, [](Design &d) { d.update<Eni>("eni-0nat", [](Eni &e) { e.natMode = "router"; }); },
         "blocked", "igw-0natinst", "forward", "IGW_NO_PUBLIC_IP"},
        {"NAT instance security group without 587", "nat-instance", "web-1", SES, 587,
         [](Design &d) {
             d.update<SecurityGroup>("sg-0nat", [](SecurityGroup &sg) { sg.ingress.erase(sg.ingress.begin()); });
         },
         "blocked", "sg-0nat", "forward", "SG_INGRESS_DENY"},
        // Seed 003: the Classic Load Balancer.
        {"Classic ELB, relay SG admits the application's address: the relay sees the ELB",
         "classic-elb", "app-1", ELB_DNS, 25, {}, "blocked", "sg-0relay", "forward",
         "SG_INGRESS_DENY"},
        {"Classic ELB, relay SG admits the ELB's security group: delivered", "classic-elb",
         "app-1", ELB_DNS, 25, relayAdmits("", "sg-0elb"), "delivered"},
        {"Classic ELB, relay SG admits the VPC CIDR: delivered", "classic-elb", "app-1",
         "relay-elb", 25, relayAdmits("10.0.0.0/16"), "delivered"},
        {"Classic ELB, mynetworks is the app subnet: Relay access denied", "classic-elb", "app-1",
         ELB_DNS, 25, postfix("10.0.1.0/24"), "blocked", "smtp-i-0relay1", "forward",
         "SMTP_RELAY_DENIED"},
        {"Classic ELB, mynetworks is the VPC CIDR: delivered", "classic-elb", "app-1", ELB_DNS, 25,
         postfix("10.0.0.0/16"), "delivered"},
        {"Classic ELB, no InService instance", "classic-elb", "app-1", ELB_DNS, 25,
         [](Design &d) {
             relayAdmits("10.0.0.0/16")(d);
             d.update<LoadBalancer>("relay-elb", [](LoadBalancer &lb) {
                 for (auto &t : lb.instances)
                     t.health = "unhealthy";
             });
         },
         "blocked", "relay-elb", "forward", "LB_NO_HEALTHY_TARGET"},
        {"Classic ELB, its SG misses the listener port", "classic-elb", "app-1", ELB_DNS, 25,
         [](Design &d) {
             relayAdmits("10.0.0.0/16")(d);
             d.update<SecurityGroup>("sg-0elb", [](SecurityGroup &sg) {
                 sg.ingress.front().ports = PortRange::single(587);
             });
         },
         "blocked", "sg-0elb", "forward", "SG_INGRESS_DENY"},
        {"Classic ELB, no listener on 587", "classic-elb", "app-1", ELB_DNS, 587,
         [](Design &d) {
             d.update<SecurityGroup>("sg-0elb", [](SecurityGroup &sg) {
                 sg.ingress.push_back(tcpRule(587, "10.0.1.0/24"));
             });
         },
         "blocked", "relay-elb", "forward", "NLB_NO_LISTENER"},
        // The templates' variants.
        {"S1c as shipped: the seed's 587-only ACL", "s1c-ses-via-nat-instance", "web-1", SES, 587,
         {}, "blocked", "acl-0s1cpublic", "return", "NACL_INBOUND_DENY"},
        {"S1c with the clients' range allowed", "s1c-ses-via-nat-instance", "web-1", SES, 587,
         allowInbound("acl-0s1cpublic", "32768-60999"), "delivered"},
        {"S4b as shipped: delivered through the Classic ELB", "s4b-smtp-relay-classic-elb", "web-1",
         "relay-elb", 25, {}, "delivered"},
        {"S4b, mynetworks narrowed to the app subnet", "s4b-smtp-relay-classic-elb", "web-1",
         "relay-elb", 25,
         [](Design &d) {
             for (const char *id : {"smtp-0s4brelay1", "smtp-0s4brelay2"})
                 d.update<SmtpServer>(id, [](SmtpServer &s) {
                     s.relayAllow = {*Cidr::parse("10.0.1.0/24")};
                 });
         },
         "blocked", "smtp-0s4brelay1", "forward", "SMTP_RELAY_DENIED"},
    };
    return all;
}

Trace run(const Case &c)
{
    Design design = loadSet(c.set);
    if (c.edit)
        c.edit(design);
    const Simulator sim(design);
    Query q;
    q.from = c.from;
    q.to = c.to;
    q.port = c.port;
    return sim.trace(q);
}

const Case &caseNamed(std::string_view name)
{
    for (const auto &c : cases())
        if (c.name == name)
            return c;
    qFatal("no case %s", std::string(name).c_str());
}

const Hop *findHop(const std::vector<Hop> &hops, std::string_view resource, std::string_view action)
{
    for (const auto &h : hops)
        if (h.resource == resource && actionText(h.action) == action)
            return &h;
    return nullptr;
}

bool contains(const std::vector<std::string> &texts, std::string_view part)
{
    for (const auto &t : texts)
        if (t.find(part) != std::string::npos)
            return true;
    return false;
}

} // namespace

class TestSeedComponents : public QObject
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
    }

    void natInstanceKeepsTheClientPort()
    {
        const Trace t = run(caseNamed("NAT instance, 587-only public ACL: the reply to the kept "
                                      "port is dropped"));
        const Hop *nat = findHop(t.forward, "i-0natinstance", "snat");
        QVERIFY(nat);
        QCOMPARE(nat->in.srcText(), std::string("10.0.1.10:32768-60999"));
        QCOMPARE(nat->out.srcText(), std::string("10.0.0.20:32768-60999"));
        const Hop *igw = findHop(t.forward, "igw-0natinst", "snat");
        QVERIFY(igw);
        QCOMPARE(igw->out.srcText(), std::string("54.0.0.20:32768-60999"));
        const auto deny = std::find_if(t.reply.begin(), t.reply.end(),
                                       [](const Hop &h) { return h.action == HopAction::Deny; });
        QVERIFY(deny != t.reply.end()); // the first refusal; later hops are walked on past it
        QCOMPARE(deny->in.dstText(), std::string("10.0.0.20:32768-60999"));
        QVERIFY(t.blockedAt->detail.find("kept the client's source port") != std::string::npos);
        QVERIFY(contains(t.notes, "i-0natinstance is taken as a NAT instance"));
    }

    void natInstanceReversesOnTheReply()
    {
        const Trace t = run(caseNamed("NAT instance, public ACL admits 1024-65535: delivered"));
        const Hop *back = findHop(t.reply, "i-0natinstance", "un-snat");
        QVERIFY(back);
        QCOMPARE(back->out.dstText(), std::string("10.0.1.10:32768-60999"));
        QCOMPARE(t.reply.back().resource, std::string("i-0webserver"));
    }

    void natInstanceAssumptionOnImport()
    {
        Diagnostics diagnostics;
        importSet("nat-instance", &diagnostics);
        bool found = false;
        for (const auto &d : diagnostics)
            found = found || (d.resource == "i-0natinstance"
                              && d.message.find("taken as a NAT instance") != std::string::npos
                              && d.message.find("public IP 54.0.0.20") != std::string::npos);
        QVERIFY(found);
    }

    void classicImport()
    {
        const Design d = importSet("classic-elb");
        const auto *lb = d.find<LoadBalancer>("relay-elb");
        QVERIFY(lb);
        QVERIFY(lb->isClassic());
        QVERIFY(!lb->internetFacing);
        QCOMPARE(lb->dnsName, std::string(ELB_DNS));
        QCOMPARE(lb->healthCheck, std::string("TCP:80"));
        QCOMPARE(lb->securityGroupIds, std::vector<std::string>{"sg-0elb"});
        QCOMPARE(lb->listeners.size(), size_t(1));
        QCOMPARE(lb->listeners[0].port, uint16_t(25));
        QCOMPARE(lb->listeners[0].backendPort(), uint16_t(25));
        QCOMPARE(lb->instances.size(), size_t(2));
        QCOMPARE(lb->instances[1].health, std::string("healthy"));
        QCOMPARE(lb->nodes.size(), size_t(1));
        QCOMPARE(lb->nodes[0].privateIp.to_string(), std::string("10.0.2.100"));
        QCOMPARE(std::string(toString(d.find<Eni>("eni-0elbnode")->role)), std::string("load-balancer"));
    }

    void classicRelaySeesTheElb()
    {
        const Trace t = run(caseNamed("Classic ELB, relay SG admits the VPC CIDR: delivered"));
        const Hop *elb = findHop(t.forward, "relay-elb", "snat+dnat");
        QVERIFY(elb);
        QCOMPARE(elb->out.srcText(), std::string("10.0.2.100:1024-65535"));
        QCOMPARE(elb->out.dstText(), std::string("10.0.2.11:25"));
        QVERIFY(findHop(t.reply, "relay-elb", "un-nat"));
        QCOMPARE(t.reply.back().out.srcText(), std::string("10.0.2.100:25"));
        // The health-check flow (TCP:80 from the ELB) is reported like the NLB's.
        QVERIFY(contains(t.notes, "health check TCP:80 from 10.0.2.100 to 10.0.2.11 is allowed"));

        const Trace denied = run(caseNamed("Classic ELB, relay SG admits the application's "
                                           "address: the relay sees the ELB"));
        QVERIFY(denied.blockedAt->detail.find("from 10.0.2.100") != std::string::npos);
        QVERIFY(denied.blockedAt->detail.find("is Classic Load Balancer relay-elb")
                != std::string::npos);
        QVERIFY(denied.blockedAt->fix.find("security group sg-0elb") != std::string::npos);
        const Trace relay = run(caseNamed("Classic ELB, mynetworks is the app subnet: Relay "
                                          "access denied"));
        QVERIFY(relay.blockedAt->detail.find("Classic Load Balancer's private address")
                != std::string::npos);
    }

    void classicHealthCheckBlockedIsWarned()
    {
        Design d = importSet("classic-elb");
        relayAdmits("10.0.0.0/16")(d);
        d.update<SecurityGroup>("sg-0relay", [](SecurityGroup &sg) { sg.ingress.erase(sg.ingress.begin() + 1); });
        const Simulator sim(d);
        Query q;
        q.from = "app-1";
        q.to = ELB_DNS;
        q.port = 25;
        const Trace t = sim.trace(q);
        QVERIFY(contains(t.warnings, "not allowed by the instance's security groups"));
    }

    void classicRoundTrip()
    {
        Design d = loadSet("s4b-smtp-relay-classic-elb");
        const std::string path = QDir::temp().filePath("mailpath-s4b-roundtrip.json").toStdString();
        std::string writeError;
        QVERIFY2(writeDesignFile(d, path, writeError), writeError.c_str());
        Design back;
        InputError error;
        QVERIFY(readDesignFile(path, back, error));
        QVERIFY(*back.find<LoadBalancer>("relay-elb") == *d.find<LoadBalancer>("relay-elb"));
        QCOMPARE(back.find<Eni>("eni-0s4bweb")->natMode, std::string("auto"));
        QFile::remove(QString::fromStdString(path));
    }
};

QTEST_GUILESS_MAIN(TestSeedComponents)
#include "tst_seedcomponents.moc"
