#include "setvpccidrscommand.h"

#include <QObject>

namespace mailpath::app {

using namespace core;

std::vector<std::string> SetVpcCidrsCommand::touchedKeys(const Design &design,
                                                         const std::string &vpcId)
{
    std::vector<std::string> keys{vpcId};
    for (const auto &[id, rt] : design.all<RouteTable>())
        if (rt.vpcId == vpcId)
            keys.push_back(id);
    return keys;
}

SetVpcCidrsCommand::SetVpcCidrsCommand(Design &design, const std::string &vpcId,
                                       std::vector<Cidr> cidrs, QUndoCommand *parent)
    : SnapshotCommand(design, touchedKeys(design, vpcId), parent)
    , m_vpc(vpcId)
    , m_cidrs(std::move(cidrs))
{
    setText(QObject::tr("CIDRs of %1").arg(QString::fromStdString(design.displayName(vpcId))));
}

void SetVpcCidrsCommand::perform(Design &design)
{
    design.update<Vpc>(m_vpc, [&](Vpc &vpc) { vpc.cidrs = m_cidrs; });
    std::vector<std::string> tables;
    for (const auto &[id, rt] : design.all<RouteTable>())
        if (rt.vpcId == m_vpc)
            tables.push_back(id);
    for (const auto &id : tables)
        design.update<RouteTable>(id, [&](RouteTable &rt) {
            std::erase_if(rt.routes, [](const Route &r) { return r.target == RouteTarget::Local; });
            std::vector<Route> local;
            for (const auto &cidr : m_cidrs) {
                Route route;
                route.destination = cidr;
                route.targetId = "local"; // target defaults to Local
                local.push_back(route);
            }
            rt.routes.insert(rt.routes.begin(), local.begin(), local.end());
        });
}

} // namespace mailpath::app
