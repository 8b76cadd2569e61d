#include "core/net/address.h"

#include <QtTest>

using namespace mailpath::core;

class TestCidr : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseExplainsRejection_data();
    void parseExplainsRejection();
    void containsAddress_data();
    void containsAddress();
    void containsCidr_data();
    void containsCidr();
    void overlaps_data();
    void overlaps();
    void classify_data();
    void classify();
    void sizeAndLast();
    void ordering();
};

void TestCidr::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");

    QTest::newRow("network") << "10.0.0.0/16" << true << "10.0.0.0/16";
    QTest::newRow("host bits cleared /24") << "10.0.1.5/24" << true << "10.0.1.0/24";
    QTest::newRow("host bits cleared /9") << "10.255.255.255/9" << true << "10.128.0.0/9";
    QTest::newRow("bare address is /32") << "192.168.1.7" << true << "192.168.1.7/32";
    QTest::newRow("default route") << "0.0.0.0/0" << true << "0.0.0.0/0";
    QTest::newRow("any address /0 canonicalised") << "8.8.8.8/0" << true << "0.0.0.0/0";
    QTest::newRow("host /32") << "1.2.3.4/32" << true << "1.2.3.4/32";
    QTest::newRow("prefix too long") << "10.0.0.0/33" << false << "";
    QTest::newRow("negative prefix") << "10.0.0.0/-1" << false << "";
    QTest::newRow("octet out of range") << "10.0.0.256/24" << false << "";
    QTest::newRow("missing octet") << "10.0.0/24" << false << "";
    QTest::newRow("empty") << "" << false << "";
    QTest::newRow("empty prefix") << "10.0.0.0/" << false << "";
    QTest::newRow("garbage") << "not-a-cidr" << false << "";
    QTest::newRow("ipv6") << "2001:db8::/32" << false << "";
    const QChar nul(0);
    QTest::newRow("NUL after prefix") << "10.0.0.0/16" + QString(nul) + "junk" << false << "";
    QTest::newRow("NUL after address") << "10.0.0.1" + QString(nul) << false << "";
    QTest::newRow("NUL inside address") << "10.0" + QString(nul) + ".0.1/8" << false << "";
    QTest::newRow("trailing space") << "10.0.0.0/16 " << false << "";
    QTest::newRow("leading space") << " 10.0.0.0/16" << false << "";
    QTest::newRow("tab") << "10.0.0.0\t/16" << false << "";
    QTest::newRow("newline") << "10.0.0.1\n" << false << "";
    QTest::newRow("non-ASCII") << QStringLiteral("10.0.0.0/1\u0663") << false << "";
    QTest::newRow("leading zero octet") << "10.0.0.01/32" << false << "";
    QTest::newRow("leading zero prefix") << "10.0.0.0/016" << false << "";
    QTest::newRow("huge prefix") << "10.0.0.0/99999999999999999999" << false << "";
    QTest::newRow("plus prefix") << "10.0.0.0/+8" << false << "";
    QTest::newRow("two slashes") << "10.0.0.0/16/8" << false << "";
    QTest::newRow("five octets") << "1.2.3.4.5/8" << false << "";
    QTest::newRow("trailing dot") << "1.2.3.4./8" << false << "";
    QTest::newRow("four-digit octet") << "1.2.3.0004" << false << "";
    QTest::newRow("single digit prefix") << "10.0.0.0/8" << true << "10.0.0.0/8";
    QTest::newRow("zero octets") << "0.0.0.0" << true << "0.0.0.0/32";
}

void TestCidr::parseExplainsRejection_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("NUL") << "10.0.0.0/16" + QString(QChar(0)) + "x"
                         << "CIDR contains a NUL character at position 12";
    QTest::newRow("control") << "10.0.0.0/1\x01" << "CIDR contains control character 0x01 at position 11";
    QTest::newRow("space") << "10.0.0.0 /8" << "CIDR contains a space at position 9";
    QTest::newRow("prefix") << "10.0.0.0/33" << "prefix length \"33\" is not a number 0-32";
    QTest::newRow("address") << "10.0.300.0/8" << "\"10.0.300.0\" is not a dotted-quad IPv4 address";
    QTest::newRow("empty") << "" << "empty address";
}

void TestCidr::parseExplainsRejection()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);
    std::string why;
    QVERIFY(!Cidr::parse(text.toStdString(), &why));
    QCOMPARE(QString::fromStdString(why), reason);
}

void TestCidr::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const auto cidr = Cidr::parse(text.toStdString());
    QCOMPARE(cidr.has_value(), valid);
    if (valid)
        QCOMPARE(QString::fromStdString(cidr->toString()), canonical);
}

void TestCidr::containsAddress_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("contained");

    QTest::newRow("first address") << "10.0.0.0/16" << "10.0.0.0" << true;
    QTest::newRow("last address") << "10.0.0.0/16" << "10.0.255.255" << true;
    QTest::newRow("just past the end") << "10.0.0.0/16" << "10.1.0.0" << false;
    QTest::newRow("just before the start") << "10.1.0.0/16" << "10.0.255.255" << false;
    QTest::newRow("default route holds all") << "0.0.0.0/0" << "203.0.113.9" << true;
    QTest::newRow("host route holds itself") << "1.2.3.4/32" << "1.2.3.4" << true;
    QTest::newRow("host route holds no other") << "1.2.3.4/32" << "1.2.3.5" << false;
}

void TestCidr::containsAddress()
{
    QFETCH(QString, cidr);
    QFETCH(QString, address);
    QFETCH(bool, contained);
    const auto block = Cidr::parse(cidr.toStdString());
    const auto ip = parseIpv4(address.toStdString());
    QVERIFY(block && ip);
    QCOMPARE(block->contains(*ip), contained);
    QCOMPARE(block->contains(ip->to_uint()), contained);
}

void TestCidr::containsCidr_data()
{
    QTest::addColumn<QString>("outer");
    QTest::addColumn<QString>("inner");
    QTest::addColumn<bool>("contained");

    QTest::newRow("subnet in VPC") << "10.0.0.0/16" << "10.0.1.0/24" << true;
    QTest::newRow("equal blocks") << "10.0.0.0/16" << "10.0.0.0/16" << true;
    QTest::newRow("larger block is not inside") << "10.0.1.0/24" << "10.0.0.0/16" << false;
    QTest::newRow("disjoint") << "10.0.0.0/16" << "10.1.0.0/24" << false;
    QTest::newRow("everything in default") << "0.0.0.0/0" << "192.168.0.0/16" << true;
}

void TestCidr::containsCidr()
{
    QFETCH(QString, outer);
    QFETCH(QString, inner);
    QFETCH(bool, contained);
    QCOMPARE(Cidr::parse(outer.toStdString())->contains(*Cidr::parse(inner.toStdString())),
             contained);
}

void TestCidr::overlaps_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("overlap");

    QTest::newRow("nested") << "10.0.0.0/16" << "10.0.5.0/24" << true;
    QTest::newRow("nested reversed") << "10.0.5.0/24" << "10.0.0.0/16" << true;
    QTest::newRow("identical") << "172.16.0.0/12" << "172.16.0.0/12" << true;
    QTest::newRow("adjacent") << "10.0.0.0/24" << "10.0.1.0/24" << false;
    QTest::newRow("disjoint") << "10.0.0.0/8" << "192.168.0.0/16" << false;
    QTest::newRow("default overlaps all") << "0.0.0.0/0" << "1.1.1.1/32" << true;
}

void TestCidr::overlaps()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, overlap);
    QCOMPARE(Cidr::parse(a.toStdString())->overlaps(*Cidr::parse(b.toStdString())), overlap);
}

void TestCidr::classify_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<int>("expected");
    QTest::addColumn<bool>("privateRange");

    QTest::newRow("10/8") << "10.20.30.40" << int(AddressClass::Rfc1918) << true;
    QTest::newRow("172.16/12 low") << "172.16.0.1" << int(AddressClass::Rfc1918) << true;
    QTest::newRow("172.16/12 high") << "172.31.255.254" << int(AddressClass::Rfc1918) << true;
    QTest::newRow("172.32 is public") << "172.32.0.1" << int(AddressClass::Public) << false;
    QTest::newRow("192.168/16") << "192.168.1.1" << int(AddressClass::Rfc1918) << true;
    QTest::newRow("100.64/10 low") << "100.64.0.1" << int(AddressClass::Rfc6598) << true;
    QTest::newRow("100.64/10 high") << "100.127.255.255" << int(AddressClass::Rfc6598) << true;
    QTest::newRow("100.128 is public") << "100.128.0.1" << int(AddressClass::Public) << false;
    QTest::newRow("loopback") << "127.0.0.1" << int(AddressClass::Loopback) << false;
    QTest::newRow("IMDS link-local") << "169.254.169.254" << int(AddressClass::LinkLocal) << false;
    QTest::newRow("multicast reserved") << "224.0.0.5" << int(AddressClass::Reserved) << false;
    QTest::newRow("SES public") << "52.0.1.2" << int(AddressClass::Public) << false;
}

void TestCidr::classify()
{
    QFETCH(QString, address);
    QFETCH(int, expected);
    QFETCH(bool, privateRange);
    const auto ip = parseIpv4(address.toStdString());
    QVERIFY(ip);
    QCOMPARE(int(mailpath::core::classify(*ip)), expected);
    QCOMPARE(isPrivateRange(*ip), privateRange);
}

void TestCidr::sizeAndLast()
{
    const auto block = *Cidr::parse("10.0.0.0/22");
    QCOMPARE(block.size(), uint64_t(1024));
    QCOMPARE(QString::fromStdString(block.last().to_string()), QStringLiteral("10.0.3.255"));
    QCOMPARE(Cidr::any().size(), uint64_t(1) << 32);
    QCOMPARE(Cidr::host(*parseIpv4("1.2.3.4")).prefixLength(), 32);
}

void TestCidr::ordering()
{
    // Sorted by base, then by length: stable output in files and tables.
    QVERIFY(*Cidr::parse("10.0.0.0/8") < *Cidr::parse("10.0.0.0/16"));
    QVERIFY(*Cidr::parse("10.0.0.0/16") < *Cidr::parse("10.1.0.0/16"));
    QVERIFY(*Cidr::parse("10.0.1.9/24") == *Cidr::parse("10.0.1.0/24"));
}

QTEST_GUILESS_MAIN(TestCidr)
#include "tst_cidr.moc"
