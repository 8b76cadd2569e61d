#include "rules.h"

#include "text.h"

#include <algorithm>

namespace mailpath::core {

std::string protocolName(int protocol)
{
    switch (protocol) {
    case -1: return "all";
    case 1: return "icmp";
    case 6: return "tcp";
    case 17: return "udp";
    default: return std::to_string(protocol);
    }
}

std::string AclDecision::describe() const
{
    std::string text;
    if (!allowed.empty())
        text += "ports " + allowed.toString() + " allowed by rule " + std::to_string(allowingRule);
    if (!denied.empty()) {
        if (!text.empty())
            text += "; ";
        text += "ports " + denied.toString() + " denied by rule "
                + (denyingRule ? std::to_string(denyingRule) : std::string("*"));
    }
    return text;
}

std::vector<const AclEntry *> aclEntries(const NetworkAcl &acl, bool egress)
{
    std::vector<const AclEntry *> entries;
    for (const auto &e : acl.entries)
        if (e.egress == egress)
            entries.push_back(&e);
    std::stable_sort(entries.begin(), entries.end(),
                     [](auto *a, auto *b) { return a->ruleNumber < b->ruleNumber; });
    return entries;
}

AclDecision evaluateAcl(const std::vector<const AclEntry *> &entries, int protocol, Ipv4 peer,
                        PortRange dstPorts)
{
    AclDecision decision;
    PortSet remaining(dstPorts);
    for (const auto *e : entries) {
        if (remaining.empty())
            break;
        if ((e->protocol != -1 && e->protocol != protocol) || !e->cidr.contains(peer))
            continue;
        const PortRange ports = e->protocol == -1 ? PortRange::all() : e->ports;
        const PortSet matched = remaining.intersected(ports);
        if (matched.empty())
            continue;
        if (e->allow) {
            decision.allowed.add(matched);
            if (!decision.allowingRule)
                decision.allowingRule = e->ruleNumber;
        } else {
            decision.denied.add(matched);
            if (!decision.denyingRule)
                decision.denyingRule = e->ruleNumber;
        }
        remaining = remaining.subtracted(ports);
    }
    decision.denied.add(remaining); // the final "*" rule
    return decision;
}

int suggestAclRuleNumber(const NetworkAcl &acl, bool egress, int before)
{
    std::vector<int> used;
    for (const auto &e : acl.entries)
        if (e.egress == egress)
            used.push_back(e.ruleNumber);
    auto isFree = [&](int n) { return std::find(used.begin(), used.end(), n) == used.end(); };
    if (before == 0) {
        int highest = 0;
        for (int n : used)
            highest = std::max(highest, n);
        const int candidate = (highest / 10 + 1) * 10;
        return std::min(candidate, 32766);
    }
    for (int n = before - 1; n >= 1; --n)
        if (isFree(n))
            return n;
    return 1;
}

std::string describeSgRule(const SgRule &rule, bool ingress)
{
    std::string peer = rule.cidr ? rule.cidr->toString()
                                 : !rule.groupId.empty() ? rule.groupId : rule.prefixListId;
    const std::string what = rule.protocol == -1 ? std::string("all traffic")
                                                 : protocolName(rule.protocol) + ' '
                                                       + rule.ports.toString();
    return concat(ingress ? "inbound " : "outbound ", what, ingress ? " from " : " to ", peer);
}

SgDecision evaluateSecurityGroups(std::span<const SecurityGroup *const> groups, bool ingress,
                                  int protocol, Ipv4 peer, PortRange dstPorts,
                                  const SgPeerResolver &resolver, bool describe)
{
    SgDecision decision;
    PortSet remaining(dstPorts);
    for (const auto *group : groups) {
        for (const auto &rule : ingress ? group->ingress : group->egress) {
            if (rule.protocol != -1 && rule.protocol != protocol)
                continue;
            bool peerMatches = false;
            if (rule.cidr)
                peerMatches = rule.cidr->contains(peer);
            else if (!rule.groupId.empty())
                peerMatches = resolver.inGroup && resolver.inGroup(rule.groupId, peer);
            else if (!rule.prefixListId.empty())
                peerMatches = resolver.inPrefixList && resolver.inPrefixList(rule.prefixListId, peer);
            if (!peerMatches)
                continue;
            const PortRange ports = rule.protocol == -1 ? PortRange::all() : rule.ports;
            if (remaining.intersected(ports).empty())
                continue;
            if (decision.groupId.empty()) {
                decision.groupId = group->id;
                if (describe)
                    decision.rule = concat(group->id, " ", describeSgRule(rule, ingress));
            }
            remaining = remaining.subtracted(ports);
            if (remaining.empty()) {
                decision.allowed = true;
                return decision;
            }
        }
    }
    return decision;
}

} // namespace mailpath::core
