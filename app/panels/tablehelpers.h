#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <functional>
#include <string>

class QBoxLayout;
class QLabel;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

namespace mailpath::app {

/**
 * tr() for the panels' helpers outside a class: lupdate files such calls under the namespace,
 * so that is the context looked up.
 */
inline QString tr(const char *text)
{
    return QCoreApplication::translate("mailpath::app", text);
}

inline QString qs(const std::string &s)
{
    return QString::fromStdString(s);
}

/** The inspector's table look: given headers, row selection, no row numbers. */
QTableWidget *makeEditorTable(const QStringList &headers, QWidget *parent);
/** Sizes columns to their contents, leaving the last one to stretch. */
void fitColumns(QTableWidget *table);
/** A hidden, word-wrapped red label for validation messages. */
QLabel *makeErrorLabel(QWidget *parent);
/** Marks a cell whose text was refused, keeping the text so that it can be fixed. */
void markInvalid(QTableWidgetItem *item, const QString &error);
/** Adds a push button with a tooltip that never acts as a dialog default. */
void addToolButton(QWidget *parent, QBoxLayout *row, const QString &text, const QString &tip,
                   std::function<void()> action);

} // namespace mailpath::app
