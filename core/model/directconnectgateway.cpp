#include "directconnectgateway.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(DxAssociation, id, gatewayId, gatewayType, state, allowedPrefixes)

MAILPATH_DEFINE_JSON(DirectConnectGateway, id, name, tags, asn, state, associations)

const DxAssociation *DirectConnectGateway::associationWith(std::string_view gatewayId) const
{
    for (const auto &a : associations)
        if (a.gatewayId == gatewayId)
            return &a;
    return nullptr;
}

namespace {

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *g = design.find<DirectConnectGateway>(id);
    return "ASN " + std::to_string(g->asn);
}

} // namespace

constinit const KindTraits DirectConnectGateway::traits = {
    .kind = DirectConnectGateway::kind,
    .name = "dx-gateway",
    .idPrefix = "dxgw",
    .title = "Direct Connect gateway",
    .diagram = DiagramRole::Node,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
