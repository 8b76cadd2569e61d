#include "core/net/portset.h"

#include <QtTest>

#include <initializer_list>

using namespace mailpath::core;

namespace {
PortSet setOf(std::initializer_list<PortRange> ranges)
{
    PortSet set;
    for (const auto &r : ranges)
        set.add(r);
    return set;
}
} // namespace

Q_DECLARE_METATYPE(PortSet)
Q_DECLARE_METATYPE(PortRange)

class TestPortSet : public QObject
{
    Q_OBJECT

private slots:
    void parseRange_data();
    void parseRange();
    void add_data();
    void add();
    void subtract_data();
    void subtract();
    void intersect_data();
    void intersect();
    void containsAndCount();
};

void TestPortSet::parseRange_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("lo");
    QTest::addColumn<int>("hi");

    QTest::newRow("single") << "587" << true << 587 << 587;
    QTest::newRow("range") << "1024-65535" << true << 1024 << 65535;
    QTest::newRow("all word") << "all" << true << 0 << 65535;
    QTest::newRow("star") << "*" << true << 0 << 65535;
    QTest::newRow("spaces trimmed") << " 25 " << true << 25 << 25;
    QTest::newRow("reversed") << "600-500" << false << 0 << 0;
    QTest::newRow("too large") << "65536" << false << 0 << 0;
    QTest::newRow("negative") << "-5" << false << 0 << 0;
    QTest::newRow("empty") << "" << false << 0 << 0;
    QTest::newRow("letters") << "smtp" << false << 0 << 0;
    QTest::newRow("half range") << "25-" << false << 0 << 0;
}

void TestPortSet::parseRange()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, lo);
    QFETCH(int, hi);
    const auto range = PortRange::parse(text.toStdString());
    QCOMPARE(range.has_value(), valid);
    if (valid) {
        QCOMPARE(int(range->lo), lo);
        QCOMPARE(int(range->hi), hi);
    }
}

void TestPortSet::add_data()
{
    QTest::addColumn<PortSet>("set");
    QTest::addColumn<QString>("expected");

    QTest::newRow("disjoint kept sorted") << setOf({{587, 587}, {25, 25}}) << "25, 587";
    QTest::newRow("overlap merged") << setOf({{1000, 2000}, {1500, 3000}}) << "1000-3000";
    QTest::newRow("adjacent merged") << setOf({{25, 25}, {26, 30}}) << "25-30";
    QTest::newRow("bridge merges three")
        << setOf({{10, 20}, {40, 50}, {21, 39}}) << "10-50";
    QTest::newRow("contained absorbed") << setOf({{0, 65535}, {25, 25}}) << "0-65535";
    QTest::newRow("gap of one kept") << setOf({{10, 20}, {22, 30}}) << "10-20, 22-30";
    QTest::newRow("empty set") << PortSet() << "none";
}

void TestPortSet::add()
{
    QFETCH(PortSet, set);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(set.toString()), expected);
}

void TestPortSet::subtract_data()
{
    QTest::addColumn<PortSet>("set");
    QTest::addColumn<PortRange>("removed");
    QTest::addColumn<QString>("expected");

    // The simulator's question: which ephemeral ports does a deny rule leave?
    QTest::newRow("hole in the middle")
        << PortSet({32768, 60999}) << PortRange{40000, 50000} << "32768-39999, 50001-60999";
    QTest::newRow("cut the low end")
        << PortSet({1024, 65535}) << PortRange{0, 32767} << "32768-65535";
    QTest::newRow("cut the high end")
        << PortSet({1024, 65535}) << PortRange{49152, 65535} << "1024-49151";
    QTest::newRow("remove all") << PortSet({25, 25}) << PortRange::all() << "none";
    QTest::newRow("disjoint untouched") << PortSet({25, 25}) << PortRange{26, 100} << "25";
    QTest::newRow("single port out of a range")
        << PortSet({20, 30}) << PortRange::single(25) << "20-24, 26-30";
}

void TestPortSet::subtract()
{
    QFETCH(PortSet, set);
    QFETCH(PortRange, removed);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(set.subtracted(removed).toString()), expected);
}

void TestPortSet::intersect_data()
{
    QTest::addColumn<PortSet>("set");
    QTest::addColumn<PortRange>("with");
    QTest::addColumn<QString>("expected");

    QTest::newRow("linux ephemeral vs AWS advice")
        << PortSet({32768, 60999}) << PortRange{1024, 65535} << "32768-60999";
    QTest::newRow("partial overlap")
        << PortSet({49152, 65535}) << PortRange{32768, 60999} << "49152-60999";
    QTest::newRow("no overlap") << PortSet({25, 25}) << PortRange{587, 587} << "none";
    QTest::newRow("two ranges clipped")
        << setOf({{10, 20}, {30, 40}}) << PortRange{15, 35} << "15-20, 30-35";
}

void TestPortSet::intersect()
{
    QFETCH(PortSet, set);
    QFETCH(PortRange, with);
    QFETCH(QString, expected);
    QCOMPARE(QString::fromStdString(set.intersected(with).toString()), expected);
}

void TestPortSet::containsAndCount()
{
    const PortSet set = setOf({{25, 25}, {465, 465}, {587, 587}, {1024, 2047}});
    QVERIFY(set.contains(25));
    QVERIFY(set.contains(1024));
    QVERIFY(set.contains(2047));
    QVERIFY(!set.contains(2048));
    QVERIFY(!set.contains(26));
    QCOMPARE(set.count(), 3u + 1024u);
    QCOMPARE(PortSet(PortRange::all()).count(), 65536u);
    QVERIFY(PortSet().empty());
    QVERIFY(!set.empty());
}

QTEST_GUILESS_MAIN(TestPortSet)
#include "tst_portset.moc"
