#include "resolve.h"

#include <iterator>
#include <tuple>
#include <type_traits>

namespace mailpath::core {

bool parseSesHostName(const std::string &name, std::string &region, bool &receiving)
{
    const std::string suffix = ".amazonaws.com";
    if (!name.ends_with(suffix))
        return false;
    for (const std::string prefix : {"email-smtp.", "inbound-smtp.", "email-smtp-fips."}) {
        if (name.starts_with(prefix)) {
            region = name.substr(prefix.size(), name.size() - prefix.size() - suffix.size());
            receiving = prefix == "inbound-smtp.";
            return !region.empty();
        }
    }
    return false;
}

namespace {
/** Only digits and dots can parse as an address; names skip the parser and its messages. */
std::optional<Ipv4> addressIn(std::string_view text)
{
    if (text.empty() || text.find_first_not_of("0123456789.") != std::string_view::npos)
        return std::nullopt;
    return parseIpv4(text);
}

/** Whether a service name is com.amazonaws.<region>.email-smtp, without building it. */
bool isSesService(std::string_view service, std::string_view region)
{
    constexpr std::string_view prefix = "com.amazonaws.", suffix = ".email-smtp";
    return service.size() == prefix.size() + region.size() + suffix.size()
           && service.starts_with(prefix) && service.ends_with(suffix)
           && service.substr(prefix.size(), region.size()) == region;
}
} // namespace

EndpointResolver::EndpointResolver(const CompiledNetwork &net)
    : m_net(net)
{}

void CompiledNetwork::indexNames() const
{
    // Names are not unique: a subnet may share its instance's name. Endpoint kinds win, then
    // the kind listed first, then the lowest id.
    static constexpr ResourceKind preferred[] = {
        ResourceKind::Instance, ResourceKind::NetworkInterface, ResourceKind::SmtpServer,
        ResourceKind::LoadBalancer, ResourceKind::VpcEndpoint, ResourceKind::SesEndpoint,
        ResourceKind::InternetHost, ResourceKind::Firewall, ResourceKind::OnPremNetwork};
    using Rank = std::tuple<int, int, std::string_view>; // kind, store, id
    std::unordered_map<std::string_view, Rank> best;
    int store = 0;
    design.forEachStore([&](const auto &map) {
        using T = typename std::decay_t<decltype(map)>::mapped_type;
        int kind = 100;
        for (int i = 0; i < int(std::size(preferred)); ++i)
            if (preferred[i] == T::kind)
                kind = i;
        for (const auto &[id, r] : map) {
            const Rank rank{kind, store, id};
            auto consider = [&](std::string_view name) {
                const auto [it, added] = best.try_emplace(name, rank);
                if (!added && rank < it->second)
                    it->second = rank;
            };
            consider(r.name);
            if (const auto tag = r.tags.find("Name"); tag != r.tags.end())
                consider(tag->second);
        }
        ++store;
    });
    m_idByName.reserve(best.size());
    for (const auto &[name, rank] : best)
        m_idByName.emplace(name, std::get<2>(rank));
}

std::string_view CompiledNetwork::idForName(std::string_view name) const
{
    std::call_once(m_namesIndexed, [this] { indexNames(); });
    const auto it = m_idByName.find(name);
    return it == m_idByName.end() ? std::string_view() : it->second;
}

std::string EndpointResolver::findId(const std::string &text) const
{
    if (m_net.design.contains(text))
        return text;
    std::string found(m_net.idForName(text));
    if (found.empty())
        for (const auto &[id, lb] : m_net.design.all<LoadBalancer>())
            if (lb.dnsName == text)
                found = id;
    return found;
}

bool EndpointResolver::interfaceSite(const Eni &eni, Site &site) const
{
    const auto *subnet = m_net.subnetInfo(eni.subnetId);
    const auto *owner = subnet ? m_net.ownerInVpc(subnet->subnet->vpcId, eni.primaryIp()) : nullptr;
    if (!owner || owner->eni != &eni)
        return false;
    site = Site{Site::Interface, owner};
    site.address = owner->privateIp;
    const auto it = m_net.instanceByEni.find(eni.id);
    site.resource = it != m_net.instanceByEni.end() ? it->second->id : eni.id;
    site.resourceKind = it != m_net.instanceByEni.end() ? ResourceKind::Instance
                                                 : ResourceKind::NetworkInterface;
    return true;
}

const VpnConnection *EndpointResolver::vpnKnowing(Ipv4 address) const
{
    // The most specific static (or propagated BGP) prefix wins, as the VPC's tables route.
    const VpnConnection *best = nullptr;
    int bestLength = -1;
    for (const auto &[id, vpn] : m_net.design.all<VpnConnection>()) {
        if (vpn.state != "available")
            continue;
        for (const auto &c : vpn.routes)
            if (c.contains(address) && int(c.prefixLength()) > bestLength) {
                best = &vpn;
                bestLength = int(c.prefixLength());
            }
    }
    return best;
}

const VirtualInterface *EndpointResolver::vifKnowing(Ipv4 address) const
{
    // The on-premises prefixes behind each VIF (onPremPrefixesOf), or its link address.
    const VirtualInterface *best = nullptr;
    int bestLength = -1;
    for (const auto &[id, vif] : m_net.design.all<VirtualInterface>()) {
        if (vif.customerIp() == address)
            return &vif;
        for (const auto &c : onPremPrefixesOf(m_net.design, vif))
            if (c.contains(address) && int(c.prefixLength()) > bestLength) {
                best = &vif;
                bestLength = int(c.prefixLength());
            }
    }
    return best;
}

Ipv4 EndpointResolver::onPremAddress(const OnPremNetwork &net) const
{
    for (const auto &[id, server] : m_net.design.all<SmtpServer>())
        if (server.hostId == net.id)
            return server.address;
    return net.cidrs.empty() ? Ipv4() : Ipv4(net.cidrs.front().baseValue() + 10);
}

bool EndpointResolver::resolveSource(const std::string &text, Site &site, Message &error) const
{
    const auto &d = m_net.design;
    if (const auto ip = addressIn(text)) {
        for (const auto &[id, vpc] : m_net.vpcs)
            if (const auto *owner = m_net.ownerInVpc(id, *ip); owner && owner->eni)
                return interfaceSite(*owner->eni, site);
        if (const auto *net = m_net.onPremContaining(*ip)) {
            site = Site{Site::OnPrem, nullptr, net, *ip, net->id, ResourceKind::OnPremNetwork};
            return true;
        }
        if (const auto *vpn = vpnKnowing(*ip)) { // R13.10: a prefix behind a VPN connection
            site = Site{Site::OnPrem, nullptr, nullptr, *ip, std::string(text),
                        ResourceKind::OnPremNetwork};
            site.vpn = vpn;
            return true;
        }
        if (const auto *vif = vifKnowing(*ip)) { // §17: a prefix behind a DX virtual interface
            site = Site{Site::OnPrem, nullptr, nullptr, *ip, std::string(text),
                        ResourceKind::OnPremNetwork};
            site.vif = vif;
            return true;
        }
        site = Site{Site::Internet, nullptr, nullptr, *ip, text, ResourceKind::InternetHost};
        return true;
    }
    const std::string id = findId(text);
    const auto kind = d.kindOf(id);
    if (!kind) {
        error = Message(texts::noSuchEndpoint, {text});
        return false;
    }
    std::string hostId = id;
    if (*kind == ResourceKind::SmtpServer) {
        const auto *server = d.find<SmtpServer>(id);
        hostId = server->hostId;
        if (d.kindOf(hostId) != ResourceKind::Instance) {
            const bool onPrem = d.kindOf(hostId) == ResourceKind::OnPremNetwork;
            site = Site{onPrem ? Site::OnPrem : Site::Internet, nullptr,
                        onPrem ? d.find<OnPremNetwork>(hostId) : nullptr, server->address, id,
                        ResourceKind::SmtpServer};
            return true;
        }
    }
    switch (d.kindOf(hostId).value_or(ResourceKind::PrefixList)) {
    case ResourceKind::Instance: {
        const auto *instance = d.find<Instance>(hostId);
        const auto *eni = instance->eniIds.empty() ? nullptr : d.find<Eni>(instance->eniIds.front());
        if (eni && interfaceSite(*eni, site))
            return true;
        error = Message(texts::instanceNoInterface, {hostId});
        return false;
    }
    case ResourceKind::NetworkInterface:
        if (interfaceSite(*d.find<Eni>(hostId), site))
            return true;
        error = Message(texts::eniNoSubnet, {hostId});
        return false;
    case ResourceKind::InternetHost: {
        const auto *host = d.find<InternetHost>(hostId);
        if (host->addresses.empty())
            break;
        site = Site{Site::Internet, nullptr, nullptr, host->addresses.front(), host->id,
                    ResourceKind::InternetHost};
        return true;
    }
    case ResourceKind::SesEndpoint: { // SES delivering onward to the recipient's server
        const auto *ses = d.find<SesEndpoint>(hostId);
        if (ses->receiving)
            break;
        site = Site{Site::Internet, nullptr, nullptr, m_net.sesAddress(*ses), ses->id,
                    ResourceKind::SesEndpoint};
        return true;
    }
    case ResourceKind::OnPremNetwork: {
        const auto *net = d.find<OnPremNetwork>(hostId);
        site = Site{Site::OnPrem, nullptr, net, onPremAddress(*net), net->id,
                    ResourceKind::OnPremNetwork};
        return true;
    }
    default:
        break;
    }
    error = Message(texts::cannotSend, {kindName(*kind), id});
    return false;
}

Ipv4 EndpointResolver::nodeAddress(const std::vector<ServiceNode> &nodes, const Site &source,
                                   bool usePublic) const
{
    const ServiceNode *best = nodes.empty() ? nullptr : &nodes.front();
    const std::string az = source.owner && source.owner->subnet
                               ? source.owner->subnet->availabilityZone
                               : std::string();
    for (const auto &node : nodes) {
        const auto *s = m_net.subnetInfo(node.subnetId);
        if (s && s->subnet->availabilityZone == az && !usePublic) {
            best = &node;
            break;
        }
        if (usePublic && node.publicIp && !(best && best->publicIp))
            best = &node;
    }
    if (!best)
        return Ipv4();
    return usePublic && best->publicIp ? *best->publicIp : best->privateIp;
}

bool EndpointResolver::sesDestination(const std::string &region, bool receiving, const Site &source,
                                      Ipv4 &address, std::string &label) const
{
    if (!receiving && source.kind == Site::Interface && source.owner->subnet) {
        const auto &vpcId = source.owner->subnet->vpcId;
        for (const auto &[id, ep] : m_net.design.all<VpcEndpoint>()) {
            if (ep.vpcId != vpcId || !ep.isSesSmtp() || !ep.privateDnsEnabled || ep.nodes.empty()
                || !isSesService(ep.serviceName, region))
                continue;
            address = nodeAddress(ep.nodes, source, false);
            label = ep.id + " (private DNS for email-smtp." + region + ".amazonaws.com)";
            return true;
        }
    }
    const auto *ses = m_net.sesForRegion(region, receiving);
    if (!ses)
        return false;
    address = m_net.sesAddress(*ses);
    label = ses->hostName();
    return true;
}

bool EndpointResolver::resolveDestination(const std::string &text, const Site &source,
                                          Ipv4 &address, std::string &label,
                                          Message &error) const
{
    const auto &d = m_net.design;
    label = text;
    if (const auto ip = addressIn(text)) {
        address = *ip;
        return true;
    }
    std::string region;
    bool receiving = false;
    if (parseSesHostName(text, region, receiving)) {
        if (sesDestination(region, receiving, source, address, label))
            return true;
        error = Message(texts::sesNoRegion, {region});
        return false;
    }
    const std::string id = findId(text);
    const auto kind = d.kindOf(id);
    if (!kind) {
        error = Message(texts::noSuchDestination, {text});
        return false;
    }
    label = id;
    switch (*kind) {
    case ResourceKind::SesEndpoint: {
        const auto *ses = d.find<SesEndpoint>(id);
        return sesDestination(ses->region, ses->receiving, source, address, label);
    }
    case ResourceKind::LoadBalancer: {
        const auto *lb = d.find<LoadBalancer>(id);
        address = nodeAddress(lb->nodes, source, lb->internetFacing);
        break;
    }
    case ResourceKind::VpcEndpoint:
        address = nodeAddress(d.find<VpcEndpoint>(id)->nodes, source, false);
        break;
    case ResourceKind::Instance: {
        const auto *instance = d.find<Instance>(id);
        const auto *eni = instance->eniIds.empty() ? nullptr : d.find<Eni>(instance->eniIds.front());
        address = eni ? eni->primaryIp() : Ipv4();
        break;
    }
    case ResourceKind::NetworkInterface: address = d.find<Eni>(id)->primaryIp(); break;
    case ResourceKind::NatGateway: address = d.find<NatGateway>(id)->privateIp; break;
    case ResourceKind::SmtpServer: {
        const auto *server = d.find<SmtpServer>(id);
        address = server->address;
        if (address.is_unspecified())
            return resolveDestination(server->hostId, source, address, label, error);
        break;
    }
    case ResourceKind::InternetHost: {
        const auto &addresses = d.find<InternetHost>(id)->addresses;
        address = addresses.empty() ? Ipv4() : addresses.front();
        break;
    }
    case ResourceKind::Firewall: {
        const auto &addresses = d.find<Firewall>(id)->publicIps;
        address = addresses.empty() ? Ipv4() : addresses.front();
        break;
    }
    case ResourceKind::OnPremNetwork: address = onPremAddress(*d.find<OnPremNetwork>(id)); break;
    default:
        error = Message(texts::cannotReceive, {kindName(*kind), id});
        return false;
    }
    if (address.is_unspecified()) {
        error = Message(texts::noAddress, {kindName(*kind), id});
        return false;
    }
    return true;
}

} // namespace mailpath::core
