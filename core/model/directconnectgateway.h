#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

/** A DX gateway's association with a virtual private gateway or a transit gateway. */
struct DxAssociation
{
    std::string id;
    std::string gatewayId;                        //!< vgw-... or tgw-...
    std::string gatewayType = "virtualPrivateGateway"; //!< | transitGateway
    std::string state = "associated";
    std::vector<Cidr> allowedPrefixes; //!< what AWS advertises to on-premises (R17.2)

    bool isTransit() const { return gatewayType == "transitGateway"; }
    friend bool operator==(const DxAssociation &, const DxAssociation &) = default;
};

MAILPATH_DECLARE_JSON(DxAssociation);

/** A global Direct Connect gateway (AWS-SEMANTICS-2 §17); ids are UUIDs in AWS. */
struct DirectConnectGateway
{
    static constexpr ResourceKind kind = ResourceKind::DirectConnectGateway;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    int64_t asn = 64512;
    std::string state = "available";
    std::vector<DxAssociation> associations;

    /** The association with this gateway (VGW or TGW id), or null. */
    const DxAssociation *associationWith(std::string_view gatewayId) const;

    friend bool operator==(const DirectConnectGateway &, const DirectConnectGateway &) = default;
};

MAILPATH_DECLARE_JSON(DirectConnectGateway);

} // namespace mailpath::core
