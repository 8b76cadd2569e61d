#pragma once

#include "core/model/design.h"

#include <QWidget>

#include <nlohmann/json.hpp>

#include <functional>

class QLabel;
class QTableWidget;
class QUndoStack;

namespace mailpath::app {

/**
 * Edits an array of records inside a resource's JSON (load balancer listeners, target group
 * targets, transit gateway routes) as a table. Typed text is validated per column; refused
 * text is marked in place and leaves the model alone. An accepted cell is one
 * SetPropertyCommand on that field (merging with further edits of the same field); adding or
 * removing a row is one EditRulesCommand.
 */
class RecordTableEditor : public QWidget
{
    Q_OBJECT

public:
    struct Column
    {
        QString header;
        std::function<QString(const nlohmann::json &row)> text;
        /** Applies typed text to a copy of the row (the resource for context); an error or "". */
        std::function<QString(const QString &text, nlohmann::json &row,
                              const nlohmann::json &resource)> apply = {};
        QString tip = {}; //!< header tooltip
    };
    struct Schema
    {
        std::string arrayKey;
        QString rowName; //!< "listener", "target", "route" (undo texts)
        std::vector<Column> columns;
        std::function<nlohmann::json(const nlohmann::json &resource)> newRow;
        std::function<bool(const nlohmann::json &row)> fixedRow = {}; //!< not editable
    };

    RecordTableEditor(core::Design &design, QUndoStack *undoStack, std::string resourceId,
                      Schema schema, QWidget *parent = nullptr);

    const std::string &resourceId() const { return m_id; }
    QTableWidget *table() const { return m_table; }
    QString errorText() const;
    /** Re-reads the rows from the model (under a signal blocker). */
    void refresh();

    /** Validates text for a cell and pushes one command; returns the error ("" if accepted). */
    QString editCell(int row, int column, const QString &text);
    void addRow();
    void removeRow(int row);

private:
    void cellEdited(int row, int column);
    void showError(const QString &error);
    QString resourceName() const;

    core::Design &m_design;
    QUndoStack *m_undoStack;
    std::string m_id;
    Schema m_schema;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace mailpath::app
