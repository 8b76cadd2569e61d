#pragma once

// The sentences of flows entering AWS, centralised inspection, IGW edge routing and Direct
// Connect; part of the catalogue of reasontexts.h (include that), kept apart by subject.

#include "message.h"

namespace mailpath::core::texts {

// Flows entering AWS (UNKNOWN_ENDPOINT, IGW_PRIVATE_DESTINATION, VPN_TUNNELS_DOWN, VPN_NO_ROUTE)
inline constexpr TextTemplate publicNobodyOwns = MP_TEXT("UNKNOWN_ENDPOINT",
    "%1 is a public address that nothing in the design owns (no Elastic IP, public IPv4, load "
    "balancer or NAT gateway): the connection never enters AWS");
inline constexpr TextTemplate publicNobodyOwnsFix = MP_TEXT("UNKNOWN_ENDPOINT",
    "send to the Elastic IP or public DNS name of the receiving instance or internet-facing load "
    "balancer, or add the host to the design");
inline constexpr TextTemplate internetToPrivate = MP_TEXT("IGW_PRIVATE_DESTINATION",
    "%1 is a private (RFC 1918 / RFC 6598) address: the Internet cannot route it");
inline constexpr TextTemplate internetToPrivateIgw = MP_TEXT("IGW_PRIVATE_DESTINATION",
    "; internet gateway %1 translates only public IPv4 and Elastic IPs 1:1 to the private "
    "addresses of %2");
inline constexpr TextTemplate internetToPrivateNoIgw =
    MP_TEXT("IGW_PRIVATE_DESTINATION", "; %1 has no internet gateway");
inline constexpr TextTemplate internetToPrivateFix = MP_TEXT("IGW_PRIVATE_DESTINATION",
    "send to a public address: give the receiver an Elastic IP, or publish it through an "
    "internet-facing load balancer");
inline constexpr TextTemplate internetToPrivateMappedFix = MP_TEXT("IGW_PRIVATE_DESTINATION",
    "send to %1, the public address that maps to %2");
inline constexpr TextTemplate tunnelsSomeDown = MP_TEXT("warnings",
    "%1 of %2 tunnels of %3 are DOWN in the snapshot (%4); the flow uses the other, with no "
    "redundancy left");
inline constexpr TextTemplate tunnelsAllDown = MP_TEXT("VPN_TUNNELS_DOWN",
    "every tunnel of VPN connection %1 is DOWN in the snapshot's telemetry (%2), so nothing "
    "crosses it in either direction; the telemetry is a point-in-time view");
inline constexpr TextTemplate tunnelsAllDownFix = MP_TEXT("VPN_TUNNELS_DOWN",
    "bring a tunnel up: check the customer gateway's IKE/IPsec settings and pre-shared keys for "
    "the tunnel outside addresses, then take a new snapshot");
inline constexpr TextTemplate vgwRouteFix = MP_TEXT("ROUTE_NO_MATCH",
    "add a route %1 -> %2 to %3, or enable route propagation from %2 on it");
inline constexpr TextTemplate vgwStaticPropagatedFix = MP_TEXT("ROUTE_NO_MATCH",
    "propagation from %1 is on, so the VPN's static routes appear in %2: add %3 to the static "
    "routes of the VPN connection, or add a route %3 -> %1 to %2");
inline constexpr TextTemplate vgwBgpPropagatedFix = MP_TEXT("ROUTE_NO_MATCH",
    "this verdict depends on routes learned over BGP, which a snapshot does not hold: "
    "propagation from %1 is on, so check that the customer gateway advertises a prefix covering "
    "%2 (the VPN's accepted route count), or add a static route %3 -> %1");
inline constexpr TextTemplate vgwNoPrefix = MP_TEXT("VPN_NO_ROUTE",
    "virtual private gateway %1 knows no route to %2 (no static route or BGP prefix of its VPN "
    "connections covers it)");
inline constexpr TextTemplate vgwNoPrefixStaticFix = MP_TEXT("VPN_NO_ROUTE",
    "add a static route for the on-premises prefix to the VPN connection, or advertise it over "
    "BGP");
inline constexpr TextTemplate vgwNoPrefixBgpFix = MP_TEXT("VPN_NO_ROUTE",
    "this verdict depends on routes learned over BGP, which a snapshot does not hold: check that "
    "the customer gateway advertises a prefix covering %1 (the tunnels' accepted route count), "
    "or add a static route for it");

// Centralised inspection (ASYMMETRIC_RETURN, NETWORK_FIREWALL_DENY, GWLB_NO_HEALTHY_TARGET)
inline constexpr TextTemplate asymmetricNeverPassed = MP_TEXT("ASYMMETRIC_RETURN",
    "the reply reaches %1 of %2, but the request never passed it: stateful inspection drops a "
    "flow it did not see open");
inline constexpr TextTemplate asymmetricPassedOther = MP_TEXT("ASYMMETRIC_RETURN",
    "the reply reaches %1 of %2, but the request passed %3: stateful inspection drops a flow it "
    "did not see open");
inline constexpr TextTemplate asymmetricNoApplianceMode = MP_TEXT("ASYMMETRIC_RETURN",
    "; without appliance mode the transit gateway keeps each direction in the AZ where it "
    "entered");
inline constexpr TextTemplate asymmetricNoApplianceModeFix = MP_TEXT("ASYMMETRIC_RETURN",
    "enable appliance mode (ApplianceModeSupport) on attachment %1 so that both directions use "
    "one AZ of %2");
inline constexpr TextTemplate asymmetricRouteTable = MP_TEXT("ASYMMETRIC_RETURN",
    "; route table %1 sends the reply to another endpoint");
inline constexpr TextTemplate asymmetricRouteTableFix =
    MP_TEXT("ASYMMETRIC_RETURN", "route the reply in %1 to %2");
inline constexpr TextTemplate firewallEndpointWhat = MP_TEXT("words", "firewall endpoint %1");
inline constexpr TextTemplate applianceWhat = MP_TEXT("words", "appliance %1");
inline constexpr TextTemplate firewallNotReady =
    MP_TEXT("ROUTE_BLACKHOLE", "firewall endpoint %1 of %2 is not ready");
inline constexpr TextTemplate firewallNotReadyFix = MP_TEXT("ROUTE_BLACKHOLE",
    "wait for the firewall to be READY, or fix its subnet mapping");
inline constexpr TextTemplate gwlbEndpointUnconnected = MP_TEXT("ROUTE_BLACKHOLE",
    "GWLB endpoint %1 has no Gateway Load Balancer or subnet");
inline constexpr TextTemplate gwlbEndpointUnconnectedFix = MP_TEXT("ROUTE_BLACKHOLE",
    "connect the endpoint to a Gateway Load Balancer's endpoint service");
inline constexpr TextTemplate nfwReplyDropped =
    MP_TEXT("NETWORK_FIREWALL_DENY", "the reply is dropped by %1");
inline constexpr TextTemplate nfwReplyDroppedFix = MP_TEXT("NETWORK_FIREWALL_DENY",
    "add a stateless rule passing the reply, or forward it to the stateful engine "
    "(aws:forward_to_sfe)");
inline constexpr TextTemplate nfwDrops =
    MP_TEXT("NETWORK_FIREWALL_DENY", "firewall %1 (endpoint %2) drops TCP %3: %4");
inline constexpr TextTemplate nfwDefaultFix = MP_TEXT("NETWORK_FIREWALL_DENY",
    "add a rule passing TCP %1 to %2, or change the default action %3");
inline constexpr TextTemplate nfwRuleFix = MP_TEXT("NETWORK_FIREWALL_DENY",
    "change or remove the rule in rule group %1 so that it passes TCP %2");
inline constexpr TextTemplate nfwWarning = MP_TEXT("warnings", "%1: %2");
inline constexpr TextTemplate gwlbNoHealthy = MP_TEXT("GWLB_NO_HEALTHY_TARGET",
    "Gateway Load Balancer %1 has no healthy appliance");
inline constexpr TextTemplate gwlbNoHealthyInAz = MP_TEXT("GWLB_NO_HEALTHY_TARGET",
    "Gateway Load Balancer %1 has no healthy appliance in %2");
inline constexpr TextTemplate gwlbNoHealthyFix = MP_TEXT("GWLB_NO_HEALTHY_TARGET",
    "fix the appliances' health checks (GENEVE 6081, health check port), or register a healthy "
    "appliance");
inline constexpr TextTemplate gwlbNoHealthyInAzFix = MP_TEXT("GWLB_NO_HEALTHY_TARGET",
    "fix the appliances' health checks (GENEVE 6081, health check port), or register a healthy "
    "appliance in %1");

// IGW edge (ingress) route tables (R1.9, R1.10, R16.7)
inline constexpr TextTemplate hopEdgeTable = MP_TEXT("hops", "edge route table of %1");
inline constexpr TextTemplate edgeTargetNotAllowed = MP_TEXT("ROUTE_BLACKHOLE",
    "edge route table %1 sends %2 to %3, which a gateway route table cannot target (only "
    "local, a network interface or a Gateway Load Balancer endpoint)");
inline constexpr TextTemplate edgeTargetNotAllowedFix = MP_TEXT("ROUTE_BLACKHOLE",
    "route %1 in %2 to local, a network interface or a Gateway Load Balancer endpoint");
inline constexpr TextTemplate replyBypassNoEdge = MP_TEXT("ASYMMETRIC_RETURN",
    "the request passed %1, but the reply enters through %2, which has no edge route table: it "
    "goes straight to %3 and the inspection never sees it");
inline constexpr TextTemplate replyBypassEdge = MP_TEXT("ASYMMETRIC_RETURN",
    "the request passed %1, but the reply enters through %2 and edge route table %3 sends it "
    "straight to %4: the inspection never sees it");
inline constexpr TextTemplate replyBypassToIgw = MP_TEXT("ASYMMETRIC_RETURN",
    "the request passed %1, but route table %2 sends the reply straight to the internet "
    "gateway: the inspection never sees it");
inline constexpr TextTemplate asymmetricIngress = MP_TEXT("ASYMMETRIC_RETURN",
    "; the request entered through %1 and went straight to the VPC (no edge route to the "
    "endpoint)");
inline constexpr TextTemplate edgeAssociateFix = MP_TEXT("ASYMMETRIC_RETURN",
    "associate a route table with %1 (edge association) with the route %2 -> %3");
inline constexpr TextTemplate edgeRouteFix = MP_TEXT("ASYMMETRIC_RETURN",
    "add the route %1 -> %2 to edge route table %3");

// Direct Connect (DX_VIF_DOWN, DX_PREFIX_NOT_ALLOWED; AWS-SEMANTICS-2 §17)
inline constexpr TextTemplate dxVifDown = MP_TEXT("DX_VIF_DOWN",
    "virtual interface %1 (VLAN %2, connection %3) carries no traffic in either direction: %4");
inline constexpr TextTemplate dxVifDownFix = MP_TEXT("DX_VIF_DOWN",
    "bring %1 up: check connection %2 and the BGP session on the customer router (ASN, peer "
    "addresses %3, MD5 key), then take a new snapshot");
inline constexpr TextTemplate dxNoVif = MP_TEXT("DX_VIF_DOWN",
    "Direct Connect gateway %1 has no usable virtual interface towards %2");
inline constexpr TextTemplate dxNoVifFix = MP_TEXT("DX_VIF_DOWN",
    "attach a private or transit virtual interface to %1, or replace the deleted one");
inline constexpr TextTemplate dxGatewayGone = MP_TEXT("DX_VIF_DOWN",
    "virtual interface %1 is attached to Direct Connect gateway %2, which is %3 or not in the "
    "design");
inline constexpr TextTemplate dxPrefixNotAllowedVgw = MP_TEXT("DX_PREFIX_NOT_ALLOWED",
    "Direct Connect gateway %1 does not advertise %2 (the CIDR of %3 holding %4) to "
    "on-premises: no allowed prefix of association %5 with %6 covers the whole CIDR (allowed: "
    "%7); for a virtual private gateway only the VPC CIDR itself is advertised");
inline constexpr TextTemplate dxPrefixNotAllowedTgw = MP_TEXT("DX_PREFIX_NOT_ALLOWED",
    "Direct Connect gateway %1 does not advertise %2 to on-premises: no allowed prefix of "
    "association %3 with %4 covers it (allowed: %5)");
inline constexpr TextTemplate dxPrefixNotAllowedFix = MP_TEXT("DX_PREFIX_NOT_ALLOWED",
    "add %1 (or a prefix covering it) to the allowed prefixes of association %2 (aws "
    "directconnect update-direct-connect-gateway-association)");
inline constexpr TextTemplate dxNoAssociation = MP_TEXT("DX_PREFIX_NOT_ALLOWED",
    "no association of Direct Connect gateway %1 reaches %2 (associations: %3), so nothing is "
    "advertised to on-premises for it");
inline constexpr TextTemplate dxNoAssociationFix = MP_TEXT("DX_PREFIX_NOT_ALLOWED",
    "associate %1 with the virtual private gateway or transit gateway that reaches %2, with an "
    "allowed prefix covering it");
inline constexpr TextTemplate dxHairpin = MP_TEXT("TGW_ROUTE_NO_MATCH",
    "%1 has no route to %2 (in %3): the only match, %4, leads back to Direct Connect gateway %5 "
    "the packet came from");
inline constexpr TextTemplate dxHairpinFix = MP_TEXT("TGW_ROUTE_NO_MATCH",
    "enable propagation from the attachment of %1 into %2, or add a static route for it");
inline constexpr TextTemplate dxNotTransitive = MP_TEXT("VPN_NO_ROUTE",
    "%1 reaches %2 only through Direct Connect gateway %3, and a Direct Connect gateway never "
    "passes traffic between two of its associations (%2 is behind %4)");
inline constexpr TextTemplate dxNotTransitiveFix = MP_TEXT("VPN_NO_ROUTE",
    "connect the two VPCs with a peering connection or a transit gateway");
inline constexpr TextTemplate dxUnknownPrefix = MP_TEXT("VPN_NO_ROUTE",
    "virtual private gateway %1 knows no route to %2: no on-premises prefix behind Direct "
    "Connect gateway %3 covers it");
inline constexpr TextTemplate dxUnknownPrefixFix = MP_TEXT("VPN_NO_ROUTE",
    "this verdict depends on routes learned over BGP, which a snapshot does not hold: check "
    "that the customer router advertises a prefix covering %1 over %2, and add that on-premises "
    "network to the design");
inline constexpr TextTemplate dxBgpAssumed = MP_TEXT("notes",
    "routes learned over BGP are not in a snapshot: MailPath takes %1 as the on-premises "
    "prefixes behind %2 (the design's on-premises networks linked to it, its route filter "
    "prefixes); the verdict holds if the customer router advertises them");
inline constexpr TextTemplate dxAddressAssumed = MP_TEXT("notes",
    "no on-premises prefix of %1 covers %2: MailPath assumes it is behind %1 because %3 routes "
    "it there");

} // namespace mailpath::core::texts
