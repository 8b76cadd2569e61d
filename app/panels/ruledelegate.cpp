#include "ruledelegate.h"

#include <QComboBox>
#include <QLineEdit>

namespace mailpath::app {

QWidget *RuleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    const auto it = m_choices.find(index.column());
    if (it == m_choices.end())
        return QStyledItemDelegate::createEditor(parent, option, index);
    auto *combo = new QComboBox(parent);
    combo->addItems(it->second);
    // A choice is a complete edit: commit it at once, as a drop-down in a form would.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        emit const_cast<RuleDelegate *>(this)->commitData(combo);
        emit const_cast<RuleDelegate *>(this)->closeEditor(combo);
    });
    return combo;
}

void RuleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString text = index.data(Qt::EditRole).toString();
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        const int found = combo->findText(text, Qt::MatchFixedString);
        if (found >= 0)
            combo->setCurrentIndex(found);
        else
            combo->setEditText(text);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
}

void RuleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    if (auto *combo = qobject_cast<QComboBox *>(editor)) {
        if (combo->currentText() != index.data(Qt::EditRole).toString())
            model->setData(index, combo->currentText(), Qt::EditRole);
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

} // namespace mailpath::app
