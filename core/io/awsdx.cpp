// Direct Connect in an AWS snapshot (AWS-SEMANTICS-2 §17): DX gateways, their associations with
// VGWs and TGWs, their VIF attachments and virtual interfaces. The DX API is lowerCamelCase
// (R17.4); Batfish's fixtures write PascalCase: every key is read in both forms.

#include "awscontext.h"

#include <algorithm>
#include <cctype>

namespace mailpath::core::aws {

namespace {

std::string pascal(std::string_view key)
{
    std::string s(key);
    s[0] = char(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

/** The key as spelt in this object: lowerCamelCase (the API) or PascalCase (Batfish). */
std::string spelt(const Json &object, std::string_view lower)
{
    return member(object, lower) ? std::string(lower) : pascal(lower);
}

std::string dxText(const Json &o, std::string_view k) { return text(o, spelt(o, k)); }

std::optional<int64_t> dxInteger(const Json &o, std::string_view k)
{
    return integer(o, spelt(o, k));
}

std::vector<Cidr> dxCidrs(const Json &o, std::string_view k)
{
    std::vector<Cidr> result;
    forEachObject(o, spelt(o, k), [&](const Json &item) {
        if (auto c = cidr(item, spelt(item, "cidr")))
            result.push_back(*c);
    });
    return result;
}

Tags dxTags(const Json &o)
{
    Tags result;
    forEachObject(o, spelt(o, "tags"), [&](const Json &tag) {
        result[dxText(tag, "key")] = dxText(tag, "value");
    });
    return result;
}

/** forEachResource with the id key spelt as the array's first element spells it. */
template<typename F>
void forEachDx(const Json &array, std::string_view key, std::string_view idKey, F &&read)
{
    const std::string id = array.is_array() && !array.empty() && array[0].is_object()
                               ? spelt(array[0], idKey)
                               : std::string(idKey);
    forEachResource(array, key, id, std::forward<F>(read));
}

void readAssociation(const Json &item, const std::string &id, ImportContext &context)
{
    DxAssociation a;
    a.id = id;
    const std::string dxgw = requiredText(item, spelt(item, "directConnectGatewayId"));
    if (const Json *gw = child(item, spelt(item, "associatedGateway"))) {
        a.gatewayId = requiredText(*gw, spelt(*gw, "id"));
        if (auto type = dxText(*gw, "type"); !type.empty())
            a.gatewayType = type;
    } else { // older records (R17.4)
        a.gatewayId = requiredText(item, spelt(item, "virtualGatewayId"));
    }
    if (a.gatewayId.starts_with("tgw-"))
        a.gatewayType = "transitGateway";
    if (auto state = dxText(item, "associationState"); !state.empty())
        a.state = state;
    a.allowedPrefixes = dxCidrs(item, "allowedPrefixesToDirectConnectGateway");
    context.pending.dxAssociations.push_back({context.file, dxgw, std::move(a)});
}

void readVif(const Json &item, const std::string &id, ImportContext &context)
{
    VirtualInterface v;
    v.id = id;
    v.tags = dxTags(item);
    v.name = nameTag(v.tags);
    if (v.name.empty())
        v.name = dxText(item, "virtualInterfaceName");
    if (auto type = dxText(item, "virtualInterfaceType"); !type.empty())
        v.type = type;
    if (auto state = dxText(item, "virtualInterfaceState"); !state.empty())
        v.state = state;
    v.vlan = dxInteger(item, "vlan").value_or(0);
    v.asn = dxInteger(item, "asn").value_or(0);
    v.connectionId = dxText(item, "connectionId");
    v.directConnectGatewayId = dxText(item, "directConnectGatewayId");
    v.virtualGatewayId = dxText(item, "virtualGatewayId");
    v.amazonAddress = dxText(item, "amazonAddress");
    v.customerAddress = dxText(item, "customerAddress");
    if (!v.customerAddress.empty() && !v.customerIp())
        throw ShapeError(spelt(item, "customerAddress") + ": not an IPv4 address: "
                         + v.customerAddress);
    v.onPremPrefixes = dxCidrs(item, "routeFilterPrefixes");
    forEachObject(item, spelt(item, "bgpPeers"), [&](const Json &peer) {
        DxBgpPeer p;
        p.asn = dxInteger(peer, "asn").value_or(0);
        p.amazonAddress = dxText(peer, "amazonAddress");
        p.customerAddress = dxText(peer, "customerAddress");
        if (auto s = dxText(peer, "bgpPeerState"); !s.empty())
            p.state = s;
        if (auto s = dxText(peer, "bgpStatus"); !s.empty())
            p.bgpStatus = s;
        v.bgpPeers.push_back(std::move(p));
    });
    context.add(std::move(v));
}

// A private VIF's BGP prefixes are in no DX response; the routes its VGW propagated into VPC
// route tables are the same prefixes (less those of VPN connections on that VGW).
std::vector<Cidr> propagatedBy(const Design &design, const std::string &vgwId)
{
    std::vector<Cidr> vpn;
    for (const auto &[id, connection] : design.all<VpnConnection>())
        if (connection.vpnGatewayId == vgwId)
            vpn.insert(vpn.end(), connection.routes.begin(), connection.routes.end());
    std::vector<Cidr> result;
    for (const auto &[id, table] : design.all<RouteTable>())
        for (const auto &route : table.routes)
            if (route.origin == RouteOrigin::Propagated && route.targetId == vgwId
                && route.destination
                && std::find(vpn.begin(), vpn.end(), *route.destination) == vpn.end()
                && std::find(result.begin(), result.end(), *route.destination) == result.end())
                result.push_back(*route.destination);
    std::sort(result.begin(), result.end());
    return result;
}

void learnPrefixes(ImportContext &context)
{
    std::vector<std::pair<std::string, std::vector<Cidr>>> learned;
    for (const auto &[id, vif] : context.design.all<VirtualInterface>()) {
        if (!vif.onPremPrefixes.empty() || vif.type != "private")
            continue;
        std::vector<std::string> vgws;
        if (!vif.virtualGatewayId.empty())
            vgws.push_back(vif.virtualGatewayId);
        if (const auto *gw = context.design.find<DirectConnectGateway>(vif.directConnectGatewayId))
            for (const auto &a : gw->associations)
                if (!a.isTransit() && a.state == "associated")
                    vgws.push_back(a.gatewayId);
        std::vector<Cidr> prefixes;
        for (const auto &vgw : vgws)
            for (const auto &c : propagatedBy(context.design, vgw))
                prefixes.push_back(c);
        if (prefixes.empty())
            continue;
        context.info(id, "on-premises prefixes taken from the routes its virtual private gateway "
                         "propagated into route tables (learned over BGP)");
        learned.emplace_back(id, std::move(prefixes));
    }
    for (auto &[id, prefixes] : learned)
        context.design.update<VirtualInterface>(
            id, [&p = prefixes](VirtualInterface &v) { v.onPremPrefixes = p; });
}

} // namespace

void readDxGateways(const Json &array, ImportContext &context)
{
    forEachDx(array, "DirectConnectGateways", "directConnectGatewayId",
              [&](const Json &item, const std::string &id) {
        DirectConnectGateway g;
        g.id = id;
        g.tags = dxTags(item);
        g.name = nameTag(g.tags);
        if (g.name.empty())
            g.name = dxText(item, "directConnectGatewayName");
        if (auto asn = dxInteger(item, "amazonSideAsn"))
            g.asn = *asn;
        if (auto state = dxText(item, "directConnectGatewayState"); !state.empty())
            g.state = state;
        context.add(std::move(g));
    });
}

void readDxAssociations(const Json &array, ImportContext &context)
{
    forEachDx(array, "DirectConnectGatewayAssociations", "associationId",
              [&](const Json &item, const std::string &id) {
                  readAssociation(item, id, context);
              });
}

void readDxAttachments(const Json &array, ImportContext &context)
{
    forEachDx(array, "DirectConnectGatewayAttachments", "virtualInterfaceId",
              [&](const Json &item, const std::string &id) {
        const std::string state = dxText(item, "attachmentState");
        if (state.empty() || state == "attached")
            context.pending.dxAttachments.push_back(
                {context.file, requiredText(item, spelt(item, "directConnectGatewayId")), id});
    });
}

void readVirtualInterfaces(const Json &array, ImportContext &context)
{
    forEachDx(array, "VirtualInterfaces", "virtualInterfaceId",
              [&](const Json &item, const std::string &id) { readVif(item, id, context); });
}

void linkDx(ImportContext &context)
{
    auto &design = context.design;
    for (auto &linked : context.pending.dxAssociations) {
        const bool known = design.update<DirectConnectGateway>(
            linked.parentId, [&](DirectConnectGateway &g) {
                if (!g.associationWith(linked.value.gatewayId))
                    g.associations.push_back(linked.value);
            });
        if (!known)
            context.note(Severity::Warning, linked.value.id,
                         "association with " + linked.value.gatewayId + " names Direct Connect "
                             "gateway " + linked.parentId + ", which is not in the snapshot: "
                             "skipped",
                         linked.file);
    }
    for (auto &linked : context.pending.dxAttachments) {
        design.update<VirtualInterface>(linked.value, [&](VirtualInterface &v) {
            if (v.directConnectGatewayId.empty())
                v.directConnectGatewayId = linked.parentId;
        });
    }
    learnPrefixes(context);
    for (const auto &[id, vif] : design.all<VirtualInterface>()) {
        if (!vif.directConnectGatewayId.empty()
            && !design.find<DirectConnectGateway>(vif.directConnectGatewayId))
            context.note(Severity::Warning, id, "attached to Direct Connect gateway "
                                                    + vif.directConnectGatewayId
                                                    + ", which is not in the snapshot");
        if (vif.onPremPrefixes.empty() && vif.type != "public")
            context.info(id, "no on-premises prefixes: BGP-learned routes are not in a snapshot; "
                             "add the on-premises networks behind it to the design (or its "
                             "routeFilterPrefixes) for flows from on-premises");
    }
}

} // namespace mailpath::core::aws
