#pragma once

#include "designpatch.h"

#include <QUndoCommand>

namespace mailpath::app {

/**
 * Base of structural commands (STYLE rule 7): the constructor captures the touched keys,
 * the first redo() runs perform() and captures "after", later undo()/redo() restore.
 */
class SnapshotCommand : public QUndoCommand
{
public:
    void undo() override;
    void redo() override;

protected:
    SnapshotCommand(core::Design &design, std::vector<std::string> keys,
                    QUndoCommand *parent = nullptr);
    /** The core operation; runs once, on the first redo(). */
    virtual void perform(core::Design &design) = 0;

    core::Design &m_design;

private:
    std::vector<std::string> m_keys;
    DesignPatch m_before;
    std::optional<DesignPatch> m_after;
};

} // namespace mailpath::app
