#include "walksteps.h"

#include "core/model/lifecycle.h"

namespace mailpath::core {

namespace {

// R9.6, R14.2: the peering attachment of this transit gateway whose peer has the VPC holding
// the destination; nothing propagates over it, so a missing route is a missing static route.
const TgwAttachment *peeringTowards(const Design &design, const std::string &tgwId, Ipv4 dst,
                                    Cidr *prefix)
{
    for (const auto &[id, side] : design.all<TgwAttachment>()) {
        if (side.resourceType != "peering" || side.transitGatewayId != tgwId)
            continue;
        for (const auto &[otherId, att] : design.all<TgwAttachment>()) {
            const auto *vpc = att.resourceType == "vpc" && att.transitGatewayId == side.resourceId
                                  ? design.find<Vpc>(att.resourceId)
                                  : nullptr;
            for (const auto &c : vpc ? vpc->cidrs : std::vector<Cidr>())
                if (c.contains(dst)) {
                    *prefix = c;
                    return &side;
                }
        }
    }
    return nullptr;
}

} // namespace

bool Walker::viaTransitGateway(const std::string &tgwId, const SubnetInfo &from)
{
    const auto *tgw = m_net.design.find<TransitGateway>(tgwId);
    if (!tgw)
        return block(ReasonCode::RouteBlackhole, from.routeTable->id, ResourceKind::RouteTable,
                     {texts::tgwMissing, {tgwId}}, {texts::routeFix});
    const auto &vpcId = from.subnet->vpcId;
    const auto *att = m_net.tgwAttachment(tgwId, vpcId);
    if (!att)
        return block(ReasonCode::TgwNoAttachmentInAz, tgwId, ResourceKind::TransitGateway,
                     {texts::tgwNoAttachment, {vpcId, tgwId}}, {texts::tgwNoAttachmentFix, {vpcId}});
    const auto &az = from.subnet->availabilityZone;
    const SubnetInfo *tgwSubnet = nullptr;
    const auto &subnets = m_net.attachmentSubnets(*att);
    for (const auto *s : subnets)
        if (s->subnet->availabilityZone == az)
            tgwSubnet = s;
    if (const auto gone = m_net.goneState(att->id); !gone.empty())
        return block(ReasonCode::RouteBlackhole, from.routeTable->id, ResourceKind::RouteTable,
                     {texts::routeTargetGone, {att->id, gone}}, {texts::routeTargetGoneFix});
    if (!tgwSubnet) { // R1.12
        std::string azs;
        for (const auto *s : subnets)
            azs += (azs.empty() ? "" : ", ") + s->subnet->availabilityZone;
        return block(ReasonCode::TgwNoAttachmentInAz, att->id, ResourceKind::TgwAttachment,
                     {texts::tgwNoSubnetInAz,
                      {att->id, azs.empty() ? TextArg(texts::noAz) : TextArg(azs), az}},
                     {texts::tgwNoSubnetInAzFix, {az, att->id}});
    }
    if (!checkAcl(*tgwSubnet, false)) // R3.6: inbound at the attachment subnet, by source
        return false;
    if (m_record)
        hop(att->id, ResourceKind::TgwAttachment, HopAction::Forward, "into " + tgwId);
    else
        hop(att->id, ResourceKind::TgwAttachment, HopAction::Forward);
    const auto &rt = att->associationRouteTableId.empty() ? tgw->defaultAssociationRouteTableId
                                                         : att->associationRouteTableId;
    return routeInTgw(tgwId, rt, az);
}

bool Walker::routeInTgw(const std::string &tgwId, const std::string &routeTableId,
                        const std::string &fromAz)
{
    if (revisit(routeTableId.empty() ? tgwId : routeTableId))
        return false;
    const auto table = m_net.tgwRouteTables.find(routeTableId);
    if (table == m_net.tgwRouteTables.end())
        return block(ReasonCode::TgwRouteNoMatch, tgwId, ResourceKind::TransitGateway,
                     {texts::tgwNotAssociated, {tgwId}}, {texts::tgwNotAssociatedFix});
    Cidr matched;
    const auto *choice = table->second.lookup(m_pkt.dst, &matched);
    Cidr peerPrefix;
    if (!choice) {
        if (const auto *pcx = peeringTowards(m_net.design, tgwId, m_pkt.dst, &peerPrefix))
            return block(ReasonCode::TgwRouteNoMatch, routeTableId, ResourceKind::TgwRouteTable,
                         {texts::tgwRouteNoMatch, {routeTableId, ipv4Text(m_pkt.dst)}},
                         {texts::tgwPeeringStaticFix,
                          {peerPrefix.toString(), routeTableId,
                           pcx->id.substr(0, pcx->id.find('@'))}}); // the AWS id of both sides
        return block(ReasonCode::TgwRouteNoMatch, routeTableId, ResourceKind::TgwRouteTable,
                     {texts::tgwRouteNoMatch, {routeTableId, ipv4Text(m_pkt.dst)}},
                     tgwNoRouteFix(routeTableId));
    }
    if (choice->blackhole)
        return block(ReasonCode::TgwRouteBlackhole, routeTableId, ResourceKind::TgwRouteTable,
                     {texts::tgwRouteBlackhole, {matched.toString(), routeTableId}},
                     {texts::tgwRouteBlackholeFix});
    const auto *next = m_net.design.find<TgwAttachment>(choice->attachmentId);
    const std::string targetId(choice->attachmentId);
    if (m_record)
        hop(routeTableId, ResourceKind::TgwRouteTable, HopAction::Forward,
            matched.toString() + " -> " + targetId + (choice->propagated ? " (propagated)" : ""));
    else
        hop(routeTableId, ResourceKind::TgwRouteTable, HopAction::Forward);
    if (!next)
        return block(ReasonCode::TgwRouteBlackhole, routeTableId, ResourceKind::TgwRouteTable,
                     {texts::tgwAttachmentMissing, {targetId}}, {texts::tgwAttachmentMissingFix});
    if (const auto gone = m_net.goneState(next->id);
        !gone.empty() && next->resourceType != "peering") // peering: TGW_PEERING_NOT_AVAILABLE
        return block(ReasonCode::TgwRouteBlackhole, routeTableId, ResourceKind::TgwRouteTable,
                     {texts::tgwAttachmentGone, {next->id, gone}},
                     {texts::tgwRouteBlackholeFix});
    if (next->resourceType == "vpc") {
        const SubnetInfo *egress = nullptr;
        for (const auto *s : m_net.attachmentSubnets(*next)) {
            if ((!egress || (s->subnet->availabilityZone == fromAz && !next->applianceMode)))
                egress = s;
        }
        if (!egress)
            return block(ReasonCode::TgwNoAttachmentInAz, next->id, ResourceKind::TgwAttachment,
                         {texts::tgwAttachmentNoSubnet, {next->id}},
                         {texts::tgwAttachmentNoSubnetFix});
        if (m_record) // R14.4, R14.8, R14.10
            hop(next->id, ResourceKind::TgwAttachment, HopAction::Forward,
                "into " + next->resourceId + " in " + egress->subnet->availabilityZone
                    + (next->applianceMode ? " (appliance mode: chosen by flow hash)"
                                           : " (the AZ where the packet entered)"));
        else
            hop(next->id, ResourceKind::TgwAttachment, HopAction::Forward);
        return sendFromSubnet(*egress, Origin::Tgw);
    }
    if (next->resourceType == "peering")
        return crossTgwPeering(*next, tgwId, fromAz);
    if (next->resourceType == "direct-connect-gateway"
        && m_net.design.find<DirectConnectGateway>(next->resourceId))
        return tgwToDx(*next, routeTableId, matched, choice->propagated);
    if (next->resourceType == "vpn") {
        if (const auto *vpn = m_net.design.find<VpnConnection>(next->resourceId)) {
            if (!checkVpnTunnels(*vpn))
                return false;
            hop(vpn->id, ResourceKind::VpnConnection, HopAction::Forward, "IPsec tunnel");
            m_lastVpn = vpn;
            return arriveOnPrem(m_net.onPremContaining(m_pkt.dst), vpn->id);
        }
    }
    hop(next->id, ResourceKind::TgwAttachment, HopAction::Deliver, "",
        {texts::hopBeyondAttachment, {next->resourceType}});
    m_replyOutsideModel = true;
    Site site{Site::OnPrem};
    site.address = m_pkt.dst;
    site.resource = next->id;
    site.resourceKind = ResourceKind::TgwAttachment;
    return finish(site);
}

bool Walker::crossTgwPeering(const TgwAttachment &side, const std::string &tgwId,
                             const std::string &fromAz)
{
    // R14.1-R14.3: one attachment id per side, each with its own record; only available forwards.
    const TgwAttachment *peer = nullptr;
    for (const auto &[id, att] : m_net.design.all<TgwAttachment>())
        if (&att != &side && att.resourceType == "peering" && att.transitGatewayId == side.resourceId
            && att.resourceId == tgwId)
            peer = &att;
    const auto *bad = side.state != "available"               ? &side
                      : peer && peer->state != "available" ? peer
                                                           : nullptr;
    if (bad)
        return block(ReasonCode::TgwPeeringNotAvailable, bad->id, ResourceKind::TgwAttachment,
                     {texts::tgwPeeringState, {bad->id, bad->state, bad->transitGatewayId}},
                     {isGoneState(bad->state) ? texts::tgwPeeringGoneFix
                                            : texts::tgwPeeringAcceptFix});
    if (!peer)
        return block(ReasonCode::TgwPeeringNotAvailable, side.id, ResourceKind::TgwAttachment,
                     {texts::tgwPeerMissing, {side.resourceId}}, {texts::tgwPeerMissingFix});
    hop(side.id, ResourceKind::TgwAttachment, HopAction::Forward, "peering to " + side.resourceId);
    const auto *peerTgw = m_net.design.find<TransitGateway>(peer->transitGatewayId);
    const auto &rt = peer->associationRouteTableId.empty() && peerTgw
                         ? peerTgw->defaultAssociationRouteTableId
                         : peer->associationRouteTableId;
    return routeInTgw(peer->transitGatewayId, rt, fromAz);
}

bool Walker::sendFromOnPrem(const OnPremNetwork *net)
{
    if (revisit(net ? std::string_view(net->id) : std::string_view("on-premises")))
        return false;
    if (net)
        for (const auto &c : net->cidrs)
            if (c.contains(m_pkt.dst))
                return arriveOnPrem(net, net->id);
    // A private or transit VIF reaches VPC (private) addresses only, never the Internet.
    if (const auto *vif = dxLinkOf(net);
        vif && (m_dir == Direction::Return || isPrivateRange(m_pkt.dst)))
        return sendOverDx(*vif);
    if (!isPrivateRange(m_pkt.dst) && !(m_dir == Direction::Return && m_lastVpn)) {
        const auto *fw = net ? m_net.design.find<Firewall>(net->firewallId) : nullptr;
        if (!fw && net && !net->vpnConnectionIds.empty() && natBehindVpn(*net))
            return false;
        if (!fw) {
            if (classify(m_pkt.src) == AddressClass::Public)
                return arriveFromInternet();
            return block(ReasonCode::RouteNoMatch, net ? net->id : "on-premises",
                         ResourceKind::OnPremNetwork,
                         {texts::onPremNoEdge, {ipv4Text(m_pkt.src)}}, {texts::onPremNoEdgeFix});
        }
        for (const auto &b : m_bindings) {
            if (b.type == Binding::FirewallDnat && b.insideIp == m_pkt.src) {
                m_pkt.src = b.outsideIp;
                m_pkt.srcPorts = b.outsidePorts;
                hop(fw->id, ResourceKind::Firewall, HopAction::UnDnat, "source back to "
                                                                   + ipv4Text(b.outsideIp));
                m_crossedInternet = true;
                return arriveFromInternet();
            }
        }
        const Ipv4 outside = fw->snatIp ? *fw->snatIp
                                        : (fw->publicIps.empty() ? m_pkt.src : fw->publicIps.front());
        m_bindings.push_back(Binding{Binding::FirewallSnat, fw->id, m_pkt.src, m_pkt.srcPorts,
                                     outside, m_pkt.srcPorts});
        m_pkt.src = outside;
        hop(fw->id, ResourceKind::Firewall, HopAction::Snat, "source -> " + ipv4Text(outside));
        m_crossedInternet = true;
        return arriveFromInternet();
    }
    std::vector<const VpnConnection *> links;
    if (net)
        for (const auto &id : net->vpnConnectionIds)
            if (const auto *vpn = m_net.design.find<VpnConnection>(id))
                links.push_back(vpn);
    if (links.empty() && m_dir == Direction::Forward && m_source.vpn)
        links.push_back(m_source.vpn);
    if (links.empty() && m_lastVpn)
        links.push_back(m_lastVpn);
    const size_t blockers = blockerCount();
    for (const auto *vpn : links) {
        if (sendOverVpn(*vpn))
            return true;
        if (blockerCount() != blockers)
            return false;
    }
    return block(ReasonCode::VpnNoRoute, net ? net->id : "on-premises", ResourceKind::OnPremNetwork,
                 {texts::onPremNoRoute, {ipv4Text(m_pkt.dst)}},
                 {texts::onPremNoRouteFix, {ipv4Text(m_pkt.dst)}});
}

bool Walker::natBehindVpn(const OnPremNetwork &net)
{
    // R4.8: a VPC's NAT gateway never serves traffic that arrives over its VPN.
    for (const auto &id : net.vpnConnectionIds) {
        const auto *vpn = m_net.design.find<VpnConnection>(id);
        const auto *vgw = vpn ? m_net.design.find<VpnGateway>(vpn->vpnGatewayId) : nullptr;
        for (const auto &vpcId : vgw ? vgw->vpcIds : std::vector<std::string>()) {
            for (const auto &[natId, nat] : m_net.design.all<NatGateway>()) {
                if (nat.vpcId != vpcId)
                    continue;
                return !block(ReasonCode::NatSourceNotInVpc, nat.id, ResourceKind::NatGateway,
                              {texts::natBehindVpn, {ipv4Text(m_pkt.dst), vpn->id, nat.id, vpcId}},
                              {texts::natBehindVpnFix});
            }
        }
    }
    return false;
}

bool Walker::sendOverVpn(const VpnConnection &vpn)
{
    if (!vpn.transitGatewayId.empty()) {
        for (const auto &[id, att] : m_net.design.all<TgwAttachment>()) {
            if (att.resourceType != "vpn" || att.resourceId != vpn.id)
                continue;
            if (!checkVpnTunnels(vpn))
                return false;
            hop(vpn.id, ResourceKind::VpnConnection, HopAction::Forward, "IPsec tunnel");
            const auto *tgw = m_net.design.find<TransitGateway>(att.transitGatewayId);
            const auto &rt = att.associationRouteTableId.empty() && tgw
                                 ? tgw->defaultAssociationRouteTableId
                                 : att.associationRouteTableId;
            return routeInTgw(att.transitGatewayId, rt, "");
        }
        return false;
    }
    const auto *vgw = m_net.design.find<VpnGateway>(vpn.vpnGatewayId);
    if (!vgw)
        return false;
    for (const auto &vpcId : vgw->vpcIds) {
        const auto *vpc = m_net.vpcInfo(vpcId);
        if (!vpc || !vpc->vpc->contains(m_pkt.dst)) // R10.2: a VGW forwards to its VPC only
            continue;
        if (!checkVpnTunnels(vpn))
            return false;
        hop(vpn.id, ResourceKind::VpnConnection, HopAction::Forward, "IPsec tunnel");
        hop(vgw->id, ResourceKind::VpnGateway, HopAction::Forward, "into " + vpcId);
        return deliverLocal(*vpc, nullptr);
    }
    return false;
}

bool Walker::firewallInbound(const Firewall &fw)
{
    const auto *net = m_net.design.find<OnPremNetwork>(fw.onPremNetworkId);
    if (m_dir == Direction::Return) {
        for (const auto &b : m_bindings)
            if (b.type == Binding::FirewallSnat && b.outsideIp == m_pkt.dst) {
                m_pkt.dst = b.insideIp;
                hop(fw.id, ResourceKind::Firewall, HopAction::UnSnat, "tracked connection");
                return arriveOnPrem(net, fw.id);
            }
        return block(ReasonCode::FirewallDeny, fw.id, ResourceKind::Firewall,
                     {texts::firewallNoConnection}, {texts::checkReturnPathFix});
    }
    const uint16_t port = m_pkt.dstPorts.lo;
    const NatRule *nat = nullptr;
    for (const auto &rule : fw.natRules)
        if (rule.publicIp == m_pkt.dst && (rule.publicPort == 0 || rule.publicPort == port))
            nat = &rule;
    if (!nat)
        return block(ReasonCode::FirewallDeny, fw.id, ResourceKind::Firewall,
                     {texts::firewallNoForwarding, {fw.id, ipv4Text(m_pkt.dst), std::to_string(port)}},
                     {texts::firewallNoForwardingFix, {ipv4Text(m_pkt.dst), std::to_string(port)}});
    const Ipv4 inside = nat->privateIp;
    const uint16_t insidePort = nat->privatePort ? nat->privatePort : port;
    const FirewallRule *match = nullptr;
    for (const auto &rule : fw.rules)
        if (!match && rule.source.contains(m_pkt.src) && rule.destination.contains(inside)
            && rule.ports.contains(insidePort))
            match = &rule;
    if (!match || !match->allow) {
        Message seen(texts::firewallSees, {ipv4Text(m_pkt.src)});
        if (const auto *owner = m_net.publicOwner(m_pkt.src); owner && owner->type == PublicOwner::Mapped)
            seen.append(texts::firewallSeesAwsPublic);
        if (match)
            seen.append(texts::firewallRuleDenies, {match->description});
        else
            seen.append(texts::firewallNoRule);
        return block(ReasonCode::FirewallDeny, fw.id, ResourceKind::Firewall, std::move(seen),
                     {texts::firewallAllowFix, {ipv4Text(m_pkt.src), std::to_string(insidePort),
                                                ipv4Text(inside), fw.id}});
    }
    m_bindings.push_back(Binding{Binding::FirewallDnat, fw.id, inside, PortRange::single(insidePort),
                                 m_pkt.dst, m_pkt.dstPorts});
    m_pkt.dst = inside;
    m_pkt.dstPorts = PortRange::single(insidePort);
    hop(fw.id, ResourceKind::Firewall, HopAction::Dnat,
        ipv4Text(m_in.dst) + ":" + std::to_string(port) + " -> " + ipv4Text(inside) + ":"
            + std::to_string(insidePort));
    return arriveOnPrem(net, fw.id);
}

namespace {

bool routeToTransitGateway(Walker &w, const SubnetInfo &from, const Route &route, Origin)
{
    return w.viaTransitGateway(route.targetId, from);
}

} // namespace

extern constinit const WalkStep transitGatewayStep = {
    .name = "transit-gateway",
    .route = RouteTarget::TransitGateway,
    .viaRoute = routeToTransitGateway,
};

} // namespace mailpath::core
