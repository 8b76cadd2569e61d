#include "createtablecommand.h"

#include "associatetablecommand.h"
#include "setsecuritygroupscommand.h"

#include <QObject>

namespace mailpath::app {

using namespace core;

std::vector<std::string> CreateTableCommand::touchedKeys(const Design &design,
                                                         const std::string &id,
                                                         const std::string &subject)
{
    std::vector<std::string> keys{id};
    if (design.find<Subnet>(subject)) {
        for (const auto &[aclId, acl] : design.all<NetworkAcl>())
            keys.push_back(aclId);
        for (const auto &[rtId, rt] : design.all<RouteTable>())
            keys.push_back(rtId);
    } else if (!subject.empty()) {
        keys.push_back(SetSecurityGroupsCommand::holderOf(design, subject));
    }
    return keys;
}

CreateTableCommand::CreateTableCommand(Design &design, ResourceKind kind, const std::string &vpcId,
                                       const std::string &name, const std::string &subject,
                                       QUndoCommand *parent)
    : CreateTableCommand(design, kind, design.generateId(kind), vpcId, name, subject, parent)
{}

CreateTableCommand::CreateTableCommand(Design &design, ResourceKind kind, std::string id,
                                       const std::string &vpcId, const std::string &name,
                                       const std::string &subject, QUndoCommand *parent)
    : SnapshotCommand(design, touchedKeys(design, id, subject), parent)
    , m_kind(kind)
    , m_id(std::move(id))
    , m_vpc(vpcId)
    , m_name(name)
    , m_subject(subject)
{
    setText(QObject::tr("New %1 %2")
                .arg(QString::fromUtf8(kindName(kind).data()), QString::fromStdString(name)));
}

void CreateTableCommand::perform(Design &design)
{
    switch (m_kind) {
    case ResourceKind::NetworkAcl:
        design.put(NetworkAcl{m_id, m_name, {}, m_vpc, false, {}, {}});
        break;
    case ResourceKind::SecurityGroup: {
        SecurityGroup sg{m_id, m_name, {}, m_vpc, m_name, {}, {}};
        SgRule all;
        all.cidr = Cidr::any();
        sg.egress = {all};
        design.put(std::move(sg));
        break;
    }
    case ResourceKind::RouteTable: {
        RouteTable rt;
        rt.id = m_id;
        rt.name = m_name;
        rt.vpcId = m_vpc;
        if (const auto *vpc = design.find<Vpc>(m_vpc))
            for (const auto &cidr : vpc->cidrs) {
                Route local;
                local.destination = cidr;
                local.targetId = "local"; // target defaults to Local
                rt.routes.push_back(local);
            }
        design.put(std::move(rt));
        break;
    }
    default: return;
    }
    if (design.find<Subnet>(m_subject)) {
        AssociateTableCommand::associate(design, m_subject, m_id);
    } else if (!m_subject.empty() && m_kind == ResourceKind::SecurityGroup) {
        auto groups = SetSecurityGroupsCommand::groupsOf(design, m_subject);
        groups.push_back(m_id);
        SetSecurityGroupsCommand::setGroups(design, m_subject, groups);
    }
}

} // namespace mailpath::app
