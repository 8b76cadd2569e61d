#include "tablehelpers.h"

#include <QBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>

namespace mailpath::app {

QTableWidget *makeEditorTable(const QStringList &headers, QWidget *parent)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setMinimumHeight(90);
    return table;
}

void fitColumns(QTableWidget *table)
{
    table->resizeColumnsToContents();
    for (int c = 0; c < table->columnCount(); ++c) // room for the header and a typed value
        table->setColumnWidth(c, std::max(table->columnWidth(c), 64));
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setStyleSheet(QStringLiteral("color: #d11f2f;"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

void markInvalid(QTableWidgetItem *item, const QString &error)
{
    const QSignalBlocker blocker(item->tableWidget());
    item->setBackground(QColor(0xff, 0xd6, 0xd6));
    item->setToolTip(error);
}

void addToolButton(QWidget *parent, QBoxLayout *row, const QString &text, const QString &tip,
                   std::function<void()> action)
{
    auto *button = new QPushButton(text, parent);
    button->setToolTip(tip);
    button->setAutoDefault(false);
    QObject::connect(button, &QPushButton::clicked, button, [action = std::move(action)] { action(); });
    row->addWidget(button);
}

} // namespace mailpath::app
