#pragma once

#include "core/io/diagnostics.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace mailpath::app {

/**
 * What the last import (or failed open) reported: one row per diagnostic with a severity
 * icon, the message and where (resource id, or file:line:column). Double-clicking a row that
 * names a resource asks for that resource to be selected on the canvas.
 */
class DiagnosticsPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column { SeverityColumn, MessageColumn, WhereColumn };
    static constexpr int resourceRole = Qt::UserRole + 1;

    explicit DiagnosticsPanel(QWidget *parent = nullptr);

    /** Replaces the rows; title says what they are about (e.g. the imported folder). */
    void setDiagnostics(const core::Diagnostics &diagnostics, const QString &title);
    void clear();
    int rowCount() const;
    QTreeWidgetItem *row(int index) const;
    QString summary() const;

signals:
    void resourceActivated(const QString &resourceId);

private:
    QLabel *m_title;
    QTreeWidget *m_tree;
};

} // namespace mailpath::app
