#pragma once

#include "../model/networkacl.h"
#include "../model/securitygroup.h"
#include "../net/portset.h"

#include <functional>
#include <span>
#include <string>
#include <vector>

namespace mailpath::core {

inline constexpr int protocolTcp = 6;

/** The outcome of a stateless ACL over a destination port range. */
struct AclDecision
{
    PortSet allowed;
    PortSet denied;
    int denyingRule = 0;   //!< rule number of the first deny; 0 is the final "*"
    int allowingRule = 0;  //!< rule number that allowed (the first one when several)
    bool ok() const { return denied.empty(); }
    std::string describe() const;
};

/** Entries of one direction sorted by rule number, first match wins per port. */
std::vector<const AclEntry *> aclEntries(const NetworkAcl &acl, bool egress);
AclDecision evaluateAcl(const std::vector<const AclEntry *> &entries, int protocol, Ipv4 peer,
                        PortRange dstPorts);
/** A free rule number that would be evaluated before `before` (0: before "*"). */
int suggestAclRuleNumber(const NetworkAcl &acl, bool egress, int before);

/** Answers whether an address belongs to a referenced group or prefix list. */
struct SgPeerResolver
{
    std::function<bool(const std::string &groupId, Ipv4 address)> inGroup;
    std::function<bool(const std::string &prefixListId, Ipv4 address)> inPrefixList;
};

struct SgDecision
{
    bool allowed = false;
    std::string groupId; //!< the group whose rule allowed
    std::string rule;    //!< readable rule text
};

/**
 * Security groups are allow-only; the union of all rules of all groups on the ENI applies.
 * Without describe, SgDecision::rule stays empty (the matrix needs no text).
 */
SgDecision evaluateSecurityGroups(std::span<const SecurityGroup *const> groups, bool ingress,
                                  int protocol, Ipv4 peer, PortRange dstPorts,
                                  const SgPeerResolver &resolver, bool describe = true);
inline SgDecision evaluateSecurityGroups(const std::vector<const SecurityGroup *> &groups,
                                         bool ingress, int protocol, Ipv4 peer, PortRange dstPorts,
                                         const SgPeerResolver &resolver, bool describe = true)
{
    return evaluateSecurityGroups(std::span<const SecurityGroup *const>(groups), ingress, protocol,
                                  peer, dstPorts, resolver, describe);
}

std::string protocolName(int protocol);
std::string describeSgRule(const SgRule &rule, bool ingress);

} // namespace mailpath::core
