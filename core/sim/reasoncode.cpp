#include "reasoncode.h"

#include <array>
#include <utility>

namespace mailpath::core {

namespace {
constexpr std::array<std::string_view, 42> names = {
    "NONE",
    "SG_EGRESS_DENY",
    "SG_INGRESS_DENY",
    "NACL_OUTBOUND_DENY",
    "NACL_INBOUND_DENY",
    "ROUTE_NO_MATCH",
    "ROUTE_BLACKHOLE",
    "OP25B_BLOCKED",
    "NO_LISTENER",
    "IGW_NO_PUBLIC_IP",
    "IGW_PRIVATE_DESTINATION",
    "PRIVATE_NAT_TO_IGW",
    "NAT_SOURCE_NOT_IN_VPC",
    "PEERING_DESTINATION_NOT_IN_PEER",
    "TGW_NO_ATTACHMENT_IN_AZ",
    "TGW_ROUTE_NO_MATCH",
    "TGW_ROUTE_BLACKHOLE",
    "VPN_NO_ROUTE",
    "NLB_NO_LISTENER",
    "NLB_NO_HEALTHY_TARGET",
    "NLB_TARGET_NOT_ALLOWED",
    "ENDPOINT_PORT_UNSUPPORTED",
    "FIREWALL_DENY",
    "SMTP_RELAY_DENIED",
    "SMTP_TLS_REQUIRED",
    "ROUTING_LOOP",
    "UNKNOWN_ENDPOINT",
    "NAT_NO_INBOUND_MAPPING",
    "SOURCE_DEST_CHECK_ON",
    "LB_NO_HEALTHY_TARGET",
    "VPN_TUNNELS_DOWN",
    "ASYMMETRIC_RETURN",
    "NETWORK_FIREWALL_DENY",
    "GWLB_NO_HEALTHY_TARGET",
    "TGW_PEERING_NOT_AVAILABLE",
    "SES_IDENTITY_UNVERIFIED",
    "SES_SANDBOX_RECIPIENT",
    "SES_SENDING_DISABLED",
    "SES_IP_FILTER_DENY",
    "DX_VIF_DOWN",
    "DX_PREFIX_NOT_ALLOWED",
    "",
};
static_assert(size_t(ReasonCode::DxPrefixNotAllowed) + 2 == names.size());
} // namespace

std::string_view toString(ReasonCode code)
{
    return names[size_t(code)];
}

std::optional<ReasonCode> reasonFromString(std::string_view text)
{
    for (size_t i = 0; i + 1 < names.size(); ++i)
        if (names[i] == text)
            return ReasonCode(i);
    return std::nullopt;
}

} // namespace mailpath::core
