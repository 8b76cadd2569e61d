#pragma once

#include "../model/design.h"
#include "diagnostics.h"

#include <set>
#include <string>

namespace mailpath::core {

struct Trace;

/** The prefix lengths AWS allows for a VPC or subnet IPv4 block. */
inline constexpr int minVpcPrefix = 16;
inline constexpr int maxVpcPrefix = 28;

/**
 * Address blocks AWS cannot have: a VPC or subnet block outside /16 to /28, a subnet outside
 * every block of its VPC. One Error diagnostic per fault, naming the resource.
 */
Diagnostics checkAddressing(const Design &design);

/**
 * Declared flows whose end no longer names anything in the design (its resource was
 * deleted): one Warning per flow, naming the flow and the missing end.
 */
Diagnostics checkFlowEndpoints(const Design &design);

/**
 * The DNS records of every SES domain identity (verification TXT, DKIM CNAMEs, SPF and MX of
 * the MAIL FROM domain, DMARC, receiving MX): a Warning per missing or wrong record with the
 * record to add, an Info per record whose zone is not in the source ("not checked").
 */
Diagnostics checkSesDns(const Design &design);

/** The VPCs and subnets checkAddressing faults, and everything inside them. */
std::set<std::string> untrustedResources(const Design &design);

/** Adds a note to a trace that passes an untrusted resource (its verdict cannot be trusted). */
void noteUntrusted(Trace &trace, const std::set<std::string> &untrusted);

} // namespace mailpath::core
