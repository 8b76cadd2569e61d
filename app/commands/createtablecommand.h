#pragma once

#include "snapshotcommand.h"

namespace mailpath::app {

/**
 * Creates a network ACL, security group or route table in a VPC with what AWS gives a new
 * one (an ACL denies everything until rules are added, a security group allows all outbound
 * and nothing inbound, a route table holds the local routes) and, in the same undo step,
 * associates it with a subnet or attaches it to an instance, interface, load balancer or
 * endpoint (subject, optional).
 */
class CreateTableCommand : public SnapshotCommand
{
public:
    CreateTableCommand(core::Design &design, core::ResourceKind kind, const std::string &vpcId,
                       const std::string &name, const std::string &subject = {},
                       QUndoCommand *parent = nullptr);

    const std::string &createdId() const { return m_id; }

protected:
    void perform(core::Design &design) override;

private:
    CreateTableCommand(core::Design &design, core::ResourceKind kind, std::string id,
                       const std::string &vpcId, const std::string &name,
                       const std::string &subject, QUndoCommand *parent);
    static std::vector<std::string> touchedKeys(const core::Design &design,
                                                const std::string &id,
                                                const std::string &subject);
    core::ResourceKind m_kind;
    std::string m_id;
    std::string m_vpc;
    std::string m_name;
    std::string m_subject;
};

} // namespace mailpath::app
