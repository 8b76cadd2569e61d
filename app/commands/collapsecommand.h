#pragma once

#include "core/model/design.h"

#include <QUndoCommand>

#include <vector>

namespace mailpath::app {

/**
 * Collapses or expands VPCs: the state is part of each VPC's saved layout, so it is an
 * undoable edit of the design like a move.
 */
class CollapseCommand : public QUndoCommand
{
public:
    CollapseCommand(core::Design &design, std::vector<std::string> keys, bool collapsed,
                    QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    void apply(bool collapsed, bool useOld);

    core::Design &m_design;
    std::vector<std::string> m_keys;
    std::vector<bool> m_old;
    bool m_collapsed;
};

} // namespace mailpath::app
