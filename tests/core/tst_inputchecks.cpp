// Inputs that must never give a wrong answer in silence (issue #21): duplicate ids and keys,
// impossible address blocks, IPv6-only subnets, huge and UTF-16 files, unknown format
// versions, flows whose end was deleted. Each names the file and the line/column or resource.
#include "core/io/awsimport.h"
#include "core/io/designchecks.h"
#include "core/io/designfile.h"
#include "core/io/source.h"
#include "core/sim/simulator.h"

#include <QtTest>

#include <QTemporaryDir>

#include <algorithm>
#include <filesystem>
#include <fstream>

using namespace mailpath::core;

namespace {

void writeText(const QString &path, const std::string &text)
{
    std::ofstream(path.toStdString(), std::ios::binary) << text;
}

const std::string vpcs = R"({"Vpcs": [{"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16"}]})";
const std::string subnets = R"({"Subnets": [
  {"SubnetId": "subnet-1", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24",
   "AvailabilityZone": "us-east-1a"}]})";

std::string group(const std::string &port)
{
    return R"({"SecurityGroups": [{"GroupId": "sg-1", "VpcId": "vpc-1", "GroupName": "web",
      "IpPermissions": [], "IpPermissionsEgress": [{"IpProtocol": "tcp", "FromPort": )"
           + port + ", \"ToPort\": " + port
           + ", \"IpRanges\": [{\"CidrIp\": \"0.0.0.0/0\"}]}]}]}";
}

const Diagnostic *findDiagnostic(const Diagnostics &all, const std::string &part)
{
    const auto it = std::find_if(all.begin(), all.end(), [&](const Diagnostic &d) {
        return d.message.find(part) != std::string::npos;
    });
    return it == all.end() ? nullptr : &*it;
}

} // namespace

class TestInputChecks : public QObject
{
    Q_OBJECT

private slots:
    void duplicateIdsAcrossFiles()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("Vpcs.json"), vpcs);
        writeText(dir.filePath("a-SecurityGroups.json"), group("25"));
        writeText(dir.filePath("b-SecurityGroups.json"), group("587"));
        Design design;
        Diagnostics diagnostics;
        InputError error;
        QVERIFY2(importAwsSnapshot(dir.path().toStdString(), design, diagnostics, error),
                 error.toString().c_str());
        const Diagnostic *d = findDiagnostic(diagnostics, "sg-1 is described");
        QVERIFY(d);
        QVERIFY(d->severity == Severity::Error);
        QVERIFY(d->conflict);
        QCOMPARE(d->resource, std::string("sg-1"));
        QVERIFY2(d->message.find("a-SecurityGroups.json") != std::string::npos
                     && d->message.find("b-SecurityGroups.json") != std::string::npos,
                 d->message.c_str());
    }

    void identicalCopiesAreFine()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("Vpcs.json"), vpcs);
        writeText(dir.filePath("a-SecurityGroups.json"), group("25"));
        writeText(dir.filePath("b-SecurityGroups.json"), group("25"));
        Design design;
        Diagnostics diagnostics;
        InputError error;
        QVERIFY(importAwsSnapshot(dir.path().toStdString(), design, diagnostics, error));
        QVERIFY(std::none_of(diagnostics.begin(), diagnostics.end(),
                             [](const Diagnostic &d) { return d.conflict; }));
    }

    void duplicateIdInOneFile()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("Vpcs.json"), R"({"Vpcs": [
            {"VpcId": "vpc-1", "CidrBlock": "10.0.0.0/16"},
            {"VpcId": "vpc-1", "CidrBlock": "10.9.0.0/16"}]})");
        Design design;
        Diagnostics diagnostics;
        InputError error;
        QVERIFY(importAwsSnapshot(dir.path().toStdString(), design, diagnostics, error));
        const Diagnostic *d = findDiagnostic(diagnostics, "twice in");
        QVERIFY(d && d->conflict && d->resource == "vpc-1");
    }

    void duplicateKeyHasLineAndColumn()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("Subnets.json");
        writeText(path, "{\"Subnets\": [{\"SubnetId\": \"subnet-1\", \"VpcId\": \"vpc-1\",\n"
                        "  \"CidrBlock\": \"10.0.1.0/24\",\n  \"CidrBlock\": \"10.0.2.0/24\"}]}");
        nlohmann::json json;
        InputError error;
        QVERIFY(!parseJsonFile(path.toStdString(), json, error));
        QCOMPARE(error.line, 3);
        QCOMPARE(error.column, 3);
        QVERIFY2(error.message.find("duplicate key \"CidrBlock\"") != std::string::npos,
                 error.message.c_str());
        // Equal keys in different objects are fine.
        QVERIFY(parseJsonText(R"({"a": {"k": 1}, "b": {"k": 2}, "c": [{"k": 1}, {"k": 2}]})",
                              "x", json, error));
        QVERIFY(parseJsonText("{\"k\\\"\": 1, \"k\": 2}", "x", json, error));
    }

    void impossibleCidrs_data()
    {
        QTest::addColumn<QString>("vpcCidr");
        QTest::addColumn<QString>("subnetCidr");
        QTest::addColumn<QString>("blamed");
        QTest::newRow("VPC 0.0.0.0/0") << "0.0.0.0/0" << "10.0.1.0/24" << "vpc-1";
        QTest::newRow("VPC /29") << "10.0.0.0/29" << "10.0.0.0/29" << "vpc-1";
        QTest::newRow("subnet /32") << "10.0.0.0/16" << "10.0.1.5/32" << "subnet-1";
        QTest::newRow("subnet /8") << "10.0.0.0/16" << "10.0.0.0/8" << "subnet-1";
        QTest::newRow("subnet outside its VPC") << "10.0.0.0/16" << "192.168.1.0/24"
                                                << "subnet-1";
    }

    void impossibleCidrs()
    {
        QFETCH(QString, vpcCidr);
        QFETCH(QString, subnetCidr);
        QFETCH(QString, blamed);
        QTemporaryDir dir;
        writeText(dir.filePath("Vpcs.json"), "{\"Vpcs\": [{\"VpcId\": \"vpc-1\", \"CidrBlock\": \""
                                                 + vpcCidr.toStdString() + "\"}]}");
        writeText(dir.filePath("Subnets.json"),
                  "{\"Subnets\": [{\"SubnetId\": \"subnet-1\", \"VpcId\": \"vpc-1\", "
                  "\"CidrBlock\": \""
                      + subnetCidr.toStdString() + "\"}]}");
        Design design;
        Diagnostics diagnostics;
        InputError error;
        QVERIFY2(importAwsSnapshot(dir.path().toStdString(), design, diagnostics, error),
                 error.toString().c_str());
        const auto it = std::find_if(diagnostics.begin(), diagnostics.end(), [&](auto &d) {
            return d.severity == Severity::Error && d.resource == blamed.toStdString();
        });
        QVERIFY(it != diagnostics.end());
        QVERIFY2(it->message.find("not trusted") != std::string::npos, it->message.c_str());
        QVERIFY(untrustedResources(design).count(blamed.toStdString()));
    }

    void untrustedNoteOnFlows()
    {
        Design design;
        InputError error;
        QVERIFY(readDesignFile(MAILPATH_SOURCE_DIR
                               "/resources/templates/s1-ses-via-nat.mailpath.json",
                               design, error));
        const Query query{"web-1", "email-smtp.us-east-1.amazonaws.com", 587, {}, {}};
        const Trace before = Simulator(design).trace(query);
        QVERIFY(std::none_of(before.notes.begin(), before.notes.end(),
                             [](auto &n) { return n.starts_with("untrusted"); }));
        const std::string subnetId = design.all<Subnet>().begin()->first;
        design.update<Subnet>(subnetId, [](Subnet &s) { s.cidr = *Cidr::parse("10.0.0.7/32"); });
        const auto addressing = checkAddressing(design);
        QVERIFY(std::any_of(addressing.begin(), addressing.end(),
                            [&](auto &d) { return d.resource == subnetId; }));
        const Trace after = Simulator(design).trace(query);
        const bool passes = std::any_of(after.forward.begin(), after.forward.end(), [&](auto &h) {
            return untrustedResources(design).count(h.resource) > 0;
        });
        const bool noted = std::any_of(after.notes.begin(), after.notes.end(),
                                       [](auto &n) { return n.starts_with("untrusted"); });
        QCOMPARE(noted, passes);
    }

    void ipv6OnlySubnetSkipped()
    {
        QTemporaryDir dir;
        writeText(dir.filePath("Vpcs.json"), vpcs);
        writeText(dir.filePath("Subnets.json"), R"({"Subnets": [
          {"SubnetId": "subnet-1", "VpcId": "vpc-1", "CidrBlock": "10.0.1.0/24"},
          {"SubnetId": "subnet-6", "VpcId": "vpc-1", "Ipv6Native": true,
           "Ipv6CidrBlockAssociationSet": [{"Ipv6CidrBlock": "2600:1f18::/64"}]}]})");
        Design design;
        Diagnostics diagnostics;
        InputError error;
        QVERIFY2(importAwsSnapshot(dir.path().toStdString(), design, diagnostics, error),
                 error.toString().c_str());
        QVERIFY(design.find<Subnet>("subnet-1"));
        QVERIFY(!design.find<Subnet>("subnet-6"));
        const Diagnostic *d = findDiagnostic(diagnostics, "IPv6-only");
        QVERIFY(d && d->resource == "subnet-6");
    }

    void hugeFileRefusedBeforeReading()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath("Vpcs.json");
        std::filesystem::resize_file((writeText(path, "{"), path.toStdString()), 1ull << 30);
        nlohmann::json json;
        InputError error;
        QVERIFY(!parseJsonFile(path.toStdString(), json, error));
        QVERIFY2(error.message.find("1024 MiB") != std::string::npos
                     && error.message.find("limit is 256 MiB") != std::string::npos,
                 error.message.c_str());
        QCOMPARE(error.file, path.toStdString());
    }

    void utf16Refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QString text = QStringLiteral("{\"Vpcs\": []}");
        QByteArray le("\xFF\xFE", 2), be("\xFE\xFF", 2), bare;
        for (QChar c : text) {
            le += char(c.unicode()), le += '\0';
            be += '\0', be += char(c.unicode());
            bare += char(c.unicode()), bare += '\0';
        }
        QTest::newRow("UTF-16LE with BOM") << le;
        QTest::newRow("UTF-16BE with BOM") << be;
        QTest::newRow("UTF-16LE without BOM") << bare;
    }

    void utf16Refused()
    {
        QFETCH(QByteArray, bytes);
        nlohmann::json json;
        InputError error;
        QVERIFY(!parseJsonText(std::string_view(bytes.constData(), size_t(bytes.size())),
                               "Vpcs.json", json, error));
        QCOMPARE(error.message, std::string("UTF-16 is not supported; save as UTF-8"));
        QCOMPARE(error.file, std::string("Vpcs.json"));
    }

    void unknownFormatVersions_data()
    {
        QTest::addColumn<QString>("version");
        QTest::newRow("-1") << "-1";
        QTest::newRow("0") << "0";
        QTest::newRow("string") << "\"1\"";
        QTest::newRow("2") << "2";
        QTest::newRow("1.5") << "1.5";
        QTest::newRow("huge") << "18446744073709551615";
    }

    void unknownFormatVersions()
    {
        QFETCH(QString, version);
        const auto json = nlohmann::json::parse("{\"format\": \"mailpath\", \"version\": "
                                                + version.toStdString() + "}");
        Design design;
        InputError error;
        QVERIFY(!designFromJson(json, "d.mailpath.json", design, error));
        QVERIFY2(error.message.find("version") != std::string::npos, error.message.c_str());
        QVERIFY(designFromJson(nlohmann::json::parse(R"({"format": "mailpath", "version": 1})"),
                               "d.mailpath.json", design, error));
    }

    void flowWithDeletedEnd()
    {
        Design design;
        InputError error;
        QVERIFY(readDesignFile(MAILPATH_SOURCE_DIR
                               "/resources/templates/s1-ses-via-nat.mailpath.json",
                               design, error));
        QVERIFY(checkFlowEndpoints(design).empty());
        auto flows = design.flows();
        QVERIFY(!flows.empty());
        flows.front().from = "i-deleted";
        design.setFlows(flows);
        const auto found = checkFlowEndpoints(design);
        QCOMPARE(found.size(), size_t(1));
        QVERIFY(found.front().severity == Severity::Warning);
        QCOMPARE(found.front().resource, flows.front().id);
        QVERIFY(found.front().message.find("i-deleted") != std::string::npos);
    }
};

QTEST_GUILESS_MAIN(TestInputChecks)
#include "tst_inputchecks.moc"
