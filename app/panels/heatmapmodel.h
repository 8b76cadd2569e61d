#pragma once

#include "matrixjob.h"

#include <QAbstractItemModel>

namespace mailpath::app {

/**
 * The matrix as a heat map: sources grouped VPC -> subnet -> source (a tree the view can
 * collapse) against one column per sink and port. A source's cell is its flow's verdict; a
 * group's cell counts its delivered flows, coloured by the share delivered.
 */
class HeatMapModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    using QAbstractItemModel::QAbstractItemModel;

    void setResult(std::shared_ptr<const MatrixResult> result);
    /** After the result's rows changed in place (same sources, sinks and ports). */
    void refreshVerdicts();

    /** Index into MatrixResult::rows of a source's cell; nullopt for group rows and column 0. */
    std::optional<size_t> matrixRow(const QModelIndex &index) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    enum Level : quintptr { VpcLevel, SubnetLevel, SourceLevel };
    struct Group
    {
        QString title;
        std::vector<size_t> children; //!< subnets of a VPC, sources of a subnet
        size_t parent = 0;
        std::vector<uint32_t> delivered; //!< per column
        std::vector<uint32_t> total;
    };

    static quintptr idOf(Level level, size_t i) { return quintptr(level) << 56 | quintptr(i); }
    static Level levelOf(const QModelIndex &index) { return Level(index.internalId() >> 56); }
    static size_t itemOf(const QModelIndex &index)
    {
        return size_t(index.internalId() & ((quintptr(1) << 56) - 1));
    }
    const Group *groupOf(const QModelIndex &index) const;
    void build();
    void count(); //!< delivered and total per group and column

    std::shared_ptr<const MatrixResult> m_result;
    size_t m_columns = 0;          //!< sinks x ports
    std::vector<Group> m_vpcs;
    std::vector<Group> m_subnets;
    std::vector<size_t> m_sourceSubnet; //!< per source (matrix block), its subnet group
    std::vector<QString> m_sourceNames;
};

} // namespace mailpath::app
