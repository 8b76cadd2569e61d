#pragma once

#include "app/palette/resourcefactory.h"

#include <nlohmann/json.hpp>

#include <QPointF>

namespace mailpath::app {

/** Copied resources as native JSON with their layouts: what Ctrl+C puts on the clipboard. */
struct CopiedResources
{
    std::vector<std::pair<core::ResourceKind, nlohmann::json>> resources;
    std::map<std::string, core::NodeLayout> layouts;

    nlohmann::json toJson() const;
    static std::optional<CopiedResources> fromJson(const nlohmann::json &json);
};

/**
 * What a copy of keys takes along: each key with what is drawn inside it, an instance's
 * interfaces and the SMTP servers it hosts. VPCs, regions and tables stay behind (copy the
 * subnets and nodes inside a VPC instead).
 */
CopiedResources copyResources(const core::Design &design, const std::vector<std::string> &keys);

/**
 * The bundle that pastes copied resources into design: fresh ids (references among the
 * copied resources follow, so pasted rules keep their meaning; references to others stay),
 * fresh addresses from the address planner, layouts moved by offset. error is set when
 * nothing can be pasted (their subnet or VPC no longer exists).
 */
ResourceBundle pasteBundle(const core::Design &design, const CopiedResources &copied,
                           QPointF offset);

} // namespace mailpath::app
