#pragma once

#include "design.h"

#include <string>
#include <string_view>
#include <unordered_map>

namespace mailpath::core {

/**
 * AWS lifecycle states after which a resource carries no traffic: deleting, deleted, failed,
 * rejected, expired (and an instance shutting down or terminated). Such resources are imported
 * as they are, drawn greyed and never walked; a route to one is a blackhole (R1.6, R14.3).
 */
bool isGoneState(std::string_view state);

/** The state of resource id when it is gone (isGoneState), else empty. */
std::string goneStateOf(const Design &design, std::string_view id);

/** Every gone resource's id (a view of the design's key) with its state, for one index. */
std::unordered_map<std::string_view, std::string> goneResources(const Design &design);

} // namespace mailpath::core
