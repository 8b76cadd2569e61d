#include "vpc.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(Vpc, id, name, tags, region, accountId, cidrs, isDefault)

constinit const KindTraits Vpc::traits = {
    .kind = Vpc::kind,
    .name = "vpc",
    .idPrefix = "vpc",
    .title = "VPC",
    .diagram = DiagramRole::Container,
};

} // namespace mailpath::core
