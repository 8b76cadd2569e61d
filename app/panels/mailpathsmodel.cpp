#include "mailpathsmodel.h"

#include "app/base/reasontext.h"

#include <QBrush>
#include <QColor>

namespace mailpath::app {

void MailPathsModel::setResult(std::shared_ptr<const MatrixResult> result)
{
    m_result = std::move(result);
    if (m_result && m_group >= int(m_result->groups().size()))
        m_group = -1;
    refilter();
}

void MailPathsModel::setFilter(VerdictFilter verdict, const QString &text, int group)
{
    m_verdict = verdict;
    m_text = text.trimmed().toLower().toStdString();
    m_group = group;
    refilter();
}

bool MailPathsModel::accepts(const core::MatrixRow &row) const
{
    const bool delivered = row.verdict == core::Verdict::Delivered;
    if ((m_verdict == OnlyBlocked && delivered) || (m_verdict == OnlyDelivered && !delivered))
        return false;
    if (m_text.empty())
        return true;
    auto has = [this](std::string_view field) {
        const auto it = std::search(field.begin(), field.end(), m_text.begin(), m_text.end(),
                                    [](char a, char b) { return std::tolower(a) == b; });
        return it != field.end();
    };
    if (has(row.from) || has(row.to) || has(std::to_string(row.port)))
        return true;
    const auto context = m_result->sourceContext.find(row.from);
    if (context != m_result->sourceContext.end()
        && context->second.find(m_text) != std::string::npos)
        return true;
    return row.blockedAt
           && (has(row.blockedAt->resource) || has(core::toString(row.blockedAt->reason)));
}

void MailPathsModel::refilter()
{
    beginResetModel();
    m_visible.clear();
    if (m_result) {
        if (m_group >= 0) {
            for (size_t i : m_result->groups()[size_t(m_group)].rows)
                if (accepts(m_result->rows()[i]))
                    m_visible.push_back(uint32_t(i));
        } else {
            for (size_t i = 0; i < m_result->rows().size(); ++i)
                if (accepts(m_result->rows()[i]))
                    m_visible.push_back(uint32_t(i));
        }
    }
    endResetModel();
}

int MailPathsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int MailPathsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MailPathsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_result || index.row() >= int(m_visible.size()))
        return {};
    const auto &row = m_result->rows()[m_visible[size_t(index.row())]];
    const bool delivered = row.verdict == core::Verdict::Delivered;
    if (role == Qt::ForegroundRole && index.column() == Verdict)
        return QBrush(delivered ? QColor(0x1b, 0x7f, 0x3b) : QColor(0xb0, 0x20, 0x20));
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const auto str = [](std::string_view s) {
        return QString::fromUtf8(s.data(), qsizetype(s.size()));
    };
    switch (index.column()) {
    case From: return str(row.from);
    case To: return str(row.to);
    case Port: return int(row.port);
    case Verdict: return str(core::toString(row.verdict));
    case Reason: return row.blockedAt ? str(core::toString(row.blockedAt->reason)) : QString();
    case At:
        if (!row.blockedAt)
            return QString();
        return role == Qt::ToolTipRole ? detailText(*row.blockedAt) : str(row.blockedAt->resource);
    default: return {};
    }
}

QVariant MailPathsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *names[] = {"From", "To", "Port", "Verdict", "Reason", "Blocked at"};
    return section < ColumnCount ? tr(names[section]) : QVariant();
}

} // namespace mailpath::app
