#pragma once

#include "snapshotcommand.h"

#include "core/net/address.h"

namespace mailpath::app {

/**
 * Replaces a VPC's CIDR blocks (primary first) and, as AWS does, the local routes of every
 * route table of the VPC with one per block.
 */
class SetVpcCidrsCommand : public SnapshotCommand
{
public:
    SetVpcCidrsCommand(core::Design &design, const std::string &vpcId,
                       std::vector<core::Cidr> cidrs, QUndoCommand *parent = nullptr);

protected:
    void perform(core::Design &design) override;

private:
    static std::vector<std::string> touchedKeys(const core::Design &design, const std::string &vpcId);
    std::string m_vpc;
    std::vector<core::Cidr> m_cidrs;
};

} // namespace mailpath::app
