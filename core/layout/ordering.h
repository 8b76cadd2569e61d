#pragma once

// Internal to core/layout: orderings that keep connected things close (fewer crossings).

#include "../model/design.h"

#include <string>
#include <vector>

namespace mailpath::core::layoutdetail {

/**
 * Orders VPCs so that peered VPCs and VPCs sharing a transit gateway sit next to each
 * other: a reverse Cuthill-McKee ordering (bandwidth reduction) of the connectivity graph,
 * which is exactly "neighbours get close indices". Unconnected VPCs keep their input order.
 */
std::vector<std::string> orderByConnectivity(const Design &design,
                                             const std::vector<std::string> &vpcIds);

} // namespace mailpath::core::layoutdetail
