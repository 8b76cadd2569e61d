#pragma once

#include "commandid.h"

#include "core/model/design.h"

#include <QUndoCommand>

namespace mailpath::app {

/**
 * Resizes a container. The canvas pushes one per mouse move of a resize drag; moves of the
 * same drag (same gesture number, same key) merge, so the whole drag is one undo step.
 */
class ResizeNodeCommand : public QUndoCommand
{
public:
    ResizeNodeCommand(core::Design &design, std::string key, core::NodeLayout from,
                      core::NodeLayout to, int gesture, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    int id() const override { return int(CommandId::ResizeNode); }
    bool mergeWith(const QUndoCommand *other) override;

private:
    core::Design &m_design;
    std::string m_key;
    core::NodeLayout m_from;
    core::NodeLayout m_to;
    int m_gesture;
};

} // namespace mailpath::app
