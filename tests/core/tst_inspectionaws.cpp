// Centralised inspection (issue 19) from AWS describe-* responses: tests/data/aws-inspection is a
// spoke VPC -> Transit Gateway -> inspection VPC (AWS Network Firewall, one endpoint per AZ) ->
// egress VPC with one NAT gateway (AZ b) -> SES. Each case patches the raw JSON (appliance mode,
// the policy, a rule group; tests/data/aws-inspection-gwlb swaps the firewall for appliances
// behind a Gateway Load Balancer), imports it as a user would and asserts verdict, blamed
// component, direction and reason. Expectations come from AWS-SEMANTICS-2 R14-R16.

#include "core/io/awsimport.h"
#include "core/sim/simulator.h"
#include "snapshotfiles.h"
#include "verdictcheck.h"

#include <QtTest>

#include <functional>

using namespace mailpath::core;
using Json = nlohmann::json;

namespace {

using Files = mailpath::testing::SnapshotFiles;
using Patch = std::function<void(Files &)>;

const char *SES = "email-smtp.us-east-1.amazonaws.com";
const char *APP_A = "i-0c7a000000000appa"; // us-east-1a
const char *APP_B = "i-0c7a000000000appb"; // us-east-1b, like the NAT gateway
const char *INSPECTION_ATTACHMENT = "tgw-attach-0c7a000000insp";
const char *FW = "arn:aws:network-firewall:us-east-1:111122223333:firewall/egress-inspection";
const char *GWLB = "arn:aws:elasticloadbalancing:us-east-1:111122223333:loadbalancer/gwy/"
                   "inspection-gwlb/0c7a0000000000a1";
const char *RG = "arn:aws:network-firewall:us-east-1:111122223333:stateful-rulegroup/";
const char *STATELESS_RG = "arn:aws:network-firewall:us-east-1:111122223333:"
                           "stateless-rulegroup/smtp-stateless";

struct Case
{
    const char *name;
    const char *from;
    uint16_t port;
    Patch patch;
    const char *verdict;
    const char *blamed = "";
    const char *direction = "";
    const char *reason = "";
    std::vector<const char *> detail = {};  //!< all in blocked_at's detail
    std::vector<const char *> warning = {}; //!< all in one of the trace's warnings
};

const Files &base()
{
    static const Files files = mailpath::testing::readSnapshot(MAILPATH_SOURCE_DIR
                                                               "/tests/data/aws-inspection");
    return files;
}

Design import(const Files &files, Diagnostics &diagnostics)
{
    QTemporaryDir dir;
    if (!mailpath::testing::writeSnapshot(files, dir.path()))
        qFatal("cannot write the snapshot to %s", qPrintable(dir.path()));
    Design design;
    InputError error;
    if (!importAwsSnapshot(dir.path().toStdString(), design, diagnostics, error))
        qFatal("cannot import: %s", error.toString().c_str());
    return design;
}

Json &item(Files &f, const char *file, const char *key, const char *idKey, std::string_view id)
{
    for (auto &i : f.at(file).at(key))
        if (i.at(idKey) == id)
            return i;
    qFatal("no %s in %s", std::string(id).c_str(), file);
}

// ---- patches: small edits of the raw responses

void applianceMode(Files &f, const char *value)
{
    item(f, "TransitGatewayVpcAttachments.json", "TransitGatewayVpcAttachments",
         "TransitGatewayAttachmentId", INSPECTION_ATTACHMENT)["Options"]["ApplianceModeSupport"]
        = value;
}

Json &policy(Files &f)
{
    return f.at("NetworkFirewallPolicies.json")["NetworkFirewallPolicies"][0]["FirewallPolicy"];
}

Json &ruleGroup(Files &f, const std::string &name)
{
    for (auto &g : f.at("NetworkFirewallRuleGroups.json")["NetworkFirewallRuleGroups"])
        if (g["RuleGroupResponse"]["RuleGroupName"] == name)
            return g["RuleGroup"];
    qFatal("no rule group %s", name.c_str());
}

/** The policy's stateful rule groups become these, by priority. */
void statefulGroups(Files &f, std::vector<std::pair<std::string, int>> groups)
{
    Json refs = Json::array();
    for (const auto &[name, priority] : groups)
        refs.push_back({{"ResourceArn", RG + name}, {"Priority", priority}});
    policy(f)["StatefulRuleGroupReferences"] = refs;
}

/** STRICT_ORDER on the policy and (as AWS requires) on every stateful rule group. */
void strictOrder(Files &f, const char *defaultAction)
{
    policy(f)["StatefulEngineOptions"]["RuleOrder"] = "STRICT_ORDER";
    policy(f)["StatefulDefaultActions"] = {defaultAction};
    for (auto &g : f.at("NetworkFirewallRuleGroups.json")["NetworkFirewallRuleGroups"])
        if (g["RuleGroup"].contains("StatefulRuleOptions"))
            g["RuleGroup"]["StatefulRuleOptions"]["RuleOrder"] = "STRICT_ORDER";
}

void domains(Files &f, std::vector<std::string> targets)
{
    ruleGroup(f, "mail-domains")["RulesSource"]["RulesSourceList"]["Targets"] = targets;
}

void appendRules(Files &f, const std::string &rules)
{
    ruleGroup(f, "suricata-smtp")["RulesSource"]["RulesString"].get_ref<std::string &>() += rules;
}

/** Appliances behind a GWLB instead of the firewall: one GWLB endpoint per AZ. */
void gwlbInstead(Files &f, const char *healthA, const char *healthB)
{
    for (const char *name : {"NetworkFirewalls.json", "NetworkFirewallPolicies.json",
                             "NetworkFirewallRuleGroups.json"})
        f.erase(name);
    static const Files overlay = mailpath::testing::readSnapshot(
        MAILPATH_SOURCE_DIR "/tests/data/aws-inspection-gwlb");
    for (const auto &[name, json] : overlay) {
        if (!f.count(name)) {
            f[name] = json;
            continue;
        }
        for (const auto &[key, items] : json.items()) // same response: one list
            for (const auto &i : items)
                f[name][key].push_back(i);
    }
    auto &health = f["LoadBalancerTargetHealth.json"]["LoadBalancerTargetHealth"][0];
    health["TargetHealthDescriptions"][0]["TargetHealth"]["State"] = healthA;
    health["TargetHealthDescriptions"][1]["TargetHealth"]["State"] = healthB;
    for (const char *az : {"a", "b"})
        item(f, "RouteTables.json", "RouteTables", "RouteTableId",
             std::string("rtb-0c7a000000itgw") + az)["Routes"][1]["GatewayId"]
            = std::string("vpce-0c7a00000000gwe") + az;
}

void crossZone(Files &f)
{
    f["LoadBalancerAttributes.json"] = {
        {"LoadBalancerAttributes",
         {{{"LoadBalancerArn", GWLB},
           {"Attributes", {{{"Key", "load_balancing.cross_zone.enabled"}, {"Value", "true"}}}}}}}};
}

template<typename... P>
Patch chain(P... patches)
{
    return [=](Files &f) { (patches(f), ...); };
}

Patch modeOff = [](Files &f) { applianceMode(f, "disable"); };
Patch defaultDrop = [](Files &f) { policy(f)["StatelessDefaultActions"] = {"aws:drop"}; };
Patch domainsOnly = [](Files &f) { statefulGroups(f, {{"mail-domains", 100}}); };
Patch sesNotListed = [](Files &f) { domains(f, {".mail.example.net"}); };
Patch suricataOnly = [](Files &f) { statefulGroups(f, {{"suricata-smtp", 100}}); };

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        // Transit Gateway appliance mode (R14.4-R14.9, R15.3)
        {"appliance mode on (the snapshot): AZ a to SES on 465", APP_A, 465, {}, "delivered"},
        {"appliance mode off, NAT in the other AZ: the reply meets endpoint b", APP_A, 465,
         modeOff, "blocked", INSPECTION_ATTACHMENT, "return", "ASYMMETRIC_RETURN",
         {"vpce-0c7a000000000fwa", "vpce-0c7a000000000fwb"}},
        {"appliance mode off, sender in the NAT's AZ: symmetric", APP_B, 465, modeOff,
         "delivered"},
        // 5-tuple stateful rules (R15.9, R15.10)
        {"stateful 5-tuple DROP of 587", APP_A, 587, {}, "blocked", FW, "forward",
         "NETWORK_FIREWALL_DENY", {"smtp-egress", "587001", "DROP TCP"}},
        {"stateful PASS of 2587: no rule drops it", APP_A, 2587, {}, "delivered"},
        // Stateless engine and its default actions (R15.6-R15.8)
        {"stateless default drop: 2465 is in no stateless rule", APP_A, 2465, defaultDrop,
         "blocked", FW, "forward", "NETWORK_FIREWALL_DENY", {"aws:drop"}},
        {"stateless default drop: 465 forwarded both ways by rules", APP_A, 465, defaultDrop,
         "delivered"},
        {"stateless default drop without the reply's rule", APP_A, 465,
         chain(defaultDrop,
             [](Files &f) {
                 auto &rules = ruleGroup(f, "smtp-stateless")["RulesSource"]
                                        ["StatelessRulesAndCustomActions"]["StatelessRules"];
                 rules.erase(1); // priority 20: source ports 25/465/587/2587 back in
             }),
         "blocked", FW, "return", "NETWORK_FIREWALL_DENY", {"aws:drop"}},
        // Domain allow list, TLS_SNI (R15.12, R15.13)
        {"allow list naming SES: 465 presents SES's SNI in the ClientHello", APP_A, 465,
         domainsOnly, "delivered"},
        {"allow list without SES: 465 dropped at the ClientHello", APP_A, 465,
         chain(domainsOnly, sesNotListed), "blocked", FW, "forward", "NETWORK_FIREWALL_DENY",
         {"mail-domains", "SNI email-smtp.us-east-1.amazonaws.com", "ClientHello"}},
        {"allow list naming SES: 587 STARTTLS passes", APP_A, 587, domainsOnly, "delivered"},
        {"allow list without SES: 587 dropped after STARTTLS", APP_A, 587,
         chain(domainsOnly, sesNotListed), "blocked", FW, "forward", "NETWORK_FIREWALL_DENY",
         {"mail-domains", "STARTTLS", "220 Ready to start TLS"}},
        {"allow list naming SES does not lift a 5-tuple DROP of 587", APP_A, 587,
         [](Files &f) { statefulGroups(f, {{"mail-domains", 50}, {"smtp-egress", 100}}); },
         "blocked", FW, "forward", "NETWORK_FIREWALL_DENY", {"587001", "TCP handshake"}},
        {"allow list inspects HOME_NET only: the spoke outside it is not filtered", APP_A, 465,
         chain(domainsOnly, sesNotListed,
             [](Files &f) { policy(f).erase("PolicyVariables"); }), // HOME_NET: 10.2.0.0/16
         "delivered", "", "", "", {}, {"outside HOME_NET"}},
        // Suricata-compatible rules (R15.9)
        {"Suricata drop tcp ... 587", APP_A, 587, suricataOnly, "blocked", FW, "forward",
         "NETWORK_FIREWALL_DENY", {"suricata-smtp", "sid:1000587"}},
        {"Suricata pass tcp ... 2587", APP_A, 2587, suricataOnly, "delivered"},
        {"Suricata tls.sni drop of SES on 465", APP_A, 465,
         chain(suricataOnly,
             [](Files &f) {
                 appendRules(f, "drop tls $HOME_NET any -> $EXTERNAL_NET 465 (tls.sni; content:\""
                                "email-smtp.us-east-1.amazonaws.com\"; nocase; sid:1000465;)\n");
             }),
         "blocked", FW, "forward", "NETWORK_FIREWALL_DENY", {"sid:1000465"}},
        {"Suricata rule the engine cannot evaluate: a warning on the trace", APP_A, 465,
         chain(suricataOnly,
             [](Files &f) {
                 appendRules(f, "drop tcp $HOME_NET any -> $EXTERNAL_NET 465 (msg:\"EHLO\"; "
                                "pcre:\"/^EHLO/i\"; sid:1000466;)\n");
             }),
         "delivered", "", "", "", {}, {"pcre", "sid:1000466", "suricata-smtp"}},
        // STRICT_ORDER and the stateful default actions (R15.11, R15.13)
        {"strict, drop_established: no rule for 2465, the SMTP data is dropped", APP_A, 2465,
         [](Files &f) { strictOrder(f, "aws:drop_established"); }, "blocked", FW, "forward",
         "NETWORK_FIREWALL_DENY", {"aws:drop_established"}},
        {"strict, drop_established: PASS TCP 465", APP_A, 465,
         [](Files &f) { strictOrder(f, "aws:drop_established"); }, "delivered"},
        {"strict, drop_established, allow list naming SES: 465 passes at the ClientHello",
         APP_A, 465, chain(domainsOnly, [](Files &f) { strictOrder(f, "aws:drop_established"); }),
         "delivered"},
        {"strict, drop_established, allow list naming SES: 587's plaintext SMTP dropped", APP_A,
         587, chain(domainsOnly, [](Files &f) { strictOrder(f, "aws:drop_established"); }),
         "blocked", FW, "forward", "NETWORK_FIREWALL_DENY",
         {"aws:drop_established", "plaintext SMTP"}},
        {"strict, drop_strict, allow list naming SES: the handshake is dropped", APP_A, 465,
         chain(domainsOnly, [](Files &f) { strictOrder(f, "aws:drop_strict"); }), "blocked", FW,
         "forward", "NETWORK_FIREWALL_DENY", {"aws:drop_strict", "TCP handshake"}},
        {"strict: a DROP in a higher-priority group wins over a later PASS", APP_A, 465,
         chain([](Files &f) { statefulGroups(f, {{"suricata-smtp", 50}, {"smtp-egress", 100}}); },
             [](Files &f) {
                 appendRules(f, "drop tcp $HOME_NET any -> $EXTERNAL_NET 465 (sid:1000467;)\n");
             },
             [](Files &f) { strictOrder(f, "aws:drop_established"); }),
         "blocked", FW, "forward", "NETWORK_FIREWALL_DENY", {"suricata-smtp", "sid:1000467"}},
        {"default order: the same PASS wins over the DROP", APP_A, 465,
         chain([](Files &f) { statefulGroups(f, {{"suricata-smtp", 50}, {"smtp-egress", 100}}); },
             [](Files &f) {
                 appendRules(f, "drop tcp $HOME_NET any -> $EXTERNAL_NET 465 (sid:1000467;)\n");
             }),
         "delivered"},
        // Gateway Load Balancer (R16)
        {"GWLB: healthy appliances, appliance mode on", APP_A, 465,
         [](Files &f) { gwlbInstead(f, "healthy", "healthy"); }, "delivered"},
        {"GWLB: appliance mode off, the reply meets appliance b", APP_A, 465,
         chain([](Files &f) { gwlbInstead(f, "healthy", "healthy"); }, modeOff), "blocked",
         INSPECTION_ATTACHMENT, "return", "ASYMMETRIC_RETURN",
         {"i-0c7a00000000appla", "i-0c7a00000000applb"}},
        {"GWLB: no healthy appliance", APP_A, 465,
         [](Files &f) { gwlbInstead(f, "unhealthy", "unhealthy"); }, "blocked", GWLB, "forward",
         "GWLB_NO_HEALTHY_TARGET"},
        {"GWLB: the only healthy appliance is in another AZ, cross-zone off", APP_B, 465,
         chain([](Files &f) { gwlbInstead(f, "healthy", "unhealthy"); }, modeOff), "blocked",
         GWLB, "forward", "GWLB_NO_HEALTHY_TARGET", {"us-east-1b"}},
        {"GWLB: the same with cross-zone load balancing on", APP_B, 465,
         chain([](Files &f) { gwlbInstead(f, "healthy", "unhealthy"); }, modeOff, crossZone),
         "delivered"},
        // OP25B (R6.2) stops 25 at the sender whatever the firewall passes
        {"OP25B on 25 although the firewall passes it", APP_B, 25, {}, "blocked", APP_B,
         "forward", "OP25B_BLOCKED"},
    };
    return all;
}

Trace run(const Case &c, Diagnostics *diagnostics = nullptr)
{
    Files files = base();
    if (c.patch)
        c.patch(files);
    Diagnostics local;
    const Design design = import(files, diagnostics ? *diagnostics : local);
    Query q;
    q.from = c.from;
    q.to = SES;
    q.port = c.port;
    return Simulator(design).trace(q);
}

const Case &caseNamed(std::string_view name)
{
    for (const auto &c : cases())
        if (c.name == name)
            return c;
    qFatal("no case %s", std::string(name).c_str());
}

bool contains(const std::string &text, const char *needle)
{
    return text.find(needle) != std::string::npos;
}

} // namespace

class TestInspectionAws : public QObject
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
        Diagnostics diagnostics;
        const Trace t = run(c, &diagnostics);
        for (const auto &d : diagnostics) // the patched snapshot stays a clean one
            QVERIFY2(d.severity != Severity::Error, d.message.c_str());
        mailpath::testing::verifyVerdict(t, c);
        if (QTest::currentTestFailed())
            return;
        if (t.blockedAt) {
            mailpath::testing::verifyFirstRefusal(t);
            for (const char *needle : c.detail)
                QVERIFY2(contains(t.blockedAt->detail, needle), t.blockedAt->detail.c_str());
        }
        if (c.warning.empty())
            return;
        std::string warnings;
        for (const auto &w : t.warnings)
            warnings += w + "\n";
        QVERIFY2(std::any_of(t.warnings.begin(), t.warnings.end(),
                             [&](const std::string &w) {
                                 return std::all_of(c.warning.begin(), c.warning.end(),
                                                    [&](const char *n) { return contains(w, n); });
                             }),
                 warnings.c_str());
    }

    void applianceModeKeepsBothDirectionsOnOneEndpoint()
    {
        const Trace t = run(caseNamed("appliance mode on (the snapshot): AZ a to SES on 465"));
        const auto endpointOf = [](const std::vector<Hop> &hops) {
            std::vector<std::string> seen;
            for (const auto &h : hops)
                if (h.kind == ResourceKind::NetworkFirewall)
                    seen.push_back(h.rule.substr(0, h.rule.find(' ', 9)));
            return seen;
        };
        const auto forward = endpointOf(t.forward);
        QCOMPARE(forward.size(), size_t(1));
        QCOMPARE(endpointOf(t.reply), forward);
    }

    void firewallPassesWhatOp25bBlocks()
    {
        const Trace t = run(caseNamed("OP25B on 25 although the firewall passes it"));
        const auto fw = std::find_if(t.forward.begin(), t.forward.end(), [](const Hop &h) {
            return h.kind == ResourceKind::NetworkFirewall;
        });
        QVERIFY(fw != t.forward.end());
        QVERIFY(fw->action == HopAction::Allow);
        QVERIFY2(contains(fw->rule, "25001"), fw->rule.c_str());
        QVERIFY(fw->assumed); // walked on past the sender's refusal
    }

    void unreadableSuricataRuleStillLetsTheOthersWork()
    {
        Case c = caseNamed("Suricata rule the engine cannot evaluate: a warning on the trace");
        c.port = 587; // the group's readable drop rule still acts
        const Trace t = run(c);
        QVERIFY(t.blockedAt);
        QVERIFY2(contains(t.blockedAt->detail, "sid:1000587"), t.blockedAt->detail.c_str());
    }
};

QTEST_GUILESS_MAIN(TestInspectionAws)
#include "tst_inspectionaws.moc"
