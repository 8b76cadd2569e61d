#pragma once

#include "../model/networkacl.h"
#include "../model/securitygroup.h"
#include "simulator.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace mailpath::core {

/**
 * A fix as a model edit (BlockedAt::fix is its sentence): rules added to one network ACL or
 * one security group. Reasons without a mechanical fix (routes, relays...) have none.
 */
struct ModelFix
{
    enum class Kind { AddAclEntries, AddSgRules };
    Kind kind = Kind::AddAclEntries;
    std::string resource; //!< the network ACL or security group that gets the rules
    bool egress = false;
    std::vector<AclEntry> aclEntries;
    std::vector<SgRule> sgRules;

    /** Adds the rules to the design; false when the resource is gone. */
    bool applyTo(Design &design) const;
    /** e.g. "allow TCP 1024-65535 inbound from 10.0.1.0/24 (rule 90) on acl-1". */
    std::string text() const;
    Message message() const; //!< text() as data, for the app's language
};

/** Delivered and blocked sources of one sink on one port. */
struct SinkPortCount
{
    std::string sink;
    uint16_t port = 0;
    size_t delivered = 0;
    size_t blocked = 0;
};

/** Blocked flows that stop at the same component for the same reason. */
struct BlockerGroup
{
    std::string resource;
    ResourceKind kind = ResourceKind::NetworkInterface;
    ReasonCode reason = ReasonCode::None;
    Direction direction = Direction::Forward; //!< of the first flow
    std::vector<size_t> rows;                 //!< indices into the matrix rows
    std::string fixText;                      //!< the simulator's sentence for the first flow
    Message fixMessage;                       //!< fixText as data
    std::optional<ModelFix> fix;
    /** Flows of the group delivered once the fix is applied; empty until evaluated. */
    std::optional<size_t> unblocked;
    /** Blocked flows of other groups that the fix delivers too (e.g. a shared ACL). */
    size_t unblockedElsewhere = 0;
};

struct UnblockCount
{
    size_t inGroup = 0;
    size_t elsewhere = 0;
};

/** Per sink and port, in the order sinks and ports first appear in the rows. */
std::vector<SinkPortCount> summarizeMatrix(const std::vector<MatrixRow> &rows);

/** Blocked rows grouped by (blamed resource, reason), largest group first, ties by id. */
std::vector<BlockerGroup> groupBlockers(const std::vector<MatrixRow> &rows);

/**
 * Derives the model edit that lets every flow of the group pass the component that blocks
 * it (each flow traced again with hops to learn the header at the block).
 */
std::optional<ModelFix> planFix(const Simulator &simulator, const std::vector<MatrixRow> &rows,
                                const BlockerGroup &group);

/**
 * How many blocked flows are delivered on a copy of the design with the fix applied: the
 * group's, and every other blocked flow of the matrix walked again.
 */
UnblockCount countUnblocked(const Design &design, const std::vector<MatrixRow> &rows,
                      const BlockerGroup &group, const ModelFix &fix);

/**
 * planFix + countUnblocked for the first `limit` groups (the largest); stops early when
 * `cancel` becomes true.
 */
void evaluateFixes(const Simulator &simulator, const std::vector<MatrixRow> &rows,
                   std::vector<BlockerGroup> &groups, size_t limit,
                   const std::atomic<bool> *cancel = nullptr);

} // namespace mailpath::core
