#pragma once

// Every human sentence of the simulator, in one place per reason code: the detail (what
// happened) and the fix (what to change), then notes, warnings and hop notes. Arguments are
// %1..%9 (ids, addresses, port ranges; never words). The context is the reason code, so a
// translator sees which block a sentence explains. To add a code's texts: add its templates
// here under its code and raise it with block(code, resource, kind, {texts::x, {args}},
// {texts::xFix, {args}}); then `cmake --build build --target update_translations` and translate
// the new entries of resources/translations/mailpath_ja.ts.

#include "message.h"

namespace mailpath::core::texts {

// Words used as arguments of other sentences.
inline constexpr TextTemplate noSecurityGroup = MP_TEXT("words", "no security group");
inline constexpr TextTemplate noAz = MP_TEXT("words", "no AZ");
inline constexpr TextTemplate clauseSeparator = MP_TEXT("words", "; ");
inline constexpr TextTemplate securityGroupOf = MP_TEXT("words", "a security group of %1");
inline constexpr TextTemplate aclPortsAllowed = MP_TEXT("words", "ports %1 allowed by rule %2");
inline constexpr TextTemplate aclPortsDenied = MP_TEXT("words", "ports %1 denied by rule %2");

// SG_EGRESS_DENY / SG_INGRESS_DENY
inline constexpr TextTemplate sgEgressDeny =
    MP_TEXT("SG_EGRESS_DENY", "no rule of %1 on %2 allows outbound TCP %3 to %4");
inline constexpr TextTemplate sgEgressDenyFix =
    MP_TEXT("SG_EGRESS_DENY", "add an outbound rule to %1: allow TCP %2 to %3");
inline constexpr TextTemplate sgIngressDeny =
    MP_TEXT("SG_INGRESS_DENY", "no rule of %1 on %2 allows inbound TCP %3 from %4");
inline constexpr TextTemplate sgIngressDenyFix =
    MP_TEXT("SG_INGRESS_DENY", "add an inbound rule to %1: allow TCP %2 from %3");
inline constexpr TextTemplate sgBehindClassicLb = MP_TEXT("SG_INGRESS_DENY",
    "; %1 is Classic Load Balancer %2, whose TCP listener does not pass the client's address on");
inline constexpr TextTemplate sgBehindClassicLbFix = MP_TEXT("SG_INGRESS_DENY",
    "allow TCP %1 from the load balancer's security group %2 (or the VPC CIDR, as the relay's "
    "mynetworks) in %3");

// NACL_OUTBOUND_DENY / NACL_INBOUND_DENY
inline constexpr TextTemplate naclOutboundDeny = MP_TEXT("NACL_OUTBOUND_DENY",
    "network ACL %1 of subnet %2 (%3) denies outbound TCP %4 to %5 (%6)");
inline constexpr TextTemplate naclOutboundDenyFix =
    MP_TEXT("NACL_OUTBOUND_DENY", "add outbound rule %1 allow TCP %2 to %3 to %4");
inline constexpr TextTemplate naclInboundDeny = MP_TEXT("NACL_INBOUND_DENY",
    "network ACL %1 of subnet %2 (%3) denies inbound TCP %4 from %5 (%6)");
inline constexpr TextTemplate naclInboundDenyFix =
    MP_TEXT("NACL_INBOUND_DENY", "add inbound rule %1 allow TCP %2 from %3 to %4");
inline constexpr TextTemplate naclPartial = MP_TEXT("NACL_DENY",
    ". Only part of the port range passes, so connections fail intermittently, whenever the "
    "chosen port falls in the denied part");
inline constexpr TextTemplate naclNatInstancePorts = MP_TEXT("NACL_DENY",
    ". The NAT instance kept the client's source port, so replies come back to the client's "
    "ephemeral ports %1, not to the SMTP port");
inline constexpr TextTemplate naclNatGatewayPorts = MP_TEXT("NACL_DENY",
    ". Replies come back to the source port the NAT gateway chose, anywhere in %1 (the high "
    "ports seen in flow logs)");
inline constexpr TextTemplate naclEphemeralPorts =
    MP_TEXT("NACL_DENY", ". Replies come back to the client's ephemeral ports %1");

// ROUTE_NO_MATCH
inline constexpr TextTemplate subnetNoRouteTable = MP_TEXT("ROUTE_NO_MATCH",
    "subnet %1 has no route table (and its VPC no main table)");
inline constexpr TextTemplate subnetNoRouteTableFix =
    MP_TEXT("ROUTE_NO_MATCH", "associate a route table with %1");
inline constexpr TextTemplate routeNoMatch =
    MP_TEXT("ROUTE_NO_MATCH", "route table %1 has no route for %2");
inline constexpr TextTemplate routeNoMatchFix =
    MP_TEXT("ROUTE_NO_MATCH", "add a route for %1/32 (or a covering prefix) to %2");
inline constexpr TextTemplate subnetVpcMissing =
    MP_TEXT("ROUTE_NO_MATCH", "subnet %1 belongs to %2, which is not in the design");
inline constexpr TextTemplate subnetVpcMissingFix =
    MP_TEXT("ROUTE_NO_MATCH", "add the VPC or move the subnet into an existing one");
inline constexpr TextTemplate vpcNoIgw =
    MP_TEXT("ROUTE_NO_MATCH", "%1 has no internet gateway for %2");
inline constexpr TextTemplate vpcNoIgwFix = MP_TEXT("ROUTE_NO_MATCH", "attach an internet gateway");
inline constexpr TextTemplate onPremNoEdge =
    MP_TEXT("ROUTE_NO_MATCH", "the on-premises network has no Internet edge for %1");
inline constexpr TextTemplate onPremNoEdgeFix = MP_TEXT("ROUTE_NO_MATCH",
    "add the customer firewall that NATs this network to the Internet");

// ROUTE_BLACKHOLE
inline constexpr TextTemplate routeBlackhole = MP_TEXT("ROUTE_BLACKHOLE",
    "the route %1 in %2 is a blackhole: its target no longer exists");
inline constexpr TextTemplate routeBlackholeFix =
    MP_TEXT("ROUTE_BLACKHOLE", "delete the route or point %1 at a live target");
inline constexpr TextTemplate routeTargetNotIpv4 =
    MP_TEXT("ROUTE_BLACKHOLE", "the route's target %1 cannot carry IPv4 SMTP traffic");
inline constexpr TextTemplate routeTargetNotIpv4Fix =
    MP_TEXT("ROUTE_BLACKHOLE", "route the destination to an internet or NAT gateway");
inline constexpr TextTemplate igwNotAttached =
    MP_TEXT("ROUTE_BLACKHOLE", "internet gateway %1 is not attached to %2");
inline constexpr TextTemplate igwNotAttachedFix =
    MP_TEXT("ROUTE_BLACKHOLE", "attach the internet gateway to the VPC or fix the route");
inline constexpr TextTemplate natGatewayState = MP_TEXT("ROUTE_BLACKHOLE", "NAT gateway %1 is %2");
inline constexpr TextTemplate natGatewayStateFix =
    MP_TEXT("ROUTE_BLACKHOLE", "recreate the NAT gateway");
// R1.6, R14.3: a deleted, deleting, failed, rejected or expired target makes a blackhole.
inline constexpr TextTemplate routeTargetGone =
    MP_TEXT("ROUTE_BLACKHOLE", "the route's target %1 is %2: the route is a blackhole");
inline constexpr TextTemplate routeTargetGoneFix = MP_TEXT("ROUTE_BLACKHOLE",
    "point the route at a live target, or remove it");
inline constexpr TextTemplate tgwAttachmentGone =
    MP_TEXT("TGW_ROUTE_BLACKHOLE", "the route's attachment %1 is %2: the route is a blackhole");
inline constexpr TextTemplate peeringState =
    MP_TEXT("ROUTE_BLACKHOLE", "peering connection %1 is %2");
inline constexpr TextTemplate peeringMissing =
    MP_TEXT("ROUTE_BLACKHOLE", "peering connection %1 does not exist");
inline constexpr TextTemplate peeringStateFix =
    MP_TEXT("ROUTE_BLACKHOLE", "accept the peering connection or remove the route");
inline constexpr TextTemplate routeTargetMissing =
    MP_TEXT("ROUTE_BLACKHOLE", "the route's target %1 does not exist");
inline constexpr TextTemplate routeFix = MP_TEXT("ROUTE_BLACKHOLE", "fix the route");
inline constexpr TextTemplate routeNatMissing =
    MP_TEXT("ROUTE_BLACKHOLE", "the route's NAT gateway %1 does not exist");
inline constexpr TextTemplate routeNatMissingFix =
    MP_TEXT("ROUTE_BLACKHOLE", "point the route at an existing NAT gateway");
inline constexpr TextTemplate tgwMissing =
    MP_TEXT("ROUTE_BLACKHOLE", "transit gateway %1 does not exist");

// OP25B_BLOCKED
inline constexpr TextTemplate op25bBlocked = MP_TEXT("OP25B_BLOCKED",
    "AWS blocks outbound TCP 25 from %1 interfaces to public addresses such as %2 (the SYN "
    "times out; security groups and routes are not the cause)");
inline constexpr TextTemplate op25bPublicInVpc = MP_TEXT("OP25B_BLOCKED",
    "; %1 is inside %2 but in public address space: only the source VPC's primary CIDR and "
    "RFC 1918 and RFC 6598 ranges are exempt");
inline constexpr TextTemplate op25bBlockedFix = MP_TEXT("OP25B_BLOCKED",
    "use port 587 or 465 (SES: STARTTLS on 587, TLS on 465), or ask AWS to remove the port-25 "
    "restriction for %1 and record it (--lift-op25b %1)");

// NO_LISTENER
inline constexpr TextTemplate sesNoListener = MP_TEXT("NO_LISTENER",
    "SES (%1) listens on TCP %2 only; nothing answers on %3");
inline constexpr TextTemplate sesNoListenerFix =
    MP_TEXT("NO_LISTENER", "use port 587 (STARTTLS) or 465 (TLS wrapper)");
inline constexpr TextTemplate smtpNoListener =
    MP_TEXT("NO_LISTENER", "SMTP server %1 listens on %2, not %3");
inline constexpr TextTemplate smtpNoListenerFix =
    MP_TEXT("NO_LISTENER", "connect on %1 or add a listener on %2");
inline constexpr TextTemplate gatewayEndpoint = MP_TEXT("NO_LISTENER",
    "a gateway endpoint reaches S3 or DynamoDB only; nothing there speaks SMTP");
inline constexpr TextTemplate gatewayEndpointFix = MP_TEXT("NO_LISTENER",
    "route SMTP traffic to a NAT gateway, an SES interface endpoint or a relay");

// IGW_NO_PUBLIC_IP, IGW_PRIVATE_DESTINATION, PRIVATE_NAT_TO_IGW
inline constexpr TextTemplate igwNoPublicIp = MP_TEXT("IGW_NO_PUBLIC_IP",
    "%1 has no public IPv4 or Elastic IP, so the internet gateway cannot translate it");
inline constexpr TextTemplate igwNoPublicIpFix = MP_TEXT("IGW_NO_PUBLIC_IP",
    "give the interface an Elastic IP, or route 0.0.0.0/0 to a NAT gateway in a public subnet");
inline constexpr TextTemplate igwPrivateDestination = MP_TEXT("IGW_PRIVATE_DESTINATION",
    "%1 is a private address: the Internet cannot route it");
inline constexpr TextTemplate igwPrivateDestinationFix = MP_TEXT("IGW_PRIVATE_DESTINATION",
    "route %1 over a VPN, Transit Gateway or peering");
inline constexpr TextTemplate privateNatToIgw = MP_TEXT("PRIVATE_NAT_TO_IGW",
    "private NAT gateway %1 has no Elastic IP; the internet gateway drops its traffic");
inline constexpr TextTemplate privateNatToIgwFix = MP_TEXT("PRIVATE_NAT_TO_IGW",
    "use a public NAT gateway (with an Elastic IP) for Internet mail");

// NAT_SOURCE_NOT_IN_VPC
inline constexpr TextTemplate natSourceNotInVpc = MP_TEXT("NAT_SOURCE_NOT_IN_VPC",
    "traffic that entered the VPC through peering, VPN or Direct Connect cannot use NAT "
    "gateway %1");
inline constexpr TextTemplate natSourceNotInVpcFix = MP_TEXT("NAT_SOURCE_NOT_IN_VPC",
    "give the other network its own NAT gateway, or centralise egress with a Transit Gateway");
inline constexpr TextTemplate natBehindVpn = MP_TEXT("NAT_SOURCE_NOT_IN_VPC",
    "on-premises traffic to %1 arrives over %2 and cannot use NAT gateway %3 of %4");
inline constexpr TextTemplate natBehindVpnFix = MP_TEXT("NAT_SOURCE_NOT_IN_VPC",
    "give the on-premises network its own Internet edge, or route it through a Transit Gateway "
    "with a central egress VPC");

// PEERING_DESTINATION_NOT_IN_PEER
inline constexpr TextTemplate peeringNotInPeer = MP_TEXT("PEERING_DESTINATION_NOT_IN_PEER",
    "%1 is not in the peer VPC %2: peering is not transitive and the peer's internet gateway, "
    "NAT gateway, VPN and endpoints cannot be used through it");
inline constexpr TextTemplate peeringNotInPeerFix = MP_TEXT("PEERING_DESTINATION_NOT_IN_PEER",
    "give this VPC its own NAT/internet gateway (or SES endpoint), or use a Transit Gateway with "
    "a central egress VPC");

// TGW_NO_ATTACHMENT_IN_AZ
inline constexpr TextTemplate tgwNoAttachment =
    MP_TEXT("TGW_NO_ATTACHMENT_IN_AZ", "%1 has no attachment to transit gateway %2");
inline constexpr TextTemplate tgwNoAttachmentFix = MP_TEXT("TGW_NO_ATTACHMENT_IN_AZ",
    "create a VPC attachment for %1 with a subnet in every AZ used");
inline constexpr TextTemplate tgwNoSubnetInAz = MP_TEXT("TGW_NO_ATTACHMENT_IN_AZ",
    "attachment %1 has subnets only in %2; traffic from %3 is dropped");
inline constexpr TextTemplate tgwNoSubnetInAzFix =
    MP_TEXT("TGW_NO_ATTACHMENT_IN_AZ", "add a subnet in %1 to attachment %2");
inline constexpr TextTemplate tgwAttachmentNoSubnet =
    MP_TEXT("TGW_NO_ATTACHMENT_IN_AZ", "attachment %1 has no subnet");
inline constexpr TextTemplate tgwAttachmentNoSubnetFix =
    MP_TEXT("TGW_NO_ATTACHMENT_IN_AZ", "add subnets to it");

// TGW_PEERING_NOT_AVAILABLE (R14.1, R14.3)
inline constexpr TextTemplate tgwPeeringState = MP_TEXT("TGW_PEERING_NOT_AVAILABLE",
    "peering attachment %1 is %2 on the side of %3: only an available peering forwards");
inline constexpr TextTemplate tgwPeeringAcceptFix = MP_TEXT("TGW_PEERING_NOT_AVAILABLE",
    "accept the peering attachment from the accepter's Region");
inline constexpr TextTemplate tgwPeeringGoneFix = MP_TEXT("TGW_PEERING_NOT_AVAILABLE",
    "the peering attachment is deleted or failed: create a new one, accept it and point both "
    "sides' static routes at it");
inline constexpr TextTemplate tgwPeerMissing = MP_TEXT("TGW_PEERING_NOT_AVAILABLE",
    "the peer transit gateway %1 is not in the design");
inline constexpr TextTemplate tgwPeerMissingFix = MP_TEXT("TGW_PEERING_NOT_AVAILABLE",
    "add the peer transit gateway and its side of the peering attachment");

// TGW_ROUTE_NO_MATCH / TGW_ROUTE_BLACKHOLE
inline constexpr TextTemplate tgwNotAssociated = MP_TEXT("TGW_ROUTE_NO_MATCH",
    "the attachment is associated with no route table of %1");
inline constexpr TextTemplate tgwNotAssociatedFix = MP_TEXT("TGW_ROUTE_NO_MATCH",
    "associate the attachment with a transit gateway route table");
inline constexpr TextTemplate tgwRouteNoMatch =
    MP_TEXT("TGW_ROUTE_NO_MATCH", "transit gateway route table %1 has no route to %2");
inline constexpr TextTemplate tgwRouteNoMatchFix = MP_TEXT("TGW_ROUTE_NO_MATCH",
    "enable propagation from the destination's attachment into %1, or add a static route");
// R13.18: propagation is on, the prefixes are learned over BGP and absent from a snapshot.
inline constexpr TextTemplate tgwBgpFix = MP_TEXT("TGW_ROUTE_NO_MATCH",
    "this verdict depends on routes learned over BGP, which a snapshot does not hold: %1 (%2) "
    "already propagates into %3; check that the on-premises router advertises a prefix covering "
    "%4 (aws ec2 search-transit-gateway-routes --transit-gateway-route-table-id %3 --filters "
    "Name=type,Values=propagated), or add a static route");
// R9.6, R14.2: nothing propagates over a TGW peering; each side needs its own static route.
inline constexpr TextTemplate tgwPeeringStaticFix = MP_TEXT("TGW_ROUTE_NO_MATCH",
    "a peering attachment carries static routes only, one on each side: add a static route for "
    "%1 to %2 pointing at the peering attachment %3");
inline constexpr TextTemplate tgwRouteBlackhole =
    MP_TEXT("TGW_ROUTE_BLACKHOLE", "the route %1 in %2 is a blackhole");
inline constexpr TextTemplate tgwRouteBlackholeFix =
    MP_TEXT("TGW_ROUTE_BLACKHOLE", "replace the blackhole route with one to an attachment");
inline constexpr TextTemplate tgwAttachmentMissing =
    MP_TEXT("TGW_ROUTE_BLACKHOLE", "the route's attachment %1 does not exist");
inline constexpr TextTemplate tgwAttachmentMissingFix =
    MP_TEXT("TGW_ROUTE_BLACKHOLE", "delete the stale route");

// VPN_NO_ROUTE
inline constexpr TextTemplate vgwNoRoute = MP_TEXT("VPN_NO_ROUTE",
    "virtual private gateway %1 knows no route to %2 (no static route or BGP prefix of its VPN "
    "connections covers it)");
inline constexpr TextTemplate vgwNoRouteFix = MP_TEXT("VPN_NO_ROUTE",
    "add a static route for the on-premises prefix to the VPN connection, or advertise it over "
    "BGP");
inline constexpr TextTemplate onPremNoRoute = MP_TEXT("VPN_NO_ROUTE",
    "the on-premises network has no route to %1 over a VPN or Direct Connect link");
inline constexpr TextTemplate onPremNoRouteFix =
    MP_TEXT("VPN_NO_ROUTE", "route %1 (the VPC's CIDR) over the VPN connection");

// NLB_NO_LISTENER / NLB_NO_HEALTHY_TARGET / NLB_TARGET_NOT_ALLOWED / LB_NO_HEALTHY_TARGET
inline constexpr TextTemplate nlbNoListener =
    MP_TEXT("NLB_NO_LISTENER", "load balancer %1 has no listener on TCP %2");
inline constexpr TextTemplate listenerList = MP_TEXT("NLB_NO_LISTENER", " (listeners: %1)");
inline constexpr TextTemplate nlbNoListenerFix =
    MP_TEXT("NLB_NO_LISTENER", "add a TCP listener on port %1");
inline constexpr TextTemplate clbWrongProtocol = MP_TEXT("NLB_NO_LISTENER",
    "Classic Load Balancer %1 listens on %2 with %3, which cannot carry SMTP");
inline constexpr TextTemplate clbNoListener =
    MP_TEXT("NLB_NO_LISTENER", "Classic Load Balancer %1 has no listener on TCP %2");
inline constexpr TextTemplate clbNoListenerFix =
    MP_TEXT("NLB_NO_LISTENER", "add a TCP (or SSL) listener on port %1");
inline constexpr TextTemplate nlbNoTargetGroup = MP_TEXT("NLB_NO_HEALTHY_TARGET",
    "the listener forwards to a target group that does not exist");
inline constexpr TextTemplate nlbNoTargetGroupFix =
    MP_TEXT("NLB_NO_HEALTHY_TARGET", "point the listener at a target group");
inline constexpr TextTemplate nlbNoTarget =
    MP_TEXT("NLB_NO_HEALTHY_TARGET", "target group %1 has no registered target");
inline constexpr TextTemplate nlbNoTargetInAz = MP_TEXT("NLB_NO_HEALTHY_TARGET",
    " in %1 (cross-zone load balancing is off)");
inline constexpr TextTemplate nlbNoTargetFix = MP_TEXT("NLB_NO_HEALTHY_TARGET",
    "register a target in %1 or enable cross-zone load balancing");
inline constexpr TextTemplate nlbTargetPublic = MP_TEXT("NLB_TARGET_NOT_ALLOWED",
    "IP target %1 is outside the VPC and not in RFC 1918 or RFC 6598 space");
inline constexpr TextTemplate nlbTargetPublicFix = MP_TEXT("NLB_TARGET_NOT_ALLOWED",
    "register a private address reachable over VPN, Direct Connect or peering");
inline constexpr TextTemplate nlbPreserveOutside = MP_TEXT("NLB_TARGET_NOT_ALLOWED",
    "client IP preservation needs targets in the same or a peered VPC; %1 is outside it");
inline constexpr TextTemplate nlbPreserveOutsideFix =
    MP_TEXT("NLB_TARGET_NOT_ALLOWED", "turn client IP preservation off on %1");
inline constexpr TextTemplate clbNoInService =
    MP_TEXT("LB_NO_HEALTHY_TARGET", "Classic Load Balancer %1 has no InService instance");
inline constexpr TextTemplate clbNoInServiceInAz =
    MP_TEXT("LB_NO_HEALTHY_TARGET", " in %1 (cross-zone is off)");
inline constexpr TextTemplate clbHealthyOnly =
    MP_TEXT("LB_NO_HEALTHY_TARGET", ": it sends to healthy instances only");
inline constexpr TextTemplate clbNoInServiceFix = MP_TEXT("LB_NO_HEALTHY_TARGET",
    "make the health check (%1) pass: the instances' security group must admit it from the "
    "load balancer");
inline constexpr TextTemplate clbNoInstance = MP_TEXT("LB_NO_HEALTHY_TARGET",
    "Classic Load Balancer %1 has no registered instance in the design");
inline constexpr TextTemplate clbNoInstanceFix =
    MP_TEXT("LB_NO_HEALTHY_TARGET", "register the relay instances with the load balancer");

// ENDPOINT_PORT_UNSUPPORTED
inline constexpr TextTemplate endpointPort = MP_TEXT("ENDPOINT_PORT_UNSUPPORTED",
    "endpoint %1 (%2) accepts TCP %3 only, not %4");
inline constexpr TextTemplate endpointPortFix =
    MP_TEXT("ENDPOINT_PORT_UNSUPPORTED", "connect on port 587 (STARTTLS) or 465 (TLS)");

// FIREWALL_DENY
inline constexpr TextTemplate firewallNoConnection =
    MP_TEXT("FIREWALL_DENY", "the firewall has no connection for this reply");
inline constexpr TextTemplate firewallNoForwarding = MP_TEXT("FIREWALL_DENY",
    "firewall %1 has no static NAT or port forwarding for %2:%3");
inline constexpr TextTemplate firewallNoForwardingFix = MP_TEXT("FIREWALL_DENY",
    "add a port forwarding from %1:%2 to the internal SMTP server");
inline constexpr TextTemplate firewallSees =
    MP_TEXT("FIREWALL_DENY", "the firewall sees the connection coming from %1");
inline constexpr TextTemplate firewallSeesAwsPublic = MP_TEXT("FIREWALL_DENY",
    ", the public address AWS translated the sender to (not its private address)");
inline constexpr TextTemplate firewallRuleDenies = MP_TEXT("FIREWALL_DENY", "; rule \"%1\" denies it");
inline constexpr TextTemplate firewallNoRule = MP_TEXT("FIREWALL_DENY", "; no rule allows it");
inline constexpr TextTemplate firewallAllowFix =
    MP_TEXT("FIREWALL_DENY", "allow source %1/32 on TCP %2 to %3 on %4");

// SMTP_RELAY_DENIED / SMTP_TLS_REQUIRED
inline constexpr TextTemplate relaySees =
    MP_TEXT("SMTP_RELAY_DENIED", "relay %1 sees the client as %2");
inline constexpr TextTemplate relaySeesClassicLb = MP_TEXT("SMTP_RELAY_DENIED",
    ", the Classic Load Balancer's private address (its TCP listener does not pass the "
    "client's address on)");
inline constexpr TextTemplate relaySeesLb = MP_TEXT("SMTP_RELAY_DENIED",
    ", the load balancer's private address (client IP preservation is off for ip targets)");
inline constexpr TextTemplate relaySeesNat =
    MP_TEXT("SMTP_RELAY_DENIED", ", the NAT gateway's address");
inline constexpr TextTemplate relayDenied = MP_TEXT("SMTP_RELAY_DENIED",
    ", which is not in its allow-list: \"Relay access denied\"");
inline constexpr TextTemplate relayDeniedFix = MP_TEXT("SMTP_RELAY_DENIED",
    "add %1/32 to the relay's allow-list (postfix mynetworks)");
inline constexpr TextTemplate sesImplicitTls =
    MP_TEXT("SMTP_TLS_REQUIRED", "SES requires TLS: TLS from the first byte on %1");
inline constexpr TextTemplate sesImplicitTlsFix =
    MP_TEXT("SMTP_TLS_REQUIRED", "enable SMTPS (TLS wrapper) in the client");
inline constexpr TextTemplate sesStartTls =
    MP_TEXT("SMTP_TLS_REQUIRED", "SES requires TLS: STARTTLS on %1");
inline constexpr TextTemplate startTlsFix =
    MP_TEXT("SMTP_TLS_REQUIRED", "enable STARTTLS in the client");
inline constexpr TextTemplate smtpTlsRequired =
    MP_TEXT("SMTP_TLS_REQUIRED", "SMTP server %1 requires TLS");

// ROUTING_LOOP
inline constexpr TextTemplate tooManyHops =
    MP_TEXT("ROUTING_LOOP", "the packet passed more than 64 components");
inline constexpr TextTemplate tooManyHopsFix = MP_TEXT("ROUTING_LOOP", "check the routes for a cycle");
inline constexpr TextTemplate routingLoop = MP_TEXT("ROUTING_LOOP",
    "the packet came back to %1 with the same header: a routing loop");
inline constexpr TextTemplate routingLoopFix =
    MP_TEXT("ROUTING_LOOP", "fix the routes so that %1 leads to its destination");

// UNKNOWN_ENDPOINT
inline constexpr TextTemplate placeInSubnetFix = MP_TEXT("UNKNOWN_ENDPOINT", "place it in a subnet");
inline constexpr TextTemplate interfaceNoSubnet =
    MP_TEXT("UNKNOWN_ENDPOINT", "the interface is not in a known subnet");
inline constexpr TextTemplate noInterfaceWithAddress =
    MP_TEXT("UNKNOWN_ENDPOINT", "no interface in %1 has the address %2");
inline constexpr TextTemplate noInterfaceWithAddressFix = MP_TEXT("UNKNOWN_ENDPOINT",
    "check the destination address, or add the host to the design");
inline constexpr TextTemplate replyStray =
    MP_TEXT("UNKNOWN_ENDPOINT", "the reply reached %1 instead of the client");
inline constexpr TextTemplate replyAsymmetric = MP_TEXT("UNKNOWN_ENDPOINT",
    "the reply reached %1 instead of the client (asymmetric routing)");
inline constexpr TextTemplate symmetricRouteFix =
    MP_TEXT("UNKNOWN_ENDPOINT", "make the return route symmetric");
inline constexpr TextTemplate replyUnowned = MP_TEXT("UNKNOWN_ENDPOINT",
    "the reply is addressed to %1, which nothing in the design owns");
inline constexpr TextTemplate replyUnownedFix =
    MP_TEXT("UNKNOWN_ENDPOINT", "check the return path's translations");
inline constexpr TextTemplate unexpectedReply = MP_TEXT("UNKNOWN_ENDPOINT", "unexpected reply to %1");
inline constexpr TextTemplate checkDesignFix = MP_TEXT("UNKNOWN_ENDPOINT", "check the design");
inline constexpr TextTemplate natNoSubnet =
    MP_TEXT("UNKNOWN_ENDPOINT", "NAT gateway %1 is in no known subnet");
inline constexpr TextTemplate replyOnPrem =
    MP_TEXT("UNKNOWN_ENDPOINT", "the reply went on-premises instead of to the client");
inline constexpr TextTemplate lbNodeNoSubnet =
    MP_TEXT("UNKNOWN_ENDPOINT", "the load balancer node is in no known subnet");
inline constexpr TextTemplate lbNodeNoSubnetFix = MP_TEXT("UNKNOWN_ENDPOINT", "enable a subnet for it");
inline constexpr TextTemplate lbNoConnection =
    MP_TEXT("UNKNOWN_ENDPOINT", "the load balancer has no connection for this reply");
inline constexpr TextTemplate checkReturnPathFix = MP_TEXT("UNKNOWN_ENDPOINT", "check the return path");
inline constexpr TextTemplate natInstanceNoSubnet =
    MP_TEXT("UNKNOWN_ENDPOINT", "the NAT instance is in no known subnet");
inline constexpr TextTemplate unresolvedFix = MP_TEXT("UNKNOWN_ENDPOINT",
    "name an instance, interface, IP address, load balancer, endpoint, SMTP server or SES host "
    "name of the design");
inline constexpr TextTemplate noSuchEndpoint =
    MP_TEXT("UNKNOWN_ENDPOINT", "no resource, name or address \"%1\" in the design");
inline constexpr TextTemplate noSuchDestination = MP_TEXT("UNKNOWN_ENDPOINT",
    "no resource, name, address or SES host name \"%1\" in the design");
inline constexpr TextTemplate instanceNoInterface =
    MP_TEXT("UNKNOWN_ENDPOINT", "instance %1 has no network interface in a known subnet");
inline constexpr TextTemplate eniNoSubnet =
    MP_TEXT("UNKNOWN_ENDPOINT", "network interface %1 is not in a known subnet");
inline constexpr TextTemplate cannotSend =
    MP_TEXT("UNKNOWN_ENDPOINT", "%1 %2 cannot start an SMTP connection");
inline constexpr TextTemplate cannotReceive =
    MP_TEXT("UNKNOWN_ENDPOINT", "%1 %2 cannot receive an SMTP connection");
inline constexpr TextTemplate noAddress = MP_TEXT("UNKNOWN_ENDPOINT", "%1 %2 has no address");
inline constexpr TextTemplate sesNoRegion =
    MP_TEXT("UNKNOWN_ENDPOINT", "SES has no SMTP endpoint in region %1");

// NAT_NO_INBOUND_MAPPING
inline constexpr TextTemplate natNoConnection = MP_TEXT("NAT_NO_INBOUND_MAPPING",
    "NAT gateway %1 has no connection for this packet");
inline constexpr TextTemplate natNoConnectionFix =
    MP_TEXT("NAT_NO_INBOUND_MAPPING", "make the return path symmetric");
inline constexpr TextTemplate natNoPortForwarding = MP_TEXT("NAT_NO_INBOUND_MAPPING",
    "a NAT gateway accepts no connection it did not start (no port forwarding)");
inline constexpr TextTemplate natNoPortForwardingFix = MP_TEXT("NAT_NO_INBOUND_MAPPING",
    "send to the server's own address, or publish it through a load balancer");

// SOURCE_DEST_CHECK_ON
inline constexpr TextTemplate sourceDestCheck = MP_TEXT("SOURCE_DEST_CHECK_ON",
    "%1 has source/destination checking on, so it drops traffic that is not addressed to it "
    "(a NAT instance or appliance needs it off)");
inline constexpr TextTemplate sourceDestCheckFix =
    MP_TEXT("SOURCE_DEST_CHECK_ON", "disable the source/destination check on %1");

// Model fixes (the matrix's "what to change", ModelFix::message).
inline constexpr TextTemplate fixAclOutbound = MP_TEXT("fixes", "allow TCP %1 outbound to %2 (rule %3)");
inline constexpr TextTemplate fixAclInbound = MP_TEXT("fixes", "allow TCP %1 inbound from %2 (rule %3)");
inline constexpr TextTemplate fixSgOutbound = MP_TEXT("fixes", "allow TCP %1 outbound to %2");
inline constexpr TextTemplate fixSgInbound = MP_TEXT("fixes", "allow TCP %1 inbound from %2");
inline constexpr TextTemplate fixOn = MP_TEXT("fixes", " on %1");
inline constexpr TextTemplate fixListener =
    MP_TEXT("fixes", "add listener TCP %1 -> %2 (port %3), as the one on %4");
inline constexpr TextTemplate fixListenerClassic =
    MP_TEXT("fixes", "add listener TCP %1 -> instance port %2, as the one on %3");
inline constexpr TextTemplate fixRoute = MP_TEXT("fixes", "add route %1 -> %2");
inline constexpr TextTemplate fixServerPort = MP_TEXT("fixes", "listen also on TCP %1");
inline constexpr TextTemplate fixAttachmentSubnet = MP_TEXT("fixes", "add subnet %1");
inline constexpr TextTemplate fixApplianceMode = MP_TEXT("fixes", "enable appliance mode");

// Notes: assumptions the walk applied.
inline constexpr TextTemplate replyOutsideModel =
    MP_TEXT("notes", "the reply path lies outside the model and was not simulated");
inline constexpr TextTemplate op25bFargate = MP_TEXT("notes",
    "OP25B applied to a Fargate task: AWS documents no exemption (AWS-SEMANTICS §12.3, "
    "unconfirmed)");
inline constexpr TextTemplate op25bLifted = MP_TEXT("notes", "port-25 restriction removed for %1");
inline constexpr TextTemplate op25bLiftedNat =
    MP_TEXT("notes", "port-25 restriction removed for NAT gateway %1");
inline constexpr TextTemplate sesEndpointPort25 = MP_TEXT("notes",
    "port 25 on the SES endpoint: listed in AWS's 2022 docs, absent from the current page "
    "(AWS-SEMANTICS §12.2); assumed accepted");
inline constexpr TextTemplate natInstanceTaken = MP_TEXT("notes",
    "%1 is taken as a NAT instance (source/destination check off, route target); set it to "
    "router in the inspector if it only forwards");
inline constexpr TextTemplate natInstanceTakenPublic = MP_TEXT("notes",
    "%1 is taken as a NAT instance (source/destination check off, route target, public IP); set "
    "it to router in the inspector if it only forwards");
inline constexpr TextTemplate healthCheckTcp =
    MP_TEXT("notes", "health check TCP %1 from %2 to %3");
inline constexpr TextTemplate healthCheckClassic = MP_TEXT("notes", "health check %1 from %2 to %3");
inline constexpr TextTemplate healthCheckAllowed = MP_TEXT("notes", " is allowed by %1");
inline constexpr TextTemplate untrustedPath = MP_TEXT("notes",
    "untrusted: the path passes %1, whose address block AWS cannot have; this verdict may be "
    "wrong");

// Warnings: the flow passes, but something will bite.
inline constexpr TextTemplate healthCheckSmtpPort = MP_TEXT("warnings",
    ": checking an SMTP port opens a mail session every interval and floods the mail log; "
    "check TCP 80 instead");
inline constexpr TextTemplate healthCheckTargetSg = MP_TEXT("warnings",
    " is not allowed by the target's security groups: the target will be marked unhealthy");
inline constexpr TextTemplate healthCheckClbOut = MP_TEXT("warnings",
    " is not allowed out by the load balancer's security groups: every instance will be "
    "OutOfService");
inline constexpr TextTemplate healthCheckInstanceSg = MP_TEXT("warnings",
    " is not allowed by the instance's security groups: the instance will be OutOfService");
inline constexpr TextTemplate nlbFailOpen = MP_TEXT("warnings",
    "no target of %1 is healthy: the NLB fails open and sends to all of them");
inline constexpr TextTemplate sesSandbox = MP_TEXT("warnings",
    "SES in %1 is in the sandbox: verified recipients only, 200 messages per 24 hours, 1 per "
    "second");
inline constexpr TextTemplate sesOtherRegion = MP_TEXT("warnings",
    "the sender is in %1 but SES is in %2: SMTP credentials are per region");
inline constexpr TextTemplate clearText = MP_TEXT("warnings",
    "mail to %1 crosses the Internet in clear text: use STARTTLS or SMTPS");

// Hop notes: what a component did, shown next to the hop.
inline constexpr TextTemplate hopAclSubnet = MP_TEXT("hops", "subnet %1");
inline constexpr TextTemplate hopReplyReached = MP_TEXT("hops", "the reply reached the client");
inline constexpr TextTemplate hopInternetAssumed = MP_TEXT("hops",
    "outside the model: the Internet host is assumed to accept the connection");
inline constexpr TextTemplate hopOnPremAssumed =
    MP_TEXT("hops", "on-premises host assumed to accept the connection");
inline constexpr TextTemplate hopNatPorts =
    MP_TEXT("hops", "the NAT gateway picks a source port in %1; replies come back to it");
inline constexpr TextTemplate hopLbNoGroups =
    MP_TEXT("hops", "no security groups: all client traffic reaches the listeners");
inline constexpr TextTemplate hopClientIpPreserved =
    MP_TEXT("hops", "client IP preserved: the target sees %1");
inline constexpr TextTemplate hopClientIpNotPreserved =
    MP_TEXT("hops", "client IP not preserved: the target sees the NLB's address %1");
inline constexpr TextTemplate hopBeyondAttachment =
    MP_TEXT("hops", "beyond a %1 attachment: outside the model");
inline constexpr TextTemplate hopClassicLb = MP_TEXT("hops",
    "a Classic Load Balancer opens its own connection: the instance sees %1, not the client");
inline constexpr TextTemplate hopProxyProtocol = MP_TEXT("hops",
    " (the Proxy Protocol header names the client inside the stream; postfix must be told to "
    "read it)");
inline constexpr TextTemplate hopNatInstance = MP_TEXT("hops",
    "a Linux NAT instance keeps the client's source port when it is free: replies come back to "
    "the client's ephemeral port, so a NAT instance does not let an ACL open the SMTP port alone "
    "(port forwarding publishes inside servers; it does not change this)");

} // namespace mailpath::core::texts

// The rest of the catalogue, by subject.
#include "reasontextsentry.h"
#include "reasontextsses.h"
