#include "onpremnetwork.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(OnPremNetwork, id, name, tags, cidrs, vpnConnectionIds, firewallId)

constinit const KindTraits OnPremNetwork::traits = {
    .kind = OnPremNetwork::kind,
    .name = "on-prem-network",
    .idPrefix = "onprem",
    .title = "On-premises network",
    .diagram = DiagramRole::Container,
};

} // namespace mailpath::core
