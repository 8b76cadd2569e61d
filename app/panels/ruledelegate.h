#pragma once

#include <QStringList>
#include <QStyledItemDelegate>

#include <map>

namespace mailpath::app {

/**
 * Cell editors of the rule tables: a drop-down where the column has a fixed set of values
 * (protocol, action), and a line edit whose text is selected, so typing replaces the value
 * rather than appending to it.
 */
class RuleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    explicit RuleDelegate(QObject *parent = nullptr) : QStyledItemDelegate(parent) {}

    void setChoices(int column, const QStringList &choices) { m_choices[column] = choices; }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;

private:
    std::map<int, QStringList> m_choices;
};

} // namespace mailpath::app
