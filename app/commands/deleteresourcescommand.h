#pragma once

#include "snapshotcommand.h"

namespace mailpath::app {

/**
 * Deletes resources with everything drawn inside them and drops references to deleted
 * subnets from route tables and ACLs; undo brings back the same ids and properties.
 */
class DeleteResourcesCommand : public SnapshotCommand
{
public:
    DeleteResourcesCommand(core::Design &design, const std::vector<std::string> &ids,
                           QUndoCommand *parent = nullptr);

    /** The ids a delete of ids removes (the selection plus its descendants). */
    static std::vector<std::string> closure(const core::Design &design,
                                            const std::vector<std::string> &ids);

protected:
    void perform(core::Design &design) override;

private:
    static std::vector<std::string> touchedKeys(const core::Design &design,
                                                const std::vector<std::string> &removed);
    std::vector<std::string> m_removed;
};

} // namespace mailpath::app
