#pragma once

#include "snapshotcommand.h"

namespace mailpath::app {

/**
 * Associates a subnet with a network ACL or a route table of its VPC, replacing its previous
 * association as AWS does. Associating with the main route table drops the explicit
 * association (the subnet then follows the main table).
 */
class AssociateTableCommand : public SnapshotCommand
{
public:
    AssociateTableCommand(core::Design &design, const std::string &subnetId,
                          const std::string &tableId, QUndoCommand *parent = nullptr);

    /** Why the association is not possible ("" when it is). */
    static QString refusal(const core::Design &design, const std::string &subnetId,
                           const std::string &tableId);
    /** Applies the association to design directly (used inside other commands). */
    static void associate(core::Design &design, const std::string &subnetId,
                          const std::string &tableId);

protected:
    void perform(core::Design &design) override;

private:
    static std::vector<std::string> touchedKeys(const core::Design &design,
                                                const std::string &subnetId,
                                                const std::string &tableId);
    std::string m_subnet;
    std::string m_table;
};

} // namespace mailpath::app
