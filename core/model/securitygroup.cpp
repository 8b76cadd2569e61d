#include "securitygroup.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(SgRule, protocol, ports, cidr, groupId, prefixListId, description)

MAILPATH_DEFINE_JSON(SecurityGroup, id, name, tags, vpcId, description, ingress, egress)

} // namespace mailpath::core
