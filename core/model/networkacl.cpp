#include "networkacl.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(AclEntry, ruleNumber, egress, protocol, ports, cidr, allow)

MAILPATH_DEFINE_JSON(NetworkAcl, id, name, tags, vpcId, isDefault, subnetIds, entries)

} // namespace mailpath::core
