#pragma once

#include "../net/address.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

/**
 * One address plan for everything public. The simulator owns 198.51.100.0/24 (SES's
 * representative addresses, one per region and direction); addresses the designer hands
 * out for Elastic IPs, public IPs, NLB nodes and Internet hosts come from 203.0.113.0/24 and
 * then 192.0.2.0/24, so nothing drawn can collide with an address the simulator uses.
 */
class Design;

namespace publicplan {

/** Regions AWS offers the SES SMTP interface in (S-SES-REGIONS), in a fixed order. */
std::span<const std::string_view> sesRegions();
/** The simulator's address for SES in region (receiving: the inbound MX side). */
std::optional<Ipv4> sesAddress(std::string_view region, bool receiving);
/** The simulator's address for SES when its region is unknown. */
Ipv4 sesFallbackAddress();
/** The block the simulator reserves for itself. */
Cidr simulatorBlock();
/** The SES host name behind a simulator address, "" when the address is not one of them. */
std::string sesHostOf(Ipv4 address);
/** The blocks the designer draws public addresses from, in order of use. */
std::span<const Cidr> designBlocks();

/** A public address the design assigns, and the resource holding it. */
struct PublicAddress
{
    Ipv4 address;
    std::string owner;
};
/** Every public address of the design (EIPs, public IPs, LB nodes, hosts, firewalls). */
std::vector<PublicAddress> designAddresses(const Design &design);

} // namespace publicplan

} // namespace mailpath::core
