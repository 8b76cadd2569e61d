#pragma once

#include "diagnostics.h"
#include "design.h"

namespace mailpath::core {

/**
 * Checks a design for references to resources it does not hold (a subnet whose VPC is
 * missing, a route to a deleted NAT gateway, an ENI in an unknown subnet…), subnets whose
 * CIDR lies outside their VPC's blocks, and overlapping subnets in one VPC. Every finding
 * names the resource; nothing is changed. Shared by the AWS importer and the designer.
 */
Diagnostics validateDesign(const Design &design);

/** Two address blocks that must not overlap but do; other is "" when the block is alone. */
struct CidrConflict
{
    std::string resource; //!< the subnet or VPC the message is about
    std::string other;    //!< the subnet or VPC it collides with
    std::string message;
};

/**
 * Address conflicts: a subnet outside its VPC's CIDRs, overlapping subnets of one VPC, and
 * overlapping CIDRs of VPCs that are peered or attached to the same transit gateway (traffic
 * between them cannot be routed). In a stable order; part of validateDesign().
 */
std::vector<CidrConflict> cidrConflicts(const Design &design);

} // namespace mailpath::core
