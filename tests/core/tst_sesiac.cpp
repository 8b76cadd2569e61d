// The S3 envelope story from Terraform and CloudFormation: SES identities, configuration sets
// and Route 53 records read from code give the verdicts the native design gives.

#include "core/io/source.h"
#include "core/sim/sesdns.h"
#include "core/sim/simulator.h"

#include <QtTest>

#include <fstream>

using namespace mailpath::core;

// The enums print through their toString (QCOMPARE would pick up that name).
#define COMPARE_ENUM(a, b) QCOMPARE(std::string(toString(a)), std::string(toString(b)))
using Json = nlohmann::json;

namespace {

const std::string data = MAILPATH_SOURCE_DIR "/tests/data/iac/";

Json tfResource(const std::string &type, const std::string &name, Json values)
{
    return {{"address", type + "." + name}, {"mode", "managed"}, {"type", type}, {"name", name},
            {"provider_name", "registry.terraform.io/hashicorp/aws"}, {"schema_version", 0},
            {"values", std::move(values)}};
}

/** The S1 state with its public ACL admitting the NAT gateway's ports, plus SES and Route 53. */
std::string terraformStory()
{
    std::ifstream in(data + "s1-state.json");
    Json state = Json::parse(in);
    auto &resources = state["values"]["root_module"]["resources"];
    for (auto &r : resources)
        if (r["type"] == "aws_network_acl" && r["values"]["id"] == "acl-0s1public")
            r["values"]["ingress"].push_back({{"rule_no", 110}, {"action", "allow"},
                                              {"protocol", "tcp"}, {"from_port", 1024},
                                              {"to_port", 65535}, {"cidr_block", "0.0.0.0/0"}});
    resources.push_back(tfResource(
        "aws_sesv2_email_identity", "example",
        {{"email_identity", "example.com"}, {"configuration_set_name", "tls-required"},
         {"verified_for_sending_status", true},
         {"dkim_signing_attributes",
          Json::array({{{"tokens", {"tfa", "tfb", "tfc"}}, {"status", "SUCCESS"}}})}}));
    resources.push_back(tfResource("aws_sesv2_email_identity", "news",
                                   {{"email_identity", "news.example.net"},
                                    {"verified_for_sending_status", false}}));
    resources.push_back(tfResource(
        "aws_sesv2_configuration_set", "tls",
        {{"configuration_set_name", "tls-required"},
         {"delivery_options", Json::array({{{"tls_policy", "REQUIRE"}}})}}));
    resources.push_back(tfResource("aws_route53_zone", "example",
                                   {{"id", "Z0TF"}, {"zone_id", "Z0TF"}, {"name", "example.com"}}));
    for (const char *token : {"tfa", "tfb"})
        resources.push_back(tfResource(
            "aws_route53_record", std::string("dkim_") + token,
            {{"zone_id", "Z0TF"}, {"name", std::string(token) + "._domainkey.example.com"},
             {"type", "CNAME"}, {"ttl", 1800},
             {"records", {std::string(token) + ".dkim.amazonses.com"}}}));
    const std::string path = QDir::temp().filePath("mailpath-s3-ses.tfstate.json").toStdString();
    std::ofstream(path) << state.dump(1);
    return path;
}

std::string cloudFormationStory()
{
    std::ifstream in(data + "s1-ses-via-nat.cfn.yaml");
    std::string yaml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    yaml += R"(  Example:
    Type: AWS::SES::EmailIdentity
    Properties:
      EmailIdentity: example.com
      ConfigurationSetAttributes: {ConfigurationSetName: tls-required}
  TlsRequired:
    Type: AWS::SES::ConfigurationSet
    Properties:
      Name: tls-required
      DeliveryOptions: {TlsPolicy: REQUIRE}
  Zone:
    Type: AWS::Route53::HostedZone
    Properties: {Name: example.com}
  Dmarc:
    Type: AWS::Route53::RecordSet
    Properties:
      HostedZoneId: !Ref Zone
      Name: _dmarc.example.com
      Type: TXT
      TTL: '300'
      ResourceRecords: ['"v=DMARC1; p=reject"']
)";
    const std::string path = QDir::temp().filePath("mailpath-s3-ses.cfn.yaml").toStdString();
    std::ofstream(path) << yaml;
    return path;
}

Trace envelopeTrace(const Design &design, const std::string &from, const std::string &mailFrom)
{
    const Simulator simulator(design);
    Query query;
    query.from = from;
    query.to = "email-smtp.us-east-1.amazonaws.com";
    query.port = 587;
    query.mailFrom = mailFrom;
    query.rcptTo = "ops@example.com";
    return simulator.trace(query);
}

const DnsCheck *findCheck(const std::vector<DnsCheck> &checks, const std::string &name)
{
    for (const auto &c : checks)
        if (c.expected.name == name)
            return &c;
    return nullptr;
}

} // namespace

class TestSesIac : public QObject
{
    Q_OBJECT

private slots:
    void terraform()
    {
        Design design;
        Diagnostics diagnostics;
        InputError error;
        QVERIFY2(loadSource(terraformStory(), design, diagnostics, error), error.toString().c_str());
        QCOMPARE(design.count(ResourceKind::SesEndpoint), size_t(1));
        const auto &ses = design.all<SesEndpoint>().begin()->second;
        QCOMPARE(ses.region, std::string("us-east-1"));
        QVERIFY(ses.configurationSet("tls-required")->requiresTls());
        const Trace ok = envelopeTrace(design, "aws_instance.web", "alerts@example.com");
        QVERIFY2(ok.delivered(), ok.blockedAt ? ok.blockedAt->detail.c_str() : "");
        const Trace pending = envelopeTrace(design, "aws_instance.web", "info@news.example.net");
        QVERIFY(pending.blockedAt);
        QCOMPARE(pending.blockedAt->resource, ses.id);
        COMPARE_ENUM(pending.blockedAt->direction, Direction::Forward);
        COMPARE_ENUM(pending.blockedAt->reason, ReasonCode::SesIdentityUnverified);
        const auto checks = dnsChecks(design);
        COMPARE_ENUM(findCheck(checks, "tfa._domainkey.example.com")->state, DnsCheckState::Ok);
        COMPARE_ENUM(findCheck(checks, "tfc._domainkey.example.com")->state, DnsCheckState::Missing);
    }

    void cloudFormation()
    {
        Design design;
        Diagnostics diagnostics;
        InputError error;
        IacOptions options;
        options.parameters["AllowEphemeralReturn"] = "true";
        QVERIFY2(loadSource(cloudFormationStory(), design, diagnostics, error, options),
                 error.toString().c_str());
        const auto &ses = design.all<SesEndpoint>().begin()->second;
        QVERIFY(ses.configurationSet("tls-required")->requiresTls());
        QCOMPARE(ses.identities.front().configurationSet, std::string("tls-required"));
        QVERIFY(envelopeTrace(design, "WebServer", "alerts@example.com").delivered());
        const Trace undeclared = envelopeTrace(design, "WebServer", "x@undeclared.example.net");
        QVERIFY(undeclared.blockedAt);
        QCOMPARE(undeclared.blockedAt->resource, ses.id);
        COMPARE_ENUM(undeclared.blockedAt->direction, Direction::Forward);
        COMPARE_ENUM(undeclared.blockedAt->reason, ReasonCode::SesIdentityUnverified);
        const auto checks = dnsChecks(design); // held: findCheck points into it
        const auto *dmarc = findCheck(checks, "_dmarc.example.com");
        QVERIFY(dmarc);
        COMPARE_ENUM(dmarc->state, DnsCheckState::Ok);
        QVERIFY(dmarc->message.find("policy reject") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestSesIac)
#include "tst_sesiac.moc"
