#include "tgwattachment.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(TgwAttachment, id, name, tags, transitGatewayId, resourceType, resourceId, subnetIds, associationRouteTableId, applianceMode, state)

} // namespace mailpath::core
