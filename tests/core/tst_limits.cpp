// DESIGN §7 limits: routing loops end with ROUTING_LOOP instead of spinning, and very large
// inputs load within a memory budget (peak RSS measured as VmHWM in a forked child).

#include "core/io/awsimport.h"
#include "core/io/designfile.h"
#include "core/io/source.h"
#include "core/sim/simulator.h"

#include <QtTest>

#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

using namespace mailpath::core;
using nlohmann::json;
namespace fs = std::filesystem;

#if defined(__SANITIZE_ADDRESS__)
#define MAILPATH_UNDER_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MAILPATH_UNDER_ASAN 1
#endif
#endif

class tst_Limits : public QObject
{
    Q_OBJECT

private slots:
    void applianceRoutesBackToItself();
    void selfReferencingRoute();
    void transitGatewayLoop();
    void hundredThousandEnis();
    void twoHundredMegabyteFile();
    void tooManyValuesIsAClearLimit();
};

namespace {

json allowAllAcl(const std::string &id, const std::string &vpc)
{
    json entries = json::array();
    for (bool egress : {false, true})
        entries.push_back({{"allow", true}, {"cidr", "0.0.0.0/0"}, {"egress", egress},
                           {"ports", "all"}, {"protocol", -1}, {"ruleNumber", 100}});
    return {{"id", id}, {"vpcId", vpc}, {"isDefault", true}, {"entries", entries},
            {"subnetIds", json::array()}};
}

json route(const std::string &destination, const std::string &target, const std::string &id)
{
    return {{"destination", destination}, {"target", target}, {"targetId", id}};
}

json eni(const std::string &id, const std::string &subnet, const std::string &vpc,
         const std::string &ip, bool sourceDestCheck)
{
    return {{"id", id}, {"subnetId", subnet}, {"vpcId", vpc}, {"availabilityZone", "us-east-1a"},
            {"privateIps", {ip}}, {"role", "ec2"}, {"securityGroupIds", {"sg-all"}},
            {"sourceDestCheck", sourceDestCheck}};
}

// One VPC: workload subnet 10.0.1.0/24 (web ENI) and appliance subnet 10.0.2.0/24 (fw ENI,
// source/destination check off). Both subnets send 0.0.0.0/0 to the appliance.
json applianceDesign(const std::string &applianceRouteTarget)
{
    json r;
    r["vpc"] = {{{"id", "vpc-1"}, {"cidrs", {"10.0.0.0/16"}}, {"region", "us-east-1"}}};
    r["subnet"] = {{{"id", "subnet-web"}, {"vpcId", "vpc-1"}, {"cidr", "10.0.1.0/24"},
                    {"availabilityZone", "us-east-1a"}},
                   {{"id", "subnet-fw"}, {"vpcId", "vpc-1"}, {"cidr", "10.0.2.0/24"},
                    {"availabilityZone", "us-east-1a"}}};
    r["route-table"] = {{{"id", "rtb-web"}, {"vpcId", "vpc-1"}, {"subnetIds", {"subnet-web"}},
                         {"routes", {route("10.0.0.0/16", "local", "local"),
                                     route("0.0.0.0/0", "eni", "eni-fw")}}},
                        {{"id", "rtb-fw"}, {"vpcId", "vpc-1"}, {"subnetIds", {"subnet-fw"}},
                         {"routes", {route("10.0.0.0/16", "local", "local"),
                                     route("0.0.0.0/0", "eni", applianceRouteTarget)}}}};
    r["network-acl"] = {allowAllAcl("acl-1", "vpc-1")};
    r["security-group"] = {{{"id", "sg-all"}, {"vpcId", "vpc-1"},
                            {"ingress", {{{"cidr", "0.0.0.0/0"}, {"ports", "all"}, {"protocol", -1}}}},
                            {"egress", {{{"cidr", "0.0.0.0/0"}, {"ports", "all"}, {"protocol", -1}}}}}};
    r["network-interface"] = {eni("eni-web", "subnet-web", "vpc-1", "10.0.1.10", true),
                              eni("eni-fw", "subnet-fw", "vpc-1", "10.0.2.10", false),
                              eni("eni-fw2", "subnet-web", "vpc-1", "10.0.1.20", false)};
    return {{"format", "mailpath"}, {"version", designFormatVersion}, {"name", "loop"},
            {"resources", r}};
}

Design load(const json &document)
{
    Design design;
    InputError error;
    if (!designFromJson(document, "limits.mailpath.json", design, error))
        qFatal("design does not load: %s", error.toString().c_str());
    return design;
}

void expectLoop(const Design &design, const std::string &from, const std::string &to)
{
    const Simulator simulator(design);
    Query query;
    query.from = from;
    query.to = to;
    query.port = 587;
    const auto started = std::chrono::steady_clock::now();
    const Trace trace = simulator.trace(query);
    const auto took = std::chrono::steady_clock::now() - started;
    QVERIFY(std::chrono::duration_cast<std::chrono::milliseconds>(took).count() < 1000);
    QVERIFY(trace.verdict == Verdict::Blocked);
    QVERIFY(trace.blockedAt);
    QVERIFY2(toString(trace.blockedAt->reason) == "ROUTING_LOOP",
             std::string(toString(trace.blockedAt->reason)).c_str());
    QVERIFY(trace.forward.size() <= 80);
}

} // namespace

void tst_Limits::applianceRoutesBackToItself()
{
    // rtb-web 0.0.0.0/0 -> eni-fw; the appliance's own subnet routes 0.0.0.0/0 back to eni-fw.
    expectLoop(load(applianceDesign("eni-fw")), "eni-web", "203.0.113.25");
}

void tst_Limits::selfReferencingRoute()
{
    // The appliance subnet hands the packet to a second appliance back in the web subnet,
    // whose table sends it to the first again: a two-hop ping-pong.
    expectLoop(load(applianceDesign("eni-fw2")), "eni-web", "203.0.113.25");
}

void tst_Limits::transitGatewayLoop()
{
    // S5 with the TGW's default route pointing back at the tasks VPC, whose 0.0.0.0/0 is the TGW.
    InputError error;
    json document;
    QVERIFY(parseJsonFile(MAILPATH_SOURCE_DIR "/resources/templates/s5-fargate-tgw.mailpath.json",
                          document, error));
    auto &resources = document["resources"];
    for (auto &rt : resources["route-table"])
        if (rt["id"] == "rtb-0s5a")
            rt["routes"].push_back(route("0.0.0.0/0", "tgw", "tgw-0s5"));
    for (auto &rt : resources["tgw-route-table"])
        rt["routes"].push_back({{"destination", "0.0.0.0/0"},
                                {"attachmentIds", {"tgw-attach-0s5a"}}});
    const Design design = load(document);
    // The task in AZ a: the attachment has no subnet in AZ b (S5.4), which would stop it first.
    const std::string from = "eni-0s5task-a";
    QVERIFY(design.find<Eni>(from));
    expectLoop(design, from, "203.0.113.25");
}

namespace {

// A snapshot folder: one VPC, 200 subnets, one security group, count ENIs. padding adds a
// description of that many bytes to each ENI (to reach a given file size).
void writeSnapshot(const fs::path &dir, int count, size_t padding)
{
    fs::create_directories(dir);
    std::ofstream(dir / "Vpcs.json")
        << R"({"Vpcs":[{"VpcId":"vpc-big","CidrBlock":"10.0.0.0/8","State":"available"}]})";
    {
        std::ofstream out(dir / "Subnets.json");
        out << R"({"Subnets":[)";
        for (int s = 0; s < 200; ++s)
            out << (s ? "," : "") << R"({"SubnetId":"subnet-big)" << s
                << R"(","VpcId":"vpc-big","AvailabilityZone":"us-east-1a","CidrBlock":"10.)" << s
                << R"(.0.0/16"})";
        out << "]}";
    }
    std::ofstream(dir / "SecurityGroups.json")
        << R"({"SecurityGroups":[{"GroupId":"sg-big","VpcId":"vpc-big","GroupName":"big",)"
        << R"("IpPermissions":[],"IpPermissionsEgress":[]}]})";
    std::ofstream out(dir / "NetworkInterfaces.json");
    const std::string pad(padding, 'x');
    out << R"({"NetworkInterfaces":[)";
    for (int i = 0; i < count; ++i) {
        const int subnet = i % 200;
        const int host = i / 200 + 10;
        const std::string ip = "10." + std::to_string(subnet) + '.' + std::to_string(host / 256)
                               + '.' + std::to_string(host % 256);
        out << (i ? ",\n" : "") << R"({"NetworkInterfaceId":"eni-big)" << i
            << R"(","SubnetId":"subnet-big)" << subnet
            << R"(","VpcId":"vpc-big","AvailabilityZone":"us-east-1a","InterfaceType":"interface",)"
            << R"("Status":"in-use","SourceDestCheck":true,"PrivateIpAddress":")" << ip
            << R"(","PrivateIpAddresses":[{"Primary":true,"PrivateIpAddress":")" << ip
            << R"("}],"Groups":[{"GroupId":"sg-big","GroupName":"big"}],"Description":")" << pad
            << R"(","TagSet":[{"Key":"Name","Value":"eni-)" << i << R"("}]})";
    }
    out << "]}\n";
}

long vmHwmKb()
{
    std::ifstream status("/proc/self/status");
    std::string line;
    while (std::getline(status, line))
        if (line.rfind("VmHWM:", 0) == 0)
            return std::stol(line.substr(6));
    return -1;
}

struct Measured
{
    bool loaded = false;
    long peakMb = -1;
    long eniCount = -1;
    double seconds = 0;
};

// Loads the snapshot in a forked child so that the peak is this load's alone.
Measured loadInChild(const fs::path &dir)
{
    int pipeFds[2];
    if (pipe(pipeFds) != 0)
        return {};
    const pid_t pid = fork();
    if (pid == 0) {
        close(pipeFds[0]);
        Design design;
        Diagnostics diagnostics;
        InputError error;
        const auto started = std::chrono::steady_clock::now();
        const bool ok = loadSource(dir.string(), design, diagnostics, error);
        const double seconds =
            std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        Measured m{ok, vmHwmKb() / 1024, long(design.count(ResourceKind::NetworkInterface)),
                   seconds};
        if (!ok)
            std::fprintf(stderr, "load failed: %s\n", error.toString().c_str());
        (void)!write(pipeFds[1], &m, sizeof m);
        _exit(0);
    }
    close(pipeFds[1]);
    Measured m;
    if (read(pipeFds[0], &m, sizeof m) != sizeof m)
        m = {};
    close(pipeFds[0]);
    int status = 0;
    waitpid(pid, &status, 0);
    return m;
}

} // namespace

void tst_Limits::hundredThousandEnis()
{
#ifdef MAILPATH_UNDER_ASAN
    QSKIP("memory is measured in the normal build (ASan's shadow memory distorts it)");
#endif
    QTemporaryDir temp;
    const fs::path dir = fs::path(temp.path().toStdString()) / "snapshot";
    writeSnapshot(dir, 100000, 0);
    const auto bytes = fs::file_size(dir / "NetworkInterfaces.json");
    const Measured m = loadInChild(dir);
    qInfo("100,000 ENIs: %.1f MB of JSON, loaded in %.1f s, peak RSS (VmHWM) %ld MB",
          double(bytes) / 1e6, m.seconds, m.peakMb);
    QVERIFY(m.loaded);
    QCOMPARE(m.eniCount, 100000L);
    QVERIFY2(m.peakMb < 1024, "peak memory above DESIGN §6's 1 GB");
}

void tst_Limits::twoHundredMegabyteFile()
{
#ifdef MAILPATH_UNDER_ASAN
    QSKIP("memory is measured in the normal build (ASan's shadow memory distorts it)");
#endif
    QTemporaryDir temp;
    const fs::path dir = fs::path(temp.path().toStdString()) / "snapshot";
    writeSnapshot(dir, 100000, 1600);
    const auto bytes = fs::file_size(dir / "NetworkInterfaces.json");
    QVERIFY(bytes > 200'000'000);
    const Measured m = loadInChild(dir);
    qInfo("200 MB file: %.1f MB of JSON, loaded in %.1f s, peak RSS (VmHWM) %ld MB",
          double(bytes) / 1e6, m.seconds, m.peakMb);
    QVERIFY(m.loaded);
    QCOMPARE(m.eniCount, 100000L);
    QVERIFY2(m.peakMb < 2048, "peak memory above 2 GB for a 200 MB file");
}

void tst_Limits::tooManyValuesIsAClearLimit()
{
    // 20 MB of "0," would parse into 10 million values: refused before parsing, with a position.
    std::string text = "{\"Vpcs\":\n[";
    text.reserve(2 * maxJsonValues + 16);
    for (size_t i = 0; i < maxJsonValues; ++i)
        text += "0,";
    text += "0]}";
    json out;
    InputError error;
    QVERIFY(!parseJsonText(text, "huge.json", out, error));
    QVERIFY(error.file == "huge.json");
    QCOMPARE(error.line, 2);
    QVERIFY(error.column > 1);
    QVERIFY2(error.message.find("more than 10000000 values") != std::string::npos,
             error.message.c_str());
    QVERIFY(out.is_null());
}

QTEST_APPLESS_MAIN(tst_Limits)
#include "tst_limits.moc"
