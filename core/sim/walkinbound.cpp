// Flows that enter AWS from outside (AWS-SEMANTICS-2 §13): what the Internet cannot reach,
// the state of VPN tunnels, and what a verdict owes to routes learned over BGP, which no
// snapshot holds (R13.14, R13.18).

#include "reasontexts.h"
#include "walker.h"

#include "text.h"

#include <algorithm>

namespace mailpath::core {

namespace {

/** The Elastic IP or public IPv4 that maps to a private address, if any. */
std::optional<Ipv4> publicAddressOf(const CompiledNetwork &net, const VpcInfo &vpc, Ipv4 address)
{
    const auto *owner = net.ownerInVpc(vpc.vpc->id, address);
    if (!owner)
        return std::nullopt;
    if (owner->eni && owner->eni->publicIp)
        return owner->eni->publicIp;
    if (owner->node && owner->node->publicIp)
        return owner->node->publicIp;
    return std::nullopt;
}


bool isBgpAttachment(const Design &design, const TgwAttachment &att)
{
    if (att.resourceType == "direct-connect-gateway")
        return true;
    const auto *vpn = att.resourceType == "vpn" ? design.find<VpnConnection>(att.resourceId)
                                                : nullptr;
    return vpn && !vpn->staticRoutesOnly;
}

} // namespace

bool Walker::internetCannotReach()
{
    const Ipv4 dst = m_pkt.dst;
    const auto *vpc = m_net.vpcContaining(dst);
    if (!isPrivateRange(dst)) // R13.3: a public address no ENI, NLB or NAT gateway owns
        return block(ReasonCode::UnknownEndpoint, ipv4Text(dst), ResourceKind::InternetHost,
                     {texts::publicNobodyOwns, {ipv4Text(dst)}}, {texts::publicNobodyOwnsFix});
    Message detail(texts::internetToPrivate, {ipv4Text(dst)});
    Message fix(texts::internetToPrivateFix);
    std::string blame = ipv4Text(dst);
    ResourceKind kind = ResourceKind::InternetHost;
    if (vpc && vpc->igw) {
        blame = vpc->igw->id;
        kind = ResourceKind::InternetGateway;
        detail.append(texts::internetToPrivateIgw, {vpc->igw->id, vpc->vpc->id});
        if (const auto pub = publicAddressOf(m_net, *vpc, dst))
            fix = Message(texts::internetToPrivateMappedFix, {ipv4Text(*pub), ipv4Text(dst)});
    } else if (vpc) {
        detail.append(texts::internetToPrivateNoIgw, {vpc->vpc->id});
    }
    return block(ReasonCode::IgwPrivateDestination, blame, kind, std::move(detail),
                 std::move(fix));
}

bool Walker::checkVpnTunnels(const VpnConnection &vpn)
{
    const size_t down = vpn.tunnelsDown();
    if (down == 0)
        return true;
    std::string evidence;
    for (const auto &t : vpn.tunnels)
        evidence += (evidence.empty() ? "" : "; ") + t.outsideIp + " " + t.status
                    + (t.statusMessage.empty() ? "" : " (" + t.statusMessage + ")")
                    + (t.lastStatusChange.empty() ? "" : " since " + t.lastStatusChange);
    if (down < vpn.tunnels.size()) { // R13.12: traffic moves to the tunnel that is up
        Message w(texts::tunnelsSomeDown, {std::to_string(down),
                                            std::to_string(vpn.tunnels.size()), vpn.id, evidence});
        if (m_record && std::find(m_trace.warnings.begin(), m_trace.warnings.end(),
                                  englishText(w)) == m_trace.warnings.end())
            warning(std::move(w));
        return true;
    }
    // R13.13 (undocumented, recommendation): drop, never deliver silently.
    return block(ReasonCode::VpnTunnelsDown, vpn.id, ResourceKind::VpnConnection,
                 {texts::tunnelsAllDown, {vpn.id, evidence}}, {texts::tunnelsAllDownFix});
}

bool walksPast(ReasonCode reason)
{
    switch (reason) {
    case ReasonCode::SgEgressDeny:
    case ReasonCode::SgIngressDeny:
    case ReasonCode::NaclOutboundDeny:
    case ReasonCode::NaclInboundDeny:
    case ReasonCode::Op25bBlocked:
    case ReasonCode::VpnTunnelsDown:
    case ReasonCode::DxVifDown:
    case ReasonCode::SmtpRelayDenied:
    case ReasonCode::SmtpTlsRequired:
        return true;
    default:
        return false;
    }
}

bool Walker::vpnGatewayUnknown(const std::string &vgwId,
                               const std::vector<const VpnConnection *> &links)
{
    // Dead tunnels explain the drop before any prefix does (R13.13).
    const bool allDown = !links.empty() && std::all_of(links.begin(), links.end(), [](auto *v) {
        return !v->tunnels.empty() && v->tunnelsDown() == v->tunnels.size();
    });
    if (allDown) {
        hop(vgwId, ResourceKind::VpnGateway, HopAction::Forward);
        if (!checkVpnTunnels(*links.front()))
            return false;
    }
    const bool bgp = std::any_of(links.begin(), links.end(),
                                 [](auto *v) { return !v->staticRoutesOnly; });
    Message fix = bgp ? Message(texts::vgwNoPrefixBgpFix, {ipv4Text(m_pkt.dst)}) // R13.14
                      : Message(texts::vgwNoPrefixStaticFix);
    return block(ReasonCode::VpnNoRoute, vgwId, ResourceKind::VpnGateway,
                 {texts::vgwNoPrefix, {vgwId, ipv4Text(m_pkt.dst)}}, std::move(fix));
}

Message Walker::noRouteFix(const RouteTable &table) const
{
    const std::string dst = ipv4Text(m_pkt.dst);
    Message fix(texts::routeNoMatchFix, {dst, table.id});
    if (m_net.vpcContaining(m_pkt.dst))
        return fix;
    // An on-premises destination: the route back goes to the VPC's virtual private gateway.
    for (const auto &[id, vgw] : m_net.design.all<VpnGateway>()) {
        if (std::find(vgw.vpcIds.begin(), vgw.vpcIds.end(), table.vpcId) == vgw.vpcIds.end())
            continue;
        bool bgp = false;
        for (const auto &[vpnId, vpn] : m_net.design.all<VpnConnection>())
            bgp = bgp || (vpn.vpnGatewayId == id && !vpn.staticRoutesOnly);
        for (const auto &[gwId, gw] : m_net.design.all<DirectConnectGateway>())
            bgp = bgp || gw.associationWith(id); // DX routes are BGP-learned (R17.3)
        const std::string prefix = peerCidrText(m_pkt.dst, false);
        const bool propagating = std::find(table.propagatingVgwIds.begin(),
                                           table.propagatingVgwIds.end(), id)
                                 != table.propagatingVgwIds.end();
        if (propagating && !bgp) // R13.10: a static VPN's routes propagate into the table
            return {texts::vgwStaticPropagatedFix, {id, table.id, prefix}};
        if (bgp && propagating) // R13.14: the verdict hinges on prefixes a snapshot lacks
            return {texts::vgwBgpPropagatedFix, {id, dst, prefix}};
        return {texts::vgwRouteFix, {prefix, id, table.id}};
    }
    return fix;
}

Message Walker::tgwNoRouteFix(const std::string &routeTableId) const
{
    Message plain(texts::tgwRouteNoMatchFix, {routeTableId});
    const auto *table = m_net.design.find<TgwRouteTable>(routeTableId);
    if (!table || m_net.vpcContaining(m_pkt.dst))
        return plain;
    for (const auto &attId : table->propagationAttachmentIds) {
        const auto *att = m_net.design.find<TgwAttachment>(attId);
        if (!att || !isBgpAttachment(m_net.design, *att))
            continue;
        // R13.18: propagation is on; the prefixes themselves are learned over BGP.
        return {texts::tgwBgpFix, {att->id, att->resourceType, routeTableId, ipv4Text(m_pkt.dst)}};
    }
    return plain;
}

} // namespace mailpath::core
