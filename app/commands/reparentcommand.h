#pragma once

#include "snapshotcommand.h"

namespace mailpath::app {

/**
 * Moves a resource into another subnet: a model change (subnet, VPC, AZ and a free address
 * there), not just a drag. Works for instances (with their ENIs), task ENIs, NAT gateways
 * and single-subnet VPC endpoints.
 */
class ReparentCommand : public SnapshotCommand
{
public:
    ReparentCommand(core::Design &design, const std::string &id, const std::string &subnetId,
                    const core::NodeLayout &layout, QUndoCommand *parent = nullptr);

    static bool canReparent(const core::Design &design, const std::string &id);

protected:
    void perform(core::Design &design) override;

private:
    static std::vector<std::string> keysFor(const core::Design &design, const std::string &id);
    std::string m_id;
    std::string m_subnetId;
    core::NodeLayout m_layout;
};

} // namespace mailpath::app
