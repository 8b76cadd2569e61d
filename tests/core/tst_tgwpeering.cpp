// Transit Gateway peering walked across both sides of a snapshot (AWS-SEMANTICS-2 R14.1-R14.3):
// Batfish's test-transit-gateway-peering sample (two accounts, us-west-1 and us-east-1), one
// static route required per side; each case asserts verdict, blamed component, direction and
// reason code.

#include "core/io/awsimport.h"
#include "core/sim/simulator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <filesystem>

using namespace mailpath::core;

namespace {

const char *SAMPLE = MAILPATH_SHARED_DIR "/aws-samples/batfish/test-transit-gateway-peering";
const char *PCX = "tgw-attach-012e5d602f859dd80";
const char *WEST_TGW = "tgw-03201f1960ddb0c25";  // fish, 192.168.0.0/16
const char *EAST_TGW = "tgw-0e20010ebf43d07a2";  // bat 10.10.0.0/16, bat2 10.20.0.0/16
const char *WEST_TABLE = "tgw-rtb-00be87593fb2cd0ae";
const char *EAST_PEERING_TABLE = "tgw-rtb-05d2952671d1f460a"; // associated with the peering
const char *FISH = "192.168.1.100";
const char *BAT = "10.10.1.100";
const char *BAT2 = "10.20.1.100";

Design import(const std::string &dir)
{
    Design design;
    Diagnostics diagnostics;
    InputError error;
    if (!importAwsSnapshot(dir, design, diagnostics, error))
        qFatal("cannot import %s: %s", dir.c_str(), error.toString().c_str());
    return design;
}

/** This transit gateway's own record of the peering attachment (one per side). */
const TgwAttachment *side(const Design &d, const std::string &tgwId)
{
    for (const auto &[id, att] : d.all<TgwAttachment>())
        if (id.starts_with(PCX) && att.transitGatewayId == tgwId)
            return &att;
    return nullptr;
}

void addStaticRoute(Design &d, const char *table, const char *cidr, const std::string &tgwId)
{
    const std::string attachment = side(d, tgwId)->id;
    QVERIFY(d.update<TgwRouteTable>(table, [&](TgwRouteTable &t) {
        TgwRoute r;
        r.destination = *Cidr::parse(cidr);
        r.attachmentIds = {attachment};
        t.routes.push_back(r);
    }));
}

Trace trace(const Design &d, const char *from, const char *to)
{
    Query q;
    q.from = from;
    q.to = to;
    q.port = 22; // the sample's groups admit SSH and traceroute only
    return Simulator(d).trace(q);
}

void expectBlocked(const Trace &t, ReasonCode reason, const char *resource, Direction direction)
{
    QVERIFY2(t.blockedAt, "delivered");
    QCOMPARE(std::string(toString(t.verdict)), std::string("blocked"));
    QCOMPARE(std::string(toString(t.blockedAt->reason)), std::string(toString(reason)));
    QCOMPARE(t.blockedAt->resource, std::string(resource));
    QCOMPARE(std::string(toString(t.blockedAt->direction)), std::string(toString(direction)));
    QVERIFY(!t.blockedAt->fix.empty());
}

void copyTree(const QString &from, const QString &to)
{
    namespace fs = std::filesystem;
    fs::copy(from.toStdString(), to.toStdString(), fs::copy_options::recursive);
}

void writeFile(const QString &path, const QByteArray &text)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(text), qint64(text.size()));
}

} // namespace

class TestTgwPeering : public QObject
{
    Q_OBJECT

private slots:
    void eachSideKeepsItsOwnRecord()
    {
        const Design d = import(SAMPLE);
        const auto *west = side(d, WEST_TGW);
        const auto *east = side(d, EAST_TGW);
        QVERIFY(west && east && west != east);
        QCOMPARE(west->resourceId, std::string(EAST_TGW));
        QCOMPARE(east->resourceId, std::string(WEST_TGW));
        QCOMPARE(west->associationRouteTableId, std::string(WEST_TABLE));
        QCOMPARE(east->associationRouteTableId, std::string(EAST_PEERING_TABLE));
        // Each side's static route names the same AWS id and leads to that side's own record.
        for (const auto *table : {WEST_TABLE, "tgw-rtb-018a5e572ec3088d1"}) {
            const auto *t = d.find<TgwRouteTable>(table);
            QVERIFY(t && !t->routes.empty());
            const auto *target = d.find<TgwAttachment>(t->routes.front().attachmentIds.front());
            QVERIFY(target);
            QCOMPARE(target->transitGatewayId, t->transitGatewayId);
        }
    }

    void forwardMissingStaticRoute()
    {
        // The west table routes only 10.20.0.0/16 over the peering: bat is not reachable.
        const Trace t = trace(import(SAMPLE), FISH, BAT);
        expectBlocked(t, ReasonCode::TgwRouteNoMatch, WEST_TABLE, Direction::Forward);
        QVERIFY(t.blockedAt->fix.find("static route for 10.10.0.0/16") != std::string::npos);
        QVERIFY2(t.blockedAt->fix.find(std::string(PCX) + "@") == std::string::npos,
                 "the fix names the attachment by its AWS id");
    }

    void returnMissingStaticRoute()
    {
        // West now routes 10.10/16 over the peering; the east table associated with the peering
        // knows bat (propagated), but bat's reply to 192.168/16 finds no route on the east side.
        Design d = import(SAMPLE);
        addStaticRoute(d, WEST_TABLE, "10.10.0.0/16", WEST_TGW);
        const Trace t = trace(d, FISH, BAT);
        expectBlocked(t, ReasonCode::TgwRouteNoMatch, EAST_PEERING_TABLE, Direction::Return);
        QVERIFY(t.blockedAt->fix.find("static route for 192.168.0.0/16") != std::string::npos);
        const auto crossed = std::count_if(t.forward.begin(), t.forward.end(), [](const Hop &h) {
            return h.resource.starts_with(PCX);
        });
        QCOMPARE(crossed, 1);
    }

    void staticRoutesOnBothSidesDeliver()
    {
        Design d = import(SAMPLE);
        addStaticRoute(d, WEST_TABLE, "10.10.0.0/16", WEST_TGW);
        addStaticRoute(d, EAST_PEERING_TABLE, "192.168.0.0/16", EAST_TGW);
        const Trace t = trace(d, FISH, BAT);
        QVERIFY2(!t.blockedAt, t.blockedAt ? t.blockedAt->detail.c_str() : "");
        QVERIFY(!t.reply.empty() && t.reply.back().action == HopAction::Deliver);
        QCOMPARE(t.reply.back().resource, std::string("i-0afb0a59f6bf36397"));
    }

    void arrivingTrafficUsesTheTableAssociatedWithThePeering()
    {
        // bat2 -> fish crosses (its own table has 192.168/16 -> peering); the reply arrives in
        // the east on the peering's table, which has no route to bat2 (R14.3, R9.3).
        const Trace t = trace(import(SAMPLE), BAT2, FISH);
        expectBlocked(t, ReasonCode::TgwRouteNoMatch, EAST_PEERING_TABLE, Direction::Return);
        QVERIFY(t.forward.back().action == HopAction::Deliver);
    }

    void deletingPeeringListedByBothRegions()
    {
        // describe-transit-gateway-peering-attachments in both regions, the attachment deleting:
        // two records, neither walked.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString root = dir.filePath(QStringLiteral("snapshot"));
        copyTree(QString::fromUtf8(SAMPLE), root);
        const QByteArray listing = QByteArray(R"({"TransitGatewayPeeringAttachments": [{
            "TransitGatewayAttachmentId": "tgw-attach-012e5d602f859dd80",
            "RequesterTgwInfo": {"TransitGatewayId": "tgw-03201f1960ddb0c25",
                                 "OwnerId": "804819755326", "Region": "us-west-1"},
            "AccepterTgwInfo": {"TransitGatewayId": "tgw-0e20010ebf43d07a2",
                                "OwnerId": "732168539940", "Region": "us-east-1"},
            "Status": {"Code": "deleting", "Message": "Deleting"}, "State": "deleting"}]})");
        writeFile(root + "/accounts/804819755326/us-west-1/TransitGatewayPeeringAttachments.json",
                  listing);
        writeFile(root + "/accounts/732168539940/us-east-1/TransitGatewayPeeringAttachments.json",
                  listing);
        const Design d = import(root.toStdString());
        int records = 0;
        for (const auto &[id, att] : d.all<TgwAttachment>())
            records += id.starts_with(PCX) ? 1 : 0;
        QCOMPARE(records, 2);
        QCOMPARE(side(d, WEST_TGW)->state, std::string("deleting"));
        QCOMPARE(side(d, EAST_TGW)->state, std::string("deleting"));
        QCOMPARE(side(d, WEST_TGW)->associationRouteTableId, std::string(WEST_TABLE));
        const Trace t = trace(d, BAT2, FISH);
        expectBlocked(t, ReasonCode::TgwPeeringNotAvailable, side(d, EAST_TGW)->id.c_str(),
                      Direction::Forward);
        QVERIFY(t.blockedAt->detail.find("deleting") != std::string::npos);
    }

    void peeringListingAloneMakesBothSides()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        writeFile(dir.filePath(QStringLiteral("TransitGatewayPeeringAttachments.json")),
                  R"({"TransitGatewayPeeringAttachments": [{
            "TransitGatewayAttachmentId": "tgw-attach-0pcx",
            "RequesterTgwInfo": {"TransitGatewayId": "tgw-0a", "Region": "eu-west-1"},
            "AccepterTgwInfo": {"TransitGatewayId": "tgw-0b", "Region": "eu-central-1"},
            "State": "pendingAcceptance"}]})");
        const Design d = import(dir.path().toStdString());
        const auto *a = d.find<TgwAttachment>("tgw-attach-0pcx");
        const auto *b = d.find<TgwAttachment>("tgw-attach-0pcx@tgw-0b");
        QVERIFY(a && b);
        QCOMPARE(a->transitGatewayId, std::string("tgw-0a"));
        QCOMPARE(a->resourceId, std::string("tgw-0b"));
        QCOMPARE(b->resourceId, std::string("tgw-0a"));
        QCOMPARE(b->resourceType, std::string("peering"));
        QCOMPARE(b->state, std::string("pendingAcceptance"));
    }
};

QTEST_GUILESS_MAIN(TestTgwPeering)
#include "tst_tgwpeering.moc"
