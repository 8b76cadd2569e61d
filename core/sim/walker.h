#pragma once

#include "compiled.h"
#include "reasontexts.h"
#include "trace.h"

#include <boost/container/small_vector.hpp>

#include <string>
#include <tuple>
#include <vector>

namespace mailpath::core {

/** Where a packet starts or ends outside a VPC subnet. */
struct Site
{
    enum Kind { Interface, Internet, OnPrem, Service }; //!< Service: behind a gateway endpoint
    Site(Kind k = Interface, const AddressOwner *o = nullptr, const OnPremNetwork *n = nullptr,
         Ipv4 a = Ipv4(), std::string r = {}, ResourceKind rk = ResourceKind::NetworkInterface)
        : kind(k), owner(o), onPrem(n), address(a), resource(std::move(r)), resourceKind(rk)
    {}
    Kind kind = Interface;
    const AddressOwner *owner = nullptr;   //!< Interface
    const OnPremNetwork *onPrem = nullptr; //!< OnPrem
    Ipv4 address;
    std::string resource; //!< the id shown for the endpoint
    ResourceKind resourceKind = ResourceKind::NetworkInterface;
    const VpnConnection *vpn = nullptr; //!< OnPrem without a modelled network: the link it uses
    const VirtualInterface *vif = nullptr; //!< OnPrem behind Direct Connect: its VIF
};

/** How the packet entered the VPC it is in: NAT gateways refuse peering and VPN (R4.8). */
enum class Origin { Local, Tgw, Peering, Vpn, Internet };

/** Translation state recorded on the way out and reversed by the reply. */
struct Binding
{
    enum Type { NatGateway, LoadBalancer, FirewallDnat, FirewallSnat, NatInstance, Inspection,
                IgwEntry }; //!< IgwEntry: a request entered a VPC through its IGW (resource)
    Binding(Type t, std::string_view r, Ipv4 inIp, PortRange inPorts, Ipv4 outIp, PortRange outPorts)
        : type(t), resource(r), insideIp(inIp), insidePorts(inPorts), outsideIp(outIp),
          outsidePorts(outPorts)
    {}
    Type type = NatGateway;
    std::string_view resource;
    Ipv4 insideIp;
    PortRange insidePorts;
    Ipv4 outsideIp;
    PortRange outsidePorts;
    const AddressOwner *node = nullptr; //!< LoadBalancer: the node
    Ipv4 targetIp;                      //!< LoadBalancer: the chosen target
    bool preserved = false;             //!< LoadBalancer: client IP preservation
    const Firewall *firewall = nullptr;
    std::string_view via; //!< Inspection: the endpoint or appliance that saw the request
    bool replied = false; //!< Inspection: the reply passed it too
};

/** The target a load balancer node picked for a connection. */
struct LbChoice
{
    const Target *target = nullptr;
    Ipv4 ip;
    bool preserveClientIp = false;
};

/** Whether the walk goes on past a block for this reason: a filter, not a missing next hop. */
bool walksPast(ReasonCode reason);

/**
 * One simulated connection. Forward and reply use the same engine: the reply is a real
 * packet walked through the destination side's route tables and ACLs, with security
 * groups admitting it as tracked and NAT bindings reversed.
 */
class Walker
{
public:
    Walker(const CompiledNetwork &net, Trace &trace, const Query &query,
           const TraceOptions &options = {});

    void run(const Site &source, Ipv4 destination);

    // What walk steps (walksteps.h) build on: the packet, the design and the records.
    Header &packet() { return m_pkt; }
    const Header &packetBefore() const { return m_in; } //!< the header the current hop received
    Direction direction() const { return m_dir; }
    const CompiledNetwork &net() const { return m_net; }
    const Design &design() const { return m_net.design; }
    const Query &query() const { return m_query; }
    bool recording() const { return m_record; }
    Trace &trace() { return m_trace; }
    boost::container::small_vector<Binding, 4> &bindings() { return m_bindings; }

    // engine (walker.cpp)
    bool sendFromSubnet(const SubnetInfo &subnet, Origin origin);
    bool deliverLocal(const VpcInfo &vpc, const SubnetInfo *from);
    bool checkAcl(const SubnetInfo &subnet, bool egress);
    bool checkSecurityGroups(const std::vector<std::string> &groupIds, std::string_view owner,
                             ResourceKind ownerKind, bool ingress);
    bool arriveAtOwner(const AddressOwner &owner);
    bool arriveAtInterface(const AddressOwner &owner);
    /** A packet reached an address that is not where this direction may end. */
    bool strayArrival(const AddressOwner &owner);

    // gateways and links (walkedges.cpp, walktransit.cpp)
    bool egressToInternet(const SubnetInfo &from, const Route &route);
    bool viaNatGateway(const NatGateway &nat, const SubnetInfo &from, Origin origin);
    bool natReply(const AddressOwner &owner);
    bool viaTransitGateway(const std::string &tgwId, const SubnetInfo &from);
    bool viaPeering(const std::string &pcxId, const SubnetInfo &from);
    bool viaVpnGateway(const std::string &vgwId);
    bool viaMiddlebox(const std::string &target, const SubnetInfo &from, Origin origin);
    /** Traffic entering through the VPC's IGW after its 1:1 NAT: the edge route table. */
    bool enterThroughIgw(const VpcInfo &vpc);
    /** A reply leaving through an IGW must pass the inspection its request passed (R1.9). */
    bool checkReplyInspected(const SubnetInfo &from);

    // services (walkservices.cpp)
    bool loadBalancerForward(const AddressOwner &node);
    bool loadBalancerReply(const AddressOwner &node);
    bool endpointForward(const AddressOwner &node);
    bool viaGatewayEndpoint(const SubnetInfo &from, const Route &route);
    bool replyFromService(const Site &site);

    // bookkeeping
    Hop &hop(std::string_view resource, ResourceKind kind, HopAction action,
             std::string rule = {}, Message note = {});
    /** Stops the walk here; detail and fix are texts of reasontexts.h with their arguments. */
    bool block(ReasonCode reason, std::string_view resource, ResourceKind kind,
               Message detail, Message fix);
    /** Texts not yet in reasontexts.h (shown untranslated); new code uses the form above. */
    bool block(ReasonCode reason, std::string_view resource, ResourceKind kind,
               std::string detail, std::string fix);
    void note(Message message);
    void warning(Message message);
    /** The index-th blocker recorded (0: blockedAt), or null. */
    BlockedAt *blockerAt(size_t index);
    size_t blockerCount() const;
    /** Records what the last hop guards (Hop::appliesTo); returns false like block(). */
    bool tagLastHop(std::string_view subject);
    bool revisit(std::string_view where);
    std::string peerCidrText(Ipv4 peer, bool wide) const;

private:
    bool startFrom(const Site &site);
    bool dispatchRoute(const SubnetInfo &subnet, const Route &route, Origin origin);
    bool checkOp25b(const AddressOwner &source);
    bool arriveFromInternet();
    bool sendFromOnPrem(const OnPremNetwork *net);
    bool sendOverVpn(const VpnConnection &vpn);
    bool natBehindVpn(const OnPremNetwork &net);
    bool arriveOnPrem(const OnPremNetwork *net, std::string_view via);

    // flows entering AWS (walkinbound.cpp)
    bool internetCannotReach();
    bool checkVpnTunnels(const VpnConnection &vpn);
    bool vpnGatewayUnknown(const std::string &vgwId, const std::vector<const VpnConnection *> &links);
    Message noRouteFix(const RouteTable &table) const;
    Message tgwNoRouteFix(const std::string &routeTableId) const;
    bool firewallInbound(const Firewall &fw);

    // Direct Connect (walkdx.cpp)
    bool checkVif(const VirtualInterface &vif);
    const VirtualInterface *dxLinkOf(const OnPremNetwork *net) const;
    bool sendOverDx(const VirtualInterface &vif);
    bool enterVgwFromDx(const DirectConnectGateway *gw, const DxAssociation *assoc,
                        const std::string &vgwId, bool *handled);
    bool enterTgwFromDx(const DirectConnectGateway &gw, const DxAssociation &assoc);
    bool dxNotAdvertised(const DirectConnectGateway &gw);
    const VirtualInterface *dxBehindVgw(const std::string &vgwId, bool anyKnown) const;
    bool vgwToDx(const std::string &vgwId, const VirtualInterface &vif);
    bool vgwDxUnknown(const std::string &vgwId, const VirtualInterface &vif);
    bool tgwToDx(const TgwAttachment &att, const std::string &routeTableId, const Cidr &matched,
                 bool propagated);
    bool leaveOverVif(const VirtualInterface &vif);
    bool enterTgwFromVpn(const VpnConnection &vpn);
    bool routeInTgw(const std::string &tgwId, const std::string &routeTableId,
                    const std::string &fromAz);
    bool crossTgwPeering(const TgwAttachment &side, const std::string &tgwId,
                         const std::string &fromAz);
    const TargetGroup *listenerTargets(const LoadBalancer &lb, uint16_t port);
    bool chooseTarget(const AddressOwner &node, const TargetGroup &tg, LbChoice &choice);
    bool checkTargetAllowed(const LoadBalancer &lb, const TargetGroup &tg, const LbChoice &choice);
    bool forwardToTarget(const AddressOwner &node, const TargetGroup &tg, const LbChoice &choice);
    bool sesAccept(const SesEndpoint &ses, std::string_view resource, ResourceKind kind);
    bool smtpAccept(const SmtpServer *server);

    // SES after the connection (walkses.cpp)
    bool sesEnvelope(const SesEndpoint &ses);
    bool sesEnvelopeAfterReply();
    bool sesReceive(const SesEndpoint &ses, std::string_view resource, ResourceKind kind);
    bool sesTlsPolicy(const SmtpServer &server);
    void sesDnsWarnings(const SesEndpoint &ses, const SesIdentity &identity);
    const SesConfigurationSet *sesConfigurationSet(const SesEndpoint &ses) const;
    bool replyFromTarget(const Binding &binding, const AddressOwner &target);
    void checkHealthCheck(const TargetGroup &tg, const AddressOwner &node, Ipv4 target,
                          uint16_t port);

    // NAT instances (walknatinstance.cpp)
    bool isNatInstance(const Eni &eni) const;
    bool viaNatInstance(const Eni &eni, const SubnetInfo &subnet, Origin origin);
    const Binding *natInstanceBinding(const AddressOwner &owner) const;
    bool natInstanceReply(const Binding &binding, const AddressOwner &owner);

    // Classic Load Balancers (walkclassiclb.cpp)
    bool classicForward(const AddressOwner &node);
    void classicHealthCheck(const LoadBalancer &lb, const AddressOwner &node, Ipv4 target);
    void explainSeenAddress(BlockedAt &blocked, const LoadBalancer &lb, Ipv4 nodeIp);
    bool finish(const Site &site);
    const SesEndpoint *sesForRegion(const std::string &region) const;

    const CompiledNetwork &m_net;
    Trace &m_trace;
    const Query &m_query;
    Direction m_dir = Direction::Forward;
    Header m_pkt;
    Header m_in; //!< header before the current step, for hop records
    boost::container::small_vector<Binding, 4> m_bindings; //!< inline: no allocation per trace
    /** Places and headers seen on this leg: ids point into the design or are literals. */
    boost::container::small_vector<std::tuple<std::string_view, uint32_t, uint32_t, uint32_t>, 24>
        m_visited;
    bool m_record = true; //!< TraceOptions::recordHops
    Hop m_unrecorded;     //!< what hop() returns when hops are not recorded
    int m_steps = 0;
    Site m_source;
    Site m_final;
    bool m_finished = false;
    bool m_crossedInternet = false;
    std::string_view m_sourceVpc; //!< ids in the design
    std::string_view m_sourceAz;
    const VpnConnection *m_lastVpn = nullptr;
    const VirtualInterface *m_lastVif = nullptr; //!< the VIF the last on-prem leg used
    bool m_replyOutsideModel = false;
    const SesEndpoint *m_envelopeSes = nullptr; //!< SES that still has to accept the envelope
};

} // namespace mailpath::core
