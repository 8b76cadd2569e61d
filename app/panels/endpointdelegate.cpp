#include "endpointdelegate.h"

#include "app/canvas/readablenames.h"

#include <QCompleter>
#include <QLineEdit>

namespace mailpath::app {

QWidget *EndpointDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                        const QModelIndex &) const
{
    auto *line = new QLineEdit(parent);
    auto *completer = new QCompleter(endpointSuggestions(m_design), line);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchContains);
    line->setCompleter(completer);
    line->setPlaceholderText(tr("a name, an SES host or an IPv4 address (Internet and on-premises too)"));
    return line;
}

void EndpointDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    QStyledItemDelegate::setEditorData(editor, index);
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->selectAll();
}

} // namespace mailpath::app
