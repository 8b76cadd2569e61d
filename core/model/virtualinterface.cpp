#include "virtualinterface.h"

#include "design.h"

#include <algorithm>

namespace mailpath::core {

MAILPATH_DEFINE_JSON(DxBgpPeer, asn, amazonAddress, customerAddress, state, bgpStatus)

MAILPATH_DEFINE_JSON(VirtualInterface, id, name, tags, type, state, vlan, asn, connectionId,
                     directConnectGatewayId, virtualGatewayId, amazonAddress, customerAddress,
                     onPremPrefixes, bgpPeers)

std::string VirtualInterface::downEvidence() const
{
    if (state != "available")
        return "state " + state;
    if (bgpPeers.empty())
        return {};
    std::string evidence;
    for (const auto &p : bgpPeers) {
        if (p.bgpStatus == "up" && p.state == "available")
            return {};
        evidence += (evidence.empty() ? "" : "; ") + std::string("BGP peer ")
                    + (p.customerAddress.empty() ? std::to_string(p.asn) : p.customerAddress)
                    + " " + p.bgpStatus + " (" + p.state + ")";
    }
    return evidence;
}

std::optional<Ipv4> VirtualInterface::customerIp() const
{
    const std::string text = customerAddress.substr(0, customerAddress.find('/'));
    return text.empty() ? std::nullopt : parseIpv4(text);
}

std::vector<Cidr> onPremPrefixesOf(const Design &design, const VirtualInterface &vif)
{
    std::vector<Cidr> result;
    for (const auto &[netId, net] : design.all<OnPremNetwork>())
        if (std::find(net.vpnConnectionIds.begin(), net.vpnConnectionIds.end(), vif.id)
            != net.vpnConnectionIds.end())
            result.insert(result.end(), net.cidrs.begin(), net.cidrs.end());
    for (const auto &c : vif.onPremPrefixes)
        if (std::find(result.begin(), result.end(), c) == result.end())
            result.push_back(c);
    return result;
}

const OnPremNetwork *onPremNetworkOf(const Design &design, const VirtualInterface &vif,
                                     Ipv4 address)
{
    for (const auto &[netId, net] : design.all<OnPremNetwork>())
        if (std::find(net.vpnConnectionIds.begin(), net.vpnConnectionIds.end(), vif.id)
            != net.vpnConnectionIds.end())
            for (const auto &c : net.cidrs)
                if (c.contains(address))
                    return &net;
    return nullptr;
}

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    // Drawn in the on-premises network that names it as one of its links.
    for (const auto &[netId, net] : design.all<OnPremNetwork>())
        for (const auto &link : net.vpnConnectionIds)
            if (link == id)
                return {netId};
    return {};
}

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *v = design.find<VirtualInterface>(id);
    return v->type + " VLAN " + std::to_string(v->vlan);
}

} // namespace

constinit const KindTraits VirtualInterface::traits = {
    .kind = VirtualInterface::kind,
    .name = "virtual-interface",
    .idPrefix = "dxvif",
    .title = "Direct Connect virtual interface",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
