#include "blockers.h"

#include "blockersplan.h"

#include "../model/design.h"
#include "../model/resources.h"
#include "reasontexts.h"
#include "parallel.h"
#include "rules.h"

#include <algorithm>
#include <map>
#include <tuple>

namespace mailpath::core {

namespace {

// As the walker names peers in its fix sentences: the subnet or on-premises prefix that
// holds the address; ACLs take public peers as 0.0.0.0/0 (SES has many addresses).
Cidr peerCidr(const Design &design, Ipv4 peer, bool wide)
{
    for (const auto &[id, subnet] : design.all<Subnet>())
        if (subnet.cidr.contains(peer))
            return subnet.cidr;
    for (const auto &[id, net] : design.all<OnPremNetwork>())
        for (const auto &cidr : net.cidrs)
            if (cidr.contains(peer))
                return cidr;
    if (wide && classify(peer) == AddressClass::Public)
        return Cidr::any();
    return Cidr::host(peer);
}

bool isAclReason(ReasonCode r)
{
    return r == ReasonCode::NaclInboundDeny || r == ReasonCode::NaclOutboundDeny;
}

bool isSgReason(ReasonCode r)
{
    return r == ReasonCode::SgIngressDeny || r == ReasonCode::SgEgressDeny;
}

/** The security group that gets the rule: the blamed one, or the first of the blamed owner. */
std::string sgToEdit(const Design &design, const BlockerGroup &group)
{
    const std::vector<std::string> *ids = nullptr;
    if (group.kind == ResourceKind::SecurityGroup)
        return group.resource;
    if (const auto *eni = design.find<Eni>(group.resource))
        ids = &eni->securityGroupIds;
    else if (const auto *lb = design.find<LoadBalancer>(group.resource))
        ids = &lb->securityGroupIds;
    return ids && !ids->empty() ? ids->front() : std::string();
}

/** The header as it reached the component that blocked the flow. */
std::optional<Header> headerAtBlock(const Simulator &simulator, const MatrixRow &row)
{
    const auto hop = hopAtBlock(simulator, row);
    return hop ? std::optional<Header>(hop->out) : std::nullopt;
}

void addAclEntry(const Design &design, const NetworkAcl &original, ModelFix &fix,
                 NetworkAcl &working, const Header &header)
{
    const Ipv4 peer = fix.egress ? header.dst : header.src;
    const Cidr cidr = peerCidr(design, peer, true);
    for (const auto &e : fix.aclEntries)
        if (e.cidr == cidr && e.ports == header.dstPorts)
            return;
    const auto decision = evaluateAcl(aclEntries(original, fix.egress), protocolTcp, peer,
                                      header.dstPorts);
    AclEntry entry;
    entry.ruleNumber = suggestAclRuleNumber(working, fix.egress, decision.denyingRule);
    entry.egress = fix.egress;
    entry.protocol = protocolTcp;
    entry.ports = header.dstPorts;
    entry.cidr = cidr;
    entry.allow = true;
    working.entries.push_back(entry);
    fix.aclEntries.push_back(entry);
}

void addSgRule(const Design &design, ModelFix &fix, const Header &header)
{
    SgRule rule;
    rule.protocol = protocolTcp;
    rule.ports = header.dstPorts;
    rule.cidr = peerCidr(design, fix.egress ? header.dst : header.src, false);
    rule.description = "MailPath fix";
    if (std::find(fix.sgRules.begin(), fix.sgRules.end(), rule) == fix.sgRules.end())
        fix.sgRules.push_back(rule);
}

} // namespace

bool ModelFix::applyTo(Design &design) const
{
    switch (kind) {
    case Kind::AddAclEntries:
        return design.update<NetworkAcl>(resource, [&](NetworkAcl &acl) {
            acl.entries.insert(acl.entries.end(), aclEntries.begin(), aclEntries.end());
        });
    case Kind::AddSgRules:
        return design.update<SecurityGroup>(resource, [&](SecurityGroup &sg) {
            auto &rules = egress ? sg.egress : sg.ingress;
            rules.insert(rules.end(), sgRules.begin(), sgRules.end());
        });
    // Listeners, routes and ports are keyed by port or destination: never added twice.
    case Kind::AddListeners:
        return design.update<LoadBalancer>(resource, [&](LoadBalancer &lb) {
            for (const auto &l : listeners)
                if (std::none_of(lb.listeners.begin(), lb.listeners.end(),
                                 [&](const Listener &o) { return o.port == l.listener.port; }))
                    lb.listeners.push_back(l.listener);
        });
    case Kind::AddRoutes:
        return design.update<RouteTable>(resource, [&](RouteTable &table) {
            for (const auto &r : routes)
                if (std::none_of(table.routes.begin(), table.routes.end(),
                                 [&](const Route &o) { return o.destination == r.destination; }))
                    table.routes.push_back(r);
        });
    case Kind::AddServerPorts:
        return design.update<SmtpServer>(resource, [&](SmtpServer &server) {
            for (uint16_t port : serverPorts)
                if (std::find(server.ports.begin(), server.ports.end(), port)
                    == server.ports.end())
                    server.ports.push_back(port);
        });
    case Kind::AddAttachmentSubnets:
        return design.update<TgwAttachment>(resource, [&](TgwAttachment &att) {
            for (const auto &id : attachmentSubnets)
                if (std::find(att.subnetIds.begin(), att.subnetIds.end(), id)
                    == att.subnetIds.end())
                    att.subnetIds.push_back(id);
        });
    case Kind::EnableApplianceMode:
        return design.update<TgwAttachment>(resource,
                                            [](TgwAttachment &att) { att.applianceMode = true; });
    }
    return false;
}

std::string ModelFix::text() const
{
    return englishText(message());
}

Message ModelFix::message() const
{
    Message text;
    auto separate = [&] {
        if (!text.empty())
            text.append(texts::clauseSeparator);
    };
    for (const auto &e : aclEntries) {
        separate();
        text.append(egress ? texts::fixAclOutbound : texts::fixAclInbound,
                    {e.ports.toString(), e.cidr.toString(), std::to_string(e.ruleNumber)});
    }
    for (const auto &r : sgRules) {
        separate();
        text.append(egress ? texts::fixSgOutbound : texts::fixSgInbound,
                    {r.ports.toString(), r.cidr ? r.cidr->toString() : std::string("?")});
    }
    for (const auto &l : listeners) {
        separate();
        const std::string port = std::to_string(l.listener.port);
        const std::string copied = std::to_string(l.copiedPort);
        const std::string to = std::to_string(l.targetPort);
        if (l.target.empty())
            text.append(texts::fixListenerClassic, {port, to, copied});
        else
            text.append(texts::fixListener, {port, l.target, to, copied});
    }
    for (const auto &r : routes) {
        separate();
        text.append(texts::fixRoute, {r.destination ? r.destination->toString() : std::string(),
                                      r.targetId});
    }
    std::string ports;
    for (uint16_t port : serverPorts)
        ports += (ports.empty() ? "" : ", ") + std::to_string(port);
    if (!ports.empty()) {
        separate();
        text.append(texts::fixServerPort, {ports});
    }
    for (const auto &id : attachmentSubnets) {
        separate();
        text.append(texts::fixAttachmentSubnet, {id});
    }
    if (kind == Kind::EnableApplianceMode)
        text.append(texts::fixApplianceMode);
    return text.append(texts::fixOn, {resourceName.empty() ? resource : resourceName});
}

std::vector<SinkPortCount> summarizeMatrix(const std::vector<MatrixRow> &rows)
{
    std::vector<SinkPortCount> counts;
    std::map<std::pair<std::string_view, uint16_t>, size_t> index;
    for (const auto &row : rows) {
        const auto [it, added] = index.try_emplace({row.to, row.port}, counts.size());
        if (added)
            counts.push_back({row.to, row.port, 0, 0});
        auto &c = counts[it->second];
        ++(row.verdict == Verdict::Delivered ? c.delivered : c.blocked);
    }
    return counts;
}

std::vector<BlockerGroup> groupBlockers(const std::vector<MatrixRow> &rows)
{
    std::vector<BlockerGroup> groups;
    std::map<std::pair<std::string_view, ReasonCode>, size_t> index;
    for (size_t i = 0; i < rows.size(); ++i) {
        const auto &b = rows[i].blockedAt;
        if (rows[i].verdict != Verdict::Blocked || !b)
            continue;
        const auto [it, added] = index.try_emplace({b->resource, b->reason}, groups.size());
        if (added) {
            auto &g = groups.emplace_back();
            g.resource = b->resource;
            g.kind = b->kind;
            g.reason = b->reason;
            g.direction = b->direction;
            g.fixText = b->fix;
            g.fixMessage = b->fixMessage;
        }
        groups[it->second].rows.push_back(i);
    }
    std::stable_sort(groups.begin(), groups.end(), [](const auto &a, const auto &b) {
        if (a.rows.size() != b.rows.size())
            return a.rows.size() > b.rows.size();
        return std::tie(a.resource, a.reason) < std::tie(b.resource, b.reason);
    });
    return groups;
}

std::optional<ModelFix> planFix(const Simulator &simulator, const std::vector<MatrixRow> &rows,
                                const BlockerGroup &group)
{
    const Design &design = simulator.design();
    ModelFix fix;
    const NetworkAcl *acl = nullptr;
    NetworkAcl working;
    if (isAclReason(group.reason)) {
        acl = design.find<NetworkAcl>(group.resource);
        if (!acl)
            return std::nullopt;
        working = *acl;
        fix.kind = ModelFix::Kind::AddAclEntries;
        fix.egress = group.reason == ReasonCode::NaclOutboundDeny;
        fix.resource = acl->id;
    } else if (isSgReason(group.reason)) {
        fix.kind = ModelFix::Kind::AddSgRules;
        fix.egress = group.reason == ReasonCode::SgEgressDeny;
        fix.resource = sgToEdit(design, group);
        if (fix.resource.empty() || !design.find<SecurityGroup>(fix.resource))
            return std::nullopt;
    } else if (isListenerReason(group)) {
        return planListenerFix(simulator, rows, group);
    } else if (isRouteReason(group)) {
        return planRouteFix(simulator, rows, group);
    } else if (isAttachmentReason(group)) {
        return planAttachmentFix(simulator, rows, group);
    } else {
        return std::nullopt;
    }
    for (size_t i : group.rows) {
        const auto header = headerAtBlock(simulator, rows[i]);
        if (!header)
            continue;
        if (acl)
            addAclEntry(design, *acl, fix, working, *header);
        else
            addSgRule(design, fix, *header);
    }
    if (fix.aclEntries.empty() && fix.sgRules.empty())
        return std::nullopt;
    return fix;
}

namespace {

/** Delivered flows among rows[indices], walked on threads (verdicts only). */
size_t countDelivered(const Simulator &simulator, const std::vector<MatrixRow> &rows,
                      const std::vector<size_t> &indices)
{
    std::atomic<size_t> delivered{0};
    TraceOptions options;
    options.recordHops = false;
    parallelFor(indices.size(), 0, [&](size_t k) {
        const auto &row = rows[indices[k]];
        Query query;
        query.from = row.from;
        query.to = row.to;
        query.port = row.port;
        if (simulator.trace(query, options).delivered())
            delivered.fetch_add(1, std::memory_order_relaxed);
    }, 256);
    return delivered;
}

} // namespace

UnblockCount countUnblocked(const Design &design, const std::vector<MatrixRow> &rows,
                            const BlockerGroup &group, const ModelFix &fix)
{
    UnblockCount count;
    Design fixed = design;
    if (!fix.applyTo(fixed))
        return count;
    const Simulator simulator(fixed);
    std::vector<bool> inGroup(rows.size());
    for (size_t i : group.rows)
        inGroup[i] = true;
    std::vector<size_t> others;
    for (size_t i = 0; i < rows.size(); ++i)
        if (!inGroup[i] && rows[i].verdict == Verdict::Blocked)
            others.push_back(i);
    count.inGroup = countDelivered(simulator, rows, group.rows);
    count.elsewhere = countDelivered(simulator, rows, others);
    return count;
}

void evaluateFixes(const Simulator &simulator, const std::vector<MatrixRow> &rows,
                   std::vector<BlockerGroup> &groups, size_t limit,
                   const std::atomic<bool> *cancel)
{
    for (size_t g = 0; g < std::min(limit, groups.size()); ++g) {
        if (cancel && cancel->load())
            return;
        auto &group = groups[g];
        group.fix = planFix(simulator, rows, group);
        if (!group.fix)
            continue;
        const auto count = countUnblocked(simulator.design(), rows, group, *group.fix);
        group.unblocked = count.inGroup;
        group.unblockedElsewhere = count.elsewhere;
    }
}

} // namespace mailpath::core
