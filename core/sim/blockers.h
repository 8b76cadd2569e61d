#pragma once

#include "../model/loadbalancer.h"
#include "../model/networkacl.h"
#include "../model/routetable.h"
#include "../model/securitygroup.h"
#include "simulator.h"

#include <atomic>
#include <optional>
#include <string>
#include <vector>

namespace mailpath::core {

/** A listener a fix adds: a copy of an existing listener of the load balancer on a new port. */
struct ListenerFix
{
    Listener listener;
    uint16_t copiedPort = 0; //!< the existing listener whose forwarding it copies
    std::string target;      //!< the target group's name (classic: empty)
    uint16_t targetPort = 0; //!< the target group's port (classic: the instance port)
};

/**
 * A fix as a model edit of one resource (BlockedAt::fix is its sentence): rules added to a
 * network ACL or a security group, TCP listeners added to a load balancer, routes added to a
 * route table, ports an SMTP server listens on, subnets or appliance mode of a transit gateway
 * attachment. Reasons without a mechanical fix, or whose
 * edit is ambiguous (two NAT gateways a route could use), have none.
 */
struct ModelFix
{
    enum class Kind {
        AddAclEntries,
        AddSgRules,
        AddListeners,
        AddRoutes,
        AddServerPorts,
        AddAttachmentSubnets, //!< a transit gateway VPC attachment gets subnets in more zones
        EnableApplianceMode,  //!< of a transit gateway VPC attachment
    };
    Kind kind = Kind::AddAclEntries;
    std::string resource;     //!< the resource that gets the rules, listeners, routes or ports
    std::string resourceName; //!< how the text names it; empty: the id
    bool egress = false;
    std::vector<AclEntry> aclEntries;
    std::vector<SgRule> sgRules;
    std::vector<ListenerFix> listeners;
    std::vector<Route> routes;
    std::vector<uint16_t> serverPorts;
    std::vector<std::string> attachmentSubnets;

    /** Makes the edit on the design; false when the resource is gone. */
    bool applyTo(Design &design) const;
    /**
     * e.g. "allow TCP 1024-65535 inbound from 10.0.1.0/24 (rule 90) on acl-1",
     * "add listener TCP 2465 → relay-tg (port 587), as the one on 465 on relay".
     */
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
