#pragma once

// Every resource class, for code that works across kinds.

#include "customergateway.h"
#include "directconnectgateway.h"
#include "eni.h"
#include "firewall.h"
#include "hostedzone.h"
#include "instance.h"
#include "internetgateway.h"
#include "internethost.h"
#include "loadbalancer.h"
#include "natgateway.h"
#include "networkacl.h"
#include "networkfirewall.h"
#include "onpremnetwork.h"
#include "peeringconnection.h"
#include "prefixlist.h"
#include "routetable.h"
#include "securitygroup.h"
#include "sesendpoint.h"
#include "smtpserver.h"
#include "subnet.h"
#include "targetgroup.h"
#include "tgwattachment.h"
#include "tgwroutetable.h"
#include "transitgateway.h"
#include "vpc.h"
#include "vpcendpoint.h"
#include "vpnconnection.h"
#include "virtualinterface.h"
#include "vpngateway.h"

#include <tuple>

namespace mailpath::core {

/** In ResourceKind order; Design keeps one store per entry. */
using AllResourceTypes = std::tuple<Vpc, Subnet, RouteTable, SecurityGroup, NetworkAcl, Eni, Instance,
                                    NatGateway, InternetGateway, TransitGateway, TgwAttachment,
                                    TgwRouteTable, PeeringConnection, VpcEndpoint, LoadBalancer,
                                    TargetGroup, VpnGateway, VpnConnection, CustomerGateway,
                                    SesEndpoint, OnPremNetwork, Firewall, SmtpServer, InternetHost,
                                    NetworkFirewall, PrefixList, HostedZone,
                                    DirectConnectGateway, VirtualInterface>;

} // namespace mailpath::core
