#pragma once

// The check every scenario table makes of a trace: the verdict; for a blocked flow the reason,
// direction and blamed component with a fix; the first refusal among the walked hops. QtTest's
// macros return from these helpers only: callers stop on QTest::currentTestFailed().

#include "core/sim/trace.h"

#include <QtTest>

#include <algorithm>
#include <string>

namespace mailpath::testing {

inline std::string blockedText(const core::Trace &t)
{
    return t.blockedAt ? std::string(core::toString(t.blockedAt->reason)) + " at "
                             + t.blockedAt->resource + ": " + t.blockedAt->detail
                       : std::string("delivered");
}

/** Case: a table row with verdict, blamed ("" when any), direction and reason. */
template<typename Case>
void verifyVerdict(const core::Trace &t, const Case &c)
{
    const std::string text = blockedText(t);
    QVERIFY2(std::string(core::toString(t.verdict)) == c.verdict, text.c_str());
    if (std::string(c.verdict) == "delivered") {
        QVERIFY(!t.blockedAt);
        QVERIFY(!t.reply.empty());
        QVERIFY(t.reply.back().action == core::HopAction::Deliver);
        return;
    }
    QVERIFY(t.blockedAt);
    QVERIFY2(std::string(core::toString(t.blockedAt->reason)) == c.reason, text.c_str());
    QCOMPARE(std::string(core::toString(t.blockedAt->direction)), std::string(c.direction));
    if (*c.blamed)
        QCOMPARE(t.blockedAt->resource, std::string(c.blamed));
    QVERIFY(!t.blockedAt->detail.empty());
    QVERIFY(!t.blockedAt->fix.empty());
}

/** The blamed component is the first refusal of its direction, walked for real (not assumed). */
inline void verifyFirstRefusal(const core::Trace &t)
{
    QVERIFY(t.blockedAt);
    const auto &hops = t.blockedAt->direction == core::Direction::Forward ? t.forward : t.reply;
    const auto deny = std::find_if(hops.begin(), hops.end(), [](const core::Hop &h) {
        return h.action == core::HopAction::Deny;
    });
    QVERIFY(deny != hops.end());
    QCOMPARE(deny->resource, t.blockedAt->resource);
    QVERIFY(std::none_of(hops.begin(), deny, [](const core::Hop &h) { return h.assumed; }));
}

/** A scenario row: verifyVerdict, then, for a blocked flow, verifyFirstRefusal. */
template<typename Case>
void verifyScenario(const core::Trace &t, const Case &c)
{
    verifyVerdict(t, c);
    if (!QTest::currentTestFailed() && t.blockedAt)
        verifyFirstRefusal(t);
}

} // namespace mailpath::testing
