#pragma once

#include "kindforms.h"
#include "propertyfields.h"

#include "core/model/design.h"

#include <QWidget>

#include <nlohmann/json.hpp>

#include <functional>

class QFormLayout;
class QLabel;
class QToolButton;
class QUndoStack;
class QVBoxLayout;

namespace mailpath::app {

class RecordTableEditor;
class RuleTableEditor;
class TablePicker;
class TgwLinkTable;

/**
 * Properties of the selected resource, and the tables that decide its traffic (its subnet's
 * route table and network ACL, its security groups, a firewall's rules, a load balancer's
 * listeners and target groups, a transit gateway's route tables and attachments).
 * Every edit is one SetPropertyCommand (merging per id and field) or EditRulesCommand.
 * When the edit changes which tables apply (an ENI's security groups, a listener's target
 * group), the panel rebuilds itself.
 */
class InspectorPanel : public QWidget, public core::DesignObserver
{
    Q_OBJECT

public:
    InspectorPanel(core::Design &design, QUndoStack *undoStack, QWidget *parent = nullptr);
    ~InspectorPanel() override;

    void setKey(const std::string &key);
    const std::string &key() const { return m_key; }
    /** The editors currently shown (tests drive them). */
    const std::vector<RuleTableEditor *> &ruleEditors() const { return m_ruleEditors; }
    const std::vector<RecordTableEditor *> &recordEditors() const { return m_recordEditors; }
    const std::vector<TgwLinkTable *> &linkTables() const { return m_linkTables; }
    /** The subnet's ACL/route-table picker or the security-group list; null when none. */
    TablePicker *tablePicker() const { return m_tablePicker; }
    /** "Copy DNS Record to Add" under an SES endpoint's DNS state; null when none is needed. */
    QToolButton *dnsRecordButton() const { return m_dnsRecordButton; }
    /** Sets a property as the form would (validation, one command); returns the error. */
    QString setProperty(const std::string &id, const std::string &pointer, const QString &text);
    /** The message under the property form ("" when the last edit was accepted). */
    QString errorText() const;

    void resourceAdded(core::ResourceKind, const std::string &id) override;
    void resourceChanged(core::ResourceKind, const std::string &id) override;
    void resourceRemoved(core::ResourceKind, const std::string &id) override;
    void designReset() override { setKey({}); }

private:
    using Section = InspectorSection;

    std::vector<Section> sectionsFor(const std::string &id) const;
    std::string structureOf(const std::string &id) const;
    void rebuild();
    void refreshValues();
    QFormLayout *addForm(QLabel **errorLabel);
    void addField(const FieldSpec &spec, QFormLayout *form, QLabel *errorLabel);
    void addSection(const Section &section);
    void addTablePicker(const std::string &subject);
    void addDnsRecords(const Section &section);
    void watch(const std::string &id);
    void scheduleRefresh();

    core::Design &m_design;
    QUndoStack *m_undoStack;
    std::string m_key;
    std::string m_structure; //!< sections and field choices the widgets were built for
    QVBoxLayout *m_content = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_error = nullptr;
    std::vector<std::function<void()>> m_refreshers;
    std::vector<RuleTableEditor *> m_ruleEditors;
    std::vector<RecordTableEditor *> m_recordEditors;
    std::vector<TgwLinkTable *> m_linkTables;
    TablePicker *m_tablePicker = nullptr;
    QToolButton *m_dnsRecordButton = nullptr;
    std::vector<std::string> m_watched; //!< ids whose change refreshes the panel
    bool m_refreshPosted = false;
};

} // namespace mailpath::app
