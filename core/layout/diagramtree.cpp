#include "diagramtree.h"

#include "autolayout.h"

#include <algorithm>
#include <cctype>

namespace mailpath::core {

namespace {

constexpr std::string_view regionPrefix = "region:";
constexpr std::string_view azPrefix = "az:";

bool isServiceRole(EniRole role)
{
    return role == EniRole::NatGateway || role == EniRole::LoadBalancer
           || role == EniRole::VpcEndpoint || role == EniRole::TgwAttachment;
}

// Service ENIs name their owner in ownerId when the importer knew it; otherwise the owner
// lists the ENI among its nodes. Both stores are small, so a scan is fine here.
std::string serviceEniOwner(const Design &design, const Eni &eni)
{
    if (!eni.ownerId.empty() && design.contains(eni.ownerId)) {
        if (const auto *att = design.find<TgwAttachment>(eni.ownerId))
            return design.contains(att->transitGatewayId) ? att->transitGatewayId : std::string();
        return eni.ownerId;
    }
    for (const auto &[id, nat] : design.all<NatGateway>())
        if (nat.eniId == eni.id)
            return id;
    for (const auto &[id, ep] : design.all<VpcEndpoint>())
        for (const auto &node : ep.nodes)
            if (node.eniId == eni.id)
                return id;
    for (const auto &[id, lb] : design.all<LoadBalancer>())
        for (const auto &node : lb.nodes)
            if (node.eniId == eni.id)
                return id;
    return {};
}

std::string eniRepresentative(const Design &design, const Eni &eni)
{
    if (!eni.instanceId.empty() && design.contains(eni.instanceId))
        return eni.instanceId;
    if (isServiceRole(eni.role))
        return serviceEniOwner(design, eni);
    return eni.id;
}

std::string existing(const Design &design, const std::string &id)
{
    return design.contains(id) ? id : std::string();
}

std::string firstExisting(const Design &design, const std::vector<std::string> &ids)
{
    for (const auto &id : ids)
        if (design.contains(id))
            return id;
    return {};
}

int kindRank(const Design &design, const std::string &key)
{
    if (isRegionKey(key))
        return -2;
    if (isAzKey(key))
        return -1;
    const auto kind = design.kindOf(key);
    return kind ? int(*kind) : resourceKindCount;
}

} // namespace

namespace layoutdetail {

std::string regionFromZone(std::string_view zone)
{
    if (zone.size() < 2 || !std::isalpha(static_cast<unsigned char>(zone.back())))
        return {};
    size_t end = zone.size();
    while (end > 0 && std::isalpha(static_cast<unsigned char>(zone[end - 1])))
        --end;
    if (end == 0 || !std::isdigit(static_cast<unsigned char>(zone[end - 1])))
        return {};
    return std::string(zone.substr(0, end));
}

void ParentResolver::buildVpcRegions()
{
    m_haveVpcRegions = true;
    for (const auto &[id, subnet] : m_design.all<Subnet>()) {
        auto region = regionFromZone(subnet.availabilityZone);
        if (!region.empty())
            m_vpcRegion.try_emplace(subnet.vpcId, std::move(region));
    }
}

void ParentResolver::buildGatewayHomes()
{
    m_haveGatewayHomes = true;
    for (const auto &[id, onPrem] : m_design.all<OnPremNetwork>())
        for (const auto &vpnId : onPrem.vpnConnectionIds)
            if (const auto *vpn = m_design.find<VpnConnection>(vpnId))
                m_cgwOnPrem.try_emplace(vpn->customerGatewayId, id);
}

std::string ParentResolver::regionOfVpc(const Vpc &vpc)
{
    if (!vpc.region.empty())
        return vpc.region;
    if (!m_haveVpcRegions)
        buildVpcRegions();
    const auto it = m_vpcRegion.find(vpc.id);
    return it == m_vpcRegion.end() ? std::string() : it->second;
}

// A transit gateway sits in its Region's box when VPCs of that Region are drawn: its own
// region, else the region of the VPCs attached to it.
std::string ParentResolver::regionOfTgw(std::string_view key)
{
    const auto *tgw = m_design.find<TransitGateway>(key);
    if (!m_haveDrawnRegions) {
        m_haveDrawnRegions = true;
        for (const auto &[id, vpc] : m_design.all<Vpc>())
            if (const auto region = regionOfVpc(vpc); !region.empty())
                m_drawnRegions.insert(region);
    }
    std::string region = tgw->region;
    if (region.empty())
        for (const auto &[id, att] : m_design.all<TgwAttachment>())
            if (att.transitGatewayId == tgw->id && att.resourceType == "vpc" && region.empty())
                if (const auto *vpc = m_design.find<Vpc>(att.resourceId))
                    region = regionOfVpc(*vpc);
    return m_drawnRegions.count(region) ? regionKey(region) : std::string();
}

std::string ParentResolver::parentOf(std::string_view key)
{
    if (isRegionKey(key))
        return {};
    if (isAzKey(key)) {
        const auto rest = key.substr(azPrefix.size());
        return std::string(rest.substr(0, rest.find('/')));
    }
    const auto kind = m_design.kindOf(key);
    if (!kind || !isDiagramNode(m_design, key))
        return {};
    const Design &d = m_design;
    switch (*kind) {
    case ResourceKind::Vpc: {
        const auto region = regionOfVpc(*d.find<Vpc>(key));
        return region.empty() ? std::string() : regionKey(region);
    }
    case ResourceKind::Subnet: {
        const auto *s = d.find<Subnet>(key);
        if (!d.contains(s->vpcId))
            return {};
        return s->availabilityZone.empty() ? s->vpcId : azKey(s->vpcId, s->availabilityZone);
    }
    case ResourceKind::Instance: {
        const auto *i = d.find<Instance>(key);
        const auto subnet = existing(d, i->subnetId);
        return subnet.empty() ? existing(d, i->vpcId) : subnet;
    }
    case ResourceKind::NetworkInterface: {
        const auto *e = d.find<Eni>(key);
        const auto subnet = existing(d, e->subnetId);
        return subnet.empty() ? existing(d, e->vpcId) : subnet;
    }
    case ResourceKind::NatGateway: {
        const auto *n = d.find<NatGateway>(key);
        const auto subnet = existing(d, n->subnetId);
        return subnet.empty() ? existing(d, n->vpcId) : subnet;
    }
    case ResourceKind::InternetGateway: return firstExisting(d, d.find<InternetGateway>(key)->vpcIds);
    case ResourceKind::VpnGateway: return firstExisting(d, d.find<VpnGateway>(key)->vpcIds);
    case ResourceKind::VpcEndpoint: {
        const auto *e = d.find<VpcEndpoint>(key);
        if (e->subnetIds.size() == 1 && d.contains(e->subnetIds.front()))
            return e->subnetIds.front();
        return existing(d, e->vpcId);
    }
    case ResourceKind::LoadBalancer: return existing(d, d.find<LoadBalancer>(key)->vpcId);
    case ResourceKind::TransitGateway: return regionOfTgw(key);
    case ResourceKind::Firewall: return existing(d, d.find<Firewall>(key)->onPremNetworkId);
    case ResourceKind::CustomerGateway: {
        if (!m_haveGatewayHomes)
            buildGatewayHomes();
        const auto it = m_cgwOnPrem.find(std::string(key));
        return it == m_cgwOnPrem.end() ? std::string() : it->second;
    }
    case ResourceKind::SmtpServer: {
        const auto &host = d.find<SmtpServer>(key)->hostId;
        if (d.kindOf(host) == ResourceKind::Instance)
            return parentOf(host);
        return d.kindOf(host) == ResourceKind::OnPremNetwork ? host : std::string();
    }
    default: return {};
    }
}

const std::vector<std::string> &DiagramTree::childrenOf(const std::string &key) const
{
    static const std::vector<std::string> none;
    const auto it = children.find(key);
    return it == children.end() ? none : it->second;
}

DiagramTree buildDiagramTree(const Design &design)
{
    DiagramTree tree;
    ParentResolver resolver(design);
    std::vector<std::string> containers;
    auto add = [&](const std::string &key) {
        auto parent = resolver.parentOf(key);
        tree.parent.emplace(key, parent);
        tree.children[parent].push_back(key);
        if (!parent.empty() && !tree.parent.count(parent))
            containers.push_back(parent);
    };
    design.forEachStore([&](const auto &map) {
        for (const auto &[id, r] : map)
            if (isDiagramNode(design, id))
                add(id);
    });
    // Derived containers (AZs, regions) appear only as parents; add them in turn.
    while (!containers.empty()) {
        const auto key = containers.back();
        containers.pop_back();
        if (!tree.parent.count(key) && (isRegionKey(key) || isAzKey(key)))
            add(key);
    }
    for (auto &[parent, kids] : tree.children)
        std::sort(kids.begin(), kids.end(), [&](const std::string &a, const std::string &b) {
            const int ra = kindRank(design, a), rb = kindRank(design, b);
            return ra != rb ? ra < rb : a < b;
        });
    std::vector<std::string> stack{std::string()};
    while (!stack.empty()) { // pre-order: a parent always comes before its children
        const auto key = stack.back();
        stack.pop_back();
        if (!key.empty())
            tree.keys.push_back(key);
        const auto &kids = tree.childrenOf(key);
        stack.insert(stack.end(), kids.rbegin(), kids.rend());
    }
    return tree;
}

} // namespace layoutdetail

std::string regionKey(std::string_view region)
{
    return std::string(regionPrefix) + std::string(region);
}

std::string azKey(std::string_view vpcId, std::string_view availabilityZone)
{
    return std::string(azPrefix) + std::string(vpcId) + "/" + std::string(availabilityZone);
}

bool isRegionKey(std::string_view key)
{
    return key.starts_with(regionPrefix);
}

bool isAzKey(std::string_view key)
{
    return key.starts_with(azPrefix);
}

std::string layoutParentOf(const Design &design, std::string_view key)
{
    return layoutdetail::ParentResolver(design).parentOf(key);
}

std::vector<std::string> diagramKeys(const Design &design)
{
    return layoutdetail::buildDiagramTree(design).keys;
}

bool isDiagramNode(const Design &design, std::string_view id)
{
    const auto kind = design.kindOf(id);
    if (!kind)
        return false;
    switch (*kind) {
    case ResourceKind::RouteTable:
    case ResourceKind::SecurityGroup:
    case ResourceKind::NetworkAcl:
    case ResourceKind::TgwAttachment:
    case ResourceKind::TgwRouteTable:
    case ResourceKind::PeeringConnection:
    case ResourceKind::TargetGroup:
    case ResourceKind::VpnConnection:
    case ResourceKind::PrefixList: return false;
    case ResourceKind::NetworkInterface:
        return eniRepresentative(design, *design.find<Eni>(id)) == id;
    default: return true;
    }
}

std::string diagramNodeFor(const Design &design, std::string_view id)
{
    const auto kind = design.kindOf(id);
    if (!kind)
        return isRegionKey(id) || isAzKey(id) ? std::string(id) : std::string();
    switch (*kind) {
    case ResourceKind::NetworkInterface: return eniRepresentative(design, *design.find<Eni>(id));
    case ResourceKind::TgwAttachment:
        return existing(design, design.find<TgwAttachment>(id)->transitGatewayId);
    case ResourceKind::TgwRouteTable:
        return existing(design, design.find<TgwRouteTable>(id)->transitGatewayId);
    case ResourceKind::TargetGroup:
        return firstExisting(design, design.find<TargetGroup>(id)->loadBalancerIds);
    default: return isDiagramNode(design, id) ? std::string(id) : std::string();
    }
}

bool isContainerKey(const Design &design, std::string_view key)
{
    if (isRegionKey(key) || isAzKey(key))
        return true;
    const auto kind = design.kindOf(key);
    return kind == ResourceKind::Vpc || kind == ResourceKind::Subnet
           || kind == ResourceKind::OnPremNetwork;
}

std::string diagramLabel(const Design &design, std::string_view key)
{
    if (isRegionKey(key))
        return std::string(key.substr(regionPrefix.size()));
    if (isAzKey(key))
        return std::string(key.substr(key.find('/') + 1));
    std::string label = design.displayName(key);
    if (const auto *vpc = design.find<Vpc>(key); vpc && !vpc->cidrs.empty())
        label += "  " + vpc->primaryCidr().toString();
    if (const auto *subnet = design.find<Subnet>(key))
        label += "  " + subnet->cidr.toString();
    if (const auto *onPrem = design.find<OnPremNetwork>(key); onPrem && !onPrem->cidrs.empty())
        label += "  " + onPrem->cidrs.front().toString();
    return label;
}

} // namespace mailpath::core
