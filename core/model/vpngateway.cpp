#include "vpngateway.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(VpnGateway, id, name, tags, vpcIds, asn, state)

} // namespace mailpath::core
