#include "resourcefactory.h"

#include "palettebuilders.h"

#include "core/layout/autolayout.h"

namespace mailpath::app {

using namespace core;
using namespace factory;

bool isContainerKey(const Design &design, const std::string &key)
{
    if (isRegionKey(key) || isAzKey(key))
        return true;
    const auto kind = design.kindOf(key);
    return kind == ResourceKind::Vpc || kind == ResourceKind::Subnet
           || kind == ResourceKind::OnPremNetwork;
}

std::vector<std::string> ResourceBundle::keys() const
{
    std::vector<std::string> result;
    for (const auto &[kind, json] : resources)
        result.push_back(json.value("id", std::string()));
    for (const auto &[key, layout] : layouts)
        if (std::find(result.begin(), result.end(), key) == result.end())
            result.push_back(key);
    return result;
}

const std::vector<PaletteEntry> &paletteEntries()
{
    static const std::vector<PaletteEntry> entries = {
        {"vpc", tr("VPC"), ":/icons/vpc.svg", tr("Network")},
        {"subnet-public", tr("Public subnet"), ":/icons/subnet-public.svg", tr("Network")},
        {"subnet-private", tr("Private subnet"), ":/icons/subnet-private.svg", tr("Network")},
        {"internet-gateway", tr("Internet gateway"), ":/icons/internet-gateway.svg", tr("Network")},
        {"nat-gateway", tr("NAT gateway"), ":/icons/nat-gateway.svg", tr("Network")},
        {"nat-instance", tr("NAT instance"), ":/icons/nat-gateway.svg", tr("Network")},
        {"nlb", tr("Network load balancer"), ":/icons/load-balancer.svg", tr("Network")},
        {"classic-lb", tr("Classic Load Balancer"), ":/icons/load-balancer.svg", tr("Network")},
        {"transit-gateway", tr("Transit gateway"), ":/icons/transit-gateway.svg", tr("Network")},
        {"peering", tr("VPC peering"), ":/icons/peering-connection.svg", tr("Network")},
        {"vpn-gateway", tr("VPN gateway + VPN"), ":/icons/vpn-gateway.svg", tr("Network")},
        {"ec2", tr("EC2 instance"), ":/icons/instance.svg", tr("Compute")},
        {"fargate", tr("Fargate task"), ":/icons/fargate.svg", tr("Compute")},
        {"lambda", tr("Lambda function"), ":/icons/lambda.svg", tr("Compute")},
        {"ses-endpoint", tr("SES SMTP endpoint"), ":/icons/ses-endpoint.svg", tr("Mail")},
        {"ses-vpc-endpoint", tr("SES VPC endpoint"), ":/icons/vpc-endpoint.svg", tr("Mail")},
        {"smtp-server", tr("SMTP server"), ":/icons/smtp-server.svg", tr("Mail")},
        {"on-prem-network", tr("On-premises network"), ":/icons/on-prem-network.svg",
         tr("Outside AWS")},
        {"firewall", tr("Customer firewall"), ":/icons/firewall.svg", tr("Outside AWS")},
        {"internet-host", tr("Internet host"), ":/icons/internet-host.svg", tr("Outside AWS")},
    };
    return entries;
}

QSizeF defaultSize(const Design &design, const std::string &key)
{
    if (isRegionKey(key))
        return {720, 480};
    if (isAzKey(key))
        return {540, 320};
    switch (design.kindOf(key).value_or(ResourceKind::Instance)) {
    case ResourceKind::Vpc: return {620, 420};
    case ResourceKind::Subnet: return {240, 170};
    case ResourceKind::OnPremNetwork: return {320, 220};
    default: return {96, 72};
    }
}

ResourceBundle createFromPalette(const Design &design, const QString &entryKey,
                                 const DropPoint &drop)
{
    Builder b(design, drop);
    const DropContext ctx = resolveDrop(design, drop.containerKey);
    const auto *entry = [&]() -> const PaletteEntry * {
        for (const auto &e : paletteEntries())
            if (e.key == entryKey)
                return &e;
        return nullptr;
    }();
    if (!entry) {
        b.bundle().error = tr("Unknown component %1.").arg(entryKey);
        return b.take();
    }
    b.bundle().text = tr("Add %1").arg(entry->label);
    bool ok = false;
    if (entryKey == "vpc")
        ok = addVpc(b, ctx);
    else if (entryKey == "subnet-public" || entryKey == "subnet-private")
        ok = addSubnet(b, ctx, entryKey == "subnet-public");
    else if (entryKey == "ec2")
        ok = addInstance(b, ctx, "web");
    else if (entryKey == "fargate")
        ok = addTaskEni(b, ctx, EniRole::Fargate);
    else if (entryKey == "lambda")
        ok = addTaskEni(b, ctx, EniRole::Lambda);
    else if (entryKey == "nat-gateway")
        ok = addNatGateway(b, ctx);
    else if (entryKey == "internet-gateway")
        ok = addInternetGateway(b, ctx);
    else if (entryKey == "nlb")
        ok = addLoadBalancer(b, ctx);
    else if (entryKey == "nat-instance")
        ok = addNatInstance(b, ctx);
    else if (entryKey == "classic-lb")
        ok = addClassicLoadBalancer(b, ctx);
    else if (entryKey == "ses-vpc-endpoint")
        ok = addSesVpcEndpoint(b, ctx);
    else if (entryKey == "vpn-gateway")
        ok = addVpnGateway(b, ctx);
    else if (entryKey == "firewall")
        ok = addFirewall(b, ctx);
    else if (entryKey == "smtp-server")
        ok = addSmtpServer(b, ctx);
    else if (entryKey == "peering")
        ok = addPeering(b, ctx);
    else
        ok = addSimple(b, ctx, entryKey);
    if (!ok && b.bundle().error.isEmpty())
        b.bundle().error = tr("Cannot add %1 here.").arg(entry->label);
    return b.take();
}

} // namespace mailpath::app
