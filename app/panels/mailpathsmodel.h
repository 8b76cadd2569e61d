#pragma once

#include "matrixjob.h"

#include <QAbstractTableModel>

namespace mailpath::app {

/** The matrix flows as a table, filtered by verdict, text and blocker group without copies. */
class MailPathsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { From, To, Port, Verdict, Reason, At, ColumnCount };
    enum VerdictFilter { AllVerdicts, OnlyBlocked, OnlyDelivered };

    using QAbstractTableModel::QAbstractTableModel;

    void setResult(std::shared_ptr<const MatrixResult> result);
    /** group < 0: every flow; text matches source, sink, reason or blamed component. */
    void setFilter(VerdictFilter verdict, const QString &text, int group);

    /** Index into MatrixResult::rows of a visible row. */
    size_t matrixRow(int row) const { return m_visible[size_t(row)]; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void refilter();
    bool accepts(const core::MatrixRow &row) const;

    std::shared_ptr<const MatrixResult> m_result;
    std::vector<uint32_t> m_visible;
    VerdictFilter m_verdict = AllVerdicts;
    std::string m_text;
    int m_group = -1;
};

} // namespace mailpath::app
