#pragma once

#include "core/model/design.h"

#include <QWidget>

class QComboBox;
class QFormLayout;
class QLabel;
class QListWidget;
class QPushButton;
class QUndoStack;

namespace mailpath::app {

/**
 * The tables that apply to a subject, as things to handle: a subnet's network ACL and route
 * table (a drop-down of the VPC's tables with New…, Open and Delete), or the security groups
 * of an instance, interface, load balancer or endpoint (a checkable list with New…). Every
 * action is one undo command.
 */
class TablePicker : public QWidget
{
    Q_OBJECT

public:
    TablePicker(core::Design &design, QUndoStack *undoStack, std::string subject,
                QWidget *parent = nullptr);

    /** Whether subject has tables this picker handles. */
    static bool handles(const core::Design &design, const std::string &subject);
    void refresh();

    /** The drop-down of a subnet's ACL or route table (tests drive it); null otherwise. */
    QComboBox *combo(core::ResourceKind kind) const;
    QPushButton *newButton(core::ResourceKind kind) const;
    QListWidget *groupList() const { return m_groups; }

    /** Creates a table of kind for the subject (associated or attached); returns its id. */
    std::string createTable(core::ResourceKind kind);

signals:
    /** The user wants to see a table's rules on their own. */
    void openRequested(const std::string &id);

private:
    struct Row
    {
        core::ResourceKind kind;
        QComboBox *combo = nullptr;
        QPushButton *create = nullptr;
    };
    void addTableRow(QFormLayout *form, core::ResourceKind kind, const QString &label);
    void addGroupList(QFormLayout *form);
    void fillCombo(const Row &row);
    void fillGroups();
    void choose(const Row &row, int index);
    void groupToggled();
    std::string currentTable(core::ResourceKind kind) const;
    std::string vpc() const;
    void showErrorText(const QString &error);

    core::Design &m_design;
    QUndoStack *m_undoStack;
    std::string m_subject;
    std::vector<Row> m_rows;
    QListWidget *m_groups = nullptr;
    QPushButton *m_newGroup = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace mailpath::app
