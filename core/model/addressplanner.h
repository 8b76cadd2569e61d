#pragma once

#include "design.h"

#include <optional>
#include <string>

namespace mailpath::core {

/** Picks free addresses for new resources, so drawn designs are valid out of the box. */
class AddressPlanner
{
public:
    explicit AddressPlanner(const core::Design &design) : m_design(design) {}

    /** The first 10.x.0.0/16 not overlapping another VPC. */
    core::Cidr nextVpcCidr() const;
    /** The next /24 inside the VPC's primary CIDR not used by one of its subnets. */
    std::optional<core::Cidr> nextSubnetCidr(const std::string &vpcId) const;
    /** The first address of the subnet (after AWS's four reserved ones) nobody uses. */
    std::optional<core::Ipv4> nextFreeIp(const std::string &subnetId) const;
    /** A documentation-range address from the design's public blocks (core::publicplan). */
    core::Ipv4 nextPublicIp() const;
    /** The next 192.168.x.0/24 not used by an on-premises network or a VPC. */
    core::Cidr nextOnPremCidr() const;

    /** Reserves an address so that the next call does not return it again. */
    void reserve(core::Ipv4 address) { m_reserved.push_back(address.to_uint()); }

private:
    bool used(uint32_t address) const;
    bool cidrTaken(const core::Cidr &cidr) const;

    const core::Design &m_design;
    std::vector<uint32_t> m_reserved;
};

} // namespace mailpath::core
