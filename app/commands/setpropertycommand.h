#pragma once

#include "commandid.h"

#include "core/model/design.h"

#include <QUndoCommand>

#include <nlohmann/json.hpp>

namespace mailpath::app {

/**
 * The inspector's one command: sets one field of a resource, addressed by a JSON pointer
 * into its native JSON ("/cidr", "/tags/Name", "/privateIps/0"). Successive edits of the
 * same id and key merge into one undo step.
 */
class SetPropertyCommand : public QUndoCommand
{
public:
    SetPropertyCommand(core::Design &design, const std::string &id, const std::string &key,
                       nlohmann::json value, QUndoCommand *parent = nullptr);

    /** Checks that the value would give a valid resource; an error message otherwise. */
    static QString validate(const core::Design &design, const std::string &id,
                            const std::string &key, const nlohmann::json &value);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::SetProperty); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    void apply(const nlohmann::json &value);

    core::Design &m_design;
    std::string m_id;
    std::string m_key;
    nlohmann::json m_old;
    nlohmann::json m_new;
};

} // namespace mailpath::app
