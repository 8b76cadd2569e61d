#pragma once

#include "commandid.h"

#include "core/model/design.h"

#include <QUndoCommand>

#include <nlohmann/json.hpp>

namespace mailpath::app {

/**
 * A rule-table edit (route table, security group, network ACL): the whole resource as JSON
 * before and after. Consecutive edits of the same table within one cell edit do not merge;
 * each add/remove/reorder/cell change is its own step.
 */
class EditRulesCommand : public QUndoCommand
{
public:
    EditRulesCommand(core::Design &design, const std::string &id, nlohmann::json after,
                     const QString &text, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::EditRules); }

private:
    void apply(const nlohmann::json &json);

    core::Design &m_design;
    std::string m_id;
    core::ResourceKind m_kind;
    nlohmann::json m_before;
    nlohmann::json m_after;
};

} // namespace mailpath::app
