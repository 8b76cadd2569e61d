#include "peeringconnection.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(PeeringConnection, id, name, tags, requesterVpcId, accepterVpcId, requesterCidrs, accepterCidrs, status)

} // namespace mailpath::core
