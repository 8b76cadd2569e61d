#include "resource.h"

#include <array>

namespace mailpath::core {

namespace {
struct KindInfo
{
    std::string_view name;
    std::string_view prefix;
};

constexpr std::array<KindInfo, resourceKindCount> kindInfos = {{
    {"vpc", "vpc"},
    {"subnet", "subnet"},
    {"route-table", "rtb"},
    {"security-group", "sg"},
    {"network-acl", "acl"},
    {"network-interface", "eni"},
    {"instance", "i"},
    {"nat-gateway", "nat"},
    {"internet-gateway", "igw"},
    {"transit-gateway", "tgw"},
    {"tgw-attachment", "tgw-attach"},
    {"tgw-route-table", "tgw-rtb"},
    {"peering-connection", "pcx"},
    {"vpc-endpoint", "vpce"},
    {"load-balancer", "nlb"},
    {"target-group", "tg"},
    {"vpn-gateway", "vgw"},
    {"vpn-connection", "vpn"},
    {"customer-gateway", "cgw"},
    {"ses-endpoint", "ses"},
    {"on-prem-network", "onprem"},
    {"firewall", "fw"},
    {"smtp-server", "smtp"},
    {"internet-host", "host"},
    {"prefix-list", "pl"},
}};
} // namespace

std::string_view kindName(ResourceKind kind)
{
    return kindInfos[size_t(kind)].name;
}

std::optional<ResourceKind> kindFromName(std::string_view name)
{
    for (size_t i = 0; i < kindInfos.size(); ++i)
        if (kindInfos[i].name == name)
            return ResourceKind(i);
    return std::nullopt;
}

std::string_view idPrefix(ResourceKind kind)
{
    return kindInfos[size_t(kind)].prefix;
}

} // namespace mailpath::core
