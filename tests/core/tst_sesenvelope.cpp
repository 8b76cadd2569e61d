// SES after the connection (issue 22): the envelope against identities, the sandbox, paused
// sending, the configuration set's TLS policy, receipt IP filters, and the DNS checks.
// Scenario rows assert verdict, blamed component, direction and reason code.

#include "core/io/designchecks.h"
#include "core/io/designfile.h"
#include "core/io/source.h"
#include "core/model/publicplan.h"
#include "core/sim/sesdns.h"
#include "core/sim/simulator.h"

#include <QtTest>

#include <functional>

using namespace mailpath::core;

// The enums print through their toString (QCOMPARE would pick up that name).
#define COMPARE_ENUM(a, b) QCOMPARE(std::string(toString(a)), std::string(toString(b)))

namespace {

using Edit = std::function<void(Design &)>;

struct Case
{
    const char *name;
    const char *from;
    const char *to;
    uint16_t port;
    const char *mailFrom;
    const char *rcptTo;
    Edit edit;
    const char *verdict;
    const char *blamed = "";
    const char *direction = "";
    const char *reason = "";
};

void editSes(Design &d, const std::function<void(SesEndpoint &)> &f)
{
    QVERIFY(d.update<SesEndpoint>("ses-0s3", f));
}

void addReceiving(Design &d, const char *region)
{
    SesEndpoint in;
    in.id = "ses-0s3in";
    in.name = "SES inbound";
    in.region = region;
    in.receiving = true;
    in.ports = {25};
    in.receiptFilters = {{"block-net", "Block", *Cidr::parse("192.0.2.0/24")}};
    d.put(in);
    InternetHost sender;
    sender.id = "host-0s3sender";
    sender.name = "sender";
    sender.addresses = {*parseIpv4("192.0.2.77")};
    d.put(sender);
    InternetHost friendly = sender;
    friendly.id = "host-0s3friend";
    friendly.name = "friend";
    friendly.addresses = {*parseIpv4("198.51.100.99")};
    d.put(friendly);
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {"no envelope: nothing changes", "web-1", "ses-0s3", 587, "", "", {}, "delivered"},
        {"verified domain, verified recipient", "web-1", "ses-0s3", 587, "alerts@example.com",
         "ops@example.com", {}, "delivered"},
        {"subdomain of a verified domain", "web-1", "ses-0s3", 465, "noreply@mail.example.com",
         "ops@example.com", {}, "delivered"},
        {"pending sender domain", "web-1", "ses-0s3", 587, "info@news.example.net",
         "ops@example.com", {}, "blocked", "ses-0s3", "forward", "SES_IDENTITY_UNVERIFIED"},
        {"sender with no identity at all", "web-1", "ses-0s3", 587, "x@elsewhere.test", "",
         {}, "blocked", "ses-0s3", "forward", "SES_IDENTITY_UNVERIFIED"},
        {"sandbox: unverified recipient", "web-1", "ses-0s3", 587, "alerts@example.com",
         "someone@customer.example", {}, "blocked", "ses-0s3", "forward",
         "SES_SANDBOX_RECIPIENT"},
        {"sandbox: mailbox simulator is fine", "web-1", "ses-0s3", 587, "alerts@example.com",
         "success@simulator.amazonses.com", {}, "delivered"},
        {"production access: any recipient", "web-1", "ses-0s3", 587, "alerts@example.com",
         "someone@customer.example", [](Design &d) { editSes(d, [](auto &s) { s.sandbox = false; }); },
         "delivered"},
        {"account sending paused", "web-1", "ses-0s3", 587, "alerts@example.com",
         "ops@example.com", [](Design &d) { editSes(d, [](auto &s) { s.sendingEnabled = false; }); },
         "blocked", "ses-0s3", "forward", "SES_SENDING_DISABLED"},
        {"configuration set paused", "web-1", "ses-0s3", 587, "alerts@example.com",
         "ops@example.com",
         [](Design &d) {
             editSes(d, [](auto &s) { s.configurationSets.front().sendingEnabled = false; });
         },
         "blocked", "ses-0s3", "forward", "SES_SENDING_DISABLED"},
        {"network first: port 25 still OP25B", "web-1", "ses-0s3", 25, "info@news.example.net",
         "", {}, "blocked", "i-0s3web", "forward", "OP25B_BLOCKED"},
        {"TLS Require to a server without STARTTLS", "ses-0s3", "partner-mail", 25,
         "alerts@example.com", "partner@example.org", {}, "blocked", "ses-0s3", "forward",
         "SMTP_TLS_REQUIRED"},
        {"TLS Require to a server with STARTTLS", "ses-0s3", "partner-mail", 25,
         "alerts@example.com", "partner@example.org",
         [](Design &d) {
             QVERIFY(d.update<SmtpServer>("smtp-0s3partner", [](auto &s) { s.tls = "optional"; }));
         },
         "delivered"},
        {"TLS Optional delivers in clear text", "ses-0s3", "partner-mail", 25,
         "alerts@example.com", "partner@example.org",
         [](Design &d) {
             editSes(d, [](auto &s) { s.configurationSets.front().tlsPolicy = "OPTIONAL"; });
         },
         "delivered"},
        {"onward: the sandbox holds the recipient", "ses-0s3", "partner-mail", 25,
         "alerts@example.com", "other@example.org", {}, "blocked", "ses-0s3", "forward",
         "SES_SANDBOX_RECIPIENT"},
        {"receiving: a blocked sender", "sender", "inbound-smtp.us-east-1.amazonaws.com", 25, "",
         "", [](Design &d) { addReceiving(d, "us-east-1"); }, "blocked", "ses-0s3in", "forward",
         "SES_IP_FILTER_DENY"},
        {"receiving: an allowed sender", "friend", "inbound-smtp.us-east-1.amazonaws.com", 25, "",
         "", [](Design &d) { addReceiving(d, "us-east-1"); }, "delivered"},
        {"receiving: an Allow filter wins over Block", "sender",
         "inbound-smtp.us-east-1.amazonaws.com", 25, "", "",
         [](Design &d) {
             addReceiving(d, "us-east-1");
             d.update<SesEndpoint>("ses-0s3in", [](auto &s) {
                 s.receiptFilters.push_back({"allow-one", "Allow", *Cidr::parse("192.0.2.77/32")});
             });
         },
         "delivered"},
        {"receiving: a region without inbound SMTP", "friend", "ses-0s3in", 25, "", "",
         [](Design &d) { addReceiving(d, "ap-northeast-3"); }, "blocked", "ses-0s3in", "forward",
         "NO_LISTENER"},
    };
    return all;
}

Design loadS3()
{
    Design design;
    InputError error;
    const std::string path = MAILPATH_SOURCE_DIR "/resources/templates/s3-ses-facts.mailpath.json";
    if (!readDesignFile(path, design, error))
        qFatal("%s", error.toString().c_str());
    return design;
}

const DnsCheck *findCheck(const std::vector<DnsCheck> &checks, const std::string &check,
                          const std::string &name)
{
    for (const auto &c : checks)
        if (c.check == check && c.expected.name == name)
            return &c;
    return nullptr;
}

} // namespace

class TestSesEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void scenario_data()
    {
        QTest::addColumn<int>("index");
        for (int i = 0; i < int(cases().size()); ++i)
            QTest::newRow(cases()[size_t(i)].name) << i;
    }

    void scenario()
    {
        QFETCH(int, index);
        const Case &c = cases()[size_t(index)];
        Design design = loadS3();
        if (c.edit)
            c.edit(design);
        const Simulator simulator(design);
        Query query;
        query.from = c.from;
        query.to = c.to;
        query.port = c.port;
        query.mailFrom = c.mailFrom;
        query.rcptTo = c.rcptTo;
        const Trace trace = simulator.trace(query);
        const std::string what = trace.blockedAt ? trace.blockedAt->detail : std::string();
        QVERIFY2(toString(trace.verdict) == std::string_view(c.verdict), what.c_str());
        if (std::string_view(c.verdict) == "blocked") {
            QCOMPARE(trace.blockedAt->resource, std::string(c.blamed));
            QCOMPARE(std::string(toString(trace.blockedAt->direction)), std::string(c.direction));
            QCOMPARE(std::string(toString(trace.blockedAt->reason)), std::string(c.reason));
            QVERIFY(!trace.blockedAt->fix.empty());
        }
    }

    void envelopeCheckedAfterTheReply()
    {
        const Design design = loadS3();
        const Simulator simulator(design);
        Query query;
        query.from = "web-1";
        query.to = "ses-0s3";
        query.mailFrom = "info@news.example.net";
        const Trace trace = simulator.trace(query);
        QVERIFY(!trace.reply.empty()); // the connection and its replies got through first
        QCOMPARE(trace.forward.back().resource, std::string("ses-0s3"));
        QVERIFY(trace.forward.back().action == HopAction::Deny);
        // the pending identity's DNS says what to add
        QVERIFY2(trace.blockedAt->fix.find("._domainkey.news.example.net") == std::string::npos,
                 "no zone of example.net in the source: nothing to add is claimed");
        QVERIFY(trace.blockedAt->detail.find("news.example.net is PENDING") != std::string::npos);
    }

    void dkimWarningOnTracesThatUseTheIdentity()
    {
        const Design design = loadS3();
        const Simulator simulator(design);
        Query query;
        query.from = "web-1";
        query.to = "ses-0s3";
        query.mailFrom = "alerts@example.com";
        query.rcptTo = "ops@example.com";
        const Trace trace = simulator.trace(query);
        QVERIFY(trace.delivered());
        bool warned = false;
        for (const auto &w : trace.warnings)
            warned = warned || w.find("s3dkimtokenc._domainkey.example.com") != std::string::npos;
        QVERIFY(warned);
        QCOMPARE(trace.forward.back().rule, std::string("SMTP envelope accepted"));
        Query plain;
        plain.from = "web-1";
        plain.to = "ses-0s3";
        for (const auto &w : simulator.trace(plain).warnings)
            QVERIFY(w.find("_domainkey") == std::string::npos); // no envelope, no identity
    }

    void dnsChecksOfTheTemplate()
    {
        const Design design = loadS3();
        const auto checks = dnsChecks(design);
        const auto *a = findCheck(checks, "dkim", "s3dkimtokena._domainkey.example.com");
        const auto *c = findCheck(checks, "dkim", "s3dkimtokenc._domainkey.example.com");
        const auto *spf = findCheck(checks, "spf", "bounce.example.com");
        const auto *mx = findCheck(checks, "mail-from-mx", "bounce.example.com");
        const auto *dmarc = findCheck(checks, "dmarc", "_dmarc.example.com");
        const auto *net = findCheck(checks, "dkim", "s3newstokena._domainkey.news.example.net");
        QVERIFY(a && c && spf && mx && dmarc && net);
        COMPARE_ENUM(a->state, DnsCheckState::Ok);
        COMPARE_ENUM(c->state, DnsCheckState::Missing);
        QCOMPARE(c->zoneId, std::string("Z0S3EXAMPLE"));
        COMPARE_ENUM(spf->state, DnsCheckState::Ok);
        COMPARE_ENUM(mx->state, DnsCheckState::Ok);
        COMPARE_ENUM(dmarc->state, DnsCheckState::Ok);
        QVERIFY(dmarc->message.find("policy quarantine") != std::string::npos);
        COMPARE_ENUM(net->state, DnsCheckState::NotChecked); // example.net's zone is not there
        QVERIFY(net->message.find("not checked") != std::string::npos);
        QVERIFY(net->message.find("missing") == std::string::npos);
        QVERIFY(!findCheck(checks, "mx", "example.com")); // example.com does not receive
        const auto diagnostics = checkSesDns(design);
        int warnings = 0;
        for (const auto &d : diagnostics)
            warnings += d.severity == Severity::Warning ? 1 : 0;
        QCOMPARE(warnings, 1); // the third DKIM CNAME
    }

    void dnsWrongTargetsAndFixes()
    {
        Design design = loadS3();
        design.update<HostedZone>("Z0S3EXAMPLE", [](HostedZone &z) {
            for (auto &r : z.records) {
                if (r.name == "s3dkimtokenb._domainkey.example.com")
                    r.values = {"s3dkimtokenb.dkim.example.net"};
                if (r.name == "bounce.example.com" && r.type == "TXT")
                    r.values = {"v=spf1 mx -all"};
            }
            std::erase_if(z.records, [](const DnsRecord &r) { return r.name == "_dmarc.example.com"; });
        });
        const auto checks = dnsChecks(design);
        const auto *b = findCheck(checks, "dkim", "s3dkimtokenb._domainkey.example.com");
        COMPARE_ENUM(b->state, DnsCheckState::Wrong);
        QVERIFY(b->message.find("s3dkimtokenb.dkim.example.net") != std::string::npos);
        COMPARE_ENUM(findCheck(checks, "spf", "bounce.example.com")->state, DnsCheckState::Wrong);
        const auto *dmarc = findCheck(checks, "dmarc", "_dmarc.example.com");
        COMPARE_ENUM(dmarc->state, DnsCheckState::Missing);
        const auto batch = nlohmann::json::parse(route53ChangeBatch(*b));
        const auto &set = batch["Changes"][0]["ResourceRecordSet"];
        QCOMPARE(set["Name"].get<std::string>(), std::string("s3dkimtokenb._domainkey.example.com."));
        QCOMPARE(set["Type"].get<std::string>(), std::string("CNAME"));
        QCOMPARE(set["ResourceRecords"][0]["Value"].get<std::string>(),
                 std::string("s3dkimtokenb.dkim.amazonses.com"));
        const auto tf = terraformRecord(*dmarc);
        QVERIFY(tf.find("resource \"aws_route53_record\"") == 0);
        QVERIFY(tf.find("zone_id = \"Z0S3EXAMPLE\"") != std::string::npos);
        QVERIFY(tf.find("v=DMARC1") != std::string::npos);
        const auto cfn = cloudFormationRecord(*dmarc);
        QVERIFY(cfn.find("Type: AWS::Route53::RecordSet") == 0);
        QVERIFY(cfn.find("\"\\\"v=DMARC1") != std::string::npos); // TXT quoted for Route 53
    }

    void receivingMx()
    {
        Design design = loadS3();
        addReceiving(design, "us-east-1");
        auto checks = dnsChecks(design);
        const auto *mx = findCheck(checks, "mx", "example.com");
        QVERIFY(mx);
        COMPARE_ENUM(mx->state, DnsCheckState::Missing);
        QCOMPARE(mx->expected.values.front(), std::string("10 inbound-smtp.us-east-1.amazonaws.com"));
        design.remove("ses-0s3in");
        design.update<HostedZone>("Z0S3EXAMPLE", [](HostedZone &z) {
            z.records.push_back({"example.com", "MX", 300, {"10 inbound-smtp.ap-northeast-3.amazonaws.com"}});
        });
        checks = dnsChecks(design);
        mx = findCheck(checks, "mx", "example.com");
        QVERIFY(mx);
        COMPARE_ENUM(mx->state, DnsCheckState::Wrong);
        QVERIFY(mx->message.find("does not receive") != std::string::npos);
    }

    // One table decides where SES receives: the MX check and the receiving walk step agree on
    // every region the simulator knows, and NO_LISTENER's fix names exactly that table.
    void receivingRegionsOneTable()
    {
        QCOMPARE(sesReceivingRegions().size(), size_t(11));
        QVERIFY(sesReceivesIn("ap-northeast-1") && sesReceivesIn("eu-central-1"));
        QVERIFY(!sesReceivesIn("ap-northeast-3") && !sesReceivesIn("eu-north-1"));
        int receiving = 0;
        for (const auto region : publicplan::sesRegions()) {
            const std::string r(region);
            Design design = loadS3();
            addReceiving(design, r.c_str());
            Query query;
            query.from = "friend";
            query.to = "ses-0s3in";
            query.port = 25;
            const Trace trace = Simulator(design).trace(query);
            design.remove("ses-0s3in"); // the MX alone, judged against the table
            design.update<HostedZone>("Z0S3EXAMPLE", [&](HostedZone &z) {
                z.records.push_back({"example.com", "MX", 300,
                                     {"10 inbound-smtp." + r + ".amazonaws.com"}});
            });
            const auto checks = dnsChecks(design);
            const auto *mx = findCheck(checks, "mx", "example.com");
            QVERIFY2(mx, r.c_str());
            const bool receives = sesReceivesIn(r);
            receiving += receives ? 1 : 0;
            QVERIFY2(trace.delivered() == receives, r.c_str());
            QVERIFY2((mx->state == DnsCheckState::Ok) == receives, r.c_str());
            if (receives)
                continue;
            QCOMPARE(std::string(toString(trace.blockedAt->reason)), std::string("NO_LISTENER"));
            QCOMPARE(trace.blockedAt->resource, std::string("ses-0s3in"));
            QVERIFY(trace.blockedAt->fix.find(sesReceivingRegionList()) != std::string::npos);
            QVERIFY(mx->message.find("does not receive") != std::string::npos);
        }
        QCOMPARE(receiving, int(sesReceivingRegions().size())); // every one is a known region
    }

    // "When the zone is not in the source, say 'not checked', never 'missing'": without the
    // hosted zone, every check of every identity, the diagnostics and the traces say so.
    void zoneAbsentIsNotChecked()
    {
        Design design = loadS3();
        QVERIFY(design.remove("Z0S3EXAMPLE"));
        addReceiving(design, "us-east-1"); // the receiving MX is checked too
        const auto checks = dnsChecks(design);
        QVERIFY(checks.size() >= 7); // TXT, 3 DKIM, SPF, MAIL FROM MX, DMARC, MX; news too
        for (const auto &c : checks) {
            COMPARE_ENUM(c.state, DnsCheckState::NotChecked);
            QVERIFY2(c.message.find("not checked") != std::string::npos, c.message.c_str());
            QVERIFY2(c.message.find("missing") == std::string::npos, c.message.c_str());
            QVERIFY2(!c.message.starts_with("no "), c.message.c_str());
            QVERIFY(c.zoneId.empty());
        }
        QVERIFY(findCheck(checks, "mx", "example.com"));
        for (const auto &d : checkSesDns(design)) {
            QVERIFY2(d.severity == Severity::Info, d.message.c_str());
            QVERIFY(d.message.find("; add ") == std::string::npos);
        }
        Query query;
        query.from = "web-1";
        query.to = "ses-0s3";
        query.port = 587;
        query.mailFrom = "alerts@example.com";
        query.rcptTo = "ops@example.com";
        const Trace trace = Simulator(design).trace(query);
        QVERIFY(trace.delivered());
        for (const auto &w : trace.warnings)
            QVERIFY2(w.find("_domainkey") == std::string::npos, w.c_str());
        int notChecked = 0;
        for (const auto &n : trace.notes)
            notChecked += n.find("_domainkey.example.com: not checked") != std::string::npos;
        QCOMPARE(notChecked, 3);
    }

    void snapshotImport()
    {
        Design design;
        Diagnostics diagnostics;
        InputError error;
        QVERIFY2(loadSource(MAILPATH_SOURCE_DIR "/tests/data/ses-snapshot", design, diagnostics,
                            error),
                 error.toString().c_str());
        for (const auto &d : diagnostics)
            QVERIFY2(d.message.find("unknown key") == std::string::npos, d.message.c_str());
        const auto *ses = design.find<SesEndpoint>("ses-us-east-1");
        QVERIFY(ses);
        QCOMPARE(ses->region, std::string("us-east-1"));
        QVERIFY(ses->sandbox);
        QVERIFY(ses->sendingEnabled);
        QCOMPARE(ses->identities.size(), size_t(3));
        const auto &domain = ses->identities.front();
        QCOMPARE(domain.name, std::string("example.com"));
        QVERIFY(domain.verified());
        QCOMPARE(domain.dkimTokens.size(), size_t(3));
        QCOMPARE(domain.mailFromDomain, std::string("bounce.example.com"));
        QCOMPARE(domain.configurationSet, std::string("tls-required"));
        QVERIFY(!ses->identities[1].verified());
        QVERIFY(ses->configurationSet("tls-required")->requiresTls());
        QVERIFY(!ses->configurationSet("paused")->sendingEnabled);
        const auto *inbound = design.find<SesEndpoint>("ses-inbound-us-east-1");
        QVERIFY(inbound && inbound->receiving);
        QCOMPARE(inbound->receiptFilters.size(), size_t(2));
        const auto *zone = design.find<HostedZone>("Z1D633PJN98FT9");
        QVERIFY(zone);
        QCOMPARE(zone->name, std::string("example.com"));
        QCOMPARE(zone->records.size(), size_t(8));
        QCOMPARE(zone->find("bounce.example.com", "TXT").front()->values.front(),
                 std::string("v=spf1 include:amazonses.com ~all"));
        const auto checks = dnsChecks(design);
        const auto *third = findCheck(checks, "dkim",
                                      "lcp3mkqfhb6kysuqbtfp2obrqq4mzwiy._domainkey.example.com");
        COMPARE_ENUM(third->state, DnsCheckState::Wrong);
        COMPARE_ENUM(findCheck(checks, "mx", "example.com")->state, DnsCheckState::Ok);
        QVERIFY(findCheck(checks, "dmarc", "_dmarc.example.com")->message.find("policy reject")
                != std::string::npos);
        bool warned = false;
        for (const auto &d : diagnostics)
            warned = warned || (d.severity == Severity::Warning
                                && d.message.find("lcp3mkqfhb6kysuqbtfp2obrqq4mzwiy") != std::string::npos);
        QVERIFY(warned);
    }

    void envelopeRoundTrip()
    {
        const Design design = loadS3();
        const auto json = designToJson(design);
        Design again;
        InputError error;
        QVERIFY(designFromJson(json, "memory", again, error));
        QCOMPARE(again.flows(), design.flows());
        QCOMPARE(*again.find<SesEndpoint>("ses-0s3"), *design.find<SesEndpoint>("ses-0s3"));
        QCOMPARE(*again.find<HostedZone>("Z0S3EXAMPLE"), *design.find<HostedZone>("Z0S3EXAMPLE"));
        bool withEnvelope = false;
        for (const auto &f : design.flows())
            withEnvelope = withEnvelope || !f.mailFrom.empty();
        QVERIFY(withEnvelope);
    }
};

QTEST_GUILESS_MAIN(TestSesEnvelope)
#include "tst_sesenvelope.moc"
