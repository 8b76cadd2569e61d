#pragma once

#include "app/palette/palettetypes.h"
#include "snapshotcommand.h"

namespace mailpath::app {

/** Adds the resources of a palette drop (a VPC with its main route table, ACL and SG...). */
class AddResourcesCommand : public SnapshotCommand
{
public:
    AddResourcesCommand(core::Design &design, ResourceBundle bundle,
                        QUndoCommand *parent = nullptr);

protected:
    void perform(core::Design &design) override;

private:
    ResourceBundle m_bundle;
};

} // namespace mailpath::app
