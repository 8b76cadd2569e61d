#pragma once

#include "../io/diagnostics.h"
#include "design.h"

namespace mailpath::core {

/**
 * Checks a design for references to resources it does not hold (a subnet whose VPC is
 * missing, a route to a deleted NAT gateway, an ENI in an unknown subnet…), subnets whose
 * CIDR lies outside their VPC's blocks, and overlapping subnets in one VPC. Every finding
 * names the resource; nothing is changed. Shared by the AWS importer and the designer.
 */
Diagnostics validateDesign(const Design &design);

} // namespace mailpath::core
