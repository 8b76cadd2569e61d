#pragma once

#include "core/model/design.h"

#include <QWidget>

#include <nlohmann/json.hpp>

class QHBoxLayout;
class QLabel;
class QTableWidget;
class QUndoStack;

namespace mailpath::app {

/**
 * Edits one rule list of a resource (route table routes, security group ingress/egress,
 * network ACL inbound/outbound, firewall rules) as a table. Every change is validated;
 * invalid input is marked in place with the reason and does not touch the model; valid
 * changes go through one EditRulesCommand each.
 */
class RuleTableEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Column { RuleNumber, Protocol, Ports, Cidr, Peer, Action, RouteDestination,
                        RouteTarget, Text };
    struct ColumnSpec
    {
        QString header;
        Column kind;
        std::string key; //!< the JSON key the column edits (Text columns)
    };
    enum class Preset { Routes, SgIngress, SgEgress, AclInbound, AclOutbound, FirewallRules };

    RuleTableEditor(core::Design &design, QUndoStack *undoStack, std::string resourceId,
                    Preset preset, QWidget *parent = nullptr);

    /** Re-reads the rules from the model (under a signal blocker). */
    void refresh();
    const std::string &resourceId() const { return m_id; }
    QTableWidget *table() const { return m_table; }
    QString errorText() const;

    /**
     * Applies text typed into a cell of a row; returns the new resource JSON, or an error.
     * Public so that tests can drive the validation without a view.
     */
    std::optional<nlohmann::json> editedJson(int row, int column, const QString &text,
                                             QString *error) const;
    /** The resource JSON with one more (default) rule. */
    nlohmann::json withNewRule() const;
    /** The resource JSON with one allow rule from anywhere per port range ("all": any). */
    nlohmann::json withPresetRules(const std::vector<QString> &ports) const;
    /** Adds the rules of a preset (rulePresets()) as one undo step. */
    void addPreset(int preset);

private:
    void cellEdited(int row, int column);
    void addRule();
    void removeRule();
    void moveRule(int delta);
    void push(const nlohmann::json &after, const QString &text);
    void addPresetButton(QHBoxLayout *buttons);
    void showError(const QString &error);
    QString cellText(const nlohmann::json &rule, const ColumnSpec &column) const;
    /** Indices into the JSON array of the rows shown, in display order. */
    std::vector<size_t> rowIndices(const nlohmann::json &resource) const;

    core::Design &m_design;
    QUndoStack *m_undoStack;
    std::string m_id;
    Preset m_preset;
    std::string m_arrayKey;
    std::vector<ColumnSpec> m_columns;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace mailpath::app
