// EC2 resources of an AWS snapshot: network interfaces (with the role that decides OP25B
// and the ephemeral ports), instances, Elastic IPs and NAT gateways.

#include "awscontext.h"

#include <algorithm>
#include <set>

namespace mailpath::core::aws {

namespace eniKey {
constexpr std::string_view id = "NetworkInterfaceId";
constexpr std::string_view interfaceType = "InterfaceType";
constexpr std::string_view description = "Description";
constexpr std::string_view requesterId = "RequesterId";
constexpr std::string_view association = "Association";
constexpr std::string_view publicIp = "PublicIp";
constexpr std::string_view attachment = "Attachment";
constexpr std::string_view instanceId = "InstanceId";
constexpr std::string_view deviceIndex = "DeviceIndex";
constexpr std::string_view privateIp = "PrivateIpAddress";
constexpr std::string_view privateIps = "PrivateIpAddresses";
constexpr std::string_view primary = "Primary";
constexpr std::string_view sourceDestCheck = "SourceDestCheck";
} // namespace eniKey

namespace instanceKey {
constexpr std::string_view instances = "Instances";
constexpr std::string_view id = "InstanceId";
constexpr std::string_view placement = "Placement";
constexpr std::string_view platform = "Platform";
constexpr std::string_view platformDetails = "PlatformDetails";
constexpr std::string_view stateName = "Name";
constexpr std::string_view interfaces = "NetworkInterfaces";
} // namespace instanceKey

namespace addressKey {
constexpr std::string_view publicIp = "PublicIp";
constexpr std::string_view eniId = "NetworkInterfaceId";
constexpr std::string_view instanceId = "InstanceId";
} // namespace addressKey

namespace natKey {
constexpr std::string_view id = "NatGatewayId";
constexpr std::string_view connectivity = "ConnectivityType";
constexpr std::string_view addresses = "NatGatewayAddresses";
constexpr std::string_view eniId = "NetworkInterfaceId";
constexpr std::string_view privateIp = "PrivateIp";
constexpr std::string_view publicIp = "PublicIp";
constexpr std::string_view isPrimary = "IsPrimary";
} // namespace natKey

namespace {

constexpr PortRange lambdaEphemeralPorts{1024, 65535};
constexpr PortRange windowsEphemeralPorts{49152, 65535};

bool contains(std::string_view haystack, std::string_view needle)
{
    return haystack.find(needle) != std::string_view::npos;
}

// Who owns the interface, from InterfaceType first and the description AWS writes second.
EniRole classify(const Json &item, bool attachedToInstance)
{
    const std::string type = text(item, eniKey::interfaceType);
    const std::string description = text(item, eniKey::description);
    const std::string requester = text(item, eniKey::requesterId);
    if (type == "lambda" || description.starts_with("AWS Lambda VPC ENI")
        || contains(requester, ":awslambda_"))
        return EniRole::Lambda;
    if (type == "nat_gateway")
        return EniRole::NatGateway;
    if (type == "network_load_balancer" || type == "gateway_load_balancer"
        || description.starts_with("ELB "))
        return EniRole::LoadBalancer;
    if (type == "vpc_endpoint" || type == "gateway_load_balancer_endpoint"
        || description.starts_with("VPC Endpoint Interface"))
        return EniRole::VpcEndpoint;
    if (type == "transit_gateway")
        return EniRole::TgwAttachment;
    if ((description.starts_with("arn:aws:ecs:") && contains(description, ":attachment/"))
        || requester == "ecs" || contains(requester, ":ecs") || contains(requester, "ecs-"))
        return EniRole::Fargate;
    if (attachedToInstance)
        return EniRole::Workload;
    return EniRole::Other;
}

// "Interface for NAT Gateway nat-…", "VPC Endpoint Interface vpce-…": the owner's id.
std::string ownerFromDescription(EniRole role, const std::string &description)
{
    if (role != EniRole::NatGateway && role != EniRole::VpcEndpoint
        && role != EniRole::TgwAttachment)
        return {};
    const auto space = description.rfind(' ');
    return space == std::string::npos ? std::string() : description.substr(space + 1);
}

void readAddresses(const Json &item, Eni &eni)
{
    if (auto primary = ipv4(item, eniKey::privateIp))
        eni.privateIps.push_back(*primary);
    forEachObject(item, eniKey::privateIps, [&](const Json &address) {
        const auto ip = ipv4(address, eniKey::privateIp);
        if (!ip || std::find(eni.privateIps.begin(), eni.privateIps.end(), *ip)
                       != eni.privateIps.end())
            return;
        if (flag(address, eniKey::primary))
            eni.privateIps.insert(eni.privateIps.begin(), *ip);
        else
            eni.privateIps.push_back(*ip);
    });
    if (const Json *association = child(item, eniKey::association))
        eni.publicIp = ipv4(*association, eniKey::publicIp);
}

Eni readEni(const Json &item, const std::string &id)
{
    Eni eni;
    eni.id = id;
    eni.tags = tags(item);
    eni.name = nameTag(eni.tags);
    eni.subnetId = text(item, key::subnetId);
    eni.vpcId = text(item, key::vpcId);
    eni.availabilityZone = text(item, key::availabilityZone);
    readAddresses(item, eni);
    if (eni.privateIps.empty())
        throw ShapeError("missing required \"PrivateIpAddress\"");
    eni.securityGroupIds = textsOf(item, key::groups, key::groupId);
    eni.description = text(item, eniKey::description);
    eni.sourceDestCheck = flag(item, eniKey::sourceDestCheck, true);
    if (const Json *attachment = child(item, eniKey::attachment))
        eni.instanceId = text(*attachment, eniKey::instanceId);
    eni.role = classify(item, !eni.instanceId.empty());
    eni.ownerId = ownerFromDescription(eni.role, eni.description);
    if (eni.role == EniRole::Lambda)
        eni.ephemeralPorts = lambdaEphemeralPorts;
    return eni;
}

bool isWindows(const Json &item)
{
    const std::string platform = text(item, instanceKey::platform);
    const std::string details = text(item, instanceKey::platformDetails);
    return platform == "windows" || platform == "Windows" || details.starts_with("Windows");
}

void readInstance(const Json &item, const std::string &id, ImportContext &context)
{
    Instance instance;
    instance.id = id;
    instance.tags = tags(item);
    instance.name = nameTag(instance.tags);
    instance.subnetId = text(item, key::subnetId);
    instance.vpcId = text(item, key::vpcId);
    if (const Json *placement = child(item, instanceKey::placement))
        instance.availabilityZone = text(*placement, key::availabilityZone);
    context.seeZone(instance.availabilityZone);
    if (isWindows(item))
        instance.platform = "windows";
    if (const Json *state = child(item, key::state))
        instance.state = text(*state, instanceKey::stateName);
    std::vector<std::pair<int64_t, Eni>> enis;
    forEachResource(list(item, instanceKey::interfaces), instanceKey::interfaces, eniKey::id,
                    [&](const Json &ni, const std::string &eniId) {
                        Eni eni = readEni(ni, eniId);
                        eni.instanceId = id;
                        eni.role = EniRole::Workload;
                        if (eni.subnetId.empty())
                            eni.subnetId = instance.subnetId;
                        eni.availabilityZone = instance.availabilityZone;
                        const Json *attachment = child(ni, eniKey::attachment);
                        const auto index = attachment ? integer(*attachment, eniKey::deviceIndex)
                                                      : std::nullopt;
                        enis.emplace_back(index.value_or(0), std::move(eni));
                    });
    // Primary (device index 0) first.
    std::stable_sort(enis.begin(), enis.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    for (auto &[index, eni] : enis) {
        instance.eniIds.push_back(eni.id);
        context.pending.instanceEnis.push_back({context.file, id, std::move(eni)});
    }
    context.add(std::move(instance));
}

void readNatGateway(const Json &item, const std::string &id, ImportContext &context)
{
    NatGateway nat;
    nat.id = id;
    nat.tags = tags(item);
    nat.name = nameTag(nat.tags);
    nat.subnetId = text(item, key::subnetId);
    nat.vpcId = text(item, key::vpcId);
    nat.privateConnectivity = text(item, natKey::connectivity) == "private";
    if (auto state = text(item, key::state); !state.empty())
        nat.state = state;
    bool found = false;
    forEachObject(item, natKey::addresses, [&](const Json &address) {
        // Secondary addresses (IsPrimary false) do not change the primary translation.
        if (found && !flag(address, natKey::isPrimary))
            return;
        found = true;
        nat.eniId = text(address, natKey::eniId);
        if (auto ip = ipv4(address, natKey::privateIp))
            nat.privateIp = *ip;
        nat.publicIp = ipv4(address, natKey::publicIp);
    });
    if (!found)
        context.warn(id, "NAT gateway without addresses");
    if (nat.privateConnectivity && nat.publicIp)
        context.warn(id, "private NAT gateway with a public IP; the public IP is ignored");
    if (nat.privateConnectivity)
        nat.publicIp.reset();
    context.add(std::move(nat));
}

// ENIs seen only inside Reservations are created; ENIs of NetworkInterfaces win.
void linkInstanceEnis(ImportContext &context)
{
    auto &design = context.design;
    for (auto &link : context.pending.instanceEnis) {
        if (!design.find<Eni>(link.value.id)) {
            design.put(link.value);
            continue;
        }
        design.update<Eni>(link.value.id, [&](Eni &eni) {
            if (eni.instanceId.empty())
                eni.instanceId = link.parentId;
            else if (eni.instanceId != link.parentId)
                context.note(Severity::Warning, eni.id,
                             "attached to " + eni.instanceId + " but listed by instance "
                                 + link.parentId,
                             link.file);
            if (eni.availabilityZone.empty())
                eni.availabilityZone = link.value.availabilityZone;
        });
    }
    for (const auto &[id, instance] : design.all<Instance>()) {
        if (instance.platform != "windows")
            continue;
        for (const auto &eniId : instance.eniIds)
            design.update<Eni>(eniId,
                               [](Eni &eni) { eni.ephemeralPorts = windowsEphemeralPorts; });
    }
}

void linkAddress(const Linked<ElasticIp> &link, ImportContext &context)
{
    auto &design = context.design;
    std::string eniId = link.value.eniId;
    if (eniId.empty() && !link.value.instanceId.empty())
        if (const Instance *instance = design.find<Instance>(link.value.instanceId);
            instance && !instance->eniIds.empty())
            eniId = instance->eniIds.front();
    const std::string ip = link.value.publicIp.to_string();
    if (eniId.empty()) {
        context.note(Severity::Info, link.parentId, "Elastic IP " + ip + " is not associated",
                     link.file);
        return;
    }
    if (!design.update<Eni>(eniId, [&](Eni &eni) { eni.publicIp = link.value.publicIp; }))
        context.note(Severity::Warning, link.parentId,
                     "Elastic IP " + ip + " is associated with " + eniId
                         + ", which is not in the snapshot",
                     link.file);
    for (const auto &[id, nat] : design.all<NatGateway>()) {
        if (nat.eniId == eniId && !nat.publicIp && !nat.privateConnectivity) {
            design.update<NatGateway>(id,
                                      [&](NatGateway &n) { n.publicIp = link.value.publicIp; });
            break;
        }
    }
}

} // namespace

void readNetworkInterfaces(const Json &array, ImportContext &context)
{
    forEachResource(array, "NetworkInterfaces", eniKey::id,
                    [&](const Json &item, const std::string &id) {
                        Eni eni = readEni(item, id);
                        context.seeZone(eni.availabilityZone);
                        context.add(std::move(eni));
                    });
}

void readReservations(const Json &array, ImportContext &context)
{
    if (!array.is_array())
        throw ShapeError("Reservations: expected an array, found "
                         + std::string(array.type_name()));
    for (size_t i = 0; i < array.size(); ++i) {
        const std::string where = "Reservations[" + std::to_string(i) + "]";
        if (!array[i].is_object())
            throw ShapeError(where + ": expected an object, found "
                             + std::string(array[i].type_name()));
        try {
            forEachResource(list(array[i], instanceKey::instances), instanceKey::instances,
                            instanceKey::id, [&](const Json &item, const std::string &id) {
                                readInstance(item, id, context);
                            });
        } catch (const ShapeError &e) {
            throw ShapeError(where + '.' + e.what());
        }
    }
}

void readAddresses(const Json &array, ImportContext &context)
{
    forEachResource(array, "Addresses", addressKey::publicIp,
                    [&](const Json &item, const std::string &id) {
                        ElasticIp eip;
                        eip.publicIp = *ipv4(item, addressKey::publicIp);
                        eip.eniId = text(item, addressKey::eniId);
                        eip.instanceId = text(item, addressKey::instanceId);
                        context.pending.addresses.push_back({context.file, id, eip});
                    });
}

void readNatGateways(const Json &array, ImportContext &context)
{
    forEachResource(array, "NatGateways", natKey::id,
                    [&](const Json &item, const std::string &id) {
                        readNatGateway(item, id, context);
                    });
}

// An instance or ENI that a route sends traffic to, with source/destination check off: the
// simulator takes it as a NAT instance when it has a public IP (Eni::natMode "auto").
void noteNatInstances(ImportContext &context)
{
    std::set<std::string> seen;
    for (const auto &[rtId, rt] : context.design.all<RouteTable>())
        for (const auto &route : rt.routes) {
            if (route.target != RouteTarget::Instance && route.target != RouteTarget::NetworkInterface)
                continue;
            const Eni *eni = context.design.find<Eni>(route.targetId);
            if (const Instance *i = context.design.find<Instance>(route.targetId);
                i && !i->eniIds.empty())
                eni = context.design.find<Eni>(i->eniIds.front());
            if (!eni || eni->sourceDestCheck || !seen.insert(route.targetId).second)
                continue;
            const std::string what = (route.destination ? route.destination->toString()
                                                         : route.destinationPrefixListId)
                                     + " route target";
            context.info(route.targetId,
                         eni->publicIp ? route.targetId + " is taken as a NAT instance: source/"
                                             "destination check off, " + what + ", public IP "
                                             + eni->publicIp->to_string()
                                       : route.targetId + " is taken as a router (no address "
                                             "translation) unless its own subnet routes on to a "
                                             "NAT gateway: source/destination check off, " + what
                                             + ", no public IP; set it to NAT in the inspector if "
                                               "it masquerades");
        }
}

void linkEc2(ImportContext &context)
{
    linkInstanceEnis(context);
    for (const auto &link : context.pending.addresses)
        linkAddress(link, context);
    // The NAT gateway's interface carries its addresses; the role says who owns it.
    for (const auto &[id, nat] : context.design.all<NatGateway>()) {
        context.design.update<Eni>(nat.eniId, [&id = id, &nat = nat](Eni &eni) {
            eni.role = EniRole::NatGateway;
            eni.ownerId = id;
            if (!eni.publicIp)
                eni.publicIp = nat.publicIp;
        });
    }
    noteNatInstances(context);
}

} // namespace mailpath::core::aws
