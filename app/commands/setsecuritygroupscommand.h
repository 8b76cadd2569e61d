#pragma once

#include "snapshotcommand.h"

namespace mailpath::app {

/**
 * Replaces the security groups of an interface, load balancer or interface endpoint (an
 * instance's groups are those of its primary interface). NAT and internet gateways carry
 * none, as in AWS.
 */
class SetSecurityGroupsCommand : public SnapshotCommand
{
public:
    SetSecurityGroupsCommand(core::Design &design, const std::string &ownerId,
                             std::vector<std::string> groups, QUndoCommand *parent = nullptr);

    /** The resource whose list holds the groups of ownerId; "" when it carries none. */
    static std::string holderOf(const core::Design &design, const std::string &ownerId);
    static std::vector<std::string> groupsOf(const core::Design &design, const std::string &ownerId);
    /** The VPC the groups of ownerId must belong to. */
    static std::string vpcOf(const core::Design &design, const std::string &ownerId);
    static void setGroups(core::Design &design, const std::string &ownerId,
                          const std::vector<std::string> &groups);

protected:
    void perform(core::Design &design) override;

private:
    std::string m_owner;
    std::vector<std::string> m_groups;
};

} // namespace mailpath::app
