#include "transitgateway.h"

#include "routetable.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(TransitGateway, id, name, tags, region, accountId, asn, defaultAssociationRouteTableId, defaultPropagationRouteTableId)

constinit const KindTraits TransitGateway::traits = {
    .kind = TransitGateway::kind,
    .name = "transit-gateway",
    .idPrefix = "tgw",
    .title = "Transit gateway",
    .diagram = DiagramRole::Node,
    .routeTarget = RouteTarget::TransitGateway,
};

} // namespace mailpath::core
