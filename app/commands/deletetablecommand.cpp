#include "deletetablecommand.h"

#include "associatetablecommand.h"
#include "setsecuritygroupscommand.h"

#include <QObject>

#include <algorithm>

namespace mailpath::app {

using namespace core;

namespace {

std::string defaultAclOf(const Design &design, const std::string &vpcId)
{
    for (const auto &[id, acl] : design.all<NetworkAcl>())
        if (acl.isDefault && acl.vpcId == vpcId)
            return id;
    return {};
}

/** Everything whose security-group list names sg. */
std::vector<std::string> holdersOf(const Design &design, const std::string &sg)
{
    std::vector<std::string> out;
    auto check = [&](const std::string &id, const std::vector<std::string> &groups) {
        if (std::find(groups.begin(), groups.end(), sg) != groups.end())
            out.push_back(id);
    };
    for (const auto &[id, eni] : design.all<Eni>())
        check(id, eni.securityGroupIds);
    for (const auto &[id, lb] : design.all<LoadBalancer>())
        check(id, lb.securityGroupIds);
    for (const auto &[id, ep] : design.all<VpcEndpoint>())
        check(id, ep.securityGroupIds);
    return out;
}

} // namespace

QString DeleteTableCommand::refusal(const Design &design, const std::string &id)
{
    const QString name = QString::fromStdString(design.displayName(id));
    if (const auto *acl = design.find<NetworkAcl>(id); acl && acl->isDefault)
        return QObject::tr("%1 is the VPC's default network ACL; AWS keeps it.").arg(name);
    if (const auto *rt = design.find<RouteTable>(id); rt && rt->main)
        return QObject::tr("%1 is the VPC's main route table; AWS keeps it.").arg(name);
    if (const auto *sg = design.find<SecurityGroup>(id)) {
        if (sg->name == "default")
            return QObject::tr("%1 is the VPC's default security group; AWS keeps it.").arg(name);
        for (const auto &[otherId, other] : design.all<SecurityGroup>())
            for (const auto *rules : {&other.ingress, &other.egress})
                for (const auto &rule : *rules)
                    if (otherId != id && rule.groupId == id)
                        return QObject::tr("A rule of %1 refers to %2; remove that rule first.")
                            .arg(QString::fromStdString(design.displayName(otherId)), name);
        return {};
    }
    if (!design.find<NetworkAcl>(id) && !design.find<RouteTable>(id))
        return QObject::tr("%1 is not a network ACL, security group or route table.").arg(name);
    return {};
}

std::vector<std::string> DeleteTableCommand::touchedKeys(const Design &design, const std::string &id)
{
    std::vector<std::string> keys{id};
    if (const auto *acl = design.find<NetworkAcl>(id))
        keys.push_back(defaultAclOf(design, acl->vpcId));
    for (const auto &holder : holdersOf(design, id))
        keys.push_back(holder);
    keys.erase(std::remove(keys.begin() + 1, keys.end(), std::string()), keys.end());
    return keys;
}

DeleteTableCommand::DeleteTableCommand(Design &design, const std::string &id, QUndoCommand *parent)
    : SnapshotCommand(design, touchedKeys(design, id), parent)
    , m_id(id)
{
    setText(QObject::tr("Delete %1").arg(QString::fromStdString(design.displayName(id))));
}

void DeleteTableCommand::perform(Design &design)
{
    if (const auto *acl = design.find<NetworkAcl>(m_id)) {
        const auto subnets = acl->subnetIds;
        const std::string fallback = defaultAclOf(design, acl->vpcId);
        design.remove(m_id);
        for (const auto &subnet : subnets) // AWS moves them to the default ACL
            if (!fallback.empty())
                AssociateTableCommand::associate(design, subnet, fallback);
        return;
    }
    for (const auto &holder : holdersOf(design, m_id)) {
        auto groups = SetSecurityGroupsCommand::groupsOf(design, holder);
        groups.erase(std::remove(groups.begin(), groups.end(), m_id), groups.end());
        SetSecurityGroupsCommand::setGroups(design, holder, groups);
    }
    design.remove(m_id); // a route table's subnets now follow the main table
}

} // namespace mailpath::app
