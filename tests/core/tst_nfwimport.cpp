// AWS Network Firewall from a snapshot: describe-firewall, describe-firewall-policy and
// describe-rule-group responses (shapes from the AWS CLI reference) joined by ARN.

#include "core/io/awsimport.h"
#include "core/model/validate.h"
#include "snapshotfiles.h"

#include <QtTest>

using namespace mailpath::core;

namespace {

const char *fwArn = "arn:aws:network-firewall:us-east-1:111122223333:firewall/egress-firewall";

const char *centralised = MAILPATH_SOURCE_DIR "/tests/data/aws-inspection";
const char *inspectionFw = "arn:aws:network-firewall:us-east-1:111122223333:firewall/"
                           "egress-inspection";
const std::string ruleGroupArn = "arn:aws:network-firewall:us-east-1:111122223333:"
                                 "stateful-rulegroup/";

/** The centralised snapshot with its policy referencing all four rule groups, patched. */
mailpath::testing::SnapshotFiles everyRuleGroup()
{
    auto files = mailpath::testing::readSnapshot(centralised);
    auto &refs = files.at("NetworkFirewallPolicies.json")["NetworkFirewallPolicies"][0]
                      ["FirewallPolicy"]["StatefulRuleGroupReferences"];
    refs.push_back({{"ResourceArn", ruleGroupArn + "mail-domains"}, {"Priority", 200}});
    refs.push_back({{"ResourceArn", ruleGroupArn + "suricata-smtp"}, {"Priority", 300}});
    return files;
}

bool importFiles(const mailpath::testing::SnapshotFiles &files, const QTemporaryDir &dir,
                 Design &design, Diagnostics &diagnostics)
{
    InputError error;
    if (!mailpath::testing::writeSnapshot(files, dir.path()))
        return false;
    const bool ok = importAwsSnapshot(dir.path().toStdString(), design, diagnostics, error);
    if (!ok)
        qWarning("%s", error.toString().c_str());
    return ok;
}

const Diagnostic *errorAbout(const Diagnostics &diagnostics, const std::string &resource)
{
    for (const auto &d : diagnostics)
        if (d.severity == Severity::Error && d.resource == resource)
            return &d;
    return nullptr;
}

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

    void centralisedInspectionSnapshot()
    {
        Design design;
        Diagnostics diagnostics;
        InputError error;
        QVERIFY2(importAwsSnapshot(centralised, design, diagnostics, error),
                 error.toString().c_str());
        for (const auto &d : diagnostics)
            QVERIFY2(d.severity == Severity::Info, d.message.c_str());
        QCOMPARE(design.all<NetworkFirewall>().size(), size_t(1));
        const auto *fw = design.find<NetworkFirewall>(inspectionFw);
        QVERIFY(fw);
        QCOMPARE(fw->state, std::string("READY"));
        QCOMPARE(fw->vpcId, std::string("vpc-0c7a00000000insp"));
        // FirewallStatus.SyncStates: one endpoint per AZ, in its firewall subnet
        QCOMPARE(fw->endpoints.size(), size_t(2));
        for (const auto &[az, endpoint, subnet] :
             {std::tuple{"us-east-1a", "vpce-0c7a000000000fwa", "subnet-0c7a0000000fwa"},
              std::tuple{"us-east-1b", "vpce-0c7a000000000fwb", "subnet-0c7a0000000fwb"}}) {
            const auto *e = fw->endpoint(endpoint);
            QVERIFY2(e, endpoint);
            QCOMPARE(e->availabilityZone, std::string(az));
            QCOMPARE(e->subnetId, std::string(subnet));
        }
        // The policy: orders, default actions, HOME_NET, the referenced rule groups only
        QCOMPARE(fw->policyName, std::string("egress-policy"));
        QCOMPARE(fw->ruleOrder, std::string("DEFAULT_ACTION_ORDER"));
        QCOMPARE(fw->statelessDefaultActions, std::vector<std::string>{"aws:forward_to_sfe"});
        QCOMPARE(fw->statelessFragmentDefaultActions, std::vector<std::string>{"aws:drop"});
        QVERIFY(fw->statefulDefaultActions.empty());
        QCOMPARE(fw->homeNet.size(), size_t(1));
        QCOMPARE(fw->homeNet[0].toString(), std::string("10.0.0.0/8"));
        QCOMPARE(fw->ruleGroups.size(), size_t(2));
        const auto &stateless = fw->ruleGroups[0];
        QCOMPARE(stateless.name, std::string("smtp-stateless"));
        QCOMPARE(stateless.type, std::string("STATELESS"));
        QCOMPARE(stateless.priority, 10);
        QCOMPARE(stateless.statelessRules.size(), size_t(2));
        QCOMPARE(stateless.statelessRules[0].sources[0].toString(), std::string("10.0.0.0/8"));
        QCOMPARE(stateless.statelessRules[0].destinationPorts.size(), size_t(4));
        QCOMPARE(stateless.statelessRules[1].priority, 20);
        QCOMPARE(stateless.statelessRules[1].sourcePorts[2], PortRange::single(587));
        QCOMPARE(stateless.statelessRules[1].action, std::string("aws:forward_to_sfe"));
        const auto &egress = fw->ruleGroups[1];
        QCOMPARE(egress.name, std::string("smtp-egress"));
        QCOMPARE(egress.type, std::string("STATEFUL"));
        QCOMPARE(egress.priority, 100);
        QCOMPARE(egress.statefulRules.size(), size_t(3));
        QCOMPARE(egress.statefulRules[2].action, std::string("DROP"));
        QCOMPARE(egress.statefulRules[2].destinationPort, std::string("587"));
        QCOMPARE(egress.statefulRules[2].sid, std::string("587001"));
        // The Transit Gateway side: appliance mode on the inspection attachment only
        for (const auto &[id, att] : design.all<TgwAttachment>())
            QCOMPARE(att.applianceMode, id == "tgw-attach-0c7a000000insp");
        QCOMPARE(design.all<TgwAttachment>().size(), size_t(3));
        QVERIFY(!mentions(validateDesign(design), "vpce-0c7a000000000fw"));
    }

    void domainListAndSuricataGroups()
    {
        QTemporaryDir dir;
        Design design;
        Diagnostics diagnostics;
        QVERIFY(importFiles(everyRuleGroup(), dir, design, diagnostics));
        const auto *fw = design.find<NetworkFirewall>(inspectionFw);
        QVERIFY(fw);
        QCOMPARE(fw->ruleGroups.size(), size_t(4));
        const auto &domains = fw->ruleGroups[2];
        QCOMPARE(domains.name, std::string("mail-domains"));
        QCOMPARE(domains.priority, 200);
        QCOMPARE(domains.domainListType, std::string("ALLOWLIST"));
        QCOMPARE(domains.domainTargetTypes, std::vector<std::string>{"TLS_SNI"});
        QCOMPARE(domains.domains,
                 (std::vector<std::string>{"email-smtp.us-east-1.amazonaws.com",
                                           ".mail.example.net"}));
        const auto &suricata = fw->ruleGroups[3];
        QCOMPARE(suricata.name, std::string("suricata-smtp"));
        QVERIFY(suricata.rulesString.starts_with("drop tcp $HOME_NET any -> $EXTERNAL_NET 587"));
        QCOMPARE(std::count(suricata.rulesString.begin(), suricata.rulesString.end(), '\n'), 2);
    }

    void malformedRuleGroupIsNamedAndNothingElseLost()
    {
        auto files = everyRuleGroup();
        auto &groups = files.at("NetworkFirewallRuleGroups.json")["NetworkFirewallRuleGroups"];
        groups[1]["RuleGroup"]["RulesSource"]["StatefulRules"][2].erase("Header");
        QTemporaryDir dir;
        Design design;
        Diagnostics diagnostics;
        QVERIFY(importFiles(files, dir, design, diagnostics));
        // The broken group: an error naming the file, the group and what is wrong
        const auto *broken = errorAbout(diagnostics, ruleGroupArn + "smtp-egress");
        QVERIFY(broken);
        QVERIFY2(broken->file.ends_with("NetworkFirewallRuleGroups.json"), broken->file.c_str());
        QVERIFY2(broken->message.find("NetworkFirewallRuleGroups[1]") != std::string::npos,
                 broken->message.c_str());
        QVERIFY2(broken->message.find("StatefulRules[2]: missing required Header")
                     != std::string::npos,
                 broken->message.c_str());
        // The firewall that uses it says its verdicts leave those rules out
        const auto *onFirewall = errorAbout(diagnostics, inspectionFw);
        QVERIFY(onFirewall);
        QVERIFY2(onFirewall->message.find("smtp-egress") != std::string::npos,
                 onFirewall->message.c_str());
        // Nothing else is lost: the other groups of the same file, every other resource
        const auto *fw = design.find<NetworkFirewall>(inspectionFw);
        QVERIFY(fw);
        QCOMPARE(fw->ruleGroups.size(), size_t(3));
        QCOMPARE(fw->endpoints.size(), size_t(2));
        Design clean;
        Diagnostics none;
        QTemporaryDir cleanDir;
        QVERIFY(importFiles(everyRuleGroup(), cleanDir, clean, none));
        QCOMPARE(design.resourceCount(), clean.resourceCount());
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
