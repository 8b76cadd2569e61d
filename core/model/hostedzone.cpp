#include "hostedzone.h"

#include "design.h"

#include <algorithm>
#include <cctype>

namespace mailpath::core {

MAILPATH_DEFINE_JSON(DnsRecord, name, type, ttl, values)
MAILPATH_DEFINE_JSON(HostedZone, id, name, tags, privateZone, records)

std::string dnsName(std::string_view name)
{
    std::string out(name);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    while (!out.empty() && out.back() == '.')
        out.pop_back();
    return out;
}

std::vector<const DnsRecord *> HostedZone::find(std::string_view recordName,
                                                std::string_view type) const
{
    const std::string wanted = dnsName(recordName);
    std::vector<const DnsRecord *> found;
    for (const auto &record : records)
        if (record.type == type && dnsName(record.name) == wanted)
            found.push_back(&record);
    return found;
}

const HostedZone *zoneFor(const Design &design, std::string_view name)
{
    const std::string wanted = dnsName(name);
    const HostedZone *best = nullptr;
    for (const auto &[id, zone] : design.all<HostedZone>()) {
        const std::string zoneName = dnsName(zone.name);
        const bool inside = wanted == zoneName
                            || (wanted.size() > zoneName.size()
                                && wanted.ends_with("." + zoneName));
        if (!zone.privateZone && inside && (!best || zoneName.size() > dnsName(best->name).size()))
            best = &zone;
    }
    return best;
}

constinit const KindTraits HostedZone::traits = {
    .kind = HostedZone::kind,
    .name = "hosted-zone",
    .idPrefix = "zone",
    .title = "Route 53 hosted zone",
    .diagram = DiagramRole::Hidden,
};

} // namespace mailpath::core
