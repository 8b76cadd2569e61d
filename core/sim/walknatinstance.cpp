// NAT instances (AWS-SEMANTICS R4.11): an EC2 instance with source/destination check off that
// routes send traffic to. Linux masquerading rewrites the source address to the instance's own
// and keeps the client's source port while it is free, so replies come back to the client's
// ephemeral port: unlike a NAT gateway's 1024-65535, but never to the SMTP port either.

#include "walker.h"

#include "text.h"

namespace mailpath::core {

bool Walker::isNatInstance(const Eni &eni) const
{
    if (eni.natMode == "nat")
        return true;
    if (eni.natMode != "auto" || eni.sourceDestCheck)
        return false;
    if (eni.publicIp)
        return true;
    // Behind another NAT: its own subnet sends the destination to a NAT gateway or instance.
    const auto *subnet = m_net.subnetInfo(eni.subnetId);
    if (!subnet || !subnet->routeTable)
        return false;
    const auto table = m_net.routeTables.find(subnet->routeTable->id);
    const auto *choice = table == m_net.routeTables.end() ? nullptr : table->second.lookup(m_pkt.dst);
    return choice && choice->route->target == RouteTarget::NatGateway;
}

bool Walker::viaNatInstance(const Eni &eni, const SubnetInfo &subnet, Origin origin)
{
    const auto *instance = m_net.instanceByEni.count(eni.id) ? m_net.instanceByEni.at(eni.id)
                                                              : nullptr;
    const std::string_view who = instance ? std::string_view(instance->id) : eni.id;
    const ResourceKind kind = instance ? ResourceKind::Instance : ResourceKind::NetworkInterface;
    Binding b{Binding::NatInstance, who, m_pkt.src, m_pkt.srcPorts, eni.primaryIp(),
              m_pkt.srcPorts};
    m_bindings.push_back(b);
    m_pkt.src = eni.primaryIp();
    if (m_record) {
        hop(who, kind, HopAction::Snat,
            concat("masquerade ", ipv4Text(b.insideIp), " -> ", ipv4Text(b.outsideIp),
                   ", source port kept (", b.insidePorts.toString(), ")"),
            {texts::hopNatInstance});
        note({eni.publicIp ? texts::natInstanceTakenPublic : texts::natInstanceTaken, {who}});
    } else {
        hop(who, kind, HopAction::Snat);
    }
    if (!checkSecurityGroups(eni.securityGroupIds, who, kind, false))
        return false;
    // R4.11: as a plain EC2 instance it is itself subject to the port-25 block.
    if (m_dir == Direction::Forward)
        if (const auto *owner = m_net.ownerInVpc(eni.vpcId, eni.primaryIp());
            owner && !checkOp25b(*owner))
            return false;
    return sendFromSubnet(subnet, origin);
}

const Binding *Walker::natInstanceBinding(const AddressOwner &owner) const
{
    for (const auto &b : m_bindings)
        if (b.type == Binding::NatInstance && b.outsideIp == owner.privateIp
            && !(m_source.kind == Site::Interface && m_source.owner == &owner))
            return &b;
    return nullptr;
}

bool Walker::natInstanceReply(const Binding &b, const AddressOwner &owner)
{
    const auto &eni = *owner.eni;
    const auto *instance = m_net.instanceByEni.count(eni.id) ? m_net.instanceByEni.at(eni.id)
                                                              : nullptr;
    const ResourceKind kind = instance ? ResourceKind::Instance : ResourceKind::NetworkInterface;
    checkSecurityGroups(eni.securityGroupIds, b.resource, kind, true); // tracked
    m_pkt.dst = b.insideIp;
    m_pkt.dstPorts = b.insidePorts;
    if (m_record)
        hop(b.resource, kind, HopAction::UnSnat,
            concat("destination ", ipv4Text(b.outsideIp), " -> ", ipv4Text(b.insideIp),
                   ", port ", b.insidePorts.toString(), " unchanged"));
    else
        hop(b.resource, kind, HopAction::UnSnat);
    const auto *subnet = m_net.subnetInfo(eni.subnetId);
    if (!subnet)
        return block(ReasonCode::UnknownEndpoint, b.resource, kind,
                     {texts::natInstanceNoSubnet}, {texts::placeInSubnetFix});
    return sendFromSubnet(*subnet, Origin::Local);
}

} // namespace mailpath::core
