#pragma once

namespace mailpath::app {

/** QUndoCommand::id() values; commands with the same id may merge. */
enum class CommandId {
    MoveNodes = 1,
    SetProperty,
    EditRules,
    EditFlows,
    ResizeNode,
};

} // namespace mailpath::app
