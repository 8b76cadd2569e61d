#include "blockersplan.h"

#include "../model/design.h"
#include "../model/resources.h"
#include "reasontexts.h"

#include <algorithm>
#include <cstdlib>
#include <map>
#include <set>
#include <tuple>

namespace mailpath::core {

std::optional<Hop> hopAtBlock(const Simulator &simulator, const MatrixRow &row)
{
    Query query;
    query.from = row.from;
    query.to = row.to;
    query.port = row.port;
    const Trace trace = simulator.trace(query);
    if (!trace.blockedAt)
        return std::nullopt;
    const auto &hops = trace.blockedAt->direction == Direction::Forward ? trace.forward
                                                                        : trace.reply;
    const auto deny = std::find_if(hops.begin(), hops.end(), [](const Hop &h) {
        return h.action == HopAction::Deny;
    });
    if (deny == hops.end())
        return std::nullopt;
    return *deny;
}

namespace {

bool isSmtpPort(uint16_t port)
{
    return port == 25 || port == 465 || port == 587 || port == 2525;
}

/**
 * The listener a new one on `port` copies: the same port but for the thousands (2465 and
 * 465), then a standard SMTP port, then the nearest. TCP only: TLS and SSL need a certificate.
 */
const Listener *listenerToCopy(const LoadBalancer &lb, uint16_t port)
{
    auto rank = [port](const Listener &l) {
        return std::tuple(l.port % 1000 == port % 1000 ? 0 : 1, isSmtpPort(l.port) ? 0 : 1,
                          std::abs(int(l.port) - int(port)), l.port);
    };
    const Listener *best = nullptr;
    for (const auto &l : lb.listeners) {
        const bool tcp = l.protocol == "TCP"
                         && (l.instanceProtocol.empty() || l.instanceProtocol == "TCP");
        if (tcp && (!best || rank(l) < rank(*best)))
            best = &l;
    }
    return best;
}

/** The ports refused, as they reached the component (one trace per port of the rows). */
std::vector<uint16_t> refusedPorts(const Simulator &simulator, const std::vector<MatrixRow> &rows,
                                   const BlockerGroup &group)
{
    std::set<uint16_t> rowPorts;
    std::set<uint16_t> ports;
    for (size_t i : group.rows) {
        if (!rowPorts.insert(rows[i].port).second)
            continue;
        if (const auto hop = hopAtBlock(simulator, rows[i]))
            ports.insert(hop->out.dstPorts.lo);
    }
    return {ports.begin(), ports.end()};
}

std::optional<ListenerFix> listenerFor(const Design &design, const LoadBalancer &lb,
                                       uint16_t port)
{
    // A listener on the port with another protocol needs a change, not a copy.
    if (std::any_of(lb.listeners.begin(), lb.listeners.end(),
                    [port](const Listener &l) { return l.port == port; }))
        return std::nullopt;
    const Listener *model = listenerToCopy(lb, port);
    if (!model)
        return std::nullopt;
    ListenerFix fix;
    fix.listener = *model;
    fix.listener.port = port;
    fix.copiedPort = model->port;
    if (lb.isClassic()) {
        fix.listener.instancePort = model->backendPort();
        fix.targetPort = model->backendPort();
    } else {
        const auto *tg = design.find<TargetGroup>(model->targetGroupId);
        if (!tg)
            return std::nullopt;
        fix.target = tg->name.empty() ? tg->id : tg->name;
        fix.targetPort = tg->port;
    }
    return fix;
}

} // namespace

bool isListenerReason(const BlockerGroup &group)
{
    return (group.reason == ReasonCode::NlbNoListener
            && group.kind == ResourceKind::LoadBalancer)
           || (group.reason == ReasonCode::NoListener && group.kind == ResourceKind::SmtpServer);
}

std::optional<ModelFix> planListenerFix(const Simulator &simulator,
                                        const std::vector<MatrixRow> &rows,
                                        const BlockerGroup &group)
{
    const Design &design = simulator.design();
    ModelFix fix;
    fix.resource = group.resource;
    if (const auto *server = design.find<SmtpServer>(group.resource)) {
        fix.kind = ModelFix::Kind::AddServerPorts;
        fix.resourceName = server->name;
        for (uint16_t port : refusedPorts(simulator, rows, group))
            if (std::find(server->ports.begin(), server->ports.end(), port)
                == server->ports.end())
                fix.serverPorts.push_back(port);
    } else if (const auto *lb = design.find<LoadBalancer>(group.resource)) {
        fix.kind = ModelFix::Kind::AddListeners;
        fix.resourceName = lb->name;
        for (uint16_t port : refusedPorts(simulator, rows, group))
            if (auto listener = listenerFor(design, *lb, port))
                fix.listeners.push_back(std::move(*listener));
    }
    if (fix.serverPorts.empty() && fix.listeners.empty())
        return std::nullopt;
    return fix;
}

namespace {

struct Via
{
    RouteTarget kind;
    std::string id;
    friend bool operator==(const Via &, const Via &) = default;
};

std::string azOfSubnet(const Design &design, const std::string &subnetId)
{
    const auto *subnet = design.find<Subnet>(subnetId);
    return subnet ? subnet->availabilityZone : std::string();
}

const TgwAttachment *vpcAttachment(const Design &design, const std::string &tgw,
                                   const std::string &vpc)
{
    for (const auto &[id, att] : design.all<TgwAttachment>())
        if (att.transitGatewayId == tgw && att.resourceType == "vpc" && att.resourceId == vpc
            && att.state == "available")
            return &att;
    return nullptr;
}

std::set<std::string> tgwsOf(const Design &design, const std::string &vpc)
{
    std::set<std::string> tgws;
    for (const auto &[id, att] : design.all<TgwAttachment>())
        if (att.resourceType == "vpc" && att.resourceId == vpc && att.state == "available")
            tgws.insert(att.transitGatewayId);
    return tgws;
}

/** A transit gateway with a static route for `dst` in the table the VPC's attachment uses. */
bool tgwRoutes(const Design &design, const std::string &tgw, const std::string &vpc, Ipv4 dst)
{
    const auto *att = vpcAttachment(design, tgw, vpc);
    const auto *gw = design.find<TransitGateway>(tgw);
    const std::string tableId = att && !att->associationRouteTableId.empty()
                                    ? att->associationRouteTableId
                                    : gw ? gw->defaultAssociationRouteTableId : std::string();
    const auto *table = design.find<TgwRouteTable>(tableId);
    return table && std::any_of(table->routes.begin(), table->routes.end(), [&](const auto &r) {
        return !r.blackhole && r.destination.contains(dst);
    });
}

/** NAT gateways of the VPC: the only one, else the only one in the subnet's zone. */
std::vector<Via> natFor(const Design &design, const std::string &vpc, const std::string &az)
{
    std::vector<Via> all, inZone;
    for (const auto &[id, nat] : design.all<NatGateway>()) {
        if (nat.vpcId != vpc || nat.state != "available" || nat.privateConnectivity)
            continue;
        all.push_back({RouteTarget::NatGateway, id});
        if (!az.empty() && azOfSubnet(design, nat.subnetId) == az)
            inZone.push_back(all.back());
    }
    return all.size() <= 1 ? all : inZone;
}

std::vector<Via> toOnPrem(const Design &design, const std::string &vpc)
{
    std::vector<Via> found;
    for (const auto &[id, vgw] : design.all<VpnGateway>())
        if (vgw.state == "available"
            && std::find(vgw.vpcIds.begin(), vgw.vpcIds.end(), vpc) != vgw.vpcIds.end())
            found.push_back({RouteTarget::VpnGateway, id});
    for (const auto &tgw : tgwsOf(design, vpc)) {
        const auto &atts = design.all<TgwAttachment>();
        if (std::any_of(atts.begin(), atts.end(), [&](const auto &a) {
                return a.second.transitGatewayId == tgw && a.second.state == "available"
                       && (a.second.resourceType == "vpn"
                           || a.second.resourceType == "direct-connect-gateway");
            }))
            found.push_back({RouteTarget::TransitGateway, tgw});
    }
    return found;
}

std::vector<Via> toVpc(const Design &design, const std::string &vpc, const std::string &peer)
{
    std::vector<Via> found;
    for (const auto &[id, pcx] : design.all<PeeringConnection>())
        if (pcx.status == "active"
            && ((pcx.requesterVpcId == vpc && pcx.accepterVpcId == peer)
                || (pcx.requesterVpcId == peer && pcx.accepterVpcId == vpc)))
            found.push_back({RouteTarget::Peering, id});
    for (const auto &tgw : tgwsOf(design, vpc))
        if (vpcAttachment(design, tgw, peer))
            found.push_back({RouteTarget::TransitGateway, tgw});
    return found;
}

/** Where a route to `dst` from the table's VPC can go, with the destination it covers. */
std::pair<std::optional<Cidr>, std::vector<Via>> targetsFor(const Design &design,
                                                               const RouteTable &table,
                                                               const std::string &az, Ipv4 dst)
{
    for (const auto &[id, net] : design.all<OnPremNetwork>())
        for (const auto &cidr : net.cidrs)
            if (cidr.contains(dst))
                return {cidr, toOnPrem(design, table.vpcId)};
    for (const auto &[id, vpc] : design.all<Vpc>()) {
        if (id == table.vpcId || !vpc.contains(dst))
            continue;
        for (const auto &cidr : vpc.cidrs)
            if (cidr.contains(dst))
                return {cidr, toVpc(design, table.vpcId, id)};
    }
    if (classify(dst) != AddressClass::Public)
        return {};
    auto found = natFor(design, table.vpcId, az);
    for (const auto &tgw : tgwsOf(design, table.vpcId))
        if (tgwRoutes(design, tgw, table.vpcId, dst))
            found.push_back({RouteTarget::TransitGateway, tgw});
    return {Cidr::any(), std::move(found)};
}

} // namespace

bool isRouteReason(const BlockerGroup &group)
{
    return group.reason == ReasonCode::RouteNoMatch && group.kind == ResourceKind::RouteTable;
}

std::optional<ModelFix> planRouteFix(const Simulator &simulator,
                                     const std::vector<MatrixRow> &rows,
                                     const BlockerGroup &group)
{
    const Design &design = simulator.design();
    const auto *table = design.find<RouteTable>(group.resource);
    if (!table)
        return std::nullopt;
    std::map<Cidr, std::optional<Via>> byDestination; // nullopt: flows disagree
    std::set<std::pair<std::string, uint32_t>> planned;   // (subnet, destination)
    for (size_t i : group.rows) {
        const auto hop = hopAtBlock(simulator, rows[i]);
        if (!hop || !planned.emplace(hop->appliesTo, hop->out.dst.to_uint()).second)
            continue;
        const auto [cidr, targets] = targetsFor(design, *table,
                                                azOfSubnet(design, hop->appliesTo), hop->out.dst);
        if (!cidr || targets.size() != 1)
            continue; // none or ambiguous: the flow keeps its sentence
        const auto [it, added] = byDestination.try_emplace(*cidr, targets.front());
        if (!added && it->second != targets.front())
            it->second.reset();
    }
    ModelFix fix;
    fix.kind = ModelFix::Kind::AddRoutes;
    fix.resource = table->id;
    fix.resourceName = table->name;
    for (const auto &[cidr, target] : byDestination) {
        if (!target)
            continue;
        Route route;
        route.destination = cidr;
        route.target = target->kind;
        route.targetId = target->id;
        fix.routes.push_back(route);
    }
    if (fix.routes.empty())
        return std::nullopt;
    return fix;
}

bool isAttachmentReason(const BlockerGroup &group)
{
    return group.kind == ResourceKind::TgwAttachment
           && (group.reason == ReasonCode::AsymmetricReturn
               || group.reason == ReasonCode::TgwNoAttachmentInAz);
}

namespace {

/** The zones the flows' fix sentences ask the attachment to cover ("add a subnet in %1"). */
std::set<std::string> missingZones(const std::vector<MatrixRow> &rows, const BlockerGroup &group)
{
    std::set<std::string> zones;
    for (size_t i : group.rows) {
        const auto &fix = rows[i].blockedAt->fixMessage;
        if (!fix.phrases.empty() && fix.phrases.front().text == &texts::tgwNoSubnetInAzFix
            && !fix.phrases.front().args.empty())
            zones.insert(fix.phrases.front().args.front().text);
    }
    return zones;
}

/** The VPC's only subnet in the zone; none when it has several (which one is a choice). */
std::string onlySubnetIn(const Design &design, const std::string &vpc, const std::string &az)
{
    std::string found;
    for (const auto &[id, subnet] : design.all<Subnet>()) {
        if (subnet.vpcId != vpc || subnet.availabilityZone != az)
            continue;
        if (!found.empty())
            return {};
        found = id;
    }
    return found;
}

} // namespace

std::optional<ModelFix> planAttachmentFix(const Simulator &simulator,
                                          const std::vector<MatrixRow> &rows,
                                          const BlockerGroup &group)
{
    const Design &design = simulator.design();
    const auto *att = design.find<TgwAttachment>(group.resource);
    if (!att || att->resourceType != "vpc")
        return std::nullopt;
    ModelFix fix;
    fix.resource = att->id;
    fix.resourceName = att->name;
    if (group.reason == ReasonCode::AsymmetricReturn) {
        if (att->applianceMode)
            return std::nullopt;
        fix.kind = ModelFix::Kind::EnableApplianceMode;
        return fix;
    }
    fix.kind = ModelFix::Kind::AddAttachmentSubnets;
    for (const auto &az : missingZones(rows, group))
        if (const auto subnet = onlySubnetIn(design, att->resourceId, az); !subnet.empty())
            fix.attachmentSubnets.push_back(subnet);
    if (fix.attachmentSubnets.empty())
        return std::nullopt;
    return fix;
}

} // namespace mailpath::core
