#include "addroutecommand.h"

#include "core/model/kindtraits.h"

#include <algorithm>

namespace mailpath::app {

using namespace core;

bool AddRouteCommand::isRouteTarget(const Design &design, const std::string &id)
{
    return core::routeTargetOf(design, id).has_value();
}

std::optional<RouteTarget> AddRouteCommand::routeTargetOf(const Design &design,
                                                          const std::string &id)
{
    return core::routeTargetOf(design, id);
}

std::string AddRouteCommand::routeTableOf(const Design &design, const std::string &subnetId)
{
    return effectiveRouteTable(design, subnetId);
}

std::vector<std::string> AddRouteCommand::Plan::keys() const
{
    std::vector<std::string> result{routeTableId};
    if (!attachmentId.empty())
        result.push_back(attachmentId);
    if (!tgwRouteTableId.empty())
        result.push_back(tgwRouteTableId);
    return result;
}

AddRouteCommand::Plan AddRouteCommand::plan(const Design &design, const std::string &subnetId,
                                            const std::string &targetId)
{
    Plan p;
    const std::string current = routeTableOf(design, subnetId);
    const auto *rt = design.find<RouteTable>(current);
    if (rt && !rt->main) {
        p.routeTableId = current;
    } else {
        p.routeTableId = design.generateId(ResourceKind::RouteTable);
        p.createTable = true;
    }
    const auto *tgw = design.find<TransitGateway>(targetId);
    const auto *subnet = design.find<Subnet>(subnetId);
    if (tgw && subnet) {
        const bool attached = std::any_of(
            design.all<TgwAttachment>().begin(), design.all<TgwAttachment>().end(),
            [&](const auto &e) {
                return e.second.transitGatewayId == targetId && e.second.resourceId == subnet->vpcId;
            });
        if (!attached) {
            p.attachmentId = design.generateId(ResourceKind::TgwAttachment);
            p.tgwRouteTableId = tgw->defaultAssociationRouteTableId;
        }
    }
    return p;
}

AddRouteCommand::AddRouteCommand(Design &design, const std::string &subnetId,
                                 const std::string &targetId, const Cidr &destination,
                                 QUndoCommand *parent)
    : AddRouteCommand(design, plan(design, subnetId, targetId), subnetId, targetId, destination,
                      parent)
{}

AddRouteCommand::AddRouteCommand(Design &design, Plan plan, const std::string &subnetId,
                                 const std::string &targetId, const Cidr &destination,
                                 QUndoCommand *parent)
    : SnapshotCommand(design, plan.keys(), parent)
    , m_plan(std::move(plan))
    , m_subnetId(subnetId)
    , m_targetId(targetId)
    , m_destination(destination)
{
    setText(QObject::tr("Route %1 to %2")
                .arg(QString::fromStdString(destination.toString()),
                     QString::fromStdString(design.displayName(targetId))));
}

void AddRouteCommand::perform(Design &design)
{
    const auto *subnet = design.find<Subnet>(m_subnetId);
    const auto kind = core::routeTargetOf(design, m_targetId);
    if (!subnet || !kind)
        return;
    RouteTable rt;
    if (m_plan.createTable) {
        if (const auto *main = design.find<RouteTable>(routeTableOf(design, m_subnetId)))
            rt.routes = main->routes;
        rt.id = m_plan.routeTableId;
        rt.name = design.displayName(m_subnetId) + "-rt";
        rt.vpcId = subnet->vpcId;
        rt.subnetIds = {m_subnetId};
    } else {
        rt = *design.find<RouteTable>(m_plan.routeTableId);
    }
    std::erase_if(rt.routes, [&](const Route &r) {
        return r.destination == m_destination && r.target != RouteTarget::Local;
    });
    Route route;
    route.destination = m_destination;
    route.target = *kind;
    route.targetId = m_targetId;
    rt.routes.push_back(route);
    design.put(std::move(rt));

    if (!m_plan.attachmentId.empty()) {
        TgwAttachment att;
        att.id = m_plan.attachmentId;
        att.name = design.displayName(subnet->vpcId) + "-attachment";
        att.transitGatewayId = m_targetId;
        att.resourceId = subnet->vpcId;
        att.subnetIds = {m_subnetId};
        att.associationRouteTableId = m_plan.tgwRouteTableId;
        design.put(att);
        if (!m_plan.tgwRouteTableId.empty())
            design.update<TgwRouteTable>(m_plan.tgwRouteTableId, [&](TgwRouteTable &t) {
                t.propagationAttachmentIds.push_back(att.id);
            });
    }
}

} // namespace mailpath::app
