// Fixes in the user's language: the AWS CLI for a drawn design or a snapshot, HCL naming the
// Terraform address, YAML under the CloudFormation logical id; each the rules that deliver.
#include "core/io/designfile.h"
#include "core/io/source.h"
#include "core/model/design.h"
#include "core/model/resources.h"
#include "core/sim/fixcode.h"

#include <QtTest>

using namespace mailpath::core;

namespace {

Design load(const std::string &path)
{
    Design design;
    Diagnostics diagnostics;
    InputError error;
    if (!loadSource(path, design, diagnostics, error))
        qFatal("cannot load %s: %s", path.c_str(), error.toString().c_str());
    return design;
}

const std::string root = MAILPATH_SOURCE_DIR;
const Query s1Query{"web-1", "email-smtp.us-east-1.amazonaws.com", 587, {}, {}};

bool contains(const std::string &text, const std::string &part)
{
    if (text.find(part) != std::string::npos)
        return true;
    qWarning("missing \"%s\" in:\n%s", part.c_str(), text.c_str());
    return false;
}

} // namespace

class TestFixCode : public QObject
{
    Q_OBJECT

private slots:
    void drawnDesignGetsAwsCli()
    {
        const Design design = load(root + "/resources/templates/s1-ses-via-nat.mailpath.json");
        QVERIFY(design.origin.empty());
        const Simulator sim(design);
        const Trace trace = sim.trace(s1Query);
        QVERIFY(trace.blockedAt);
        QVERIFY(trace.blockedAt->reason == ReasonCode::NaclInboundDeny);
        const auto code = fixCodeForTrace(sim, trace);
        QVERIFY(code);
        QCOMPARE(toString(code->language), std::string_view("aws-cli"));
        QVERIFY(contains(code->text, "aws ec2 create-network-acl-entry --network-acl-id "
                                     "acl-0s1public --ingress --rule-number "));
        QVERIFY(contains(code->text, "--protocol tcp --port-range From=1024,To=65535"));
        QVERIFY(contains(code->text, "--rule-action allow"));
    }

    void theFragmentIsTheFixThatDelivers()
    {
        Design design = load(root + "/resources/templates/s1-ses-via-nat.mailpath.json");
        const auto fix = [&] {
            const Simulator sim(design);
            return fixForTrace(sim, sim.trace(s1Query));
        }();
        QVERIFY(fix);
        QCOMPARE(fix->resource, std::string("acl-0s1public"));
        QVERIFY(!fix->egress);
        QVERIFY(fix->applyTo(design));
        QVERIFY(Simulator(design).trace(s1Query).delivered());
    }

    void terraformGetsHclWithTheAddress()
    {
        const Design design = load(root + "/tests/data/iac/s1-state.json");
        QCOMPARE(design.origin, std::string("terraform"));
        const Simulator sim(design);
        const auto code = fixCodeForTrace(sim, sim.trace(s1Query));
        QVERIFY(code);
        QCOMPARE(toString(code->language), std::string_view("hcl"));
        QVERIFY(contains(code->text, "resource \"aws_network_acl_rule\" \"public_ingress_"));
        QVERIFY(contains(code->text, "network_acl_id = aws_network_acl.public.id"));
        QVERIFY(contains(code->text, "egress         = false"));
        QVERIFY(contains(code->text, "protocol       = \"tcp\""));
        QVERIFY(contains(code->text, "from_port      = 1024"));
        QVERIFY(contains(code->text, "to_port        = 65535"));
    }

    void cloudFormationGetsYamlUnderTheLogicalId()
    {
        const Design design = load(root + "/tests/data/iac/s1-ses-via-nat.cfn.yaml");
        QCOMPARE(design.origin, std::string("cloudformation"));
        const Simulator sim(design);
        const auto code = fixCodeForTrace(
            sim, sim.trace({"WebServer", "email-smtp.us-east-1.amazonaws.com", 587, {}, {}}));
        QVERIFY(code);
        QCOMPARE(toString(code->language), std::string_view("yaml"));
        QVERIFY(contains(code->text, "PublicAclIngress"));
        QVERIFY(contains(code->text, "Type: AWS::EC2::NetworkAclEntry"));
        QVERIFY(contains(code->text, "NetworkAclId: !Ref PublicAcl"));
        QVERIFY(contains(code->text, "PortRange:\n      From: 1024\n      To: 65535"));
    }

    void securityGroupRules()
    {
        Design design = load(root + "/resources/templates/s1-ses-via-nat.mailpath.json");
        design.update<SecurityGroup>("sg-0s1web", [](SecurityGroup &sg) {
            sg.egress.clear();
            sg.name = "aws_security_group.web";
        });
        const auto codeIn = [&](const char *origin) {
            design.origin = origin;
            const Simulator sim(design);
            const Trace trace = sim.trace(s1Query);
            if (!trace.blockedAt || trace.blockedAt->reason != ReasonCode::SgEgressDeny)
                qFatal("expected SG_EGRESS_DENY");
            return fixCodeForTrace(sim, trace).value_or(FixCode{}).text;
        };
        const std::string cli = codeIn("snapshot");
        QVERIFY(contains(cli, "aws ec2 authorize-security-group-egress --group-id sg-0s1web "
                              "--ip-permissions 'IpProtocol=tcp,FromPort=587,ToPort=587,"));
        const std::string hcl = codeIn("terraform");
        QVERIFY(contains(hcl, "resource \"aws_vpc_security_group_egress_rule\" \"web_tcp_587\""));
        QVERIFY(contains(hcl, "security_group_id = aws_security_group.web.id"));
        QVERIFY(contains(hcl, "ip_protocol       = \"tcp\""));
        design.update<SecurityGroup>("sg-0s1web", [](SecurityGroup &sg) { sg.name = "WebSg"; });
        const std::string yaml = codeIn("cloudformation");
        QVERIFY(contains(yaml, "WebSgEgress587:\n  Type: AWS::EC2::SecurityGroupEgress"));
        QVERIFY(contains(yaml, "GroupId: !Ref WebSg"));
    }

    void listenerAndRouteFixesInEachLanguage()
    {
        const Design s8 = load(root + "/resources/templates/s8-inbound-mail.mailpath.json");
        const std::string nlb =
            "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/net/mx-nlb/0s8";
        const Simulator sim(s8);
        Query query;
        query.from = "i-0s8mx";
        query.to = nlb;
        query.port = 2465;
        const auto listener = fixForTrace(sim, sim.trace(query));
        QVERIFY(listener && listener->kind == ModelFix::Kind::AddListeners);
        const std::string tg = listener->listeners.at(0).listener.targetGroupId;
        QVERIFY(contains(fixCode(s8, *listener, FixLanguage::AwsCli).text,
                         "aws elbv2 create-listener --load-balancer-arn " + nlb
                             + " --protocol TCP --port 2465 --default-actions "
                               "Type=forward,TargetGroupArn=" + tg));
        QVERIFY(contains(fixCode(s8, *listener, FixLanguage::Terraform).text,
                         "resource \"aws_lb_listener\""));
        QVERIFY(contains(fixCode(s8, *listener, FixLanguage::CloudFormation).text,
                         "Type: AWS::ElasticLoadBalancingV2::Listener"));

        ModelFix route;
        route.kind = ModelFix::Kind::AddRoutes;
        route.resource = "rtb-0s8private";
        Route r;
        r.destination = Cidr::any();
        r.target = RouteTarget::NatGateway;
        r.targetId = "nat-1";
        route.routes.push_back(r);
        QVERIFY(contains(fixCode(s8, route, FixLanguage::AwsCli).text,
                         "aws ec2 create-route --route-table-id rtb-0s8private "
                         "--destination-cidr-block 0.0.0.0/0 --nat-gateway-id nat-1"));
        QVERIFY(contains(fixCode(s8, route, FixLanguage::Terraform).text,
                         "nat_gateway_id = \"nat-1\""));
        QVERIFY(contains(fixCode(s8, route, FixLanguage::CloudFormation).text,
                         "NatGatewayId: nat-1"));
    }

    void noMechanicalFixNoCode()
    {
        const Design design = load(root + "/resources/templates/s1-ses-via-nat.mailpath.json");
        const Simulator sim(design);
        const Trace trace = sim.trace({"web-1", "email-smtp.us-east-1.amazonaws.com", 25, {}, {}});
        QVERIFY(trace.blockedAt);
        QVERIFY(trace.blockedAt->reason == ReasonCode::Op25bBlocked);
        QVERIFY(!fixCodeForTrace(sim, trace));
    }

    void originSurvivesSaveAndOpen()
    {
        Design design = load(root + "/tests/data/iac/s1-state.json");
        Design reread;
        InputError error;
        QVERIFY(designFromJson(nlohmann::json::parse(serializeDesign(design)), "x", reread, error));
        QCOMPARE(reread.origin, std::string("terraform"));
    }
};

QTEST_GUILESS_MAIN(TestFixCode)
#include "tst_fixcode.moc"
