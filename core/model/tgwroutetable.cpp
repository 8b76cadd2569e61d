#include "tgwroutetable.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(TgwRoute, destination, attachmentIds, blackhole, propagated)

MAILPATH_DEFINE_JSON(TgwRouteTable, id, name, tags, transitGatewayId, defaultAssociation, defaultPropagation, routes, propagationAttachmentIds)

} // namespace mailpath::core
