#pragma once

#include "snapshotcommand.h"

#include <QString>

namespace mailpath::app {

/**
 * Deletes a network ACL, security group or route table. Its subnets fall back to the VPC's
 * default ACL or main route table; a security group is detached from what carries it. The
 * default ACL and the main route table stay, as in AWS.
 */
class DeleteTableCommand : public SnapshotCommand
{
public:
    DeleteTableCommand(core::Design &design, const std::string &id,
                       QUndoCommand *parent = nullptr);

    /** Why id cannot be deleted ("" when it can). */
    static QString refusal(const core::Design &design, const std::string &id);

protected:
    void perform(core::Design &design) override;

private:
    static std::vector<std::string> touchedKeys(const core::Design &design, const std::string &id);
    std::string m_id;
};

} // namespace mailpath::app
