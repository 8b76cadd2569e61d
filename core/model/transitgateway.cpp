#include "transitgateway.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(TransitGateway, id, name, tags, region, accountId, asn, defaultAssociationRouteTableId, defaultPropagationRouteTableId)

} // namespace mailpath::core
