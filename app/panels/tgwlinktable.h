#pragma once

#include "core/model/design.h"

#include <QWidget>

class QLabel;
class QTableWidget;
class QUndoStack;

namespace mailpath::app {

/**
 * Which attachments of a transit gateway are associated with and propagate into which of its
 * route tables, as a table of check boxes. Shown for a route table (one row per attachment)
 * or for an attachment (one row per route table). A toggle is one SetPropertyCommand: the
 * association lives on the attachment, the propagation list on the route table.
 */
class TgwLinkTable : public QWidget
{
    Q_OBJECT

public:
    enum Column { NameColumn, AssociatedColumn, PropagatesColumn };

    TgwLinkTable(core::Design &design, QUndoStack *undoStack, std::string resourceId,
                 QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QString errorText() const;
    /** The route table or attachment ids that rows stand for. */
    std::vector<std::string> watchedIds() const;
    void refresh();
    /** Sets association or propagation of a row; returns the error ("" if accepted). */
    QString setLink(int row, Column column, bool on);

private:
    struct Link
    {
        std::string attachmentId;
        std::string routeTableId;
    };
    std::vector<Link> links() const;
    bool associated(const Link &link) const;
    bool propagates(const Link &link) const;
    void itemChanged(int row, int column);

    core::Design &m_design;
    QUndoStack *m_undoStack;
    std::string m_id;
    bool m_byRouteTable;
    QTableWidget *m_table;
    QLabel *m_error;
};

} // namespace mailpath::app
