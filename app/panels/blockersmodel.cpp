#include "blockersmodel.h"

#include "app/base/reasontext.h"
#include "core/model/design.h"

#include <QBrush>
#include <QColor>

namespace mailpath::app {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

} // namespace

void BlockersModel::setResult(std::shared_ptr<const MatrixResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int BlockersModel::rowOf(const std::string &resource, core::ReasonCode reason) const
{
    if (!m_result)
        return -1;
    const auto &groups = m_result->groups();
    const auto it = std::find_if(groups.begin(), groups.end(), [&](const auto &g) {
        return g.reason == reason && g.resource == resource;
    });
    return it == groups.end() ? -1 : int(it - groups.begin());
}

int BlockersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_result ? 0 : int(m_result->groups().size());
}

int BlockersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BlockersModel::afterFixText(size_t group) const
{
    const auto &g = m_result->groups()[group];
    if (g.unblocked) {
        QString after = tr("%1 of %2").arg(*g.unblocked).arg(g.rows.size());
        if (g.unblockedElsewhere)
            after += tr(" + %1 other").arg(g.unblockedElsewhere);
        return after;
    }
    if (group >= MatrixJob::fixLimit)
        return QString(); // only the largest groups are evaluated
    if (!m_result->fixesEvaluated)
        return tr("…");
    return g.fix ? QString() : tr("(manual fix)");
}

QVariant BlockersModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_result || index.row() >= rowCount())
        return {};
    const size_t row = size_t(index.row());
    const auto &g = m_result->groups()[row];
    const bool tip = role == Qt::ToolTipRole;
    if (role != Qt::DisplayRole && !tip)
        return {};
    switch (index.column()) {
    case Flows: return tip ? QVariant() : QVariant(QString::number(g.rows.size()));
    case At: return tip ? qs(g.resource) : qs(m_result->design().displayName(g.resource));
    case Reason: return tip ? QVariant() : QVariant(qs(core::toString(g.reason)));
    case Fix: return fixText(g);
    case AfterFix:
        if (!tip)
            return afterFixText(row);
        if (row < MatrixJob::fixLimit && m_result->fixesEvaluated && !g.fix)
            return tr("Apply fix makes one edit of one resource (rules of a network ACL or "
                      "security group, a listener, a route with a single possible target, the "
                      "ports of an SMTP server); this fix needs more or a choice: make it in "
                      "the inspector");
        return {};
    default: return {};
    }
}

QVariant BlockersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Flows: return tr("Flows");
    case At: return tr("Blocked at");
    case Reason: return tr("Reason");
    case Fix: return tr("Fix");
    case AfterFix: return tr("Delivered after fix");
    default: return {};
    }
}

} // namespace mailpath::app
