// Direct Connect (AWS-SEMANTICS-2 §17): on-premises -> VIF -> DX gateway -> the associated VGW
// or TGW, and back. What AWS advertises to on-premises is the association's allowed prefixes
// (R17.2); what on-premises advertises to AWS is learned over BGP and in no snapshot (R17.3):
// MailPath takes the design's on-premises networks linked to the VIF and the VIF's own
// onPremPrefixes as that set, and says so on the trace.

#include "walker.h"

#include "core/model/lifecycle.h"
#include "text.h"

#include <algorithm>

namespace mailpath::core {

namespace {

std::string cidrList(const std::vector<Cidr> &cidrs)
{
    std::string out;
    for (const auto &c : cidrs)
        out += (out.empty() ? "" : ", ") + c.toString();
    return out.empty() ? "-" : out;
}

bool covers(const std::vector<Cidr> &prefixes, const Cidr &inner)
{
    return std::any_of(prefixes.begin(), prefixes.end(), [&](const Cidr &p) {
        return p.prefixLength() <= inner.prefixLength() && p.contains(inner.base());
    });
}

bool knows(const Design &design, const VirtualInterface &vif, Ipv4 address)
{
    const auto prefixes = onPremPrefixesOf(design, vif);
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [&](const Cidr &c) { return c.contains(address); })
           || vif.customerIp() == address;
}

std::string vlanText(const VirtualInterface &vif)
{
    return vif.type + " VIF, VLAN " + std::to_string(vif.vlan);
}

} // namespace

bool Walker::checkVif(const VirtualInterface &vif)
{
    const std::string evidence = vif.downEvidence();
    if (evidence.empty())
        return true;
    // R17.5 (undocumented, recommendation): drop, with the evidence, as for VPN tunnels.
    std::string peers;
    for (const auto &p : vif.bgpPeers)
        peers += (peers.empty() ? "" : ", ") + p.customerAddress;
    return block(ReasonCode::DxVifDown, vif.id, ResourceKind::VirtualInterface,
                 {texts::dxVifDown,
                  {vif.id, std::to_string(vif.vlan), vif.connectionId, evidence}},
                 {texts::dxVifDownFix, {vif.id, vif.connectionId,
                                        peers.empty() ? vif.customerAddress : peers}});
}

const VirtualInterface *Walker::dxLinkOf(const OnPremNetwork *net) const
{
    if (m_dir == Direction::Return)
        return m_lastVif;
    if (m_source.vif)
        return m_source.vif;
    for (const auto &id : net ? net->vpnConnectionIds : std::vector<std::string>())
        if (const auto *vif = m_net.design.find<VirtualInterface>(id))
            return vif;
    return nullptr;
}

bool Walker::sendOverDx(const VirtualInterface &vif)
{
    if (!checkVif(vif))
        return false;
    hop(vif.id, ResourceKind::VirtualInterface, HopAction::Forward, vlanText(vif));
    m_lastVif = &vif;
    if (vif.directConnectGatewayId.empty() && !vif.virtualGatewayId.empty()) {
        bool handled = false; // a private VIF straight on a VGW: the VPC CIDR, unfiltered
        const bool passed = enterVgwFromDx(nullptr, nullptr, vif.virtualGatewayId, &handled);
        if (handled)
            return passed;
        return block(ReasonCode::DxPrefixNotAllowed, vif.id, ResourceKind::VirtualInterface,
                     {texts::dxNoAssociation, {vif.id, ipv4Text(m_pkt.dst),
                                               vif.virtualGatewayId}},
                     {texts::dxNoAssociationFix, {vif.id, ipv4Text(m_pkt.dst)}});
    }
    const auto *gw = m_net.design.find<DirectConnectGateway>(vif.directConnectGatewayId);
    const std::string gone(gw ? m_net.goneState(gw->id) : "missing");
    if (!gone.empty())
        return block(ReasonCode::DxVifDown, vif.id, ResourceKind::VirtualInterface,
                     {texts::dxGatewayGone, {vif.id, vif.directConnectGatewayId, gone}},
                     {texts::dxNoVifFix, {vif.directConnectGatewayId}});
    hop(gw->id, ResourceKind::DirectConnectGateway, HopAction::Forward);
    for (const auto &assoc : gw->associations) {
        if (assoc.state != "associated")
            continue;
        if (assoc.isTransit()) {
            const bool allowed = std::any_of(assoc.allowedPrefixes.begin(),
                                             assoc.allowedPrefixes.end(),
                                             [&](const Cidr &c) { return c.contains(m_pkt.dst); });
            if (allowed) // R17.2: a TGW association advertises its allowed prefixes as they are
                return enterTgwFromDx(*gw, assoc);
            continue;
        }
        bool handled = false;
        const bool passed = enterVgwFromDx(gw, &assoc, assoc.gatewayId, &handled);
        if (handled)
            return passed;
    }
    return dxNotAdvertised(*gw);
}

bool Walker::enterVgwFromDx(const DirectConnectGateway *gw, const DxAssociation *assoc,
                            const std::string &vgwId, bool *handled)
{
    const auto *vgw = m_net.design.find<VpnGateway>(vgwId);
    for (const auto &vpcId : vgw ? vgw->vpcIds : std::vector<std::string>()) {
        const auto *vpc = m_net.vpcInfo(vpcId);
        const auto cidr = vpc ? std::find_if(vpc->vpc->cidrs.begin(), vpc->vpc->cidrs.end(),
                                             [&](const Cidr &c) { return c.contains(m_pkt.dst); })
                              : std::vector<Cidr>::const_iterator();
        if (!vpc || cidr == vpc->vpc->cidrs.end())
            continue;
        *handled = true;
        // R17.2: only the VPC CIDR is advertised, and only when an allowed prefix covers it.
        if (assoc && !covers(assoc->allowedPrefixes, *cidr))
            return block(ReasonCode::DxPrefixNotAllowed, gw->id,
                         ResourceKind::DirectConnectGateway,
                         {texts::dxPrefixNotAllowedVgw,
                          {gw->id, cidr->toString(), vpcId, ipv4Text(m_pkt.dst), assoc->id,
                           vgwId, cidrList(assoc->allowedPrefixes)}},
                         {texts::dxPrefixNotAllowedFix, {cidr->toString(), assoc->id}});
        hop(vgwId, ResourceKind::VpnGateway, HopAction::Forward, "into " + vpcId);
        return deliverLocal(*vpc, nullptr);
    }
    return false;
}

bool Walker::enterTgwFromDx(const DirectConnectGateway &gw, const DxAssociation &assoc)
{
    const auto *tgw = m_net.design.find<TransitGateway>(assoc.gatewayId);
    for (const auto &[id, att] : m_net.design.all<TgwAttachment>()) {
        if (att.resourceType != "direct-connect-gateway" || att.resourceId != gw.id
            || att.transitGatewayId != assoc.gatewayId)
            continue;
        hop(att.id, ResourceKind::TgwAttachment, HopAction::Forward, "into " + assoc.gatewayId);
        const auto &rt = att.associationRouteTableId.empty() && tgw
                             ? tgw->defaultAssociationRouteTableId
                             : att.associationRouteTableId;
        return routeInTgw(assoc.gatewayId, rt, "");
    }
    // The association exists, its attachment record is not in the design: the default table.
    hop(assoc.id, ResourceKind::DirectConnectGateway, HopAction::Forward,
        "into " + assoc.gatewayId);
    return routeInTgw(assoc.gatewayId, tgw ? tgw->defaultAssociationRouteTableId : "", "");
}

bool Walker::dxNotAdvertised(const DirectConnectGateway &gw)
{
    const std::string dst = ipv4Text(m_pkt.dst);
    for (const auto &assoc : gw.associations) {
        if (!assoc.isTransit() || assoc.state != "associated")
            continue;
        for (const auto &[id, att] : m_net.design.all<TgwAttachment>()) {
            const auto *vpc = att.resourceType == "vpc" && att.transitGatewayId == assoc.gatewayId
                                  ? m_net.design.find<Vpc>(att.resourceId)
                                  : nullptr;
            if (!vpc || !vpc->contains(m_pkt.dst))
                continue;
            return block(ReasonCode::DxPrefixNotAllowed, gw.id, ResourceKind::DirectConnectGateway,
                         {texts::dxPrefixNotAllowedTgw, {gw.id, dst, assoc.id, assoc.gatewayId,
                                                         cidrList(assoc.allowedPrefixes)}},
                         {texts::dxPrefixNotAllowedFix, {dst, assoc.id}});
        }
    }
    std::string list;
    for (const auto &assoc : gw.associations)
        list += (list.empty() ? "" : ", ") + assoc.gatewayId + " " + assoc.state + " ["
                + cidrList(assoc.allowedPrefixes) + "]";
    return block(ReasonCode::DxPrefixNotAllowed, gw.id, ResourceKind::DirectConnectGateway,
                 {texts::dxNoAssociation, {gw.id, dst, list.empty() ? "-" : list}},
                 {texts::dxNoAssociationFix, {gw.id, dst}});
}

const VirtualInterface *Walker::dxBehindVgw(const std::string &vgwId, bool anyKnown) const
{
    const VirtualInterface *any = nullptr;
    for (const auto &[id, vif] : m_net.design.all<VirtualInterface>()) {
        if (!m_net.goneState(id).empty())
            continue;
        const auto *gw = m_net.design.find<DirectConnectGateway>(vif.directConnectGatewayId);
        const auto *assoc = gw ? gw->associationWith(vgwId) : nullptr;
        const bool linked = vif.virtualGatewayId == vgwId
                            || (assoc && assoc->state == "associated");
        if (!linked)
            continue;
        if (knows(m_net.design, vif, m_pkt.dst))
            return &vif;
        any = any ? any : &vif;
    }
    return anyKnown ? any : nullptr;
}

bool Walker::leaveOverVif(const VirtualInterface &vif)
{
    if (!checkVif(vif))
        return false;
    hop(vif.id, ResourceKind::VirtualInterface, HopAction::Forward, vlanText(vif));
    m_lastVif = &vif;
    const auto *net = onPremNetworkOf(m_net.design, vif, m_pkt.dst);
    return arriveOnPrem(net ? net : m_net.onPremContaining(m_pkt.dst), vif.id);
}

bool Walker::vgwToDx(const std::string &vgwId, const VirtualInterface &vif)
{
    hop(vgwId, ResourceKind::VpnGateway, HopAction::Forward, "to Direct Connect");
    if (const auto *gw = m_net.design.find<DirectConnectGateway>(vif.directConnectGatewayId))
        hop(gw->id, ResourceKind::DirectConnectGateway, HopAction::Forward);
    return leaveOverVif(vif);
}

bool Walker::vgwDxUnknown(const std::string &vgwId, const VirtualInterface &vif)
{
    const std::string &gwId = vif.directConnectGatewayId.empty() ? vif.id
                                                                 : vif.directConnectGatewayId;
    // R17.1: a DX gateway never carries traffic from one association to another.
    if (const auto *gw = m_net.design.find<DirectConnectGateway>(gwId)) {
        for (const auto &assoc : gw->associations) {
            const auto *other = m_net.design.find<VpnGateway>(assoc.gatewayId);
            for (const auto &vpcId : other && assoc.gatewayId != vgwId ? other->vpcIds
                                                                      : std::vector<std::string>())
                if (const auto *vpc = m_net.design.find<Vpc>(vpcId);
                    vpc && vpc->contains(m_pkt.dst))
                    return block(ReasonCode::VpnNoRoute, vgwId, ResourceKind::VpnGateway,
                                 {texts::dxNotTransitive, {vgwId, ipv4Text(m_pkt.dst), gw->id,
                                                           assoc.gatewayId}},
                                 {texts::dxNotTransitiveFix});
        }
    }
    return block(ReasonCode::VpnNoRoute, vgwId, ResourceKind::VpnGateway,
                 {texts::dxUnknownPrefix, {vgwId, ipv4Text(m_pkt.dst), gwId}},
                 {texts::dxUnknownPrefixFix, {ipv4Text(m_pkt.dst), vif.id}});
}

bool Walker::tgwToDx(const TgwAttachment &att, const std::string &routeTableId,
                     const Cidr &matched, bool propagated)
{
    const auto *gw = m_net.design.find<DirectConnectGateway>(att.resourceId);
    hop(att.id, ResourceKind::TgwAttachment, HopAction::Forward, "to " + att.resourceId);
    if (const auto *vpc = m_net.vpcContaining(m_pkt.dst)) // never on-premises: a hairpin
        return block(ReasonCode::TgwRouteNoMatch, routeTableId, ResourceKind::TgwRouteTable,
                     {texts::dxHairpin, {routeTableId, ipv4Text(m_pkt.dst), vpc->vpc->id,
                                         matched.toString(), gw->id}},
                     {texts::dxHairpinFix, {vpc->vpc->id, routeTableId}});
    hop(gw->id, ResourceKind::DirectConnectGateway, HopAction::Forward);
    const VirtualInterface *chosen = nullptr;
    const VirtualInterface *fallback = nullptr;
    for (const auto &[id, vif] : m_net.design.all<VirtualInterface>()) {
        if (vif.directConnectGatewayId != gw->id || !m_net.goneState(id).empty())
            continue;
        if (!chosen && knows(m_net.design, vif, m_pkt.dst))
            chosen = &vif;
        fallback = fallback ? fallback : &vif;
    }
    if (!chosen && !fallback)
        return block(ReasonCode::DxVifDown, gw->id, ResourceKind::DirectConnectGateway,
                     {texts::dxNoVif, {gw->id, ipv4Text(m_pkt.dst)}},
                     {texts::dxNoVifFix, {gw->id}});
    const auto &vif = chosen ? *chosen : *fallback;
    if (!chosen)
        note({texts::dxAddressAssumed, {gw->id, ipv4Text(m_pkt.dst), routeTableId}});
    else if (propagated) // R17.3: the TGW learned this route over BGP; no snapshot holds it
        note({texts::dxBgpAssumed, {cidrList(onPremPrefixesOf(m_net.design, vif)), vif.id}});
    return leaveOverVif(vif);
}

} // namespace mailpath::core
