#pragma once

#include <optional>
#include <string_view>

namespace mailpath::core {

/** Why a flow was blocked. The names are a stable contract: never rename, only add. */
enum class ReasonCode {
    None,
    SgEgressDeny,                 //!< SG_EGRESS_DENY
    SgIngressDeny,                //!< SG_INGRESS_DENY
    NaclOutboundDeny,             //!< NACL_OUTBOUND_DENY
    NaclInboundDeny,              //!< NACL_INBOUND_DENY
    RouteNoMatch,                 //!< ROUTE_NO_MATCH
    RouteBlackhole,               //!< ROUTE_BLACKHOLE
    Op25bBlocked,                 //!< OP25B_BLOCKED
    NoListener,                   //!< NO_LISTENER
    IgwNoPublicIp,                //!< IGW_NO_PUBLIC_IP
    IgwPrivateDestination,        //!< IGW_PRIVATE_DESTINATION
    PrivateNatToIgw,              //!< PRIVATE_NAT_TO_IGW
    NatSourceNotInVpc,            //!< NAT_SOURCE_NOT_IN_VPC
    PeeringDestinationNotInPeer,  //!< PEERING_DESTINATION_NOT_IN_PEER
    TgwNoAttachmentInAz,          //!< TGW_NO_ATTACHMENT_IN_AZ
    TgwRouteNoMatch,              //!< TGW_ROUTE_NO_MATCH
    TgwRouteBlackhole,            //!< TGW_ROUTE_BLACKHOLE
    VpnNoRoute,                   //!< VPN_NO_ROUTE
    NlbNoListener,                //!< NLB_NO_LISTENER
    NlbNoHealthyTarget,           //!< NLB_NO_HEALTHY_TARGET
    NlbTargetNotAllowed,          //!< NLB_TARGET_NOT_ALLOWED
    EndpointPortUnsupported,      //!< ENDPOINT_PORT_UNSUPPORTED
    FirewallDeny,                 //!< FIREWALL_DENY
    SmtpRelayDenied,              //!< SMTP_RELAY_DENIED
    SmtpTlsRequired,              //!< SMTP_TLS_REQUIRED
    RoutingLoop,                  //!< ROUTING_LOOP
    UnknownEndpoint,              //!< UNKNOWN_ENDPOINT
    NatNoInboundMapping,          //!< NAT_NO_INBOUND_MAPPING: unsolicited inbound to a NAT/IGW address
    SourceDestCheckOn,            //!< SOURCE_DEST_CHECK_ON: a route's instance/ENI target drops transit traffic
    LbNoHealthyTarget,            //!< LB_NO_HEALTHY_TARGET: a Classic Load Balancer with no InService instance
    VpnTunnelsDown,               //!< VPN_TUNNELS_DOWN: both tunnels of a VPN connection are DOWN
    AsymmetricReturn,             //!< ASYMMETRIC_RETURN: a reply meets an inspection point the request did not
    NetworkFirewallDeny,          //!< NETWORK_FIREWALL_DENY: an AWS Network Firewall rule or default drops it
    GwlbNoHealthyTarget,          //!< GWLB_NO_HEALTHY_TARGET: a Gateway Load Balancer with no healthy appliance
    TgwPeeringNotAvailable,       //!< TGW_PEERING_NOT_AVAILABLE: a peering attachment not accepted / not available
    SesIdentityUnverified,        //!< SES_IDENTITY_UNVERIFIED: MAIL FROM has no verified identity
    SesSandboxRecipient,          //!< SES_SANDBOX_RECIPIENT: sandbox, recipient not verified
    SesSendingDisabled,           //!< SES_SENDING_DISABLED: account or configuration set paused
    SesIpFilterDeny,              //!< SES_IP_FILTER_DENY: a receipt IP filter blocks the sender
    DxVifDown,                    //!< DX_VIF_DOWN: a Direct Connect virtual interface not available / BGP down
    DxPrefixNotAllowed,           //!< DX_PREFIX_NOT_ALLOWED: AWS does not advertise the VPC side to on-prem
};

std::string_view toString(ReasonCode code);
std::optional<ReasonCode> reasonFromString(std::string_view text);

} // namespace mailpath::core
