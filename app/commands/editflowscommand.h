#pragma once

#include "commandid.h"

#include "core/model/design.h"

#include <QUndoCommand>

namespace mailpath::app {

/** Adds, removes or edits expected flows: the flow list before and after. */
class EditFlowsCommand : public QUndoCommand
{
public:
    EditFlowsCommand(core::Design &design, std::vector<core::ExpectedFlow> after,
                     const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::EditFlows); }

private:
    core::Design &m_design;
    std::vector<core::ExpectedFlow> m_before;
    std::vector<core::ExpectedFlow> m_after;
};

} // namespace mailpath::app
