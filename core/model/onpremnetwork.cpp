#include "onpremnetwork.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(OnPremNetwork, id, name, tags, cidrs, vpnConnectionIds, firewallId)

} // namespace mailpath::core
