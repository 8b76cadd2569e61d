#include "editrulescommand.h"

namespace mailpath::app {

EditRulesCommand::EditRulesCommand(core::Design &design, const std::string &id,
                                   nlohmann::json after, const QString &text, QUndoCommand *parent)
    : QUndoCommand(text, parent)
    , m_design(design)
    , m_id(id)
    , m_kind(design.kindOf(id).value_or(core::ResourceKind::Vpc))
    , m_before(design.resourceJson(id))
    , m_after(std::move(after))
{
    if (m_before.is_null() || m_before == m_after)
        setObsolete(true);
}

void EditRulesCommand::apply(const nlohmann::json &json)
{
    m_design.putResourceJson(m_kind, json);
}

void EditRulesCommand::undo()
{
    apply(m_before);
}

void EditRulesCommand::redo()
{
    if (!m_before.is_null())
        apply(m_after);
}

} // namespace mailpath::app
