#pragma once

// Where SES receives mail: the one table the MX check, the receiving walk step (NO_LISTENER)
// and their sentences all read (AWS-SEMANTICS R7.6, source S-SES-REGIONS).

#include <span>
#include <string>
#include <string_view>

namespace mailpath::core {

/** The regions with an inbound-smtp.<region>.amazonaws.com endpoint, in the table's order. */
std::span<const std::string_view> sesReceivingRegions();

/** Whether SES receives mail (inbound-smtp) in a region. */
bool sesReceivesIn(std::string_view region);

/** The receiving regions as one list for a sentence: "us-east-1, us-east-2, ...". */
std::string sesReceivingRegionList();

} // namespace mailpath::core
