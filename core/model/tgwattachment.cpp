#include "tgwattachment.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(TgwAttachment, id, name, tags, transitGatewayId, resourceType, resourceId, subnetIds, associationRouteTableId, applianceMode, state)

constinit const KindTraits TgwAttachment::traits = {
    .kind = TgwAttachment::kind,
    .name = "tgw-attachment",
    .idPrefix = "tgw-attach",
    .title = "TGW attachment",
    .diagram = DiagramRole::Hidden,
};

} // namespace mailpath::core
