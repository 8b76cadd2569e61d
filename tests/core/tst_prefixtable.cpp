#include "core/net/prefixtable.h"

#include <QtTest>

#include <string>

using namespace mailpath::core;

class TestPrefixTable : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void lookup_data();
    void lookup();
    void insertKeepsFirst();
    void exactAndForEach();
    void emptyTable();

private:
    PrefixTable<std::string> m_table;
};

void TestPrefixTable::initTestCase()
{
    // A route table: local VPC, a peered VPC, a TGW summary, the default route, a host route.
    m_table.insert(*Cidr::parse("10.0.0.0/16"), "local");
    m_table.insert(*Cidr::parse("10.1.0.0/16"), "pcx");
    m_table.insert(*Cidr::parse("10.0.0.0/8"), "tgw");
    m_table.insert(*Cidr::parse("0.0.0.0/0"), "nat");
    m_table.insert(*Cidr::parse("10.0.5.7/32"), "eni");
}

void TestPrefixTable::lookup_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("matched");

    QTest::newRow("inside the VPC") << "10.0.1.1" << "local" << "10.0.0.0/16";
    QTest::newRow("host route beats VPC") << "10.0.5.7" << "eni" << "10.0.5.7/32";
    QTest::newRow("neighbour of the host route") << "10.0.5.8" << "local" << "10.0.0.0/16";
    QTest::newRow("peered VPC") << "10.1.200.3" << "pcx" << "10.1.0.0/16";
    QTest::newRow("other 10/8 via TGW") << "10.77.0.1" << "tgw" << "10.0.0.0/8";
    QTest::newRow("internet via default") << "52.94.1.1" << "nat" << "0.0.0.0/0";
    QTest::newRow("top of the space") << "255.255.255.255" << "nat" << "0.0.0.0/0";
}

void TestPrefixTable::lookup()
{
    QFETCH(QString, address);
    QFETCH(QString, target);
    QFETCH(QString, matched);
    Cidr hit;
    const auto *value = m_table.lookup(*parseIpv4(address.toStdString()), &hit);
    QVERIFY(value);
    QCOMPARE(QString::fromStdString(*value), target);
    QCOMPARE(QString::fromStdString(hit.toString()), matched);
}

void TestPrefixTable::insertKeepsFirst()
{
    PrefixTable<int> table;
    table.insert(*Cidr::parse("10.0.0.0/16"), 1);
    // Same prefix written with host bits: the same key; the caller resolves ties.
    int &existing = table.insert(*Cidr::parse("10.0.9.9/16"), 2);
    QCOMPARE(existing, 1);
    QCOMPARE(table.size(), size_t(1));
}

void TestPrefixTable::exactAndForEach()
{
    QVERIFY(m_table.exact(*Cidr::parse("10.0.0.0/8")));
    QCOMPARE(*m_table.exact(*Cidr::parse("10.0.0.0/8")), std::string("tgw"));
    QVERIFY(!m_table.exact(*Cidr::parse("10.0.0.0/9")));
    QVERIFY(!m_table.exact(*Cidr::parse("10.2.0.0/16")));
    int visited = 0;
    m_table.forEach([&](const Cidr &, const std::string &) { ++visited; });
    QCOMPARE(visited, 5);
    QCOMPARE(m_table.size(), size_t(5));
}

void TestPrefixTable::emptyTable()
{
    PrefixTable<int> table;
    QVERIFY(table.empty());
    QVERIFY(!table.lookup(*parseIpv4("10.0.0.1")));
    // No default route: a miss, which the simulator reports as ROUTE_NO_MATCH.
    table.insert(*Cidr::parse("10.0.0.0/16"), 7);
    QVERIFY(!table.lookup(*parseIpv4("192.168.0.1")));
    QVERIFY(table.lookup(*parseIpv4("10.0.200.1")));
}

QTEST_GUILESS_MAIN(TestPrefixTable)
#include "tst_prefixtable.moc"
