#include "setsecuritygroupscommand.h"

#include <QObject>

namespace mailpath::app {

using namespace core;

std::string SetSecurityGroupsCommand::holderOf(const Design &design, const std::string &ownerId)
{
    if (const auto *instance = design.find<Instance>(ownerId))
        return instance->eniIds.empty() ? std::string() : instance->eniIds.front();
    if (design.find<Eni>(ownerId) || design.find<LoadBalancer>(ownerId)
        || design.find<VpcEndpoint>(ownerId))
        return ownerId;
    return {};
}

std::vector<std::string> SetSecurityGroupsCommand::groupsOf(const Design &design,
                                                            const std::string &ownerId)
{
    const std::string holder = holderOf(design, ownerId);
    if (const auto *eni = design.find<Eni>(holder))
        return eni->securityGroupIds;
    if (const auto *lb = design.find<LoadBalancer>(holder))
        return lb->securityGroupIds;
    if (const auto *ep = design.find<VpcEndpoint>(holder))
        return ep->securityGroupIds;
    return {};
}

std::string SetSecurityGroupsCommand::vpcOf(const Design &design, const std::string &ownerId)
{
    const std::string holder = holderOf(design, ownerId);
    if (const auto *eni = design.find<Eni>(holder))
        return eni->vpcId;
    if (const auto *lb = design.find<LoadBalancer>(holder))
        return lb->vpcId;
    if (const auto *ep = design.find<VpcEndpoint>(holder))
        return ep->vpcId;
    return {};
}

void SetSecurityGroupsCommand::setGroups(Design &design, const std::string &ownerId,
                                         const std::vector<std::string> &groups)
{
    const std::string holder = holderOf(design, ownerId);
    design.update<Eni>(holder, [&](Eni &e) { e.securityGroupIds = groups; });
    design.update<LoadBalancer>(holder, [&](LoadBalancer &l) { l.securityGroupIds = groups; });
    design.update<VpcEndpoint>(holder, [&](VpcEndpoint &v) { v.securityGroupIds = groups; });
}

SetSecurityGroupsCommand::SetSecurityGroupsCommand(Design &design, const std::string &ownerId,
                                                   std::vector<std::string> groups,
                                                   QUndoCommand *parent)
    : SnapshotCommand(design, {holderOf(design, ownerId)}, parent)
    , m_owner(ownerId)
    , m_groups(std::move(groups))
{
    setText(QObject::tr("Security groups of %1")
                .arg(QString::fromStdString(design.displayName(ownerId))));
}

void SetSecurityGroupsCommand::perform(Design &design)
{
    setGroups(design, m_owner, m_groups);
}

} // namespace mailpath::app
