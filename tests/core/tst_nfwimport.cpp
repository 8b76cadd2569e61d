// AWS Network Firewall from a snapshot: describe-firewall, describe-firewall-policy and
// describe-rule-group responses (shapes from the AWS CLI reference) joined by ARN.

#include "core/io/awsimport.h"
#include "core/model/validate.h"

#include <QtTest>

using namespace mailpath::core;

namespace {

const char *fwArn = "arn:aws:network-firewall:us-east-1:111122223333:firewall/egress-firewall";

bool mentions(const Diagnostics &diagnostics, const std::string &text)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(), [&](const Diagnostic &d) {
        return d.message.find(text) != std::string::npos;
    });
}

} // namespace

class TestNfwImport : public QObject
{
    Q_OBJECT

private slots:
    void firewallPolicyAndRuleGroups()
    {
        Design design;
        Diagnostics diagnostics;
        InputError error;
        QVERIFY2(importAwsSnapshot(MAILPATH_SOURCE_DIR "/tests/data/aws-nfw", design, diagnostics,
                                   error),
                 error.toString().c_str());
        const auto *fw = design.find<NetworkFirewall>(fwArn);
        QVERIFY(fw);
        QCOMPARE(fw->name, std::string("egress-firewall"));
        QCOMPARE(fw->vpcId, std::string("vpc-0a1b2c3d4e5f60001"));
        QCOMPARE(fw->endpoints.size(), size_t(2));
        QCOMPARE(fw->endpoints[0].availabilityZone, std::string("us-east-1a"));
        QCOMPARE(fw->endpoints[0].endpointId, std::string("vpce-0fw0a00000000000a"));
        QCOMPARE(fw->endpoints[1].subnetId, std::string("subnet-0f1b0000000000002"));
        // The policy, by ARN
        QCOMPARE(fw->policyName, std::string("egress-policy"));
        QCOMPARE(fw->ruleOrder, std::string("STRICT_ORDER"));
        QCOMPARE(fw->statefulDefaultActions, std::vector<std::string>{"aws:drop_established"});
        QCOMPARE(fw->statelessFragmentDefaultActions, std::vector<std::string>{"aws:drop"});
        QCOMPARE(fw->homeNet.size(), size_t(1));
        QCOMPARE(fw->homeNet[0].toString(), std::string("10.0.0.0/8"));
        // Its rule groups, with the policy's priorities; a missing one is a warning
        QCOMPARE(fw->ruleGroups.size(), size_t(3));
        const auto &stateless = fw->ruleGroups[0];
        QCOMPARE(stateless.type, std::string("STATELESS"));
        QCOMPARE(stateless.priority, 10);
        QCOMPARE(stateless.statelessRules.size(), size_t(1));
        QCOMPARE(stateless.statelessRules[0].action, std::string("aws:forward_to_sfe"));
        QCOMPARE(stateless.statelessRules[0].destinationPorts[0], PortRange::single(25));
        QCOMPARE(stateless.statelessRules[0].protocols, std::vector<int>{6});
        const auto &smtp = fw->ruleGroups[1];
        QCOMPARE(smtp.name, std::string("smtp-egress"));
        QCOMPARE(smtp.priority, 100);
        QCOMPARE(smtp.statefulRules.size(), size_t(2));
        QCOMPARE(smtp.statefulRules[1].action, std::string("DROP"));
        QCOMPARE(smtp.statefulRules[1].direction, std::string("ANY"));
        QCOMPARE(smtp.statefulRules[1].sid, std::string("587001"));
        const auto &domains = fw->ruleGroups[2];
        QCOMPARE(domains.domainListType, std::string("ALLOWLIST"));
        QCOMPARE(domains.domains.size(), size_t(2));
        QVERIFY(mentions(diagnostics, "not-in-snapshot"));
        // A route to a firewall endpoint is no dangling reference
        const auto problems = validateDesign(design);
        QVERIFY(!mentions(problems, "vpce-0fw0a00000000000a"));
    }

    void firewallWithoutItsVpcIsAShapeError()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath("NetworkFirewalls.json"));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"NetworkFirewalls": [{"Firewall": {"FirewallName": "x"}}]})");
        file.close();
        Design design;
        Diagnostics diagnostics;
        InputError error;
        const bool ok = importAwsSnapshot(dir.path().toStdString(), design, diagnostics, error);
        const auto all = error.toString() + [&] {
            std::string text;
            for (const auto &d : diagnostics)
                text += d.message + "\n";
            return text;
        }();
        QVERIFY2(!ok || mentions(diagnostics, "VpcId"), all.c_str());
        QVERIFY2(all.find("NetworkFirewalls[0]") != std::string::npos, all.c_str());
        QVERIFY(!design.find<NetworkFirewall>("x"));
    }
};

QTEST_GUILESS_MAIN(TestNfwImport)
#include "tst_nfwimport.moc"
