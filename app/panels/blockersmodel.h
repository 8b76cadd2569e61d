#pragma once

#include "matrixjob.h"

#include <QAbstractTableModel>

namespace mailpath::app {

/**
 * The ranked blocker groups as a table. Cells are made when drawn, so thousands of groups
 * cost nothing until scrolled to, and a live update is a reset, not a refill.
 */
class BlockersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Flows, At, Reason, Fix, AfterFix, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;

    /** A new result, or the same one after its groups changed. */
    void setResult(std::shared_ptr<const MatrixResult> result);
    /** The row of the group blamed on `resource` for `reason`, or -1. */
    int rowOf(const std::string &resource, core::ReasonCode reason) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    QString afterFixText(size_t group) const;

    std::shared_ptr<const MatrixResult> m_result;
};

} // namespace mailpath::app
