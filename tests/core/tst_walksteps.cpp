// The walk-step table: every kind a route can point at has exactly one step, every kind of
// address owner is received by at most one, and the steps name real kinds.

#include "core/model/kindtraits.h"
#include "core/sim/walksteps.h"

#include <QTest>

#include <map>

using namespace mailpath::core;

class TestWalkSteps : public QObject
{
    Q_OBJECT

private slots:
    void everyRouteTargetKindHasAStep()
    {
        for (int i = 0; i < resourceKindCount; ++i) {
            const auto &traits = kindTraits(ResourceKind(i));
            if (!traits.routeTarget)
                continue;
            const auto *step = stepForRoute(*traits.routeTarget);
            QVERIFY2(step && step->viaRoute, traits.name.data());
        }
        QVERIFY(stepForRoute(RouteTarget::Local)); // the VPC's own range
        QVERIFY(!stepForRoute(RouteTarget::EgressOnlyGateway)); // IPv6 only: no SMTP over it
        QVERIFY(!stepForRoute(RouteTarget::Other));
    }

    void oneStepPerRouteTargetAndOwner()
    {
        std::map<int, std::string_view> routes, owners;
        for (const auto *step : walkSteps()) {
            QVERIFY(step->viaRoute || step->arrive);
            QCOMPARE(bool(step->route), step->viaRoute != nullptr);
            QCOMPARE(bool(step->owner), step->arrive != nullptr);
            // Steps that claim some targets of a route type (firewall and GWLB endpoints
            // among vpce- routes) sit beside that type's one unclaimed step.
            if (step->route && !step->claims)
                QVERIFY2(routes.emplace(int(*step->route), step->name).second, step->name.data());
            if (step->owner)
                QVERIFY2(owners.emplace(int(*step->owner), step->name).second, step->name.data());
            if (step->name != "local")
                QVERIFY2(kindFromName(step->name), step->name.data());
        }
    }

    void claimingStepsShareAnUnclaimedTarget()
    {
        int claiming = 0;
        for (const auto *step : walkSteps()) {
            if (!step->claims)
                continue;
            ++claiming;
            QVERIFY2(step->route, step->name.data());
            const auto *fallback = stepForRoute(*step->route);
            QVERIFY2(fallback && !fallback->claims, step->name.data());
        }
        QCOMPARE(claiming, 2); // network firewall endpoints, GWLB endpoints
    }

    void addressOwnersReachTheirStep_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("step");
        QTest::newRow("interface") << int(AddressOwner::Interface) << "network-interface";
        QTest::newRow("nat gateway") << int(AddressOwner::NatGatewayNode) << "nat-gateway";
        QTest::newRow("load balancer") << int(AddressOwner::LoadBalancerNode) << "load-balancer";
        QTest::newRow("endpoint") << int(AddressOwner::EndpointNode) << "vpc-endpoint";
        QTest::newRow("transit gateway: no step") << int(AddressOwner::TgwNode) << "";
    }

    void addressOwnersReachTheirStep()
    {
        QFETCH(int, type);
        QFETCH(QString, step);
        const auto *found = stepForOwner(AddressOwner::Type(type));
        QCOMPARE(found ? QString::fromUtf8(found->name.data(), qsizetype(found->name.size()))
                       : QString(),
                 step);
    }
};

QTEST_GUILESS_MAIN(TestWalkSteps)
#include "tst_walksteps.moc"
