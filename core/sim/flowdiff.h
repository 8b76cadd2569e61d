#pragma once

// The differential check: the same flows through two versions of a design (a saved and an
// edited one, a Terraform plan's prior state and planned values), and the flows whose
// verdict, blamed component or reason changes.

#include "simulator.h"

#include <string>
#include <vector>

namespace mailpath::core {

enum class FlowChangeKind {
    NewlyBlocked, //!< delivered before, blocked after
    Repaired,     //!< blocked before, delivered after
    BlockChanged, //!< blocked in both, at another component or for another reason
    Added,        //!< an end exists only after
    Removed,      //!< an end exists only before
};
std::string_view toString(FlowChangeKind kind);

struct FlowChange
{
    FlowChangeKind kind = FlowChangeKind::NewlyBlocked;
    MatrixRow before;
    MatrixRow after;
};

struct FlowDiff
{
    size_t flows = 0;           //!< flows compared
    /** Newly blocked first, then repaired, block changed, added, removed. */
    std::vector<FlowChange> changes;
    bool breaksDelivery() const;
};

/**
 * Runs the matrix of both designs over the same flows: from/to default to the union of
 * both designs' default sources and sinks.
 */
FlowDiff diffFlows(const Design &before, const Design &after, std::vector<std::string> from,
                   std::vector<std::string> to, const std::vector<uint16_t> &ports,
                   unsigned threads = 0);

} // namespace mailpath::core
