#include "prefixlist.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(PrefixList, id, name, tags, cidrs)

constinit const KindTraits PrefixList::traits = {
    .kind = PrefixList::kind,
    .name = "prefix-list",
    .idPrefix = "pl",
    .title = "Prefix list",
    .diagram = DiagramRole::Hidden,
};

} // namespace mailpath::core
