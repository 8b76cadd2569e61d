#include "flow.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(ExpectedFlow, id, name, from, to, port, expect, expectReason, note)
MAILPATH_DEFINE_JSON(Assumptions, sesEndpointAcceptsPort25, fargateSubjectToOp25b,
                     linuxEphemeralPorts, natGatewayPorts, loadBalancerPorts)

} // namespace mailpath::core
