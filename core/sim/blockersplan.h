#pragma once

// Fixes as model edits beyond rules: listeners of load balancers and SMTP servers, routes of
// subnet route tables. planFix (blockers.cpp) calls them by reason.

#include "blockers.h"

#include <optional>

namespace mailpath::core {

/** The first refusal of the row's flow traced again with hops (hops after it were assumed). */
std::optional<Hop> hopAtBlock(const Simulator &simulator, const MatrixRow &row);

/** NLB_NO_LISTENER at a load balancer, NO_LISTENER at an SMTP server. */
bool isListenerReason(const BlockerGroup &group);
std::optional<ModelFix> planListenerFix(const Simulator &simulator,
                                        const std::vector<MatrixRow> &rows,
                                        const BlockerGroup &group);

/** ROUTE_NO_MATCH at a route table. */
bool isRouteReason(const BlockerGroup &group);
std::optional<ModelFix> planRouteFix(const Simulator &simulator,
                                     const std::vector<MatrixRow> &rows,
                                     const BlockerGroup &group);

/**
 * At a transit gateway VPC attachment: ASYMMETRIC_RETURN (appliance mode off),
 * TGW_NO_ATTACHMENT_IN_AZ (no subnet in the sender's zone).
 */
bool isAttachmentReason(const BlockerGroup &group);
std::optional<ModelFix> planAttachmentFix(const Simulator &simulator,
                                          const std::vector<MatrixRow> &rows,
                                          const BlockerGroup &group);

} // namespace mailpath::core
