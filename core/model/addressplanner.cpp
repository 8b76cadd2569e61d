#include "addressplanner.h"

#include "core/model/publicplan.h"

#include <algorithm>

namespace mailpath::core {

bool AddressPlanner::cidrTaken(const Cidr &cidr) const
{
    for (const auto &[id, vpc] : m_design.all<core::Vpc>())
        for (const auto &c : vpc.cidrs)
            if (c.overlaps(cidr))
                return true;
    for (const auto &[id, net] : m_design.all<core::OnPremNetwork>())
        for (const auto &c : net.cidrs)
            if (c.overlaps(cidr))
                return true;
    return false;
}

Cidr AddressPlanner::nextVpcCidr() const
{
    for (uint32_t x = 0; x < 256; ++x) {
        const Cidr candidate(Ipv4((10u << 24) | (x << 16)), 16);
        if (!cidrTaken(candidate))
            return candidate;
    }
    return Cidr(Ipv4(172u << 24 | 16u << 16), 16);
}

std::optional<Cidr> AddressPlanner::nextSubnetCidr(const std::string &vpcId) const
{
    const auto *vpc = m_design.find<core::Vpc>(vpcId);
    if (!vpc || vpc->cidrs.empty())
        return std::nullopt;
    const Cidr primary = vpc->primaryCidr();
    const int length = std::max(24, primary.prefixLength());
    const uint64_t count = uint64_t(1) << (length - primary.prefixLength());
    for (uint64_t i = 0; i < count; ++i) {
        const Cidr candidate(Ipv4(primary.baseValue() + uint32_t(i << (32 - length))), length);
        const bool taken = std::any_of(
            m_design.all<core::Subnet>().begin(), m_design.all<core::Subnet>().end(),
            [&](const auto &entry) {
                return entry.second.vpcId == vpcId && entry.second.cidr.overlaps(candidate);
            });
        if (!taken)
            return candidate;
    }
    return std::nullopt;
}

bool AddressPlanner::used(uint32_t address) const
{
    if (std::find(m_reserved.begin(), m_reserved.end(), address) != m_reserved.end())
        return true;
    for (const auto &[id, eni] : m_design.all<core::Eni>())
        for (const auto &ip : eni.privateIps)
            if (ip.to_uint() == address)
                return true;
    for (const auto &[id, nat] : m_design.all<core::NatGateway>())
        if (nat.privateIp.to_uint() == address)
            return true;
    for (const auto &[id, lb] : m_design.all<core::LoadBalancer>())
        for (const auto &node : lb.nodes)
            if (node.privateIp.to_uint() == address)
                return true;
    for (const auto &[id, ep] : m_design.all<core::VpcEndpoint>())
        for (const auto &node : ep.nodes)
            if (node.privateIp.to_uint() == address)
                return true;
    for (const auto &[id, server] : m_design.all<core::SmtpServer>())
        if (server.address.to_uint() == address)
            return true;
    return false;
}

std::optional<Ipv4> AddressPlanner::nextFreeIp(const std::string &subnetId) const
{
    const auto *subnet = m_design.find<core::Subnet>(subnetId);
    if (!subnet)
        return std::nullopt;
    const uint32_t first = subnet->cidr.baseValue() + 4; // AWS reserves .0 to .3
    const uint32_t last = subnet->cidr.last().to_uint();  // and the broadcast address
    for (uint32_t a = first; a < last; ++a)
        if (!used(a))
            return Ipv4(a);
    return std::nullopt;
}

Ipv4 AddressPlanner::nextPublicIp() const
{
    std::vector<uint32_t> taken = m_reserved;
    for (const auto &entry : core::publicplan::designAddresses(m_design))
        taken.push_back(entry.address.to_uint());
    std::sort(taken.begin(), taken.end());
    for (const auto &block : core::publicplan::designBlocks())
        for (uint32_t a = block.baseValue() + 10; a < block.last().to_uint(); ++a)
            if (!std::binary_search(taken.begin(), taken.end(), a))
                return Ipv4(a);
    return core::publicplan::designBlocks().front().last();
}

Cidr AddressPlanner::nextOnPremCidr() const
{
    for (uint32_t x = 0; x < 256; ++x) {
        const Cidr candidate(Ipv4((192u << 24) | (168u << 16) | (x << 8)), 24);
        if (!cidrTaken(candidate))
            return candidate;
    }
    return Cidr(Ipv4(172u << 24 | 31u << 16), 16);
}

} // namespace mailpath::core
