// Direct Connect (AWS-SEMANTICS-2 §17): flows from on-premises over a private VIF and a DX
// gateway into a VGW, over a transit VIF into a TGW, and back; allowed prefixes, VIF state and
// BGP. The snapshot is AWS JSON in the API's own form (tests/data/aws-dx, lowerCamelCase DX
// files); each case asserts verdict, blamed component, direction and reason code.

#include "core/io/awsimport.h"
#include "core/sim/simulator.h"
#include "verdictcheck.h"

#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>
#include <filesystem>
#include <functional>

using namespace mailpath::core;

namespace {

const char *DATA = MAILPATH_SOURCE_DIR "/tests/data/aws-dx";
const char *BATFISH = MAILPATH_SHARED_DIR "/aws-samples/batfish/test-direct-connect-gateway";
const char *DXGW_A = "a3c1d2e4-1111-4abc-9def-00000000000a"; // private VIF, VGW association
const char *DXGW_B = "b3c1d2e4-2222-4abc-9def-00000000000b"; // transit VIF, TGW association
const char *ONPREM_HOST = "192.168.10.10"; // the design's on-premises network behind the VIF
const char *ONPREM_TRANSIT = "172.20.5.5";  // the transit VIF's routeFilterPrefixes
const char *RELAY_A = "10.30.1.25";
const char *RELAY_B = "10.40.1.25";

using Edit = std::function<void(Design &)>;

struct Case
{
    const char *name;
    const char *from;
    const char *to;
    Edit edit;
    const char *verdict;
    const char *blamed = "";
    const char *direction = "";
    const char *reason = "";
};

Design import(const std::string &dir, Diagnostics *out = nullptr)
{
    Design design;
    Diagnostics diagnostics;
    InputError error;
    if (!importAwsSnapshot(dir, design, diagnostics, error))
        qFatal("cannot import %s: %s", dir.c_str(), error.toString().c_str());
    if (out)
        *out = diagnostics;
    return design;
}

/** The data centre behind the private VIF: no snapshot holds it, the user adds it (R17.3). */
Design withDataCentre()
{
    Design d = import(DATA);
    OnPremNetwork dc;
    dc.id = "onprem-0dc";
    dc.name = "Tokyo DC";
    dc.cidrs = {*Cidr::parse("192.168.0.0/16")};
    dc.vpnConnectionIds = {"dxvif-0priv"};
    d.put(dc);
    return d;
}

void editGateway(Design &d, const char *id, const std::function<void(DirectConnectGateway &)> &f)
{
    QVERIFY(d.update<DirectConnectGateway>(id, f));
}

void editVif(Design &d, const char *id, const std::function<void(VirtualInterface &)> &f)
{
    QVERIFY(d.update<VirtualInterface>(id, f));
}

void allow(Design &d, const char *gw, const char *cidr)
{
    editGateway(d, gw, [&](DirectConnectGateway &g) {
        g.associations.at(0).allowedPrefixes = {*Cidr::parse(cidr)};
    });
}

void dropTgwPropagation(Design &d, const char *attachment)
{
    QVERIFY(d.update<TgwRouteTable>("tgw-rtb-0dx", [&](TgwRouteTable &t) {
        std::erase(t.propagationAttachmentIds, std::string(attachment));
    }));
}

const std::vector<Case> &cases()
{
    static const std::vector<Case> all = {
        {"on-prem to the VPC over DX via the VGW", ONPREM_HOST, RELAY_A, {}, "delivered"},
        {"VGW association's allowed prefix narrower than the VPC CIDR (R17.2)", ONPREM_HOST,
         RELAY_A, [](Design &d) { allow(d, DXGW_A, "10.30.1.0/24"); }, "blocked", DXGW_A,
         "forward", "DX_PREFIX_NOT_ALLOWED"},
        {"VGW association's allowed prefix unrelated to the VPC", ONPREM_HOST, RELAY_A,
         [](Design &d) { allow(d, DXGW_A, "10.99.0.0/16"); }, "blocked", DXGW_A, "forward",
         "DX_PREFIX_NOT_ALLOWED"},
        {"a wider allowed prefix advertises the VPC CIDR", ONPREM_HOST, RELAY_A,
         [](Design &d) { allow(d, DXGW_A, "10.30.0.0/15"); }, "delivered"},
        {"private VIF down (R17.5)", ONPREM_HOST, RELAY_A,
         [](Design &d) { editVif(d, "dxvif-0priv", [](VirtualInterface &v) { v.state = "down"; }); },
         "blocked", "dxvif-0priv", "forward", "DX_VIF_DOWN"},
        {"every BGP peer of the VIF down", ONPREM_HOST, RELAY_A,
         [](Design &d) {
             editVif(d, "dxvif-0priv", [](VirtualInterface &v) { v.bgpPeers.at(0).bgpStatus = "down"; });
         },
         "blocked", "dxvif-0priv", "forward", "DX_VIF_DOWN"},
        {"VPC table without the route back to on-prem (R17.3)", ONPREM_HOST, RELAY_A,
         [](Design &d) {
             QVERIFY(d.update<RouteTable>("rtb-0dxa", [](RouteTable &rt) {
                 rt.propagatingVgwIds.clear();
                 std::erase_if(rt.routes, [](const Route &r) { return r.target == RouteTarget::VpnGateway; });
             }));
         },
         "blocked", "rtb-0dxa", "return", "ROUTE_NO_MATCH"},
        {"the VPC relay to on-prem over DX", RELAY_A, ONPREM_HOST, {}, "delivered"},
        {"VPC to on-prem: the reply's destination is not advertised", RELAY_A, ONPREM_HOST,
         [](Design &d) { allow(d, DXGW_A, "10.30.1.0/24"); }, "blocked", DXGW_A, "return",
         "DX_PREFIX_NOT_ALLOWED"},
        {"on-prem to the VPC over a transit VIF and the TGW", ONPREM_TRANSIT, RELAY_B, {},
         "delivered"},
        {"TGW table without a route to the VPC", ONPREM_TRANSIT, RELAY_B,
         [](Design &d) { dropTgwPropagation(d, "tgw-attach-0dxb"); }, "blocked", "tgw-rtb-0dx",
         "forward", "TGW_ROUTE_NO_MATCH"},
        {"TGW table without the DX gateway's BGP routes", ONPREM_TRANSIT, RELAY_B,
         [](Design &d) { dropTgwPropagation(d, "tgw-attach-0dxgw"); }, "blocked", "tgw-rtb-0dx",
         "return", "TGW_ROUTE_NO_MATCH"},
        {"TGW association's allowed prefixes miss the VPC", ONPREM_TRANSIT, RELAY_B,
         [](Design &d) { allow(d, DXGW_B, "10.41.0.0/16"); }, "blocked", DXGW_B, "forward",
         "DX_PREFIX_NOT_ALLOWED"},
        {"a TGW association advertises a part of the VPC as it is", ONPREM_TRANSIT, RELAY_B,
         [](Design &d) { allow(d, DXGW_B, "10.40.1.0/24"); }, "delivered"},
        {"VPC to on-prem over the TGW, transit VIF down", RELAY_B, ONPREM_TRANSIT,
         [](Design &d) {
             editVif(d, "dxvif-0transit", [](VirtualInterface &v) { v.state = "down"; });
         },
         "blocked", "dxvif-0transit", "forward", "DX_VIF_DOWN"},
        {"a DX gateway does not pass traffic between two VGW associations (R17.1)", RELAY_A,
         "10.50.1.25",
         [](Design &d) {
             Vpc c;
             c.id = "vpc-0dxc";
             c.cidrs = {*Cidr::parse("10.50.0.0/16")};
             d.put(c);
             VpnGateway vgw;
             vgw.id = "vgw-0dxc";
             vgw.vpcIds = {"vpc-0dxc"};
             d.put(vgw);
             editGateway(d, DXGW_A, [](DirectConnectGateway &g) {
                 DxAssociation a;
                 a.id = "assoc-c";
                 a.gatewayId = "vgw-0dxc";
                 a.allowedPrefixes = {*Cidr::parse("10.50.0.0/16")};
                 g.associations.push_back(a);
             });
             QVERIFY(d.update<RouteTable>("rtb-0dxa", [](RouteTable &rt) {
                 Route r;
                 r.destination = *Cidr::parse("10.50.0.0/16");
                 r.target = RouteTarget::VpnGateway;
                 r.targetId = "vgw-0dxa";
                 rt.routes.push_back(r);
             }));
         },
         "blocked", "vgw-0dxa", "forward", "VPN_NO_ROUTE"},
    };
    return all;
}

Trace run(const Case &c)
{
    Design design = withDataCentre();
    if (c.edit)
        c.edit(design);
    Query q;
    q.from = c.from;
    q.to = c.to;
    q.port = 25;
    return Simulator(design).trace(q);
}

Trace trace(const Design &d, const char *from, const char *to)
{
    Query q;
    q.from = from;
    q.to = to;
    q.port = 25;
    return Simulator(d).trace(q);
}

bool passes(const std::vector<Hop> &hops, std::string_view resource)
{
    return std::any_of(hops.begin(), hops.end(),
                       [&](const Hop &h) { return h.resource == resource; });
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), qint64(text.size()));
}

} // namespace

class TestDirectConnect : public QObject
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

    void bothWaysCrossTheVifAndTheGateway()
    {
        const Trace t = run(cases().front());
        QVERIFY(!t.blockedAt);
        for (const auto *hops : {&t.forward, &t.reply}) {
            QVERIFY(passes(*hops, "dxvif-0priv"));
            QVERIFY(passes(*hops, DXGW_A));
            QVERIFY(passes(*hops, "vgw-0dxa"));
        }
        QCOMPARE(t.reply.back().resource, std::string("onprem-0dc"));
    }

    void vifDownNamesTheEvidence()
    {
        Design d = withDataCentre();
        editVif(d, "dxvif-0priv", [](VirtualInterface &v) { v.bgpPeers.at(0).bgpStatus = "down"; });
        const Trace t = trace(d, ONPREM_HOST, RELAY_A);
        QVERIFY(t.blockedAt);
        QVERIFY2(t.blockedAt->detail.find("169.254.20.2/30 down") != std::string::npos,
                 t.blockedAt->detail.c_str());
        QCOMPARE(int(t.blockedAt->kind), int(ResourceKind::VirtualInterface));
    }

    void transitRoutesAreSaidToBeBgpLearned()
    {
        const Trace t = trace(withDataCentre(), ONPREM_TRANSIT, RELAY_B);
        QVERIFY(!t.blockedAt);
        QVERIFY(passes(t.reply, "tgw-attach-0dxgw") && passes(t.reply, DXGW_B));
        const bool said = std::any_of(t.notes.begin(), t.notes.end(), [](const std::string &n) {
            return n.find("learned over BGP") != std::string::npos
                   && n.find("172.20.0.0/16") != std::string::npos;
        });
        QVERIFY(said);
    }

    void missingRouteBackSaysWhatToCheck()
    {
        // Propagation off: the plain fix.
        Design d = withDataCentre();
        dropTgwPropagation(d, "tgw-attach-0dxgw");
        const Trace off = trace(d, ONPREM_TRANSIT, RELAY_B);
        QVERIFY(off.blockedAt);
        QVERIFY2(off.blockedAt->fix.find("enable propagation") != std::string::npos,
                 off.blockedAt->fix.c_str());
        // Propagation on, the address not among the VIF's prefixes (its /30 link address never
        // propagates, R17.2): the verdict depends on routes learned over BGP (R17.3).
        const Trace link = trace(withDataCentre(), "169.254.30.2", RELAY_B);
        std::vector<BlockedAt> all = link.alsoBlocked;
        if (link.blockedAt)
            all.insert(all.begin(), *link.blockedAt);
        const auto tgw = std::find_if(all.begin(), all.end(), [](const BlockedAt &b) {
            return b.reason == ReasonCode::TgwRouteNoMatch;
        });
        QVERIFY(tgw != all.end());
        QCOMPARE(int(tgw->direction), int(Direction::Return));
        QVERIFY2(tgw->fix.find("learned over BGP") != std::string::npos, tgw->fix.c_str());
    }

    void anAddressNoVifKnowsIsNotOnPremises()
    {
        // 10.77.0.1 is behind no VIF, VPN or on-premises network: an Internet host as before.
        const Trace t = trace(withDataCentre(), "10.77.0.1", RELAY_A);
        QVERIFY(t.blockedAt);
        QCOMPARE(std::string(toString(t.blockedAt->reason)), std::string("IGW_PRIVATE_DESTINATION"));
    }

    void importsTheApiForm()
    {
        Diagnostics diagnostics;
        const Design d = import(DATA, &diagnostics);
        QCOMPARE(d.all<DirectConnectGateway>().size(), size_t(2));
        QCOMPARE(d.all<VirtualInterface>().size(), size_t(2));
        const auto *a = d.find<DirectConnectGateway>(DXGW_A);
        QVERIFY(a);
        QCOMPARE(a->name, std::string("dc-tokyo-vgw"));
        QCOMPARE(a->asn, int64_t(64513));
        QCOMPARE(a->associations.size(), size_t(1));
        QCOMPARE(a->associations[0].gatewayId, std::string("vgw-0dxa"));
        QCOMPARE(a->associations[0].allowedPrefixes.at(0).toString(), std::string("10.30.0.0/16"));
        // BGP prefixes of the private VIF: what its VGW propagated into rtb-0dxa.
        const auto *priv = d.find<VirtualInterface>("dxvif-0priv");
        QVERIFY(priv);
        QCOMPARE(priv->onPremPrefixes.size(), size_t(1));
        QCOMPARE(priv->onPremPrefixes.at(0).toString(), std::string("192.168.0.0/16"));
        const auto *vif = d.find<VirtualInterface>("dxvif-0transit");
        QVERIFY(vif);
        QCOMPARE(vif->type, std::string("transit"));
        QCOMPARE(vif->vlan, int64_t(102));
        QCOMPARE(vif->onPremPrefixes.at(0).toString(), std::string("172.20.0.0/16"));
        QCOMPARE(vif->bgpPeers.at(0).bgpStatus, std::string("up"));
    }

    void importsBatfishSample()
    {
        Diagnostics diagnostics;
        const Design d = import(BATFISH, &diagnostics);
        QCOMPARE(d.all<DirectConnectGateway>().size(), size_t(1));
        QCOMPARE(d.all<VirtualInterface>().size(), size_t(1));
        const auto *gw = d.find<DirectConnectGateway>("7b2c4f8a-1234-4abc-9def-fedcba987654");
        QVERIFY(gw);
        QCOMPARE(gw->associations.size(), size_t(1));
        QVERIFY(gw->associations[0].isTransit());
        QCOMPARE(gw->associations[0].gatewayId, std::string("tgw-dx01"));
        const auto *vif = d.find<VirtualInterface>("dxvif-dx01");
        QVERIFY(vif);
        QCOMPARE(vif->directConnectGatewayId, gw->id);
        QCOMPARE(vif->customerAddress, std::string("169.254.10.2/30"));
        for (const auto &diag : diagnostics)
            QVERIFY2(diag.message.find("not modelled") == std::string::npos, diag.message.c_str());
    }

    void batfishSampleFlows()
    {
        const Design d = import(BATFISH);
        // on-prem (inside the VIF's route filter prefix 10.0.0.0/8) -> the instance, both ways
        const Trace in = trace(d, "10.50.0.10", "10.100.1.10");
        QVERIFY2(!in.blockedAt, mailpath::testing::blockedText(in).c_str());
        QVERIFY(passes(in.forward, "tgw-attach-dx01") && passes(in.reply, "dxvif-dx01"));
        const Trace out = trace(d, "10.100.1.10", "10.50.0.10");
        QVERIFY2(!out.blockedAt, mailpath::testing::blockedText(out).c_str());
        // The isolated VPC is not in the DX table: its only match leads back to DX.
        const Trace iso = trace(d, "10.50.0.10", "10.200.1.10");
        QVERIFY(iso.blockedAt);
        QCOMPARE(std::string(toString(iso.blockedAt->reason)), std::string("TGW_ROUTE_NO_MATCH"));
        QCOMPARE(iso.blockedAt->resource, std::string("tgw-rtb-dx01"));
        // The /30 link address never propagates to a TGW (R17.2): no way back.
        const Trace link = trace(d, "169.254.10.2", "10.100.1.10");
        QVERIFY(link.blockedAt);
        QCOMPARE(std::string(toString(link.blockedAt->direction)), std::string("return"));
    }

    void recordedResponseAndBadInput()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        namespace fs = std::filesystem;
        fs::copy(DATA, dir.path().toStdString(), fs::copy_options::recursive);
        QFile original(dir.filePath(QStringLiteral("DirectConnectGateways.json")));
        QVERIFY(original.open(QIODevice::ReadOnly));
        const QByteArray body = original.readAll();
        original.close();
        writeFile(dir.filePath(QStringLiteral("DirectConnectGateways.json")),
                  "{\"status_code\": 200, \"data\": " + body + "}");
        QCOMPARE(import(dir.path().toStdString()).all<DirectConnectGateway>().size(), size_t(2));

        writeFile(dir.filePath(QStringLiteral("VirtualInterfaces.json")),
                  R"({"virtualInterfaces": [{"virtualInterfaceId": "dxvif-0bad",
                      "routeFilterPrefixes": [{"cidr": "172.20.0.0/33"}]}]})");
        Design d;
        Diagnostics diagnostics;
        InputError error;
        const bool ok = importAwsSnapshot(dir.path().toStdString(), d, diagnostics, error);
        // Refused, or the file skipped with an error: either way named, never half-imported.
        std::string text = ok ? std::string() : error.toString();
        for (const auto &diag : diagnostics)
            if (diag.severity == Severity::Error)
                text += diag.file + ": " + diag.message + "\n";
        QVERIFY(!d.find<VirtualInterface>("dxvif-0bad"));
        QVERIFY2(text.find("VirtualInterfaces.json") != std::string::npos, text.c_str());
        QVERIFY2(text.find("dxvif-0bad") != std::string::npos, text.c_str());
    }
};

QTEST_GUILESS_MAIN(TestDirectConnect)
#include "tst_directconnect.moc"
