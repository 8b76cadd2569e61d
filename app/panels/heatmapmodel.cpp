#include "heatmapmodel.h"

#include "app/canvas/readablenames.h"
#include "core/model/resources.h"

#include <QBrush>
#include <QColor>

#include <map>

namespace mailpath::app {

namespace {

QColor shareColour(double delivered)
{
    // Red (all blocked) through amber to green (all delivered), light enough for text.
    const QColor blocked(0xf4, 0xb6, 0xb6), mixed(0xf7, 0xdc, 0x9c), ok(0xb7, 0xe4, 0xc0);
    const auto mix = [](const QColor &a, const QColor &b, double t) {
        return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                                float(a.greenF() + (b.greenF() - a.greenF()) * t),
                                float(a.blueF() + (b.blueF() - a.blueF()) * t));
    };
    return delivered < 0.5 ? mix(blocked, mixed, delivered * 2) : mix(mixed, ok, delivered * 2 - 1);
}

} // namespace

void HeatMapModel::setResult(std::shared_ptr<const MatrixResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    build();
    endResetModel();
}

void HeatMapModel::build()
{
    m_vpcs.clear();
    m_subnets.clear();
    m_sourceSubnet.clear();
    m_sourceNames.clear();
    m_columns = 0;
    if (!m_result || m_result->rows().empty())
        return;
    const auto &rows = m_result->rows();
    while (m_columns < rows.size() && rows[m_columns].from == rows.front().from)
        ++m_columns;
    const auto &design = m_result->design();
    std::map<std::pair<std::string, std::string>, size_t> subnetIndex;
    std::map<std::string, size_t> vpcIndex;
    for (size_t s = 0; s * m_columns < rows.size(); ++s) {
        const std::string &source = rows[s * m_columns].from;
        const auto *eni = design.find<core::Eni>(source);
        const std::string subnet = eni ? eni->subnetId : std::string();
        const auto *inSubnet = design.find<core::Subnet>(subnet); // imported ENIs name no VPC
        const std::string vpc = inSubnet ? inSubnet->vpcId : eni ? eni->vpcId : std::string();
        auto [v, newVpc] = vpcIndex.try_emplace(vpc, m_vpcs.size());
        if (newVpc)
            m_vpcs.push_back({vpc.empty() ? tr("(no VPC)") : readableName(design, vpc), {}, 0,
                              std::vector<uint32_t>(m_columns), std::vector<uint32_t>(m_columns)});
        auto [n, newSubnet] = subnetIndex.try_emplace({vpc, subnet}, m_subnets.size());
        if (newSubnet) {
            m_subnets.push_back({subnet.empty() ? tr("(no subnet)") : readableName(design, subnet),
                                 {}, v->second, std::vector<uint32_t>(m_columns),
                                 std::vector<uint32_t>(m_columns)});
            m_vpcs[v->second].children.push_back(n->second);
        }
        m_subnets[n->second].children.push_back(s);
        m_sourceSubnet.push_back(n->second);
        m_sourceNames.push_back(readableName(design, source));
    }
    count();
}

void HeatMapModel::count()
{
    for (auto *groups : {&m_vpcs, &m_subnets})
        for (auto &g : *groups) {
            std::fill(g.delivered.begin(), g.delivered.end(), 0);
            std::fill(g.total.begin(), g.total.end(), 0);
        }
    const auto &rows = m_result->rows();
    for (size_t s = 0; s < m_sourceSubnet.size(); ++s) {
        auto &subnet = m_subnets[m_sourceSubnet[s]];
        auto &vpc = m_vpcs[subnet.parent];
        for (size_t c = 0; c < m_columns; ++c) {
            const bool delivered = rows[s * m_columns + c].verdict == core::Verdict::Delivered;
            for (auto *g : {&subnet, &vpc}) {
                g->delivered[c] += delivered ? 1 : 0;
                ++g->total[c];
            }
        }
    }
}

void HeatMapModel::refreshVerdicts()
{
    if (!m_result || m_result->rows().size() != m_sourceSubnet.size() * m_columns) {
        setResult(m_result); // a different shape: built again
        return;
    }
    count();
    // Every cell may have changed colour; the tree keeps what is expanded and selected.
    const int last = int(m_columns);
    if (!m_vpcs.empty())
        emit dataChanged(index(0, 1), index(int(m_vpcs.size()) - 1, last));
    for (size_t v = 0; v < m_vpcs.size(); ++v) {
        const QModelIndex vpc = createIndex(int(v), 0, idOf(VpcLevel, v));
        const auto &subnets = m_vpcs[v].children;
        emit dataChanged(index(0, 1, vpc), index(int(subnets.size()) - 1, last, vpc));
        for (size_t i = 0; i < subnets.size(); ++i) {
            const QModelIndex subnet = createIndex(int(i), 0, idOf(SubnetLevel, subnets[i]));
            const int sources = int(m_subnets[subnets[i]].children.size());
            emit dataChanged(index(0, 1, subnet), index(sources - 1, last, subnet));
        }
    }
}

std::optional<size_t> HeatMapModel::matrixRow(const QModelIndex &index) const
{
    if (!index.isValid() || levelOf(index) != SourceLevel || index.column() == 0)
        return std::nullopt;
    return itemOf(index) * m_columns + size_t(index.column() - 1);
}

const HeatMapModel::Group *HeatMapModel::groupOf(const QModelIndex &index) const
{
    if (levelOf(index) == VpcLevel)
        return &m_vpcs[itemOf(index)];
    if (levelOf(index) == SubnetLevel)
        return &m_subnets[itemOf(index)];
    return nullptr;
}

QModelIndex HeatMapModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= columnCount(parent) || row >= rowCount(parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, idOf(VpcLevel, size_t(row)));
    const Group *group = groupOf(parent);
    const Level level = levelOf(parent) == VpcLevel ? SubnetLevel : SourceLevel;
    return createIndex(row, column, idOf(level, group->children[size_t(row)]));
}

QModelIndex HeatMapModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || levelOf(child) == VpcLevel)
        return {};
    if (levelOf(child) == SubnetLevel) {
        const size_t vpc = m_subnets[itemOf(child)].parent;
        return createIndex(int(vpc), 0, idOf(VpcLevel, vpc));
    }
    const size_t subnet = m_sourceSubnet[itemOf(child)];
    const auto &siblings = m_vpcs[m_subnets[subnet].parent].children;
    const int row = int(std::find(siblings.begin(), siblings.end(), subnet) - siblings.begin());
    return createIndex(row, 0, idOf(SubnetLevel, subnet));
}

int HeatMapModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_vpcs.size());
    if (parent.column() != 0)
        return 0;
    const Group *group = groupOf(parent);
    return group ? int(group->children.size()) : 0;
}

int HeatMapModel::columnCount(const QModelIndex &) const
{
    return m_columns == 0 ? 0 : int(m_columns) + 1;
}

QVariant HeatMapModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const size_t column = size_t(index.column());
    if (const Group *group = groupOf(index)) {
        if (column == 0)
            return role == Qt::DisplayRole ? group->title : QVariant();
        const uint32_t ok = group->delivered[column - 1], all = group->total[column - 1];
        if (role == Qt::DisplayRole)
            return QStringLiteral("%1/%2").arg(ok).arg(all);
        if (role == Qt::BackgroundRole)
            return QBrush(shareColour(all ? double(ok) / all : 0));
        if (role == Qt::ToolTipRole)
            return tr("%1 of %2 sources delivered").arg(ok).arg(all);
        return {};
    }
    if (column == 0)
        return role == Qt::DisplayRole ? m_sourceNames[itemOf(index)] : QVariant();
    const auto &row = m_result->rows()[*matrixRow(index)];
    const bool delivered = row.verdict == core::Verdict::Delivered;
    if (role == Qt::DisplayRole)
        return delivered ? QStringLiteral("✓") : QStringLiteral("✗");
    if (role == Qt::BackgroundRole)
        return QBrush(shareColour(delivered ? 1 : 0));
    if (role == Qt::ToolTipRole)
        return delivered ? tr("delivered")
                         : tr("blocked %1 at %2")
                               .arg(QString::fromUtf8(core::toString(row.blockedAt->reason).data()),
                                    readableName(m_result->design(), row.blockedAt->resource));
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    return {};
}

QVariant HeatMapModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || !m_result)
        return {};
    if (section == 0)
        return tr("Source (VPC → subnet)");
    const auto &row = m_result->rows()[size_t(section - 1)];
    return QStringLiteral("%1\n:%2").arg(readableName(m_result->design(), row.to)).arg(row.port);
}

} // namespace mailpath::app
