#include "walker.h"

#include "text.h"
#include "walksteps.h"

namespace mailpath::core {

namespace {
Site internetSite(Ipv4 address, std::string resource, ResourceKind kind)
{
    Site site{Site::Internet};
    site.address = address;
    site.resource = std::move(resource);
    site.resourceKind = kind;
    return site;
}
} // namespace

bool Walker::egressToInternet(const SubnetInfo &from, const Route &route)
{
    const auto *vpc = m_net.vpcInfo(from.subnet->vpcId);
    if (!vpc || !vpc->igw || vpc->igw->id != route.targetId)
        return block(ReasonCode::RouteBlackhole, from.routeTable->id, ResourceKind::RouteTable,
                     {texts::igwNotAttached, {route.targetId, from.subnet->vpcId}},
                     {texts::igwNotAttachedFix});
    const std::string &igw = vpc->igw->id;
    if (m_dir == Direction::Return && !checkReplyInspected(from))
        return false;
    if (isPrivateRange(m_pkt.dst))
        return block(ReasonCode::IgwPrivateDestination, igw, ResourceKind::InternetGateway,
                     {texts::igwPrivateDestination, {ipv4Text(m_pkt.dst)}},
                     {texts::igwPrivateDestinationFix, {ipv4Text(m_pkt.dst)}});
    const auto *owner = m_net.ownerInVpc(vpc->vpc->id, m_pkt.src);
    std::optional<Ipv4> publicIp;
    if (owner && owner->type == AddressOwner::NatGatewayNode) {
        if (owner->nat->privateConnectivity) // R4.1
            return block(ReasonCode::PrivateNatToIgw, owner->nat->id, ResourceKind::NatGateway,
                         {texts::privateNatToIgw, {owner->nat->id}}, {texts::privateNatToIgwFix});
        publicIp = owner->nat->publicIp;
    } else if (owner && owner->node) {
        publicIp = owner->node->publicIp;
    } else if (owner && owner->eni && owner->eni->role != EniRole::Lambda) {
        publicIp = owner->eni->publicIp; // R5.3: Lambda ENIs never get one
    }
    if (!publicIp)
        return block(ReasonCode::IgwNoPublicIp, igw, ResourceKind::InternetGateway,
                     {texts::igwNoPublicIp, {ipv4Text(m_pkt.src)}}, {texts::igwNoPublicIpFix});
    m_pkt.src = *publicIp;
    if (m_record)
        hop(igw, ResourceKind::InternetGateway, HopAction::Snat,
            concat("1:1 NAT ", ipv4Text(m_in.src), " -> ", ipv4Text(*publicIp)));
    else
        hop(igw, ResourceKind::InternetGateway, HopAction::Snat);
    m_crossedInternet = true;
    return arriveFromInternet();
}

bool Walker::arriveFromInternet()
{
    if (revisit("internet"))
        return false;
    const auto *owner = m_net.publicOwner(m_pkt.dst);
    if (m_dir == Direction::Forward && (isPrivateRange(m_pkt.dst)
                                        || (!owner && m_source.kind == Site::Internet)))
        return internetCannotReach();
    if (!owner) {
        if (m_dir == Direction::Return && m_source.kind == Site::Internet
            && m_source.address == m_pkt.dst) {
            hop(m_source.resource, m_source.resourceKind, HopAction::Deliver, "",
                {texts::hopReplyReached});
            return finish(m_source);
        }
        if (m_dir == Direction::Return)
            return block(ReasonCode::UnknownEndpoint, ipv4Text(m_pkt.dst),
                         ResourceKind::InternetHost,
                         {texts::replyUnowned, {ipv4Text(m_pkt.dst)}}, {texts::replyUnownedFix});
        m_crossedInternet = true;
        hop(ipv4Text(m_pkt.dst), ResourceKind::InternetHost, HopAction::Deliver, "",
            {texts::hopInternetAssumed});
        return finish(internetSite(m_pkt.dst, ipv4Text(m_pkt.dst), ResourceKind::InternetHost));
    }
    switch (owner->type) {
    case PublicOwner::Mapped: {
        const auto *vpc = m_net.vpcInfo(owner->vpc->id);
        if (!vpc->igw)
            return block(ReasonCode::RouteNoMatch, vpc->vpc->id, ResourceKind::Vpc,
                         {texts::vpcNoIgw, {vpc->vpc->id, ipv4Text(m_pkt.dst)}},
                         {texts::vpcNoIgwFix});
        m_pkt.dst = owner->privateIp;
        if (m_record)
            hop(vpc->igw->id, ResourceKind::InternetGateway, HopAction::Dnat,
                concat("1:1 NAT ", ipv4Text(m_in.dst), " -> ", ipv4Text(m_pkt.dst)));
        else
            hop(vpc->igw->id, ResourceKind::InternetGateway, HopAction::Dnat);
        return enterThroughIgw(*vpc);
    }
    case PublicOwner::SesService:
        if (m_dir == Direction::Return && m_source.resourceKind == ResourceKind::SesEndpoint) {
            hop(m_source.resource, m_source.resourceKind, HopAction::Deliver, "",
                {texts::sesReplyReached}); // SES delivering onward
            return finish(m_source);
        }
        if (m_dir == Direction::Return)
            break;
        return sesAccept(*owner->ses, owner->ses->id, ResourceKind::SesEndpoint)
               && finish(internetSite(m_pkt.dst, owner->ses->id, ResourceKind::SesEndpoint));
    case PublicOwner::CustomerFirewall:
        return firewallInbound(*owner->firewall);
    case PublicOwner::Host: {
        if (m_dir == Direction::Return) {
            hop(owner->host->id, ResourceKind::InternetHost, HopAction::Deliver, "",
                {texts::hopReplyReached});
            return finish(m_source);
        }
        const auto *server = m_net.smtpServerOn(owner->host->id, m_pkt.dst);
        if (!smtpAccept(server))
            return false;
        hop(owner->host->id, ResourceKind::InternetHost, HopAction::Deliver);
        return finish(internetSite(m_pkt.dst, owner->host->id, ResourceKind::InternetHost));
    }
    }
    return block(ReasonCode::UnknownEndpoint, ipv4Text(m_pkt.dst), ResourceKind::InternetHost,
                 {texts::unexpectedReply, {ipv4Text(m_pkt.dst)}}, {texts::checkDesignFix});
}

bool Walker::viaNatGateway(const NatGateway &nat, const SubnetInfo &from, Origin origin)
{
    if (nat.state != "available" && nat.state != "pending")
        return block(ReasonCode::RouteBlackhole, nat.id, ResourceKind::NatGateway,
                     {texts::natGatewayState, {nat.id, nat.state}}, {texts::natGatewayStateFix});
    if (origin == Origin::Peering || origin == Origin::Vpn) // R4.8
        return block(ReasonCode::NatSourceNotInVpc, nat.id, ResourceKind::NatGateway,
                     {texts::natSourceNotInVpc, {nat.id}}, {texts::natSourceNotInVpcFix});
    const auto *natSubnet = m_net.subnetInfo(nat.subnetId);
    if (!natSubnet)
        return block(ReasonCode::UnknownEndpoint, nat.id, ResourceKind::NatGateway,
                     {texts::natNoSubnet, {nat.id}}, {texts::placeInSubnetFix});
    if (natSubnet != &from && !checkAcl(*natSubnet, false))
        return false;
    Binding b{Binding::NatGateway, nat.id, m_pkt.src, m_pkt.srcPorts, nat.privateIp,
              m_net.design.assumptions.natGatewayPorts};
    m_bindings.push_back(b);
    m_pkt.src = nat.privateIp;
    m_pkt.srcPorts = b.outsidePorts;
    if (m_record)
        hop(nat.id, ResourceKind::NatGateway, HopAction::Snat,
            concat("source ", ipv4Text(b.insideIp), " -> ", ipv4Text(nat.privateIp),
                   ", port from ", b.outsidePorts.toString()),
            Message(texts::hopNatPorts, {b.outsidePorts.toString()}));
    else
        hop(nat.id, ResourceKind::NatGateway, HopAction::Snat);
    return sendFromSubnet(*natSubnet, origin);
}

bool Walker::natReply(const AddressOwner &owner)
{
    for (const auto &b : m_bindings) {
        if (b.type != Binding::NatGateway || b.resource != owner.id)
            continue;
        m_pkt.dst = b.insideIp;
        m_pkt.dstPorts = b.insidePorts;
        if (m_record)
            hop(owner.id, ResourceKind::NatGateway, HopAction::UnSnat,
                concat("destination ", ipv4Text(b.outsideIp), " -> ", ipv4Text(b.insideIp)));
        else
            hop(owner.id, ResourceKind::NatGateway, HopAction::UnSnat);
        return sendFromSubnet(*m_net.subnetInfo(owner.nat->subnetId), Origin::Local);
    }
    return block(ReasonCode::NatNoInboundMapping, owner.id, ResourceKind::NatGateway,
                 {texts::natNoConnection, {owner.id}}, {texts::natNoConnectionFix});
}

bool Walker::viaPeering(const std::string &pcxId, const SubnetInfo &from)
{
    const auto *pcx = m_net.design.find<PeeringConnection>(pcxId);
    const auto *rt = from.routeTable;
    if (!pcx || pcx->status != "active")
        return block(ReasonCode::RouteBlackhole, rt->id, ResourceKind::RouteTable,
                     pcx ? Message(texts::peeringState, {pcxId, pcx->status})
                         : Message(texts::peeringMissing, {pcxId}),
                     {texts::peeringStateFix});
    const bool fromRequester = pcx->requesterVpcId == from.subnet->vpcId;
    const auto &peerId = fromRequester ? pcx->accepterVpcId : pcx->requesterVpcId;
    const auto *peer = m_net.vpcInfo(peerId);
    bool inPeer = peer && peer->vpc->contains(m_pkt.dst);
    for (const auto &c : fromRequester ? pcx->accepterCidrs : pcx->requesterCidrs)
        inPeer = inPeer || c.contains(m_pkt.dst);
    if (!inPeer || !peer) // R9.11, R9.12
        return block(ReasonCode::PeeringDestinationNotInPeer, pcxId, ResourceKind::PeeringConnection,
                     {texts::peeringNotInPeer, {ipv4Text(m_pkt.dst), peerId}},
                     {texts::peeringNotInPeerFix});
    hop(pcxId, ResourceKind::PeeringConnection, HopAction::Forward, "to " + peerId);
    return deliverLocal(*peer, nullptr);
}

bool Walker::viaMiddlebox(const std::string &target, const SubnetInfo &from, Origin origin)
{
    const Eni *eni = m_net.design.find<Eni>(target);
    if (const auto *instance = m_net.design.find<Instance>(target); instance && !instance->eniIds.empty())
        eni = m_net.design.find<Eni>(instance->eniIds.front());
    const auto *subnet = eni ? m_net.subnetInfo(eni->subnetId) : nullptr;
    if (!eni || !subnet)
        return block(ReasonCode::RouteBlackhole, from.routeTable->id, ResourceKind::RouteTable,
                     {texts::routeTargetMissing, {target}}, {texts::routeFix});
    if (eni->sourceDestCheck)
        return block(ReasonCode::SourceDestCheckOn, target,
                     eni->id == target ? ResourceKind::NetworkInterface : ResourceKind::Instance,
                     {texts::sourceDestCheck, {target}}, {texts::sourceDestCheckFix, {target}});
    if (subnet != &from && !checkAcl(*subnet, false))
        return false;
    if (!checkSecurityGroups(eni->securityGroupIds, eni->id, ResourceKind::NetworkInterface, true))
        return false;
    if (isNatInstance(*eni))
        return viaNatInstance(*eni, *subnet, origin);
    hop(eni->id, ResourceKind::NetworkInterface, HopAction::Forward, "appliance");
    return sendFromSubnet(*subnet, origin);
}

bool Walker::viaVpnGateway(const std::string &vgwId)
{
    if (const auto *vif = dxBehindVgw(vgwId, false)) // DX BGP routes win over VPN (R10.4)
        return vgwToDx(vgwId, *vif);
    std::vector<const VpnConnection *> links;
    for (const auto &[id, vpn] : m_net.design.all<VpnConnection>())
        if (vpn.vpnGatewayId == vgwId)
            links.push_back(&vpn);
    for (const auto *vpn : links) {
        bool known = false;
        for (const auto &c : vpn->routes)
            known = known || c.contains(m_pkt.dst);
        const OnPremNetwork *site = nullptr;
        for (const auto &[id, net] : m_net.design.all<OnPremNetwork>())
            for (const auto &link : net.vpnConnectionIds)
                if (link == vpn->id)
                    for (const auto &c : net.cidrs)
                        if (c.contains(m_pkt.dst)) {
                            known = true;
                            site = &net;
                        }
        if (!known)
            continue;
        hop(vgwId, ResourceKind::VpnGateway, HopAction::Forward, "known prefix");
        if (!checkVpnTunnels(*vpn))
            return false;
        hop(vpn->id, ResourceKind::VpnConnection, HopAction::Forward, "IPsec tunnel");
        m_lastVpn = vpn;
        return arriveOnPrem(site ? site : m_net.onPremContaining(m_pkt.dst), vpn->id);
    }
    if (const auto *vif = links.empty() ? dxBehindVgw(vgwId, true) : nullptr)
        return vgwDxUnknown(vgwId, *vif);
    return vpnGatewayUnknown(vgwId, links);
}

bool Walker::arriveOnPrem(const OnPremNetwork *net, std::string_view via)
{
    const std::string resource = net ? net->id : std::string(via);
    const ResourceKind kind = net ? ResourceKind::OnPremNetwork
                                  : m_net.design.kindOf(via).value_or(ResourceKind::VpnConnection);
    if (m_dir == Direction::Return) {
        if (m_source.kind == Site::OnPrem && m_source.address == m_pkt.dst) {
            hop(m_source.resource, m_source.resourceKind, HopAction::Deliver, "",
                {texts::hopReplyReached});
            return finish(m_source);
        }
        return block(ReasonCode::UnknownEndpoint, resource, kind,
                     {texts::replyOnPrem}, {texts::symmetricRouteFix});
    }
    const SmtpServer *server = nullptr;
    for (const auto &[id, s] : m_net.design.all<SmtpServer>())
        if (s.address == m_pkt.dst)
            server = &s;
    const std::string where = server ? server->id : resource;
    const ResourceKind whereKind = server ? ResourceKind::SmtpServer : kind;
    if (!smtpAccept(server))
        return false;
    hop(where, whereKind, HopAction::Deliver, "",
        server ? Message() : Message(texts::hopOnPremAssumed));
    Site site{Site::OnPrem};
    site.onPrem = net;
    site.address = m_pkt.dst;
    site.resource = where;
    site.resourceKind = whereKind;
    return finish(site);
}

namespace {

bool routeToInternetGateway(Walker &w, const SubnetInfo &from, const Route &route, Origin)
{
    return w.egressToInternet(from, route);
}

bool routeToNatGateway(Walker &w, const SubnetInfo &from, const Route &route, Origin origin)
{
    if (const auto *nat = w.design().find<NatGateway>(route.targetId))
        return w.viaNatGateway(*nat, from, origin);
    return w.block(ReasonCode::RouteBlackhole, from.routeTable->id, ResourceKind::RouteTable,
                   {texts::routeNatMissing, {route.targetId}}, {texts::routeNatMissingFix});
}

bool arriveAtNatGateway(Walker &w, const AddressOwner &node)
{
    if (w.direction() == Direction::Return)
        return w.natReply(node);
    return w.block(ReasonCode::NatNoInboundMapping, node.id, ResourceKind::NatGateway,
                   {texts::natNoPortForwarding}, {texts::natNoPortForwardingFix});
}

bool routeToPeering(Walker &w, const SubnetInfo &from, const Route &route, Origin)
{
    return w.viaPeering(route.targetId, from);
}

bool routeToVpnGateway(Walker &w, const SubnetInfo &, const Route &route, Origin)
{
    return w.viaVpnGateway(route.targetId);
}

bool routeToAppliance(Walker &w, const SubnetInfo &from, const Route &route, Origin origin)
{
    return w.viaMiddlebox(route.targetId, from, origin);
}

} // namespace

extern constinit const WalkStep internetGatewayStep = {
    .name = "internet-gateway",
    .route = RouteTarget::InternetGateway,
    .viaRoute = routeToInternetGateway,
};

extern constinit const WalkStep natGatewayStep = {
    .name = "nat-gateway",
    .route = RouteTarget::NatGateway,
    .owner = AddressOwner::NatGatewayNode,
    .viaRoute = routeToNatGateway,
    .arrive = arriveAtNatGateway,
};

extern constinit const WalkStep peeringStep = {
    .name = "peering-connection",
    .route = RouteTarget::Peering,
    .viaRoute = routeToPeering,
};

extern constinit const WalkStep vpnGatewayStep = {
    .name = "vpn-gateway",
    .route = RouteTarget::VpnGateway,
    .viaRoute = routeToVpnGateway,
};

extern constinit const WalkStep applianceEniStep = {
    .name = "network-interface",
    .route = RouteTarget::NetworkInterface,
    .viaRoute = routeToAppliance,
};

extern constinit const WalkStep applianceInstanceStep = {
    .name = "instance",
    .route = RouteTarget::Instance,
    .viaRoute = routeToAppliance,
};

} // namespace mailpath::core
