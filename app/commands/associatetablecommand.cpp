#include "associatetablecommand.h"

#include <QObject>

#include <algorithm>

namespace mailpath::app {

using namespace core;

namespace {

bool holds(const std::vector<std::string> &ids, const std::string &id)
{
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void drop(std::vector<std::string> &ids, const std::string &id)
{
    ids.erase(std::remove(ids.begin(), ids.end(), id), ids.end());
}

} // namespace

std::vector<std::string> AssociateTableCommand::touchedKeys(const Design &design,
                                                            const std::string &subnetId,
                                                            const std::string &tableId)
{
    std::vector<std::string> keys{tableId};
    for (const auto &[id, acl] : design.all<NetworkAcl>())
        if (holds(acl.subnetIds, subnetId))
            keys.push_back(id);
    for (const auto &[id, rt] : design.all<RouteTable>())
        if (holds(rt.subnetIds, subnetId))
            keys.push_back(id);
    return keys;
}

AssociateTableCommand::AssociateTableCommand(Design &design, const std::string &subnetId,
                                             const std::string &tableId, QUndoCommand *parent)
    : SnapshotCommand(design, touchedKeys(design, subnetId, tableId), parent)
    , m_subnet(subnetId)
    , m_table(tableId)
{
    setText(QObject::tr("Associate %1 with %2")
                .arg(QString::fromStdString(design.displayName(subnetId)),
                     QString::fromStdString(design.displayName(tableId))));
}

QString AssociateTableCommand::refusal(const Design &design, const std::string &subnetId,
                                       const std::string &tableId)
{
    const auto *subnet = design.find<Subnet>(subnetId);
    if (!subnet)
        return QObject::tr("%1 is not a subnet of the design.").arg(QString::fromStdString(subnetId));
    std::string vpc;
    if (const auto *acl = design.find<NetworkAcl>(tableId))
        vpc = acl->vpcId;
    else if (const auto *rt = design.find<RouteTable>(tableId))
        vpc = rt->vpcId;
    else
        return QObject::tr("%1 is neither a network ACL nor a route table.")
            .arg(QString::fromStdString(tableId));
    if (vpc != subnet->vpcId)
        return QObject::tr("%1 belongs to another VPC than %2.")
            .arg(QString::fromStdString(tableId), QString::fromStdString(subnetId));
    return {};
}

void AssociateTableCommand::associate(Design &design, const std::string &subnetId,
                                      const std::string &tableId)
{
    if (design.find<NetworkAcl>(tableId)) {
        std::vector<std::string> acls;
        for (const auto &[id, acl] : design.all<NetworkAcl>())
            if (holds(acl.subnetIds, subnetId) && id != tableId)
                acls.push_back(id);
        for (const auto &id : acls) // a subnet has exactly one ACL
            design.update<NetworkAcl>(id, [&](NetworkAcl &a) { drop(a.subnetIds, subnetId); });
        design.update<NetworkAcl>(tableId, [&](NetworkAcl &a) {
            if (!holds(a.subnetIds, subnetId))
                a.subnetIds.push_back(subnetId);
        });
        return;
    }
    std::vector<std::string> tables;
    for (const auto &[id, rt] : design.all<RouteTable>())
        if (holds(rt.subnetIds, subnetId) && id != tableId)
            tables.push_back(id);
    for (const auto &id : tables)
        design.update<RouteTable>(id, [&](RouteTable &t) { drop(t.subnetIds, subnetId); });
    design.update<RouteTable>(tableId, [&](RouteTable &t) {
        if (!t.main && !holds(t.subnetIds, subnetId))
            t.subnetIds.push_back(subnetId);
    });
}

void AssociateTableCommand::perform(Design &design)
{
    associate(design, m_subnet, m_table);
}

} // namespace mailpath::app
