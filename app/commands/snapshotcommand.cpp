#include "snapshotcommand.h"

namespace mailpath::app {

SnapshotCommand::SnapshotCommand(core::Design &design, std::vector<std::string> keys,
                                 QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_design(design)
    , m_keys(std::move(keys))
    , m_before(DesignPatch::capture(design, m_keys))
{}

void SnapshotCommand::undo()
{
    m_before.apply(m_design);
}

void SnapshotCommand::redo()
{
    if (m_after) {
        m_after->apply(m_design);
        return;
    }
    perform(m_design);
    m_after = DesignPatch::capture(m_design, m_keys);
}

} // namespace mailpath::app
