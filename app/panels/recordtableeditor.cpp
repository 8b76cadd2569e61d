#include "recordtableeditor.h"

#include "tablehelpers.h"

#include "app/commands/editrulescommand.h"
#include "app/commands/setpropertycommand.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace mailpath::app {

using Json = nlohmann::json;

RecordTableEditor::RecordTableEditor(core::Design &design, QUndoStack *undoStack,
                                     std::string resourceId, Schema schema, QWidget *parent)
    : QWidget(parent)
    , m_design(design)
    , m_undoStack(undoStack)
    , m_id(std::move(resourceId))
    , m_schema(std::move(schema))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QStringList headers;
    for (const auto &c : m_schema.columns)
        headers << c.header;
    m_table = makeEditorTable(headers, this);
    for (int c = 0; c < int(m_schema.columns.size()); ++c)
        m_table->horizontalHeaderItem(c)->setToolTip(m_schema.columns[size_t(c)].tip);
    layout->addWidget(m_table);
    auto *buttons = new QHBoxLayout;
    addToolButton(this, buttons, tr("Add"), tr("Add a %1").arg(m_schema.rowName),
                  [this] { addRow(); });
    addToolButton(this, buttons, tr("Remove"), tr("Remove the selected %1").arg(m_schema.rowName),
                  [this] { removeRow(m_table->currentRow()); });
    buttons->addStretch();
    layout->addLayout(buttons);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    connect(m_table, &QTableWidget::cellChanged, this, &RecordTableEditor::cellEdited);
    refresh();
}

QString RecordTableEditor::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

QString RecordTableEditor::resourceName() const
{
    return QString::fromStdString(m_design.displayName(m_id));
}

void RecordTableEditor::refresh()
{
    const QSignalBlocker blocker(m_table);
    const Json resource = m_design.resourceJson(m_id);
    const Json rows = resource.value(m_schema.arrayKey, Json::array());
    m_table->setRowCount(int(rows.size()));
    for (int r = 0; r < int(rows.size()); ++r) {
        const Json &row = rows[size_t(r)];
        const bool fixed = m_schema.fixedRow && m_schema.fixedRow(row);
        for (int c = 0; c < int(m_schema.columns.size()); ++c) {
            const auto &column = m_schema.columns[size_t(c)];
            auto *item = new QTableWidgetItem(column.text(row));
            if (fixed || !column.apply)
                item->setFlags(item->flags() & ~Qt::ItemIsEditable);
            m_table->setItem(r, c, item);
        }
    }
    fitColumns(m_table);
    m_error->hide();
}

QString RecordTableEditor::editCell(int row, int column, const QString &text)
{
    Json resource = m_design.resourceJson(m_id);
    Json &rows = resource[m_schema.arrayKey];
    if (row < 0 || row >= int(rows.size()) || column < 0
        || column >= int(m_schema.columns.size()) || !m_schema.columns[size_t(column)].apply)
        return tr("No such %1.").arg(m_schema.rowName);
    const Json before = rows[size_t(row)];
    Json after = before;
    QString error = m_schema.columns[size_t(column)].apply(text.trimmed(), after, resource);
    if (!error.isEmpty())
        return error;
    if (after == before)
        return {};
    // One changed key merges per field; a change of several keys (route target) per row.
    std::string pointer = "/" + m_schema.arrayKey + "/" + std::to_string(row);
    Json value = after;
    std::vector<std::string> changed;
    for (const auto &[key, v] : after.items())
        if (!before.contains(key) || before.at(key) != v)
            changed.push_back(key);
    if (changed.size() == 1) {
        pointer += "/" + changed.front();
        value = after.at(changed.front());
    }
    error = SetPropertyCommand::validate(m_design, m_id, pointer, value);
    if (!error.isEmpty())
        return error;
    auto *command = new SetPropertyCommand(m_design, m_id, pointer, value);
    command->setText(tr("Edit %1 of %2").arg(m_schema.rowName, resourceName()));
    m_undoStack->push(command);
    return {};
}

void RecordTableEditor::cellEdited(int row, int column)
{
    auto *item = m_table->item(row, column);
    if (!item)
        return;
    const QString error = editCell(row, column, item->text());
    if (!error.isEmpty())
        markInvalid(item, error);
    showError(error);
}

void RecordTableEditor::showError(const QString &error)
{
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void RecordTableEditor::addRow()
{
    Json resource = m_design.resourceJson(m_id);
    resource[m_schema.arrayKey].push_back(m_schema.newRow(resource));
    m_undoStack->push(new EditRulesCommand(m_design, m_id, resource,
                                           tr("Add %1 to %2").arg(m_schema.rowName, resourceName())));
}

void RecordTableEditor::removeRow(int row)
{
    Json resource = m_design.resourceJson(m_id);
    Json &rows = resource[m_schema.arrayKey];
    if (row < 0 || row >= int(rows.size()))
        return;
    if (m_schema.fixedRow && m_schema.fixedRow(rows[size_t(row)])) {
        showError(tr("This %1 is not edited here.").arg(m_schema.rowName));
        return;
    }
    rows.erase(size_t(row));
    m_undoStack->push(new EditRulesCommand(
        m_design, m_id, resource, tr("Remove %1 from %2").arg(m_schema.rowName, resourceName())));
}

} // namespace mailpath::app
