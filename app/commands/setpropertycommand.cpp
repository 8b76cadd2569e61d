#include "setpropertycommand.h"

namespace mailpath::app {

namespace {

nlohmann::json withValue(nlohmann::json json, const std::string &key, const nlohmann::json &value)
{
    const nlohmann::json::json_pointer pointer(key);
    if (value.is_null() && json.contains(pointer) && pointer.parent_pointer().empty() == false
        && json.at(pointer.parent_pointer()).is_object()) {
        json.at(pointer.parent_pointer()).erase(pointer.back()); // e.g. an empty tag
        return json;
    }
    json[pointer] = value;
    return json;
}

} // namespace

SetPropertyCommand::SetPropertyCommand(core::Design &design, const std::string &id,
                                       const std::string &key, nlohmann::json value,
                                       QUndoCommand *parent)
    : QUndoCommand(parent)
    , m_design(design)
    , m_id(id)
    , m_key(key)
    , m_new(std::move(value))
{
    const auto json = design.resourceJson(id);
    const nlohmann::json::json_pointer pointer(key);
    if (json.contains(pointer))
        m_old = json.at(pointer);
    QString field = QString::fromStdString(key.substr(key.rfind('/') + 1));
    if (key.starts_with("/tags/"))
        field = QStringLiteral("name");
    setText(QObject::tr("Set %1 of %2").arg(field, QString::fromStdString(design.displayName(id))));
    if (json.is_null() || m_old == m_new)
        setObsolete(true);
}

QString SetPropertyCommand::validate(const core::Design &design, const std::string &id,
                                     const std::string &key, const nlohmann::json &value)
{
    const auto kind = design.kindOf(id);
    if (!kind)
        return QObject::tr("%1 no longer exists").arg(QString::fromStdString(id));
    try {
        const auto json = withValue(design.resourceJson(id), key, value);
        core::Design scratch;
        scratch.putResourceJson(*kind, json);
    } catch (const std::exception &e) {
        return QString::fromUtf8(e.what());
    }
    return {};
}

void SetPropertyCommand::apply(const nlohmann::json &value)
{
    const auto kind = m_design.kindOf(m_id);
    if (!kind)
        return;
    try {
        m_design.putResourceJson(*kind, withValue(m_design.resourceJson(m_id), m_key, value));
    } catch (const std::exception &) {
        // validate() runs before a push; a value that still does not parse changes nothing.
    }
}

void SetPropertyCommand::undo()
{
    apply(m_old);
}

void SetPropertyCommand::redo()
{
    apply(m_new);
}

bool SetPropertyCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetPropertyCommand *>(other);
    if (o->m_id != m_id || o->m_key != m_key)
        return false;
    m_new = o->m_new;
    setObsolete(m_new == m_old);
    return true;
}

} // namespace mailpath::app
