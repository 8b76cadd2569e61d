#include "editflowscommand.h"

namespace mailpath::app {

EditFlowsCommand::EditFlowsCommand(core::Design &design, std::vector<core::ExpectedFlow> after,
                                   const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_design(design)
    , m_before(design.flows())
    , m_after(std::move(after))
{
    if (m_before == m_after)
        setObsolete(true);
}

void EditFlowsCommand::undo()
{
    m_design.setFlows(m_before);
}

void EditFlowsCommand::redo()
{
    m_design.setFlows(m_after);
}

} // namespace mailpath::app
