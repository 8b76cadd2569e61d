#pragma once

#include "walker.h"

#include <string>

namespace mailpath::core {

/**
 * Turns what the user typed (id, name, address, load balancer DNS name, SES host name)
 * into a starting site or a destination address. Host names resolve the way the source
 * VPC resolves them: SES goes to an interface endpoint when private DNS is on.
 */
class EndpointResolver
{
public:
    explicit EndpointResolver(const CompiledNetwork &net);

    bool resolveSource(const std::string &text, Site &site, Message &error) const;
    bool resolveDestination(const std::string &text, const Site &source, Ipv4 &address,
                            std::string &label, Message &error) const;
    /** The id a name refers to (exact id first, then Name tag, name, LB DNS name). */
    std::string findId(const std::string &text) const;

private:
    bool interfaceSite(const Eni &eni, Site &site) const;
    bool sesDestination(const std::string &region, bool receiving, const Site &source,
                        Ipv4 &address, std::string &label) const;
    Ipv4 nodeAddress(const std::vector<ServiceNode> &nodes, const Site &source, bool usePublic) const;
    Ipv4 onPremAddress(const OnPremNetwork &net) const;
    /** The available VPN connection whose routes cover an address (longest prefix). */
    const VpnConnection *vpnKnowing(Ipv4 address) const;
    const VirtualInterface *vifKnowing(Ipv4 address) const;

    const CompiledNetwork &m_net;
};

/** "email-smtp.us-east-1.amazonaws.com" -> ("us-east-1", false); inbound-smtp -> receiving. */
bool parseSesHostName(const std::string &name, std::string &region, bool &receiving);

} // namespace mailpath::core
