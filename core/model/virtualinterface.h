#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

/** One BGP session of a virtual interface as describe-virtual-interfaces saw it. */
struct DxBgpPeer
{
    int64_t asn = 0;
    std::string amazonAddress;   //!< "169.254.10.1/30"
    std::string customerAddress; //!< "169.254.10.2/30"
    std::string state = "available"; //!< bgpPeerState
    std::string bgpStatus = "up";    //!< up | down | unknown

    friend bool operator==(const DxBgpPeer &, const DxBgpPeer &) = default;
};

MAILPATH_DECLARE_JSON(DxBgpPeer);

/** A private or transit Direct Connect virtual interface: the on-premises side of DX. */
struct VirtualInterface
{
    static constexpr ResourceKind kind = ResourceKind::VirtualInterface;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string type = "private"; //!< private | transit | public
    std::string state = "available";
    int64_t vlan = 0;
    int64_t asn = 0; //!< the customer side
    std::string connectionId;
    std::string directConnectGatewayId;
    std::string virtualGatewayId; //!< a private VIF attached to a VGW without a DX gateway
    std::string amazonAddress;
    std::string customerAddress;
    /** What the customer router advertises to AWS over BGP (no snapshot holds it, R17.3). */
    std::vector<Cidr> onPremPrefixes;
    std::vector<DxBgpPeer> bgpPeers;

    /** Why no traffic passes (state not available, or every BGP peer down); empty: it may. */
    std::string downEvidence() const;
    /** The customer's address on the link, if given. */
    std::optional<Ipv4> customerIp() const;

    friend bool operator==(const VirtualInterface &, const VirtualInterface &) = default;
};

MAILPATH_DECLARE_JSON(VirtualInterface);

class Design;
struct OnPremNetwork;

/**
 * The on-premises prefixes behind a VIF, as MailPath takes them (BGP-learned routes are in no
 * snapshot, R17.3): the cidrs of the design's on-premises networks that list the VIF among
 * their links, then the VIF's own onPremPrefixes. The /30 link address is not one (R17.2).
 */
std::vector<Cidr> onPremPrefixesOf(const Design &design, const VirtualInterface &vif);
/** The on-premises network linked to the VIF that holds address, or null. */
const OnPremNetwork *onPremNetworkOf(const Design &design, const VirtualInterface &vif,
                                     Ipv4 address);

} // namespace mailpath::core
