#pragma once

// One builder per palette component: each adds its resources (with sensible defaults) to the
// bundle and places them, or sets the bundle's error and returns false.

#include "resourcebuilder.h"

namespace mailpath::app::factory {

bool addVpc(Builder &b, const DropContext &ctx);
bool addSubnet(Builder &b, DropContext ctx, bool isPublic);
bool addInstance(Builder &b, const DropContext &ctx, const char *name);
bool addTaskEni(Builder &b, const DropContext &ctx, core::EniRole role);
bool addNatGateway(Builder &b, const DropContext &ctx);
bool addNetworkFirewall(Builder &b, const DropContext &ctx);
bool addInternetGateway(Builder &b, const DropContext &ctx);
bool addLoadBalancer(Builder &b, const DropContext &ctx);
bool addNatInstance(Builder &b, const DropContext &ctx);
bool addClassicLoadBalancer(Builder &b, const DropContext &ctx);
bool addSesVpcEndpoint(Builder &b, const DropContext &ctx);
bool addVpnGateway(Builder &b, const DropContext &ctx);
bool addDirectConnect(Builder &b, const DropContext &ctx);
bool addSimple(Builder &b, const DropContext &ctx, const QString &entry);
bool addFirewall(Builder &b, const DropContext &ctx);
bool addSmtpServer(Builder &b, const DropContext &ctx);
bool addPeering(Builder &b, const DropContext &ctx);
bool addGatewayLoadBalancer(Builder &b, const DropContext &ctx); // palettegwlb.cpp
bool addGwlbEndpoint(Builder &b, const DropContext &ctx);

} // namespace mailpath::app::factory
