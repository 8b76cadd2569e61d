#include "reparentcommand.h"

#include "core/model/addressplanner.h"

namespace mailpath::app {

using namespace core;

namespace {

/** The instance behind an SMTP server drawn in a subnet is what actually moves. */
std::string movedResource(const Design &design, const std::string &id)
{
    if (const auto *smtp = design.find<SmtpServer>(id))
        if (design.kindOf(smtp->hostId) == ResourceKind::Instance)
            return smtp->hostId;
    return id;
}

void moveEni(Design &design, AddressPlanner &planner, const std::string &eniId, const Subnet &to)
{
    const auto *eni = design.find<Eni>(eniId);
    if (!eni)
        return;
    const bool vpcChanged = eni->vpcId != to.vpcId;
    std::string defaultSg;
    for (const auto &[id, sg] : design.all<SecurityGroup>())
        if (sg.vpcId == to.vpcId && sg.name == "default")
            defaultSg = id;
    std::optional<Ipv4> ip;
    if (eni->privateIps.empty() || !to.cidr.contains(eni->primaryIp()))
        ip = planner.nextFreeIp(to.id);
    if (ip)
        planner.reserve(*ip);
    design.update<Eni>(eniId, [&](Eni &e) {
        e.subnetId = to.id;
        e.vpcId = to.vpcId;
        e.availabilityZone = to.availabilityZone;
        if (ip) {
            if (e.privateIps.empty())
                e.privateIps.push_back(*ip);
            else
                e.privateIps = {*ip};
        }
        if (vpcChanged) // security groups belong to one VPC
            e.securityGroupIds = defaultSg.empty() ? std::vector<std::string>{}
                                                   : std::vector<std::string>{defaultSg};
    });
}

} // namespace

bool ReparentCommand::canReparent(const Design &design, const std::string &id)
{
    const std::string moved = movedResource(design, id);
    switch (design.kindOf(moved).value_or(ResourceKind::PrefixList)) {
    case ResourceKind::Instance:
    case ResourceKind::NetworkInterface:
    case ResourceKind::NatGateway: return true;
    case ResourceKind::VpcEndpoint: return design.find<VpcEndpoint>(moved)->subnetIds.size() == 1;
    default: return false;
    }
}

std::vector<std::string> ReparentCommand::keysFor(const Design &design, const std::string &id)
{
    std::vector<std::string> keys{id};
    const std::string moved = movedResource(design, id);
    if (moved != id)
        keys.push_back(moved);
    if (const auto *inst = design.find<Instance>(moved))
        keys.insert(keys.end(), inst->eniIds.begin(), inst->eniIds.end());
    return keys;
}

ReparentCommand::ReparentCommand(Design &design, const std::string &id, const std::string &subnetId,
                                 const NodeLayout &layout, QUndoCommand *parent)
    : SnapshotCommand(design, keysFor(design, id), parent)
    , m_id(id)
    , m_subnetId(subnetId)
    , m_layout(layout)
{
    setText(QObject::tr("Move %1 to %2")
                .arg(QString::fromStdString(design.displayName(id)),
                     QString::fromStdString(design.displayName(subnetId))));
}

void ReparentCommand::perform(Design &design)
{
    const auto *target = design.find<Subnet>(m_subnetId);
    if (!target)
        return;
    const Subnet to = *target;
    AddressPlanner planner(design);
    const std::string moved = movedResource(design, m_id);
    switch (design.kindOf(moved).value_or(ResourceKind::PrefixList)) {
    case ResourceKind::Instance: {
        const auto enis = design.find<Instance>(moved)->eniIds;
        for (const auto &eni : enis)
            moveEni(design, planner, eni, to);
        design.update<Instance>(moved, [&](Instance &i) {
            i.subnetId = to.id;
            i.vpcId = to.vpcId;
            i.availabilityZone = to.availabilityZone;
        });
        const auto &movedEnis = design.find<Instance>(moved)->eniIds;
        const auto *eni = movedEnis.empty() ? nullptr : design.find<Eni>(movedEnis.front());
        if (eni && design.find<SmtpServer>(m_id)) {
            const Ipv4 address = eni->primaryIp();
            design.update<SmtpServer>(m_id, [&](SmtpServer &s) { s.address = address; });
        }
        break;
    }
    case ResourceKind::NetworkInterface: moveEni(design, planner, moved, to); break;
    case ResourceKind::NatGateway: {
        const auto ip = planner.nextFreeIp(to.id);
        design.update<NatGateway>(moved, [&](NatGateway &n) {
            n.subnetId = to.id;
            n.vpcId = to.vpcId;
            if (ip)
                n.privateIp = *ip;
        });
        break;
    }
    case ResourceKind::VpcEndpoint: {
        const auto ip = planner.nextFreeIp(to.id);
        design.update<VpcEndpoint>(moved, [&](VpcEndpoint &e) {
            e.subnetIds = {to.id};
            if (!e.nodes.empty()) {
                e.nodes.resize(1);
                e.nodes[0].subnetId = to.id;
                if (ip)
                    e.nodes[0].privateIp = *ip;
            }
        });
        break;
    }
    default: return;
    }
    design.setLayout(m_id, m_layout);
}

} // namespace mailpath::app
