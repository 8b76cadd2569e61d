#pragma once

#include "../model/design.h"
#include "../net/prefixtable.h"
#include "rules.h"

#include <boost/container/small_vector.hpp>

#include <deque>
#include <mutex>
#include <optional>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace mailpath::core {

/** What answers at an address: an ENI or a managed node (NAT GW, NLB node, endpoint ENI). */
struct AddressOwner
{
    enum Type { Interface, NatGatewayNode, LoadBalancerNode, EndpointNode, TgwNode };
    AddressOwner(Type t = Interface, std::string_view i = {}, const Eni *e = nullptr)
        : type(t), id(i), eni(e)
    {}
    Type type = Interface;
    std::string_view id;       //!< eni-, nat-, load balancer ARN, vpce-
    const Eni *eni = nullptr;  //!< Interface
    const NatGateway *nat = nullptr;
    const LoadBalancer *lb = nullptr;
    const VpcEndpoint *endpoint = nullptr;
    const ServiceNode *node = nullptr;
    const Subnet *subnet = nullptr;
    Ipv4 privateIp;
};

/** A public address and what it leads to once it enters AWS or a customer edge. */
struct PublicOwner
{
    enum Type { Mapped, SesService, CustomerFirewall, Host };
    PublicOwner(Type t = Mapped, const Vpc *v = nullptr, Ipv4 ip = Ipv4())
        : type(t), vpc(v), privateIp(ip)
    {}
    Type type = Mapped;
    const Vpc *vpc = nullptr;       //!< Mapped: the IGW's VPC
    Ipv4 privateIp;                 //!< Mapped: the 1:1 private address
    const SesEndpoint *ses = nullptr;
    const Firewall *firewall = nullptr;
    const InternetHost *host = nullptr;
};

struct RouteChoice
{
    const Route *route = nullptr;
    int rank = 0; //!< lower wins on an identical prefix (R1.2)
};

struct TgwRouteChoice
{
    TgwRouteChoice(const TgwRoute *r = nullptr) : route(r) {}
    const TgwRoute *route = nullptr;
    std::string_view attachmentId;
    bool blackhole = false;
    bool propagated = false;
    int rank = 0;
};

struct SubnetInfo
{
    const Subnet *subnet = nullptr;
    const Vpc *vpc = nullptr;
    const RouteTable *routeTable = nullptr;
    const NetworkAcl *acl = nullptr; //!< null: no ACL in the design, AWS's default allows all
    std::vector<const AclEntry *> aclIn;
    std::vector<const AclEntry *> aclOut;
};

struct VpcInfo
{
    const Vpc *vpc = nullptr;
    const InternetGateway *igw = nullptr;
    const RouteTable *igwEdgeTable = nullptr; //!< associated with the IGW (R1.9)
    std::vector<const VpnGateway *> vgws;
    std::unordered_map<uint32_t, AddressOwner> owners;
};

/**
 * Collects, on the calling thread while it lives, the ids of the rule tables walks consult
 * (network ACLs and route tables of every subnet looked up, every security group checked):
 * what a walk's verdict depends on beyond the design's wiring, each id once (by address).
 * Used by LiveMatrix.
 */
class DependencyRecorder
{
public:
    explicit DependencyRecorder(std::vector<std::string_view> &out);
    ~DependencyRecorder();
    DependencyRecorder(const DependencyRecorder &) = delete;
    DependencyRecorder &operator=(const DependencyRecorder &) = delete;

    static void note(std::string_view id);
    /** From now on records into `out` (until destroyed, when the previous one is back). */
    void redirect(std::vector<std::string_view> &out);

private:
    std::vector<std::string_view> *m_previous;
};

/**
 * The design compiled for walking: every lookup the simulator needs in a hash map or an
 * LPM table, built once. Holds pointers into the Design, which must outlive it.
 */
class CompiledNetwork
{
public:
    explicit CompiledNetwork(const Design &design);

    const Design &design;
    std::unordered_map<std::string_view, SubnetInfo> subnets;
    std::unordered_map<std::string_view, VpcInfo> vpcs;
    std::unordered_map<std::string_view, PrefixTable<RouteChoice>> routeTables;
    std::unordered_map<std::string_view, PrefixTable<TgwRouteChoice>> tgwRouteTables;
    std::unordered_map<uint32_t, PublicOwner> publicOwners;
    std::unordered_map<std::string_view, std::vector<uint32_t>> groupMembers;
    std::unordered_map<std::string_view, const Instance *> instanceByEni;

    /**
     * After the rules of one network ACL or route table (or a security group) changed in
     * place in the design: rebuilds what was compiled from them; false for other kinds.
     */
    bool refreshRules(std::string_view id);

    const VpcInfo *vpcInfo(std::string_view id) const;
    const SubnetInfo *subnetInfo(std::string_view id) const;
    const AddressOwner *ownerInVpc(std::string_view vpcId, Ipv4 address) const;
    const PublicOwner *publicOwner(Ipv4 address) const;
    /** The VPC whose CIDRs contain the address, preferring fromVpc. */
    const VpcInfo *vpcContaining(Ipv4 address) const;
    const OnPremNetwork *onPremContaining(Ipv4 address) const;
    /** As goneStateOf(design, id), from an index built once: routes ask on every walk. */
    std::string_view goneState(std::string_view id) const;
    /** The CIDR of the first subnet (in `subnets` order) containing the address, or null. */
    const Cidr *subnetCidrContaining(Ipv4 address) const;
    const TgwAttachment *tgwAttachment(std::string_view tgwId, std::string_view vpcId) const;
    /** Where a target of a target group is reached: its instance's primary address, or its id. */
    std::optional<Ipv4> targetAddress(const TargetGroup &tg, size_t target) const;
    using SubnetList = boost::container::small_vector<const SubnetInfo *, 6>;
    /** The subnets of a VPC attachment that are in the design, as subnetInfo() gives them. */
    const SubnetList &attachmentSubnets(const TgwAttachment &att) const;
    using GroupList = boost::container::small_vector<const SecurityGroup *, 4>;
    GroupList groups(const std::vector<std::string> &ids) const;
    SgPeerResolver peerResolver() const;
    const SmtpServer *smtpServerOn(std::string_view hostId, Ipv4 address) const;
    /** The design's SES endpoint for a region, else a built-in one (email-smtp.<region>…). */
    const SesEndpoint *sesForRegion(std::string_view region, bool receiving = false) const;
    Ipv4 sesAddress(const SesEndpoint &ses) const;

    std::deque<SesEndpoint> implicitSes; //!< regions AWS offers SES SMTP in, when not drawn
    SgPeerResolver resolver;

    /**
     * The id a name or Name tag stands for, "" when none: endpoint kinds first, then the lowest
     * id. Indexed on the first call (queries by name are rare in bulk; ids need no index).
     */
    std::string_view idForName(std::string_view name) const;

private:
    void compileVpcs();
    void compileSubnets();
    void compileOwners();
    void compileRouteTables();
    void compileRouteTable(const RouteTable &rt);
    void compileTgwRouteTables();
    void compilePublicOwners();
    void compileSes();
    void compileLookups();
    /** Records, for LiveMatrix, the rule tables of a subnet looked up. */
    static void noteSubnet(const SubnetInfo &info);
    void addOwner(std::string_view vpcId, AddressOwner owner);
    void indexNames() const;

    std::unordered_map<std::string_view, std::string> m_goneStates; //!< goneResources()
    std::vector<const Cidr *> m_subnetCidrs; //!< in the iteration order of `subnets`
    struct VpcAttachment
    {
        std::string_view tgwId;
        const TgwAttachment *live = nullptr; //!< the first not gone
        const TgwAttachment *gone = nullptr; //!< the last gone
    };
    std::unordered_map<std::string_view, std::vector<VpcAttachment>> m_vpcAttachments; //!< by VPC
    std::unordered_map<const TgwAttachment *, SubnetList> m_attachmentSubnets;
    std::unordered_map<const TargetGroup *, std::vector<std::optional<Ipv4>>> m_targetAddresses;
    mutable std::once_flag m_namesIndexed;
    mutable std::unordered_map<std::string_view, std::string_view> m_idByName;
    template<typename Service>
    void addServiceNodes(AddressOwner::Type type, const Service &service, const LoadBalancer *lb,
                         const VpcEndpoint *endpoint);
};

/** The groups as evaluateSecurityGroups takes them (small_vector predates C++20 ranges). */
inline std::span<const SecurityGroup *const> asSpan(const CompiledNetwork::GroupList &groups)
{
    return {groups.data(), groups.size()};
}

} // namespace mailpath::core
