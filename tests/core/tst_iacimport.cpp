// Terraform JSON and CloudFormation templates: every corpus file of iac-samples/ imports
// with the resource counts its SOURCES.md lists and no error; the S1 story written as
// Terraform and as CloudFormation gives the template's verdicts; a plan's two sides differ
// where the plan changes a rule.

#include "core/io/iacsource.h"
#include "core/io/source.h"
#include "core/sim/flowdiff.h"
#include "core/sim/simulator.h"

#include <QtTest>

#include <fstream>
#include <regex>
#include <sstream>

using namespace mailpath::core;

// Enums compared by their names (QCOMPARE has no printer for them).
#define COMPARE_NAMED(a, b) QCOMPARE(std::string(toString(a)), std::string(toString(b)))

namespace {

const std::string corpus = MAILPATH_SHARED_DIR "/iac-samples/";
const std::string data = MAILPATH_SOURCE_DIR "/tests/data/iac/";

struct CorpusFile
{
    std::string path;
    std::map<std::string, int> counts;
};

// The file table of SOURCES.md: `path` | ... | "type N, type N" | notes.
std::vector<CorpusFile> corpusFiles()
{
    std::ifstream in(corpus + "SOURCES.md");
    std::vector<CorpusFile> files;
    const std::regex count(R"(([A-Za-z0-9_:]+) (\d+))");
    for (std::string line; std::getline(in, line);) {
        if (!line.starts_with("| `terraform/") && !line.starts_with("| `cloudformation/"))
            continue;
        std::vector<std::string> cells;
        std::stringstream row(line);
        for (std::string cell; std::getline(row, cell, '|');)
            cells.push_back(cell);
        if (cells.size() < 8)
            continue;
        CorpusFile f;
        f.path = cells[1].substr(cells[1].find('`') + 1);
        f.path = f.path.substr(0, f.path.find('`'));
        for (std::sregex_iterator it(cells[6].begin(), cells[6].end(), count), end; it != end;
             ++it)
            f.counts[(*it)[1]] = std::stoi((*it)[2]);
        files.push_back(f);
    }
    return files;
}

Trace traceOf(const Design &d, const std::string &from, uint16_t port)
{
    const Simulator sim(d);
    Query q;
    q.from = from;
    q.to = "email-smtp.us-east-1.amazonaws.com";
    q.port = port;
    return sim.trace(q);
}

} // namespace

class TestIacImport : public QObject
{
    Q_OBJECT

private slots:
    void corpusCounts_data();
    void corpusCounts();
    void rawStateVersion3IsRefused();
    void formatByContentNotName();
    void s1AsTerraformMatchesTemplate();
    void s1AsCloudFormationMatchesTemplate();
    void planSidesDiffer();
    void unknownValuesGetPlaceholders();
    void cloudFormationConditionAndParameter();
    void yamlErrorNamesLineAndColumn();
    void transitGatewayEndpointAndServices();
};

void TestIacImport::corpusCounts_data()
{
    QTest::addColumn<QString>("path");
    const auto files = corpusFiles();
    QVERIFY2(files.size() == 45, "SOURCES.md lists 45 files");
    for (const auto &f : files)
        QTest::newRow(f.path.c_str()) << QString::fromStdString(f.path);
}

void TestIacImport::corpusCounts()
{
    QFETCH(QString, path);
    const auto files = corpusFiles();
    const auto it = std::find_if(files.begin(), files.end(),
                                 [&](const CorpusFile &f) { return f.path == path.toStdString(); });
    QVERIFY(it != files.end());
    Design design;
    Diagnostics diagnostics;
    InputError error;
    IacSummary summary;
    const bool ok = importIacFile(corpus + it->path, design, diagnostics, error, {}, &summary);
    if (it->path.find("version_3_state") != std::string::npos) {
        QVERIFY(!ok); // v3 is refused (rawStateVersion3IsRefused checks the message)
        return;
    }
    QVERIFY2(ok, error.toString().c_str());
    for (const auto &[type, n] : it->counts)
        QVERIFY2(summary.resourcesByType[type] == n,
                 (type + ": " + std::to_string(summary.resourcesByType[type]) + " read, "
                  + std::to_string(n) + " listed")
                     .c_str());
    for (const auto &d : diagnostics)
        QVERIFY2(d.severity != Severity::Error, (d.resource + ": " + d.message).c_str());
}

void TestIacImport::rawStateVersion3IsRefused()
{
    const std::string path = corpus
                             + "terraform/cycloidio__inframap/"
                               "generate__testdata__version_3_state.json";
    Design design;
    design.name = "untouched";
    Diagnostics diagnostics;
    InputError error;
    QVERIFY(!loadSource(path, design, diagnostics, error));
    QCOMPARE(design.name, std::string("untouched"));
    QCOMPARE(error.file, path);
    QVERIFY2(error.message.find("version 3 is not read") != std::string::npos,
             error.message.c_str());
}

void TestIacImport::formatByContentNotName()
{
    // Named state.json, but a plan (format 1.1): read as a plan.
    const std::string path = corpus
                             + "terraform/snyk__policy-engine/"
                               "pkg__input__golden_test__tfstate__example-01__state.json";
    nlohmann::json root;
    InputError error;
    QVERIFY(parseJsonFile(path, root, error));
    COMPARE_NAMED(detectIacFormat(root), IacFormat::TerraformPlan);
    // A .template file holding YAML is a CloudFormation template.
    Design design;
    Diagnostics diagnostics;
    IacSummary summary;
    QVERIFY(importIacFile(corpus
                              + "cloudformation/aws-solutions__network-orchestration-for-aws-"
                                "transit-gateway/deployment__network-orchestration-hub.template",
                          design, diagnostics, error, {}, &summary));
    COMPARE_NAMED(summary.format, IacFormat::CloudFormation);
    QCOMPARE(design.count(ResourceKind::TransitGateway), size_t(1));
    // Its TGW disables the default route table: only the template's own four.
    QCOMPARE(design.count(ResourceKind::TgwRouteTable), size_t(4));
}

// The S1 template's flows, each with what the template says: verdict, blamed, reason.
void TestIacImport::s1AsTerraformMatchesTemplate()
{
    Design tmpl, tf;
    Diagnostics diagnostics;
    InputError error;
    QVERIFY(loadSource(MAILPATH_SOURCE_DIR "/resources/templates/s1-ses-via-nat.mailpath.json",
                       tmpl, diagnostics, error));
    QVERIFY2(loadSource(data + "s1-state.json", tf, diagnostics, error), error.toString().c_str());
    for (const auto &flow : tmpl.flows()) {
        const std::string from = flow.from == "web-1" ? "aws_instance.web" : "aws_instance.partner";
        const Trace want = traceOf(tmpl, flow.from, flow.port);
        const Trace got = traceOf(tf, from, flow.port);
        COMPARE_NAMED(got.verdict, want.verdict);
        QCOMPARE(got.blockedAt.has_value(), want.blockedAt.has_value());
        if (!want.blockedAt)
            continue;
        COMPARE_NAMED(got.blockedAt->reason, want.blockedAt->reason);
        COMPARE_NAMED(got.blockedAt->direction, want.blockedAt->direction);
        QCOMPARE(got.blockedAt->resource, want.blockedAt->resource); // the state keeps the ids
    }
}

void TestIacImport::s1AsCloudFormationMatchesTemplate()
{
    Design tmpl, cfn;
    Diagnostics diagnostics;
    InputError error;
    QVERIFY(loadSource(MAILPATH_SOURCE_DIR "/resources/templates/s1-ses-via-nat.mailpath.json",
                       tmpl, diagnostics, error));
    QVERIFY2(loadSource(data + "s1-ses-via-nat.cfn.yaml", cfn, diagnostics, error),
             error.toString().c_str());
    const std::map<std::string, std::string> blamed = {
        {"acl-0s1public", "acl-PublicAcl"}, {"i-0s1web", "i-WebServer"},
        {"pcx-0s1peer", "pcx-Peering"}, {"rtb-0s1peer", "rtb-PartnerRouteTable"}};
    for (const auto &flow : tmpl.flows()) {
        const std::string from = flow.from == "web-1" ? "WebServer" : "PartnerApp";
        const Trace want = traceOf(tmpl, flow.from, flow.port);
        const Trace got = traceOf(cfn, from, flow.port);
        COMPARE_NAMED(got.verdict, want.verdict);
        if (!want.blockedAt)
            continue;
        QVERIFY(got.blockedAt.has_value());
        COMPARE_NAMED(got.blockedAt->reason, want.blockedAt->reason);
        COMPARE_NAMED(got.blockedAt->direction, want.blockedAt->direction);
        const auto it = blamed.find(want.blockedAt->resource);
        QVERIFY2(it != blamed.end(), want.blockedAt->resource.c_str());
        QCOMPARE(got.blockedAt->resource, it->second); // ids from the logical ids
    }
}

void TestIacImport::planSidesDiffer()
{
    nlohmann::json plan;
    InputError error;
    QVERIFY(parseJsonFile(data + "s1-plan-remove-ephemeral.json", plan, error));
    Design before, after;
    Diagnostics diagnostics;
    IacOptions options;
    options.side = PlanSide::Before;
    QVERIFY(importTerraform(plan, "plan", before, diagnostics, error, options));
    options.side = PlanSide::After;
    QVERIFY(importTerraform(plan, "plan", after, diagnostics, error, options));
    // Before: the public ACL admits the NAT gateway's ports, so 587 is delivered.
    COMPARE_NAMED(traceOf(before, "aws_instance.web", 587).verdict, Verdict::Delivered);
    const Trace broken = traceOf(after, "aws_instance.web", 587);
    COMPARE_NAMED(broken.verdict, Verdict::Blocked);
    QCOMPARE(broken.blockedAt->resource, std::string("acl-0s1public"));
    COMPARE_NAMED(broken.blockedAt->direction, Direction::Return);
    COMPARE_NAMED(broken.blockedAt->reason, ReasonCode::NaclInboundDeny);
    const auto diff = diffFlows(before, after, {}, {}, {587});
    QVERIFY(diff.breaksDelivery());
    COMPARE_NAMED(diff.changes.front().kind, FlowChangeKind::NewlyBlocked);
    QCOMPARE(diff.changes.front().before.from, std::string("i-0s1web"));
}

void TestIacImport::unknownValuesGetPlaceholders()
{
    nlohmann::json plan;
    InputError error;
    QVERIFY(parseJsonFile(data + "s1-plan-remove-ephemeral.json", plan, error));
    Design after;
    Diagnostics diagnostics;
    QVERIFY(importTerraform(plan, "plan", after, diagnostics, error));
    // The new worker: id from its address, subnet and group from the configuration's
    // references, address from the subnet's range (the first free one after AWS's reserved).
    const Instance *worker = after.find<Instance>("i-aws_instance.worker");
    QVERIFY(worker);
    QCOMPARE(worker->subnetId, std::string("subnet-0s1private"));
    QCOMPARE(worker->name, std::string("aws_instance.worker"));
    const Eni *eni = after.find<Eni>(worker->eniIds.at(0));
    QVERIFY(eni);
    QCOMPARE(eni->primaryIp().to_string(), std::string("10.0.1.4"));
    QCOMPARE(eni->securityGroupIds, std::vector<std::string>{"sg-0s1web"});
    const bool noted = std::any_of(diagnostics.begin(), diagnostics.end(), [](const auto &d) {
        return d.resource == "aws_instance.worker"
               && d.message.find("placeholder 10.0.1.4") != std::string::npos;
    });
    QVERIFY(noted);
    // Separate NACL rules merged into their ACL; the deleted one is gone after the plan.
    QCOMPARE(after.find<NetworkAcl>("acl-0s1public")->entries.size(), size_t(3));
}

void TestIacImport::cloudFormationConditionAndParameter()
{
    // The condition adds the ephemeral rule: with it, 587 is delivered.
    Design fixed;
    Diagnostics diagnostics;
    InputError error;
    IacOptions options;
    options.parameters["AllowEphemeralReturn"] = "true";
    QVERIFY(loadSource(data + "s1-ses-via-nat.cfn.yaml", fixed, diagnostics, error, options));
    COMPARE_NAMED(traceOf(fixed, "WebServer", 587).verdict, Verdict::Delivered);
    QCOMPARE(fixed.find<Subnet>("subnet-PrivateSubnet")->cidr.toString(),
             std::string("10.0.1.0/24")); // !Select [1, !Cidr [!GetAtt MailVpc.CidrBlock, 2, 8]]
}

void TestIacImport::yamlErrorNamesLineAndColumn()
{
    const QString path = QDir::temp().filePath("mailpath-broken-template.yaml");
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("Resources:\n  Vpc:\n    Type: AWS::EC2::VPC\n    Properties: {CidrBlock: [\n");
    f.close();
    Design design;
    Diagnostics diagnostics;
    InputError error;
    QVERIFY(!loadSource(path.toStdString(), design, diagnostics, error));
    QCOMPARE(error.file, path.toStdString());
    QVERIFY2(error.line >= 4, error.toString().c_str());
    QFile::remove(path);
}

// Types the corpus lacks, in a state of our own: TGW with association, propagation and a
// route, peering, an SES interface endpoint whose group is opened by a separate
// aws_vpc_security_group_ingress_rule, Lambda in a VPC, an ECS service, SES resources.
void TestIacImport::transitGatewayEndpointAndServices()
{
    Design d;
    Diagnostics diagnostics;
    InputError error;
    QVERIFY2(loadSource(data + "hub-spoke-state.json", d, diagnostics, error),
             error.toString().c_str());
    const TgwAttachment *spoke = d.find<TgwAttachment>("tgw-attach-0spoke");
    QVERIFY(spoke);
    QCOMPARE(spoke->associationRouteTableId, std::string("tgw-rtb-0main"));
    QCOMPARE(spoke->subnetIds, std::vector<std::string>{"subnet-0spoke0"});
    const TgwRouteTable *table = d.find<TgwRouteTable>("tgw-rtb-0main");
    QCOMPARE(table->propagationAttachmentIds, std::vector<std::string>{"tgw-attach-0hub"});
    QCOMPARE(table->routes.size(), size_t(1));
    QCOMPARE(table->routes[0].attachmentIds, std::vector<std::string>{"tgw-attach-0hub"});
    QCOMPARE(d.find<PeeringConnection>("pcx-0p")->accepterVpcId, std::string("vpc-0hub"));
    const VpcEndpoint *endpoint = d.find<VpcEndpoint>("vpce-0ses");
    QVERIFY(endpoint->isSesSmtp());
    QCOMPARE(endpoint->nodes.size(), size_t(1));
    QCOMPARE(endpoint->nodes[0].privateIp.to_string(), std::string("10.10.1.4"));
    const SecurityGroup *group = d.find<SecurityGroup>("sg-0endpoint");
    QCOMPARE(group->ingress.size(), size_t(1));
    QCOMPARE(group->ingress[0].ports, (PortRange{587, 587}));
    int lambda = 0, fargate = 0;
    for (const auto &[id, eni] : d.all<Eni>()) {
        lambda += eni.role == EniRole::Lambda;
        fargate += eni.role == EniRole::Fargate;
    }
    QCOMPARE(lambda, 2);  // one per subnet of vpc_config
    QCOMPARE(fargate, 3); // desired_count tasks
    const auto says = [&](const std::string &resource, const std::string &text) {
        return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic &x) {
            return x.resource == resource && x.message.find(text) != std::string::npos;
        });
    };
    QVERIFY(says("aws_sesv2_configuration_set.mail", "TLS policy REQUIRE"));
    QVERIFY(says("", "1 aws_flow_log resource not modelled"));
}

QTEST_GUILESS_MAIN(TestIacImport)
#include "tst_iacimport.moc"
