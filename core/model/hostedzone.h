#pragma once

#include "jsonmacros.h"
#include "resource.h"

#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

/** One Route 53 record set: a name, a type and its values (as the zone file writes them). */
struct DnsRecord
{
    std::string name; //!< fully qualified, without the trailing dot
    std::string type; //!< TXT, CNAME, MX, A...
    int ttl = 300;
    std::vector<std::string> values; //!< TXT without quotes; MX as "10 host"

    friend bool operator==(const DnsRecord &, const DnsRecord &) = default;
};
MAILPATH_DECLARE_JSON(DnsRecord);

/** A Route 53 hosted zone and its record sets: what the SES DNS checks read. */
struct HostedZone
{
    static constexpr ResourceKind kind = ResourceKind::HostedZone;
    static const KindTraits traits;

    std::string id;
    std::string name; //!< the zone's domain, without the trailing dot
    std::map<std::string, std::string> tags;
    bool privateZone = false;
    std::vector<DnsRecord> records;

    /** The records of one name and type (names compared without case or trailing dot). */
    std::vector<const DnsRecord *> find(std::string_view recordName, std::string_view type) const;

    friend bool operator==(const HostedZone &, const HostedZone &) = default;
};
MAILPATH_DECLARE_JSON(HostedZone);

/** A DNS name as compared: lower case, no trailing dot. */
std::string dnsName(std::string_view name);

class Design;
/** The public zone a name belongs to (longest matching zone name), or nullptr. */
const HostedZone *zoneFor(const Design &design, std::string_view name);

} // namespace mailpath::core
