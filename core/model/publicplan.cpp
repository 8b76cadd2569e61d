#include "publicplan.h"

#include "design.h"

#include <algorithm>
#include <array>

namespace mailpath::core::publicplan {

namespace {

constexpr std::array<std::string_view, 23> regions = {
    "us-east-1", "us-east-2", "us-west-1", "us-west-2", "af-south-1", "ap-south-1",
    "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2",
    "ap-southeast-3", "ca-central-1", "eu-central-1", "eu-west-1", "eu-west-2", "eu-west-3",
    "eu-north-1", "eu-south-1", "il-central-1", "me-south-1", "sa-east-1", "us-gov-west-1"};

constexpr uint32_t simulatorBase = (198u << 24) | (51u << 16) | (100u << 8);
constexpr uint32_t firstSes = simulatorBase + 10; // sending regions, then receiving ones

} // namespace

std::span<const std::string_view> sesRegions()
{
    return regions;
}

std::optional<Ipv4> sesAddress(std::string_view region, bool receiving)
{
    const auto it = std::find(regions.begin(), regions.end(), region);
    if (it == regions.end())
        return std::nullopt;
    const auto index = uint32_t(it - regions.begin()) + (receiving ? uint32_t(regions.size()) : 0);
    return Ipv4(firstSes + index);
}

Ipv4 sesFallbackAddress()
{
    return Ipv4(simulatorBase + 250);
}

Cidr simulatorBlock()
{
    return Cidr(Ipv4(simulatorBase), 24);
}

std::string sesHostOf(Ipv4 address)
{
    const uint32_t a = address.to_uint();
    if (a < firstSes || a >= firstSes + 2 * regions.size())
        return a == sesFallbackAddress().to_uint() ? "SES (region unknown)" : std::string();
    const size_t index = a - firstSes;
    SesEndpoint ses;
    ses.region = std::string(regions[index % regions.size()]);
    ses.receiving = index >= regions.size();
    return ses.hostName();
}

std::span<const Cidr> designBlocks()
{
    static const std::array<Cidr, 2> blocks = {
        Cidr(Ipv4((203u << 24) | (0u << 16) | (113u << 8)), 24),
        Cidr(Ipv4((192u << 24) | (0u << 16) | (2u << 8)), 24)};
    return blocks;
}

std::vector<PublicAddress> designAddresses(const Design &design)
{
    std::vector<PublicAddress> out;
    auto add = [&out](const std::optional<Ipv4> &ip, const std::string &owner) {
        if (ip)
            out.push_back({*ip, owner});
    };
    for (const auto &[id, eni] : design.all<Eni>())
        add(eni.publicIp, id);
    for (const auto &[id, nat] : design.all<NatGateway>())
        add(nat.publicIp, id);
    for (const auto &[id, lb] : design.all<LoadBalancer>())
        for (const auto &node : lb.nodes)
            if (node.eniId.empty() || !design.find<Eni>(node.eniId)) // else counted as its ENI
                add(node.publicIp, id);
    for (const auto &[id, host] : design.all<InternetHost>())
        for (const auto &ip : host.addresses)
            add(ip, id);
    for (const auto &[id, fw] : design.all<Firewall>()) {
        for (const auto &ip : fw.publicIps)
            add(ip, id);
        add(fw.snatIp, id);
    }
    for (const auto &[id, cgw] : design.all<CustomerGateway>())
        add(cgw.ipAddress, id);
    for (const auto &[id, server] : design.all<SmtpServer>())
        if (classify(server.address) == AddressClass::Public)
            add(server.address, id);
    return out;
}

} // namespace mailpath::core::publicplan
