#pragma once

#include "jsonmacros.h"

#include <string>

namespace mailpath::core {

/** A flow the design declares, with the outcome the architect expects of it. */
struct ExpectedFlow
{
    std::string id;
    std::string name;
    std::string from;
    std::string to;
    uint16_t port = 587;
    std::string expect = "delivered"; //!< delivered | blocked
    std::string expectReason;         //!< optional reason code a blocked flow must report
    std::string note;
    std::string mailFrom; //!< optional SMTP envelope: MAIL FROM address
    std::string rcptTo;   //!< optional SMTP envelope: RCPT TO address

    friend bool operator==(const ExpectedFlow &, const ExpectedFlow &) = default;
};
MAILPATH_DECLARE_JSON(ExpectedFlow);

/**
 * Choices where AWS documentation is ambiguous (AWS-SEMANTICS §12). Stored with the
 * design and shown to the user, so a verdict can always be traced to its assumption.
 */
struct Assumptions
{
    bool sesEndpointAcceptsPort25 = true; //!< §12.2: listed in 2022, absent from the current doc
    bool fargateSubjectToOp25b = true;    //!< §12.3: no AWS source either way
    PortRange linuxEphemeralPorts = PortRange{32768, 60999}; //!< §12.5: kernel default
    PortRange natGatewayPorts = PortRange{1024, 65535};
    PortRange loadBalancerPorts = PortRange{1024, 65535};

    friend bool operator==(const Assumptions &, const Assumptions &) = default;
};
MAILPATH_DECLARE_JSON(Assumptions);

} // namespace mailpath::core
