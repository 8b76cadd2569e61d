#pragma once

#include "core/model/design.h"

#include <QWidget>

#include <nlohmann/json.hpp>

#include <functional>

class QFormLayout;
class QLabel;
class QUndoStack;
class QVBoxLayout;

namespace mailpath::app {

class RuleTableEditor;

/**
 * Properties of the selected resource, and the rule tables that decide its traffic
 * (its subnet's route table and network ACL, its security groups, a firewall's rules).
 * Every edit is one SetPropertyCommand (merging per id and field) or EditRulesCommand.
 */
class InspectorPanel : public QWidget, public core::DesignObserver
{
    Q_OBJECT

public:
    InspectorPanel(core::Design &design, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~InspectorPanel() override;

    void setKey(const std::string &key);
    const std::string &key() const { return m_key; }
    /** The rule editors currently shown (tests drive them). */
    const std::vector<RuleTableEditor *> &ruleEditors() const { return m_ruleEditors; }
    /** Sets a property as the form would (validation, one command); returns the error. */
    QString setProperty(const std::string &id, const std::string &pointer, const QString &text);

    void resourceChanged(core::ResourceKind, const std::string &id) override;
    void resourceRemoved(core::ResourceKind, const std::string &id) override;
    void designReset() override { setKey({}); }

private:
    enum class Field { Text, Cidr, Ipv4, OptionalIpv4, Bool, Choice, PortList, CidrList, IpList,
                       IdList, PortRange, Int };
    struct FieldSpec
    {
        QString label;
        std::string id; //!< the resource edited (an instance's fields live partly on its ENI)
        std::string pointer;
        Field type = Field::Text;
        QStringList choices;
    };

    std::vector<FieldSpec> fieldsFor(const std::string &id) const;
    void rebuild();
    void refreshValues();
    void addField(const FieldSpec &spec);
    void addRuleSections(const std::string &id);
    void addRuleEditor(const QString &title, const std::string &id, int preset);
    static std::optional<nlohmann::json> parse(Field type, const QString &text, QString *error);
    static QString display(Field type, const nlohmann::json &value);
    void scheduleRefresh();

    core::Design &m_design;
    QUndoStack *m_undoStack;
    std::string m_key;
    QVBoxLayout *m_content = nullptr;
    QLabel *m_title = nullptr;
    QFormLayout *m_form = nullptr;
    QLabel *m_error = nullptr;
    std::vector<std::function<void()>> m_refreshers;
    std::vector<RuleTableEditor *> m_ruleEditors;
    std::vector<std::string> m_watched; //!< ids whose change refreshes the panel
    bool m_refreshPosted = false;
};

} // namespace mailpath::app
