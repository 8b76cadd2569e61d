#include "peeringconnection.h"

#include "routetable.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(PeeringConnection, id, name, tags, requesterVpcId, accepterVpcId, requesterCidrs, accepterCidrs, status)

constinit const KindTraits PeeringConnection::traits = {
    .kind = PeeringConnection::kind,
    .name = "peering-connection",
    .idPrefix = "pcx",
    .title = "VPC peering",
    .diagram = DiagramRole::Hidden,
    .routeTarget = RouteTarget::Peering,
};

} // namespace mailpath::core
