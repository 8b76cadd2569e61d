#pragma once

#include "commandid.h"

#include "core/model/design.h"

#include <QUndoCommand>

#include <map>

namespace mailpath::app {

/**
 * Moves (or resizes) drawn nodes: old and new layout per key for the whole selection.
 * A drag pushes one command on release; keyboard nudges are mergeable, so a run of
 * arrow-key presses on the same selection is one undo step.
 */
class MoveNodesCommand : public QUndoCommand
{
public:
    struct Move
    {
        core::NodeLayout from;
        core::NodeLayout to;
    };

    MoveNodesCommand(core::Design &design, std::map<std::string, Move> moves, bool mergeable,
                     QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::MoveNodes); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    core::Design &m_design;
    std::map<std::string, Move> m_moves;
    bool m_mergeable;
};

} // namespace mailpath::app
