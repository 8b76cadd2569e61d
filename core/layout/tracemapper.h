#pragma once

#include "../model/design.h"
#include "../sim/trace.h"

#include <functional>
#include <string>
#include <vector>

namespace mailpath::core {

/** One hop of a trace placed on the diagram. */
struct MappedHop
{
    const core::Hop *hop = nullptr;
    std::string anchor; //!< the drawn key that stands for the hop ("" when none)
    bool reply = false;
    bool failed = false;
};

/**
 * Places the hops of a trace on drawn keys: a hop whose resource is not drawn (an ACL, a
 * security group, a route table, an instance's ENI) is shown on the subnet or node it
 * belongs to, chosen by the neighbouring hops.
 */
std::vector<MappedHop> mapTrace(const core::Design &design, const core::Trace &trace,
                                const std::function<bool(const std::string &)> &isDrawn);

} // namespace mailpath::core
