#include "collapsecommand.h"

namespace mailpath::app {

CollapseCommand::CollapseCommand(core::Design &design, std::vector<std::string> keys,
                                 bool collapsed, QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_design(design)
    , m_keys(std::move(keys))
    , m_collapsed(collapsed)
{
    for (const auto &key : m_keys) {
        const auto *layout = design.layoutOf(key);
        m_old.push_back(layout && layout->collapsed);
    }
    const QString what = m_keys.size() == 1
                             ? QString::fromStdString(design.displayName(m_keys.front()))
                             : QObject::tr("%n VPCs", nullptr, int(m_keys.size()));
    setText(collapsed ? QObject::tr("Collapse %1").arg(what) : QObject::tr("Expand %1").arg(what));
}

void CollapseCommand::undo()
{
    apply(false, true);
}

void CollapseCommand::redo()
{
    apply(m_collapsed, false);
}

void CollapseCommand::apply(bool collapsed, bool useOld)
{
    for (size_t i = 0; i < m_keys.size(); ++i) {
        const auto *old = m_design.layoutOf(m_keys[i]);
        core::NodeLayout layout = old ? *old : core::NodeLayout{};
        layout.collapsed = useOld ? bool(m_old[i]) : collapsed;
        if (!old || *old != layout)
            m_design.setLayout(m_keys[i], layout);
    }
}

} // namespace mailpath::app
