#include "movenodescommand.h"

namespace mailpath::app {

MoveNodesCommand::MoveNodesCommand(core::Design &design, std::map<std::string, Move> moves,
                                   bool mergeable, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_design(design)
    , m_moves(std::move(moves))
    , m_mergeable(mergeable)
{
    if (m_moves.size() == 1)
        setText(QObject::tr("Move %1")
                    .arg(QString::fromStdString(design.displayName(m_moves.begin()->first))));
    else
        setText(QObject::tr("Move %n items", nullptr, int(m_moves.size())));
}

void MoveNodesCommand::undo()
{
    for (const auto &[key, move] : m_moves)
        m_design.setLayout(key, move.from);
}

void MoveNodesCommand::redo()
{
    for (const auto &[key, move] : m_moves)
        m_design.setLayout(key, move.to);
}

bool MoveNodesCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const MoveNodesCommand *>(other);
    if (!m_mergeable || !o->m_mergeable || o->m_moves.size() != m_moves.size())
        return false;
    for (const auto &[key, move] : o->m_moves)
        if (!m_moves.count(key))
            return false;
    for (const auto &[key, move] : o->m_moves)
        m_moves[key].to = move.to;
    return true;
}

} // namespace mailpath::app
