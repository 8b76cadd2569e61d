#include "addresourcescommand.h"

namespace mailpath::app {

AddResourcesCommand::AddResourcesCommand(core::Design &design, ResourceBundle bundle,
                                         QUndoCommand *parent)
    : SnapshotCommand(design, bundle.keys(), parent)
    , m_bundle(std::move(bundle))
{
    setText(m_bundle.text.isEmpty() ? QObject::tr("Add resources") : m_bundle.text);
}

void AddResourcesCommand::perform(core::Design &design)
{
    for (const auto &[kind, json] : m_bundle.resources)
        design.putResourceJson(kind, json);
    for (const auto &[key, layout] : m_bundle.layouts)
        design.setLayout(key, layout);
}

} // namespace mailpath::app
