#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct SmtpServer
{
    static constexpr ResourceKind kind = ResourceKind::SmtpServer;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string hostId; //!< the instance, on-prem network or internet host it runs on
    Ipv4 address;
    std::vector<uint16_t> ports = {25, 587};
    std::vector<Cidr> relayAllow; //!< postfix mynetworks; empty accepts every client
    std::string tls = "optional"; //!< none | optional | required

    friend bool operator==(const SmtpServer &, const SmtpServer &) = default;
};

MAILPATH_DECLARE_JSON(SmtpServer);

} // namespace mailpath::core
