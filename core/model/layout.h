#pragma once

#include "jsonmacros.h"

#include <map>
#include <string>

namespace mailpath::core {

/** Where a resource is drawn; kept apart from its semantics and keyed by its id. */
struct NodeLayout
{
    double x = 0;
    double y = 0;
    double width = 0;  //!< 0: the item's natural size
    double height = 0;
    bool collapsed = false;

    friend bool operator==(const NodeLayout &, const NodeLayout &) = default;
};
MAILPATH_DECLARE_JSON(NodeLayout);

using Layout = std::map<std::string, NodeLayout>;

} // namespace mailpath::core
