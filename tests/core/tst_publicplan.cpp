// One address plan for everything public: the simulator's SES addresses and the blocks the
// designer draws from never meet, and a design that takes a simulator address is warned.
#include "core/model/design.h"
#include "core/model/publicplan.h"
#include "core/model/validate.h"
#include "core/sim/compiled.h"

#include <QtTest>

using namespace mailpath::core;

class TestPublicPlan : public QObject
{
    Q_OBJECT

private slots:
    void simulatorAndDesignBlocksAreDisjoint()
    {
        for (const auto &block : publicplan::designBlocks())
            QVERIFY(!block.overlaps(publicplan::simulatorBlock()));
        for (const auto region : publicplan::sesRegions())
            for (bool receiving : {false, true}) {
                const auto address = publicplan::sesAddress(region, receiving);
                QVERIFY(address);
                QVERIFY(publicplan::simulatorBlock().contains(*address));
                QVERIFY(!publicplan::sesHostOf(*address).empty());
            }
        QVERIFY(publicplan::sesHostOf(*parseIpv4("203.0.113.10")).empty());
    }

    void simulatorUsesThePlan()
    {
        const Design design;
        const CompiledNetwork net(design);
        const auto *ses = net.sesForRegion("eu-west-1");
        QVERIFY(ses);
        QCOMPARE(net.sesAddress(*ses), *publicplan::sesAddress("eu-west-1", false));
        QCOMPARE(publicplan::sesHostOf(net.sesAddress(*ses)),
                 std::string("email-smtp.eu-west-1.amazonaws.com"));
    }

    void collisionIsAWarningNamingBoth()
    {
        Design design;
        NatGateway nat;
        nat.id = "nat-clash";
        nat.publicIp = publicplan::sesAddress("us-east-1", false);
        design.put(nat);
        NatGateway fine;
        fine.id = "nat-fine";
        fine.publicIp = parseIpv4("203.0.113.10");
        design.put(fine);
        int found = 0;
        for (const auto &d : validateDesign(design)) {
            if (d.message.find("collides") == std::string::npos)
                continue;
            ++found;
            QVERIFY(d.severity == Severity::Warning);
            QCOMPARE(d.resource, std::string("nat-clash"));
            QVERIFY(d.message.find("email-smtp.us-east-1.amazonaws.com") != std::string::npos);
            QVERIFY(d.message.find("198.51.100.10") != std::string::npos);
        }
        QCOMPARE(found, 1);
    }
};

QTEST_GUILESS_MAIN(TestPublicPlan)
#include "tst_publicplan.moc"
