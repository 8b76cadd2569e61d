// Classic Load Balancers in an AWS snapshot: `aws elb describe-load-balancers`
// (LoadBalancerDescriptions) and the per-load-balancer aggregate of
// `aws elb describe-instance-health` (ClassicLoadBalancerInstanceHealth). A Classic Load
// Balancer is known by its name; its nodes' addresses come from the ENIs AWS creates for it
// (description "ELB <name>", requester amazon-elb).

#include "awscontext.h"

#include <algorithm>

namespace mailpath::core::aws {

namespace clbKey {
constexpr std::string_view name = "LoadBalancerName";
constexpr std::string_view dnsName = "DNSName";
constexpr std::string_view scheme = "Scheme";
constexpr std::string_view internetFacing = "internet-facing";
constexpr std::string_view vpcId = "VPCId";
constexpr std::string_view subnets = "Subnets";
constexpr std::string_view securityGroups = "SecurityGroups";
constexpr std::string_view listeners = "ListenerDescriptions";
constexpr std::string_view listener = "Listener";
constexpr std::string_view protocol = "Protocol";
constexpr std::string_view port = "LoadBalancerPort";
constexpr std::string_view instanceProtocol = "InstanceProtocol";
constexpr std::string_view instancePort = "InstancePort";
constexpr std::string_view instances = "Instances";
constexpr std::string_view instanceId = "InstanceId";
constexpr std::string_view healthCheck = "HealthCheck";
constexpr std::string_view target = "Target";
constexpr std::string_view backends = "BackendServerDescriptions";
constexpr std::string_view policyNames = "PolicyNames";
constexpr std::string_view instanceStates = "InstanceStates";
constexpr std::string_view state = "State";
} // namespace clbKey

namespace {

uint16_t listenerPort(const Json &object, std::string_view key)
{
    const auto value = integer(object, key);
    if (!value)
        throw ShapeError("missing required \"" + std::string(key) + "\"");
    if (*value < 1 || *value > 65535)
        throw ShapeError(std::string(key) + ": port out of range: " + std::to_string(*value));
    return uint16_t(*value);
}

Listener readClassicListener(const Json &description)
{
    const Json *item = child(description, clbKey::listener);
    if (!item)
        throw ShapeError("ListenerDescriptions: missing required \"Listener\"");
    Listener l;
    l.port = listenerPort(*item, clbKey::port);
    l.protocol = text(*item, clbKey::protocol);
    l.instancePort = listenerPort(*item, clbKey::instancePort);
    l.instanceProtocol = text(*item, clbKey::instanceProtocol);
    if (l.instancePort == l.port)
        l.instancePort = 0;
    if (l.instanceProtocol == l.protocol)
        l.instanceProtocol.clear();
    return l;
}

// Policy names are the user's; a Proxy Protocol policy is the only backend policy that
// matters here, and AWS's own examples name it so.
bool hasProxyProtocol(const Json &item)
{
    bool found = false;
    forEachObject(item, clbKey::backends, [&](const Json &backend) {
        for (const auto &policy : texts(backend, clbKey::policyNames))
            found = found || policy.find("roxy") != std::string::npos;
    });
    return found;
}

void readClassic(const Json &item, const std::string &name, ImportContext &context)
{
    LoadBalancer lb;
    lb.id = name;
    lb.name = name;
    lb.type = "classic";
    lb.crossZone = true; // describe-load-balancer-attributes is not collected; the console default
    lb.internetFacing = text(item, clbKey::scheme) == clbKey::internetFacing;
    lb.vpcId = text(item, clbKey::vpcId);
    lb.dnsName = text(item, clbKey::dnsName);
    lb.securityGroupIds = texts(item, clbKey::securityGroups);
    for (const auto &subnet : texts(item, clbKey::subnets))
        lb.nodes.push_back(ServiceNode{subnet, Ipv4(), std::nullopt, {}});
    forEachObject(item, clbKey::listeners,
                  [&](const Json &d) { lb.listeners.push_back(readClassicListener(d)); });
    forEachObject(item, clbKey::instances, [&](const Json &i) {
        Target t;
        t.id = requiredText(i, clbKey::instanceId);
        lb.instances.push_back(std::move(t));
    });
    if (const Json *check = child(item, clbKey::healthCheck))
        lb.healthCheck = text(*check, clbKey::target);
    lb.proxyProtocol = hasProxyProtocol(item);
    if (lb.vpcId.empty())
        context.warn(name, "Classic Load Balancer outside a VPC (EC2-Classic) is not simulated");
    context.add(std::move(lb));
}

// InService -> healthy; OutOfService -> unhealthy; Unknown -> unavailable.
std::string healthOf(const std::string &state)
{
    if (state == "InService")
        return "healthy";
    if (state == "OutOfService")
        return "unhealthy";
    return "unavailable";
}

void linkClassicNodes(const std::string &id, ImportContext &context)
{
    auto &design = context.design;
    std::vector<ServiceNode> nodes = design.find<LoadBalancer>(id)->nodes;
    for (auto &node : nodes) {
        for (const auto &[eniId, eni] : design.all<Eni>()) {
            if (eni.subnetId != node.subnetId || eni.description != "ELB " + id)
                continue;
            node.eniId = eniId;
            node.privateIp = eni.primaryIp();
            node.publicIp = eni.publicIp;
            break;
        }
        if (node.eniId.empty())
            context.info(id, "no network interface \"ELB " + id + "\" found in " + node.subnetId
                                 + ": the node has no address");
        else
            design.update<Eni>(node.eniId, [&](Eni &eni) {
                eni.role = EniRole::LoadBalancer;
                eni.ownerId = id;
            });
    }
    design.update<LoadBalancer>(id, [&](LoadBalancer &lb) { lb.nodes = std::move(nodes); });
}

} // namespace

void readClassicLoadBalancers(const Json &array, ImportContext &context)
{
    forEachResource(array, "LoadBalancerDescriptions", clbKey::name,
                    [&](const Json &item, const std::string &name) {
                        readClassic(item, name, context);
                    });
}

void readClassicInstanceHealth(const Json &array, ImportContext &context)
{
    forEachResource(array, "ClassicLoadBalancerInstanceHealth", clbKey::name,
                    [&](const Json &item, const std::string &name) {
                        forEachObject(item, clbKey::instanceStates, [&](const Json &s) {
                            Target t;
                            t.id = requiredText(s, clbKey::instanceId);
                            t.health = healthOf(text(s, clbKey::state));
                            context.pending.classicHealth.push_back({context.file, name, t});
                        });
                    });
}

void linkClassic(ImportContext &context)
{
    std::vector<std::string> ids;
    for (const auto &[id, lb] : context.design.all<LoadBalancer>())
        if (lb.isClassic())
            ids.push_back(id);
    for (const auto &id : ids)
        linkClassicNodes(id, context);
    for (const auto &link : context.pending.classicHealth) {
        bool listed = false;
        const bool known = context.design.update<LoadBalancer>(link.parentId, [&](LoadBalancer &lb) {
            for (auto &t : lb.instances)
                if (t.id == link.value.id) {
                    t.health = link.value.health;
                    listed = true;
                }
        });
        if (!known || !listed)
            context.note(Severity::Warning, link.parentId,
                         "health of " + link.value.id + " for "
                             + (known ? "an instance the load balancer does not list"
                                      : "a Classic Load Balancer not in the snapshot"),
                         link.file);
    }
}

} // namespace mailpath::core::aws
