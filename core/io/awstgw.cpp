// Transit Gateway in an AWS snapshot: gateways, attachments (the generic and the VPC view
// merged into one), route tables, and the per-table propagation and static-route aggregates.

#include "awscontext.h"

#include <algorithm>

namespace mailpath::core::aws {

namespace tgwKey {
constexpr std::string_view id = "TransitGatewayId";
constexpr std::string_view arn = "TransitGatewayArn";
constexpr std::string_view options = "Options";
constexpr std::string_view asn = "AmazonSideAsn";
constexpr std::string_view associationDefault = "AssociationDefaultRouteTableId";
constexpr std::string_view propagationDefault = "PropagationDefaultRouteTableId";
constexpr std::string_view defaultAssociation = "DefaultRouteTableAssociation";
constexpr std::string_view defaultPropagation = "DefaultRouteTablePropagation";
} // namespace tgwKey

namespace attachmentKey {
constexpr std::string_view id = "TransitGatewayAttachmentId";
constexpr std::string_view resourceType = "ResourceType";
constexpr std::string_view resourceId = "ResourceId";
constexpr std::string_view association = "Association";
constexpr std::string_view routeTableId = "TransitGatewayRouteTableId";
constexpr std::string_view subnetIds = "SubnetIds";
constexpr std::string_view options = "Options";
constexpr std::string_view applianceMode = "ApplianceModeSupport";
constexpr std::string_view requester = "RequesterTgwInfo";
constexpr std::string_view accepter = "AccepterTgwInfo";
} // namespace attachmentKey

namespace tgwRouteTableKey {
constexpr std::string_view id = "TransitGatewayRouteTableId";
constexpr std::string_view defaultAssociation = "DefaultAssociationRouteTable";
constexpr std::string_view defaultPropagation = "DefaultPropagationRouteTable";
constexpr std::string_view propagations = "TransitGatewayRouteTablePropagations";
constexpr std::string_view routes = "Routes";
constexpr std::string_view destination = "DestinationCidrBlock";
constexpr std::string_view attachments = "TransitGatewayAttachments";
constexpr std::string_view type = "Type";
constexpr std::string_view blackhole = "blackhole";
constexpr std::string_view propagated = "propagated";
} // namespace tgwRouteTableKey

namespace {

bool enabled(const Json &object, std::string_view key)
{
    return text(object, key) == "enable";
}

void readTransitGateway(const Json &item, const std::string &id, ImportContext &context)
{
    TransitGateway tgw;
    tgw.id = id;
    tgw.tags = tags(item);
    tgw.name = nameTag(tgw.tags);
    tgw.region = context.region.empty() ? regionFromArn(text(item, tgwKey::arn)) : context.region;
    tgw.accountId = text(item, key::ownerId);
    if (tgw.accountId.empty())
        tgw.accountId = context.account;
    if (const Json *options = child(item, tgwKey::options)) {
        if (auto asn = integer(*options, tgwKey::asn))
            tgw.asn = *asn;
        if (enabled(*options, tgwKey::defaultAssociation))
            tgw.defaultAssociationRouteTableId = text(*options, tgwKey::associationDefault);
        if (enabled(*options, tgwKey::defaultPropagation))
            tgw.defaultPropagationRouteTableId = text(*options, tgwKey::propagationDefault);
    }
    context.add(std::move(tgw));
}

// A peering attachment has one id and one record per side (R14.3): the side whose transit
// gateway differs from the first record's is kept apart, under "<id>@<its transit gateway>".
std::string sideId(const std::string &id, const std::string &tgwId)
{
    return id + "@" + tgwId;
}

// Both attachment listings describe the same object; each fills what it knows, so the two
// copies differ by design and are merged rather than reported as a conflict. The two sides of
// a peering attachment are two views and are never merged.
void mergeAttachment(TgwAttachment incoming, ImportContext &context)
{
    const auto *first = context.design.find<TgwAttachment>(incoming.id);
    if (first && !incoming.transitGatewayId.empty() && !first->transitGatewayId.empty()
        && first->transitGatewayId != incoming.transitGatewayId)
        incoming.id = sideId(incoming.id, incoming.transitGatewayId);
    if (!context.design.find<TgwAttachment>(incoming.id)) {
        context.add(std::move(incoming));
        return;
    }
    context.design.update<TgwAttachment>(incoming.id, [&](TgwAttachment &a) {
        const auto fill = [](std::string &field, const std::string &value) {
            if (field.empty())
                field = value;
        };
        fill(a.transitGatewayId, incoming.transitGatewayId);
        fill(a.resourceId, incoming.resourceId);
        fill(a.associationRouteTableId, incoming.associationRouteTableId);
        if (a.subnetIds.empty())
            a.subnetIds = incoming.subnetIds;
        a.applianceMode = a.applianceMode || incoming.applianceMode;
        if (a.state == "available") // listings taken moments apart: the later lifecycle state
            a.state = incoming.state;
        if (a.name.empty() && !incoming.name.empty()) { // the owner account sees no name
            a.name = incoming.name;
            a.tags = incoming.tags;
        }
    });
}

TgwAttachment readAttachmentCommon(const Json &item, const std::string &id)
{
    TgwAttachment attachment;
    attachment.id = id;
    attachment.tags = tags(item);
    attachment.name = nameTag(attachment.tags);
    attachment.transitGatewayId = text(item, tgwKey::id);
    if (auto state = text(item, key::state); !state.empty())
        attachment.state = state;
    return attachment;
}

TgwRoute readStaticRoute(const Json &item)
{
    namespace k = tgwRouteTableKey;
    TgwRoute route;
    const auto destination = cidr(item, k::destination);
    if (!destination)
        throw ShapeError("missing required \"DestinationCidrBlock\"");
    route.destination = *destination;
    route.blackhole = text(item, key::state) == k::blackhole;
    route.propagated = text(item, k::type) == k::propagated;
    forEachObject(item, k::attachments, [&](const Json &attachment) {
        if (auto id = text(attachment, attachmentKey::id); !id.empty())
            route.attachmentIds.push_back(id);
    });
    return route;
}

void readStaticRoutes(const Json &item, const std::string &tableId, ImportContext &context)
{
    namespace k = tgwRouteTableKey;
    forEachObject(item, k::routes, [&](const Json &route) {
        // Prefix-list and IPv6 routes have no IPv4 destination.
        if (text(route, k::destination).empty()) {
            context.info(tableId, "TGW route without an IPv4 destination skipped");
            return;
        }
        context.pending.tgwRoutes.push_back({context.file, tableId, readStaticRoute(route)});
    });
}

template<typename T>
void warnUnknownParent(const Linked<T> &link, ImportContext &context, std::string_view what)
{
    context.note(Severity::Warning, link.parentId,
                 std::string(what) + " for a TGW route table not in the snapshot", link.file);
}

// A route in a table of transit gateway X names the attachment by its one id; X's own view of
// a peering attachment may be the record kept apart under sideId().
void pointRoutesAtOwnSide(Design &design)
{
    std::vector<std::string> tables;
    for (const auto &[id, table] : design.all<TgwRouteTable>())
        tables.push_back(id);
    for (const auto &tableId : tables) {
        const auto tgwId = design.find<TgwRouteTable>(tableId)->transitGatewayId;
        design.update<TgwRouteTable>(tableId, [&](TgwRouteTable &t) {
            for (auto &route : t.routes)
                for (auto &id : route.attachmentIds) {
                    const auto *att = design.find<TgwAttachment>(id);
                    if (att && att->transitGatewayId != tgwId
                        && design.find<TgwAttachment>(sideId(id, tgwId)))
                        id = sideId(id, tgwId);
                }
        });
    }
}

} // namespace

void readTransitGateways(const Json &array, ImportContext &context)
{
    forEachResource(array, "TransitGateways", tgwKey::id,
                    [&](const Json &item, const std::string &id) {
                        readTransitGateway(item, id, context);
                    });
}

void readTgwAttachments(const Json &array, ImportContext &context)
{
    namespace k = attachmentKey;
    forEachResource(array, "TransitGatewayAttachments", k::id,
                    [&](const Json &item, const std::string &id) {
                        TgwAttachment attachment = readAttachmentCommon(item, id);
                        if (auto type = text(item, k::resourceType); !type.empty())
                            attachment.resourceType = type;
                        attachment.resourceId = text(item, k::resourceId);
                        if (const Json *association = child(item, k::association))
                            attachment.associationRouteTableId =
                                text(*association, k::routeTableId);
                        mergeAttachment(std::move(attachment), context);
                    });
}

void readTgwVpcAttachments(const Json &array, ImportContext &context)
{
    namespace k = attachmentKey;
    forEachResource(array, "TransitGatewayVpcAttachments", k::id,
                    [&](const Json &item, const std::string &id) {
                        TgwAttachment attachment = readAttachmentCommon(item, id);
                        attachment.resourceType = "vpc";
                        attachment.resourceId = text(item, key::vpcId);
                        attachment.subnetIds = texts(item, k::subnetIds);
                        if (const Json *options = child(item, k::options))
                            attachment.applianceMode = enabled(*options, k::applianceMode);
                        mergeAttachment(std::move(attachment), context);
                    });
}

void readTgwPeeringAttachments(const Json &array, ImportContext &context)
{
    // describe-transit-gateway-peering-attachments: one item names both sides; each side gets
    // its own record, as its own region's describe-transit-gateway-attachments lists it.
    namespace k = attachmentKey;
    forEachResource(array, "TransitGatewayPeeringAttachments", k::id,
                    [&](const Json &item, const std::string &id) {
                        const Json *requester = child(item, k::requester);
                        const Json *accepter = child(item, k::accepter);
                        if (!requester || !accepter)
                            throw ShapeError("missing \"RequesterTgwInfo\" or "
                                             "\"AccepterTgwInfo\"");
                        const auto one = [&](const Json &self, const Json &peer) {
                            TgwAttachment side = readAttachmentCommon(item, id);
                            side.transitGatewayId = text(self, tgwKey::id);
                            side.resourceType = "peering";
                            side.resourceId = text(peer, tgwKey::id);
                            mergeAttachment(std::move(side), context);
                        };
                        one(*requester, *accepter);
                        one(*accepter, *requester);
                    });
}

void readTgwRouteTables(const Json &array, ImportContext &context)
{
    namespace k = tgwRouteTableKey;
    forEachResource(array, "TransitGatewayRouteTables", k::id,
                    [&](const Json &item, const std::string &id) {
                        TgwRouteTable table;
                        table.id = id;
                        table.tags = tags(item);
                        table.name = nameTag(table.tags);
                        table.transitGatewayId = text(item, tgwKey::id);
                        table.defaultAssociation = flag(item, k::defaultAssociation);
                        table.defaultPropagation = flag(item, k::defaultPropagation);
                        context.add(std::move(table));
                    });
}

void readTgwPropagations(const Json &array, ImportContext &context)
{
    namespace k = tgwRouteTableKey;
    forEachResource(array, "TransitGatewayPropagations", k::id,
                    [&](const Json &item, const std::string &id) {
                        forEachObject(item, k::propagations, [&](const Json &p) {
                            if (text(p, key::state) != "enabled")
                                return;
                            context.pending.propagations.push_back(
                                {context.file, id, requiredText(p, attachmentKey::id)});
                        });
                    });
}

void readTgwStaticRoutes(const Json &array, ImportContext &context)
{
    forEachResource(array, "TransitGatewayStaticRoutes", tgwRouteTableKey::id,
                    [&](const Json &item, const std::string &id) {
                        readStaticRoutes(item, id, context);
                    });
}

void linkTgw(ImportContext &context)
{
    auto &design = context.design;
    for (const auto &link : context.pending.propagations) {
        const bool known = design.update<TgwRouteTable>(link.parentId, [&](TgwRouteTable &t) {
            auto &ids = t.propagationAttachmentIds;
            if (std::find(ids.begin(), ids.end(), link.value) == ids.end())
                ids.push_back(link.value);
        });
        if (!known)
            warnUnknownParent(link, context, "propagation of " + link.value);
    }
    for (const auto &link : context.pending.tgwRoutes) {
        const bool known = design.update<TgwRouteTable>(link.parentId, [&](TgwRouteTable &t) {
            const auto same = [&](const TgwRoute &r) {
                return r.destination == link.value.destination;
            };
            if (std::none_of(t.routes.begin(), t.routes.end(), same))
                t.routes.push_back(link.value);
        });
        if (!known)
            warnUnknownParent(link, context, "route to " + link.value.destination.toString());
    }
    pointRoutesAtOwnSide(design);
    std::vector<std::string> missingRegion;
    for (const auto &[id, tgw] : design.all<TransitGateway>())
        if (tgw.region.empty())
            missingRegion.push_back(id);
    for (const auto &id : missingRegion)
        design.update<TransitGateway>(id, [&](TransitGateway &t) {
            t.region = context.dominantRegion();
        });
}

} // namespace mailpath::core::aws
