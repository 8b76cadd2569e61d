#include "tgwroutetable.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(TgwRoute, destination, attachmentIds, blackhole, propagated)

MAILPATH_DEFINE_JSON(TgwRouteTable, id, name, tags, transitGatewayId, defaultAssociation, defaultPropagation, routes, propagationAttachmentIds)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<TgwRouteTable>(id);
    return {s->transitGatewayId};
}

} // namespace

constinit const KindTraits TgwRouteTable::traits = {
    .kind = TgwRouteTable::kind,
    .name = "tgw-route-table",
    .idPrefix = "tgw-rtb",
    .title = "TGW route table",
    .diagram = DiagramRole::Hidden,
    .containers = containersOf,
};

} // namespace mailpath::core
