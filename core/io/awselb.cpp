// Elastic Load Balancing v2 in an AWS snapshot: load balancers with their per-subnet nodes,
// target groups, and the per-parent aggregates (listeners, target health, attributes).

#include "awscontext.h"

#include <algorithm>

namespace mailpath::core::aws {

namespace lbKey {
constexpr std::string_view id = "LoadBalancerArn";
constexpr std::string_view name = "LoadBalancerName";
constexpr std::string_view type = "Type";
constexpr std::string_view scheme = "Scheme";
constexpr std::string_view internetFacing = "internet-facing";
constexpr std::string_view dnsName = "DNSName";
constexpr std::string_view securityGroups = "SecurityGroups";
constexpr std::string_view zones = "AvailabilityZones";
constexpr std::string_view zoneName = "ZoneName";
constexpr std::string_view addresses = "LoadBalancerAddresses";
constexpr std::string_view ipAddress = "IpAddress";
constexpr std::string_view privateIp = "PrivateIPv4Address";
} // namespace lbKey

namespace listenerKey {
constexpr std::string_view listeners = "Listeners";
constexpr std::string_view port = "Port";
constexpr std::string_view protocol = "Protocol";
constexpr std::string_view actions = "DefaultActions";
constexpr std::string_view actionType = "Type";
constexpr std::string_view forward = "forward";
constexpr std::string_view targetGroupArn = "TargetGroupArn";
constexpr std::string_view forwardConfig = "ForwardConfig";
constexpr std::string_view targetGroups = "TargetGroups";
} // namespace listenerKey

namespace targetGroupKey {
constexpr std::string_view id = "TargetGroupArn";
constexpr std::string_view name = "TargetGroupName";
constexpr std::string_view targetType = "TargetType";
constexpr std::string_view protocol = "Protocol";
constexpr std::string_view port = "Port";
constexpr std::string_view healthCheckPort = "HealthCheckPort";
constexpr std::string_view trafficPort = "traffic-port";
constexpr std::string_view healthCheckProtocol = "HealthCheckProtocol";
constexpr std::string_view loadBalancerArns = "LoadBalancerArns";
} // namespace targetGroupKey

namespace healthKey {
constexpr std::string_view descriptions = "TargetHealthDescriptions";
constexpr std::string_view target = "Target";
constexpr std::string_view id = "Id";
constexpr std::string_view port = "Port";
constexpr std::string_view health = "TargetHealth";
} // namespace healthKey

namespace attributeKey {
constexpr std::string_view attributes = "Attributes";
constexpr std::string_view key = "Key";
constexpr std::string_view value = "Value";
constexpr std::string_view crossZone = "load_balancing.cross_zone.enabled";
} // namespace attributeKey

namespace {

uint16_t port(const Json &object, std::string_view key)
{
    const auto value = integer(object, key);
    if (!value)
        return 0;
    if (*value < 1 || *value > 65535)
        throw ShapeError(std::string(key) + ": port out of range: " + std::to_string(*value));
    return uint16_t(*value);
}

ServiceNode readNode(const Json &zone, ImportContext &context)
{
    ServiceNode node;
    node.subnetId = text(zone, key::subnetId);
    context.seeZone(text(zone, lbKey::zoneName));
    forEachObject(zone, lbKey::addresses, [&](const Json &address) {
        if (auto ip = ipv4(address, lbKey::privateIp))
            node.privateIp = *ip;
        if (auto ip = ipv4(address, lbKey::ipAddress))
            node.publicIp = *ip;
    });
    return node;
}

void readLoadBalancer(const Json &item, const std::string &id, ImportContext &context)
{
    LoadBalancer lb;
    lb.id = id;
    lb.tags = tags(item);
    lb.name = text(item, lbKey::name);
    if (auto type = text(item, lbKey::type); !type.empty())
        lb.type = type;
    lb.internetFacing = text(item, lbKey::scheme) == lbKey::internetFacing;
    lb.vpcId = text(item, key::vpcId);
    lb.dnsName = text(item, lbKey::dnsName);
    lb.securityGroupIds = texts(item, lbKey::securityGroups);
    forEachObject(item, lbKey::zones, [&](const Json &zone) {
        ServiceNode node = readNode(zone, context);
        if (!node.subnetId.empty())
            lb.nodes.push_back(std::move(node));
    });
    if (lb.type != "network" && lb.type != "application")
        context.info(id, "load balancer type \"" + lb.type + "\" is simulated like a network"
                                                            " load balancer");
    context.add(std::move(lb));
}

std::string forwardTarget(const Json &action)
{
    if (auto arn = text(action, listenerKey::targetGroupArn); !arn.empty())
        return arn;
    if (const Json *config = child(action, listenerKey::forwardConfig)) {
        const auto arns = textsOf(*config, listenerKey::targetGroups, listenerKey::targetGroupArn);
        if (!arns.empty())
            return arns.front();
    }
    return {};
}

void readListener(const Json &item, const std::string &loadBalancerId, ImportContext &context)
{
    Listener listener;
    listener.port = port(item, listenerKey::port);
    listener.protocol = text(item, listenerKey::protocol);
    // A Gateway Load Balancer's listener has neither: it takes every packet, GENEVE (R16.1).
    if (listener.port == 0 && loadBalancerId.find("/gwy/") != std::string::npos) {
        listener.port = 6081;
        listener.protocol = "GENEVE";
    }
    if (listener.port == 0)
        throw ShapeError("missing required \"Port\"");
    forEachObject(item, listenerKey::actions, [&](const Json &action) {
        if (text(action, listenerKey::actionType) == listenerKey::forward
            && listener.targetGroupId.empty())
            listener.targetGroupId = forwardTarget(action);
    });
    context.pending.listeners.push_back({context.file, loadBalancerId, std::move(listener)});
}

void readTargetGroup(const Json &item, const std::string &id, ImportContext &context)
{
    namespace k = targetGroupKey;
    TargetGroup group;
    group.id = id;
    group.tags = tags(item);
    group.name = text(item, k::name);
    group.vpcId = text(item, key::vpcId);
    if (auto value = text(item, k::targetType); !value.empty())
        group.targetType = value;
    if (auto value = text(item, k::protocol); !value.empty())
        group.protocol = value;
    group.port = port(item, k::port);
    const std::string checkPort = text(item, k::healthCheckPort);
    group.healthCheckPort = checkPort.empty() || checkPort == k::trafficPort
                                ? 0
                                : port(item, k::healthCheckPort);
    if (auto value = text(item, k::healthCheckProtocol); !value.empty())
        group.healthCheckProtocol = value;
    group.loadBalancerIds = texts(item, k::loadBalancerArns);
    context.add(std::move(group));
}

Target readTarget(const Json &description)
{
    const Json *target = child(description, healthKey::target);
    if (!target)
        throw ShapeError("missing required \"Target\"");
    Target result;
    result.id = requiredText(*target, healthKey::id);
    result.port = port(*target, healthKey::port);
    result.availabilityZone = text(*target, key::availabilityZone);
    if (const Json *health = child(description, healthKey::health))
        if (auto state = text(*health, key::state); !state.empty())
            result.health = state;
    return result;
}

// "arn:…:loadbalancer/net/test-lb/725b…" -> "ELB net/test-lb/725b…", AWS's ENI description.
std::string nodeDescription(const std::string &arn)
{
    const auto pos = arn.find(":loadbalancer/");
    return pos == std::string::npos ? std::string() : "ELB " + arn.substr(pos + 14);
}

void linkNodes(const std::string &id, ImportContext &context)
{
    auto &design = context.design;
    const std::string description = nodeDescription(id);
    std::vector<ServiceNode> nodes = design.find<LoadBalancer>(id)->nodes;
    for (auto &node : nodes) {
        for (const auto &[eniId, eni] : design.all<Eni>()) {
            if (eni.subnetId != node.subnetId || eni.description != description)
                continue;
            node.eniId = eniId;
            node.privateIp = eni.primaryIp();
            if (eni.publicIp)
                node.publicIp = eni.publicIp;
            break;
        }
        if (node.eniId.empty())
            context.info(id, "no network interface found for the node in " + node.subnetId);
        else
            design.update<Eni>(node.eniId, [&](Eni &eni) {
                eni.role = EniRole::LoadBalancer;
                eni.ownerId = id;
            });
    }
    design.update<LoadBalancer>(id, [&](LoadBalancer &lb) { lb.nodes = std::move(nodes); });
}

void linkListeners(ImportContext &context)
{
    for (const auto &link : context.pending.listeners) {
        auto &design = context.design;
        const bool known = design.update<LoadBalancer>(link.parentId, [&](LoadBalancer &lb) {
            const auto same = [&](const Listener &l) {
                return l.port == link.value.port && l.protocol == link.value.protocol;
            };
            if (std::none_of(lb.listeners.begin(), lb.listeners.end(), same))
                lb.listeners.push_back(link.value);
        });
        if (!known)
            context.note(Severity::Warning, link.parentId,
                         "listener on port " + std::to_string(link.value.port)
                             + " for a load balancer not in the snapshot",
                         link.file);
    }
}

void linkTargets(ImportContext &context)
{
    for (const auto &link : context.pending.targets) {
        const bool known = context.design.update<TargetGroup>(link.parentId, [&](TargetGroup &g) {
            const auto same = [&](const Target &t) {
                return t.id == link.value.id && t.port == link.value.port;
            };
            if (std::none_of(g.targets.begin(), g.targets.end(), same))
                g.targets.push_back(link.value);
        });
        if (!known)
            context.note(Severity::Warning, link.parentId,
                         "target " + link.value.id + " for a target group not in the snapshot",
                         link.file);
    }
}

} // namespace

void readLoadBalancers(const Json &array, ImportContext &context)
{
    forEachResource(array, "LoadBalancers", lbKey::id,
                    [&](const Json &item, const std::string &id) {
                        readLoadBalancer(item, id, context);
                    });
}

void readTargetGroups(const Json &array, ImportContext &context)
{
    forEachResource(array, "TargetGroups", targetGroupKey::id,
                    [&](const Json &item, const std::string &id) {
                        readTargetGroup(item, id, context);
                    });
}

void readListenerAggregate(const Json &array, ImportContext &context)
{
    forEachResource(array, "LoadBalancerListeners", lbKey::id,
                    [&](const Json &item, const std::string &id) {
                        forEachObject(item, listenerKey::listeners, [&](const Json &listener) {
                            readListener(listener, id, context);
                        });
                    });
}

void readListeners(const Json &array, ImportContext &context)
{
    // Raw elbv2 describe-listeners: every listener names its load balancer.
    forEachResource(array, "Listeners", lbKey::id, [&](const Json &item, const std::string &id) {
        readListener(item, id, context);
    });
}

void readTargetHealthAggregate(const Json &array, ImportContext &context)
{
    forEachResource(array, "LoadBalancerTargetHealth", targetGroupKey::id,
                    [&](const Json &item, const std::string &id) {
                        forEachObject(item, healthKey::descriptions, [&](const Json &d) {
                            context.pending.targets.push_back({context.file, id, readTarget(d)});
                        });
                    });
}

void readAttributeAggregate(const Json &array, ImportContext &context)
{
    forEachResource(array, "LoadBalancerAttributes", lbKey::id,
                    [&](const Json &item, const std::string &id) {
                        forEachObject(item, attributeKey::attributes, [&](const Json &a) {
                            if (text(a, attributeKey::key) != attributeKey::crossZone)
                                return;
                            const bool on = text(a, attributeKey::value) == "true";
                            context.pending.crossZone.push_back({context.file, id, on});
                        });
                    });
}

void linkElb(ImportContext &context)
{
    std::vector<std::string> ids;
    for (const auto &[id, lb] : context.design.all<LoadBalancer>())
        if (!lb.isClassic()) // linkClassic
            ids.push_back(id);
    for (const auto &id : ids)
        linkNodes(id, context);
    linkListeners(context);
    linkTargets(context);
    for (const auto &link : context.pending.crossZone) {
        if (!context.design.update<LoadBalancer>(
                link.parentId, [&](LoadBalancer &lb) { lb.crossZone = link.value; }))
            context.note(Severity::Warning, link.parentId,
                         "attributes for a load balancer not in the snapshot", link.file);
    }
}

} // namespace mailpath::core::aws
