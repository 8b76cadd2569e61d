#include "resizenodecommand.h"

namespace mailpath::app {

ResizeNodeCommand::ResizeNodeCommand(core::Design &design, std::string key, core::NodeLayout from,
                                     core::NodeLayout to, int gesture, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_design(design)
    , m_key(std::move(key))
    , m_from(from)
    , m_to(to)
    , m_gesture(gesture)
{
    setText(QObject::tr("Resize %1").arg(QString::fromStdString(design.displayName(m_key))));
}

void ResizeNodeCommand::undo()
{
    m_design.setLayout(m_key, m_from);
}

void ResizeNodeCommand::redo()
{
    m_design.setLayout(m_key, m_to);
}

bool ResizeNodeCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const ResizeNodeCommand *>(other);
    if (o->m_key != m_key || o->m_gesture != m_gesture)
        return false;
    m_to = o->m_to;
    return true;
}

} // namespace mailpath::app
