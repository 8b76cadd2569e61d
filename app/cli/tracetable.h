#pragma once

#include "core/sim/trace.h"

#include <iosfwd>

namespace mailpath::cli {

/** The readable form of a trace: a verdict block, then forward and return hop tables. */
void printTrace(std::ostream &out, const core::Trace &trace);

} // namespace mailpath::cli
