#include "compiled.h"

#include "../model/kindtraits.h"
#include "../model/lifecycle.h"
#include "../model/publicplan.h"

#include <algorithm>
#include <utility>

namespace mailpath::core {

namespace {
std::optional<Ipv4> addressOfTarget(const Design &design, const Target &t)
{
    if (const auto *instance = design.find<Instance>(t.id)) {
        const auto *eni = instance->eniIds.empty() ? nullptr
                                                   : design.find<Eni>(instance->eniIds.front());
        return eni ? std::optional<Ipv4>(eni->primaryIp()) : std::nullopt;
    }
    return parseIpv4(t.id);
}
} // namespace

CompiledNetwork::CompiledNetwork(const Design &d)
    : design(d)
{
    compileVpcs();
    compileSubnets();
    compileOwners();
    compileRouteTables();
    compileTgwRouteTables();
    compilePublicOwners();
    compileSes();
    compileLookups();
    resolver = peerResolver();
}

void CompiledNetwork::compileLookups()
{
    m_goneStates = goneResources(design);
    for (const auto &[id, info] : subnets)
        m_subnetCidrs.push_back(&info.subnet->cidr);
    for (const auto &[id, tg] : design.all<TargetGroup>())
        for (const auto &t : tg.targets)
            m_targetAddresses[&tg].push_back(addressOfTarget(design, t));
    for (const auto &[id, att] : design.all<TgwAttachment>()) {
        auto &own = m_attachmentSubnets[&att];
        for (const auto &subnetId : att.subnetIds)
            if (const auto it = subnets.find(subnetId); it != subnets.end())
                own.push_back(&it->second);
        if (att.resourceType != "vpc")
            continue;
        auto &list = m_vpcAttachments[att.resourceId];
        auto it = std::find_if(list.begin(), list.end(),
                               [&](const auto &a) { return a.tgwId == att.transitGatewayId; });
        if (it == list.end())
            it = list.insert(list.end(), {att.transitGatewayId});
        if (!isGoneState(att.state))
            it->live = it->live ? it->live : &att;
        else
            it->gone = &att;
    }
}

std::optional<Ipv4> CompiledNetwork::targetAddress(const TargetGroup &tg, size_t target) const
{
    const auto it = m_targetAddresses.find(&tg);
    if (it != m_targetAddresses.end() && target < it->second.size())
        return it->second[target];
    return addressOfTarget(design, tg.targets.at(target));
}

std::string_view CompiledNetwork::goneState(std::string_view id) const
{
    if (m_goneStates.empty())
        return {};
    const auto it = m_goneStates.find(id);
    return it == m_goneStates.end() ? std::string_view() : std::string_view(it->second);
}

const Cidr *CompiledNetwork::subnetCidrContaining(Ipv4 address) const
{
    for (const Cidr *cidr : m_subnetCidrs)
        if (cidr->contains(address))
            return cidr;
    return nullptr;
}

void CompiledNetwork::compileVpcs()
{
    for (const auto &[id, vpc] : design.all<Vpc>())
        vpcs[id].vpc = &vpc;
    for (const auto &[id, igw] : design.all<InternetGateway>())
        for (const auto &vpcId : igw.vpcIds)
            if (auto it = vpcs.find(vpcId); it != vpcs.end())
                it->second.igw = &igw;
    for (const auto &[id, rt] : design.all<RouteTable>())
        for (const auto &gatewayId : rt.gatewayIds)
            if (auto it = vpcs.find(rt.vpcId); it != vpcs.end() && it->second.igw
                && it->second.igw->id == gatewayId)
                it->second.igwEdgeTable = &rt;
    for (const auto &[id, vgw] : design.all<VpnGateway>())
        for (const auto &vpcId : vgw.vpcIds)
            if (auto it = vpcs.find(vpcId); it != vpcs.end())
                it->second.vgws.push_back(&vgw);
}

void CompiledNetwork::compileSubnets()
{
    const auto tables = subnetTables(design);
    for (const auto &[id, subnet] : design.all<Subnet>()) {
        auto &info = subnets[id];
        info.subnet = &subnet;
        if (const auto *v = vpcInfo(subnet.vpcId))
            info.vpc = v->vpc;
        info.routeTable = tables.at(id).routeTable;
        info.acl = tables.at(id).acl;
    }
    for (auto &[id, info] : subnets) {
        if (info.acl) {
            info.aclIn = aclEntries(*info.acl, false);
            info.aclOut = aclEntries(*info.acl, true);
        }
    }
}

void CompiledNetwork::addOwner(std::string_view vpcId, AddressOwner owner)
{
    if (auto it = vpcs.find(vpcId); it != vpcs.end())
        it->second.owners.try_emplace(owner.privateIp.to_uint(), owner);
}

void CompiledNetwork::compileOwners()
{
    for (const auto &[id, instance] : design.all<Instance>())
        for (const auto &eniId : instance.eniIds)
            instanceByEni[eniId] = &instance;
    for (const auto &[id, eni] : design.all<Eni>()) {
        const auto *s = subnetInfo(eni.subnetId);
        for (const auto &ip : eni.privateIps) {
            AddressOwner owner{AddressOwner::Interface, eni.id, &eni};
            owner.subnet = s ? s->subnet : nullptr;
            owner.privateIp = ip;
            // Managed ENIs are registered below through their service, which knows more.
            if (eni.role == EniRole::NatGateway || eni.role == EniRole::LoadBalancer
                || eni.role == EniRole::VpcEndpoint)
                continue;
            addOwner(s ? std::string_view(s->subnet->vpcId) : std::string_view(eni.vpcId), owner);
        }
        for (const auto &sg : eni.securityGroupIds)
            for (const auto &ip : eni.privateIps)
                groupMembers[sg].push_back(ip.to_uint());
    }
    for (const auto &[id, nat] : design.all<NatGateway>()) {
        AddressOwner owner{AddressOwner::NatGatewayNode, nat.id};
        owner.nat = &nat;
        const auto *s = subnetInfo(nat.subnetId);
        owner.subnet = s ? s->subnet : nullptr;
        owner.privateIp = nat.privateIp;
        addOwner(nat.vpcId, owner);
    }
    for (const auto &[id, lb] : design.all<LoadBalancer>())
        addServiceNodes(AddressOwner::LoadBalancerNode, lb, &lb, nullptr);
    for (const auto &[id, endpoint] : design.all<VpcEndpoint>())
        addServiceNodes(AddressOwner::EndpointNode, endpoint, nullptr, &endpoint);
}

template<typename Service>
void CompiledNetwork::addServiceNodes(AddressOwner::Type type, const Service &service,
                                      const LoadBalancer *lb, const VpcEndpoint *endpoint)
{
    for (const auto &node : service.nodes) {
        AddressOwner owner{type, service.id};
        owner.lb = lb;
        owner.endpoint = endpoint;
        owner.node = &node;
        const auto *s = subnetInfo(node.subnetId);
        owner.subnet = s ? s->subnet : nullptr;
        owner.privateIp = node.privateIp;
        addOwner(service.vpcId, owner);
        for (const auto &sg : service.securityGroupIds)
            groupMembers[sg].push_back(node.privateIp.to_uint());
    }
}

namespace {
// R1.2/R1.3: static beats prefix-list beats propagated on an identical prefix.
int routeRank(const Route &route, bool fromPrefixList)
{
    if (route.origin == RouteOrigin::Propagated)
        return 2;
    return fromPrefixList ? 1 : 0;
}

void insertRoute(PrefixTable<RouteChoice> &table, const Cidr &cidr, const Route &route, int rank)
{
    auto &slot = table.insert(cidr, RouteChoice{&route, rank});
    if (rank < slot.rank)
        slot = RouteChoice{&route, rank};
}
} // namespace

void CompiledNetwork::compileRouteTables()
{
    for (const auto &[id, rt] : design.all<RouteTable>())
        compileRouteTable(rt);
}

void CompiledNetwork::compileRouteTable(const RouteTable &rt)
{
    auto &table = routeTables[rt.id];
    table = {};
    for (const auto &route : rt.routes) {
        if (route.destination) {
            insertRoute(table, *route.destination, route, routeRank(route, false));
        } else if (const auto *pl = design.find<PrefixList>(route.destinationPrefixListId)) {
            for (const auto &cidr : pl->cidrs)
                insertRoute(table, cidr, route, routeRank(route, true));
        }
    }
}

bool CompiledNetwork::refreshRules(std::string_view id)
{
    if (const auto *rt = design.find<RouteTable>(id)) {
        compileRouteTable(*rt);
        return true;
    }
    if (design.find<NetworkAcl>(id)) {
        for (auto &[subnetId, info] : subnets)
            if (info.acl && info.acl->id == id) {
                info.aclIn = aclEntries(*info.acl, false);
                info.aclOut = aclEntries(*info.acl, true);
            }
        return true;
    }
    return design.find<SecurityGroup>(id) != nullptr; // rules are read from the group itself
}

void CompiledNetwork::compileTgwRouteTables()
{
    for (const auto &[id, table] : design.all<TgwRouteTable>()) {
        auto &compiled = tgwRouteTables[id];
        for (const auto &route : table.routes) {
            TgwRouteChoice choice{&route};
            choice.attachmentId = route.attachmentIds.empty() ? std::string_view()
                                                              : route.attachmentIds.front();
            choice.blackhole = route.blackhole;
            choice.propagated = route.propagated;
            choice.rank = route.propagated ? 2 : 0;
            auto &slot = compiled.insert(route.destination, choice);
            if (choice.rank < slot.rank)
                slot = choice;
        }
        // R9.3: VPC attachments propagate their VPC's CIDRs, VPN attachments their routes.
        for (const auto &attachmentId : table.propagationAttachmentIds) {
            const auto *att = design.find<TgwAttachment>(attachmentId);
            if (!att)
                continue;
            std::vector<Cidr> cidrs;
            int rank = 3;
            if (att->resourceType == "vpc") {
                if (const auto *vpc = design.find<Vpc>(att->resourceId))
                    cidrs = vpc->cidrs;
            } else if (const auto *vpn = design.find<VpnConnection>(att->resourceId)) {
                cidrs = vpn->routes;
                rank = 5;
            } else if (att->resourceType == "direct-connect-gateway") {
                // R17.3: BGP-learned, in no snapshot; the VIFs' on-premises prefixes stand in.
                for (const auto &[vifId, vif] : design.all<VirtualInterface>())
                    if (vif.directConnectGatewayId == att->resourceId)
                        for (const auto &c : onPremPrefixesOf(design, vif))
                            cidrs.push_back(c);
                rank = 4;
            }
            for (const auto &cidr : cidrs) {
                TgwRouteChoice choice;
                choice.attachmentId = att->id;
                choice.propagated = true;
                choice.rank = rank;
                auto &slot = compiled.insert(cidr, choice);
                if (rank < slot.rank)
                    slot = choice;
            }
        }
    }
}

void CompiledNetwork::compilePublicOwners()
{
    auto mapped = [&](const std::optional<Ipv4> &publicIp, const std::string &vpcId, Ipv4 privateIp) {
        const auto *v = vpcInfo(vpcId);
        if (!publicIp || !v)
            return;
        PublicOwner owner{PublicOwner::Mapped, v->vpc, privateIp};
        publicOwners.try_emplace(publicIp->to_uint(), owner);
    };
    for (const auto &[id, eni] : design.all<Eni>())
        if (eni.role != EniRole::NatGateway && eni.role != EniRole::LoadBalancer)
            mapped(eni.publicIp, eni.vpcId, eni.primaryIp());
    for (const auto &[id, nat] : design.all<NatGateway>())
        mapped(nat.publicIp, nat.vpcId, nat.privateIp);
    for (const auto &[id, lb] : design.all<LoadBalancer>())
        for (const auto &node : lb.nodes)
            mapped(node.publicIp, lb.vpcId, node.privateIp);
    for (const auto &[id, ses] : design.all<SesEndpoint>())
        for (const auto &ip : ses.addresses) {
            PublicOwner owner{PublicOwner::SesService};
            owner.ses = &ses;
            publicOwners.try_emplace(ip.to_uint(), owner);
        }
    for (const auto &[id, fw] : design.all<Firewall>())
        for (const auto &ip : fw.publicIps) {
            PublicOwner owner{PublicOwner::CustomerFirewall};
            owner.firewall = &fw;
            publicOwners.try_emplace(ip.to_uint(), owner);
        }
    for (const auto &[id, host] : design.all<InternetHost>())
        for (const auto &ip : host.addresses) {
            PublicOwner owner{PublicOwner::Host};
            owner.host = &host;
            publicOwners.try_emplace(ip.to_uint(), owner);
        }
}

void CompiledNetwork::compileSes()
{
    for (bool receiving : {false, true}) {
        for (const auto region : publicplan::sesRegions()) {
            SesEndpoint ses;
            ses.region = std::string(region);
            ses.receiving = receiving;
            ses.id = ses.hostName();
            ses.name = ses.id;
            if (receiving)
                ses.ports = {25};
            ses.addresses = {*publicplan::sesAddress(region, receiving)};
            implicitSes.push_back(ses);
        }
    }
    for (const auto &ses : implicitSes) {
        if (publicOwners.count(ses.addresses.front().to_uint()))
            continue;
        PublicOwner owner{PublicOwner::SesService};
        owner.ses = &ses;
        publicOwners.emplace(ses.addresses.front().to_uint(), owner);
    }
    for (const auto &[id, ses] : design.all<SesEndpoint>()) {
        if (!ses.addresses.empty())
            continue;
        PublicOwner owner{PublicOwner::SesService};
        owner.ses = &ses;
        publicOwners[sesAddress(ses).to_uint()] = owner; // a drawn SES node wins its region
    }
}

const SesEndpoint *CompiledNetwork::sesForRegion(std::string_view region, bool receiving) const
{
    for (const auto &[id, ses] : design.all<SesEndpoint>())
        if (ses.region == region && ses.receiving == receiving)
            return &ses;
    for (const auto &ses : implicitSes)
        if (ses.region == region && ses.receiving == receiving)
            return &ses;
    return nullptr;
}

Ipv4 CompiledNetwork::sesAddress(const SesEndpoint &ses) const
{
    if (!ses.addresses.empty())
        return ses.addresses.front();
    for (const auto &implicit : implicitSes)
        if (implicit.region == ses.region && implicit.receiving == ses.receiving)
            return implicit.addresses.front();
    return publicplan::sesFallbackAddress();
}

const VpcInfo *CompiledNetwork::vpcInfo(std::string_view id) const
{
    const auto it = vpcs.find(id);
    return it == vpcs.end() ? nullptr : &it->second;
}

namespace {
thread_local std::vector<std::string_view> *t_dependencies = nullptr;

// A walk looks the same few tables up again and again: each id (by address) is kept once.
void record(std::string_view id)
{
    auto &ids = *t_dependencies;
    for (auto it = ids.rbegin(); it != ids.rend(); ++it)
        if (it->data() == id.data() && it->size() == id.size())
            return;
    ids.push_back(id);
}
} // namespace

DependencyRecorder::DependencyRecorder(std::vector<std::string_view> &out)
    : m_previous(std::exchange(t_dependencies, &out))
{}

DependencyRecorder::~DependencyRecorder()
{
    t_dependencies = m_previous;
}

void DependencyRecorder::redirect(std::vector<std::string_view> &out)
{
    t_dependencies = &out;
}

void DependencyRecorder::note(std::string_view id)
{
    if (t_dependencies)
        record(id);
}

const SubnetInfo *CompiledNetwork::subnetInfo(std::string_view id) const
{
    const auto it = subnets.find(id);
    if (it == subnets.end())
        return nullptr;
    noteSubnet(it->second);
    return &it->second;
}

void CompiledNetwork::noteSubnet(const SubnetInfo &info)
{
    if (t_dependencies) {
        if (info.acl)
            record(info.acl->id);
        if (info.routeTable)
            record(info.routeTable->id);
    }
}

const AddressOwner *CompiledNetwork::ownerInVpc(std::string_view vpcId, Ipv4 address) const
{
    const auto *v = vpcInfo(vpcId);
    if (!v)
        return nullptr;
    const auto it = v->owners.find(address.to_uint());
    return it == v->owners.end() ? nullptr : &it->second;
}

const PublicOwner *CompiledNetwork::publicOwner(Ipv4 address) const
{
    const auto it = publicOwners.find(address.to_uint());
    return it == publicOwners.end() ? nullptr : &it->second;
}

const VpcInfo *CompiledNetwork::vpcContaining(Ipv4 address) const
{
    for (const auto &[id, info] : vpcs)
        if (info.vpc->contains(address))
            return &info;
    return nullptr;
}

const OnPremNetwork *CompiledNetwork::onPremContaining(Ipv4 address) const
{
    for (const auto &[id, net] : design.all<OnPremNetwork>())
        for (const auto &cidr : net.cidrs)
            if (cidr.contains(address))
                return &net;
    return nullptr;
}

const TgwAttachment *CompiledNetwork::tgwAttachment(std::string_view tgwId,
                                                    std::string_view vpcId) const
{
    // A deleted attachment beside its replacement: the replacement (compileLookups).
    const auto it = m_vpcAttachments.find(vpcId);
    if (it != m_vpcAttachments.end())
        for (const auto &a : it->second)
            if (a.tgwId == tgwId)
                return a.live ? a.live : a.gone;
    return nullptr;
}

const CompiledNetwork::SubnetList &
CompiledNetwork::attachmentSubnets(const TgwAttachment &att) const
{
    static const SubnetList none;
    const auto it = m_attachmentSubnets.find(&att);
    if (it == m_attachmentSubnets.end())
        return none;
    for (const auto *s : it->second)
        noteSubnet(*s);
    return it->second;
}

CompiledNetwork::GroupList CompiledNetwork::groups(const std::vector<std::string> &ids) const
{
    GroupList result;
    for (const auto &id : ids)
        DependencyRecorder::note(id);
    for (const auto &id : ids)
        if (const auto *sg = design.find<SecurityGroup>(id))
            result.push_back(sg);
    return result;
}

SgPeerResolver CompiledNetwork::peerResolver() const
{
    SgPeerResolver resolver;
    resolver.inGroup = [this](const std::string &groupId, Ipv4 address) {
        const auto it = groupMembers.find(groupId);
        if (it == groupMembers.end())
            return false;
        const auto value = address.to_uint();
        for (auto member : it->second)
            if (member == value)
                return true;
        return false;
    };
    resolver.inPrefixList = [this](const std::string &listId, Ipv4 address) {
        const auto *pl = design.find<PrefixList>(listId);
        if (!pl)
            return false;
        for (const auto &cidr : pl->cidrs)
            if (cidr.contains(address))
                return true;
        return false;
    };
    return resolver;
}

const SmtpServer *CompiledNetwork::smtpServerOn(std::string_view hostId, Ipv4 address) const
{
    for (const auto &[id, server] : design.all<SmtpServer>())
        if ((!hostId.empty() && server.hostId == hostId) || server.address == address)
            return &server;
    return nullptr;
}

} // namespace mailpath::core
