// SES (sesv2 get-account, list/get-email-identity, get-configuration-set, ses
// list-receipt-filters) and Route 53 (list-hosted-zones, list-resource-record-sets) responses.
// SES state is per region: it lands on the region's SES endpoint, made when missing.

#include "awscontext.h"

#include "../model/hostedzone.h"

#include <algorithm>

namespace mailpath::core::aws {

namespace key {
inline constexpr std::string_view identityName = "IdentityName";
inline constexpr std::string_view identityType = "IdentityType";
inline constexpr std::string_view verificationStatus = "VerificationStatus";
inline constexpr std::string_view dkim = "DkimAttributes";
inline constexpr std::string_view mailFrom = "MailFromAttributes";
inline constexpr std::string_view configurationSetName = "ConfigurationSetName";
inline constexpr std::string_view deliveryOptions = "DeliveryOptions";
inline constexpr std::string_view sendingOptions = "SendingOptions";
inline constexpr std::string_view sendingEnabled = "SendingEnabled";
inline constexpr std::string_view ipFilter = "IpFilter";
inline constexpr std::string_view hostedZoneId = "HostedZoneId";
inline constexpr std::string_view recordSets = "ResourceRecordSets";
} // namespace key

namespace {

/** The SES endpoint of the file's region ("" until the snapshot's region is known). */
std::string sesIdOf(const std::string &region)
{
    return "ses-" + (region.empty() ? std::string("snapshot") : region);
}

template<typename F>
void editSes(ImportContext &context, F &&edit)
{
    const std::string id = sesIdOf(context.region);
    if (!context.design.find<SesEndpoint>(id)) {
        SesEndpoint ses;
        ses.id = id;
        ses.name = "Amazon SES";
        ses.region = context.region;
        context.design.put(ses);
    }
    context.design.update<SesEndpoint>(id, edit);
}

SesIdentity &identityIn(SesEndpoint &ses, const std::string &name)
{
    for (auto &identity : ses.identities)
        if (identity.name == name)
            return identity;
    SesIdentity &added = ses.identities.emplace_back();
    added.name = name;
    added.verificationStatus.clear();
    return added;
}

void readIdentityDetail(const Json &item, SesIdentity &identity)
{
    if (const auto status = text(item, key::verificationStatus); !status.empty())
        identity.verificationStatus = status;
    else if (const auto *sending = member(item, "VerifiedForSendingStatus"))
        identity.verificationStatus = sending->is_boolean() && sending->get<bool>() ? "SUCCESS"
                                                                                     : "PENDING";
    if (const auto *dkim = child(item, key::dkim)) {
        identity.dkimStatus = text(*dkim, "Status");
        identity.dkimTokens = texts(*dkim, "Tokens");
    }
    if (const auto *mailFrom = child(item, key::mailFrom))
        identity.mailFromDomain = text(*mailFrom, "MailFromDomain");
    if (const auto set = text(item, key::configurationSetName); !set.empty())
        identity.configurationSet = set;
    if (const auto token = text(item, "VerificationToken"); !token.empty())
        identity.verificationToken = token; // SES v1 get-identity-verification-attributes
}

/** Route 53 writes TXT values quoted, long ones split: "\"v=spf1 ...\"" -> v=spf1 ... */
std::string recordValue(const std::string &type, std::string value)
{
    if (type != "TXT" && type != "SPF")
        return value;
    std::string out;
    bool inQuotes = false;
    for (size_t i = 0; i < value.size(); ++i) {
        if (value[i] == '\\' && i + 1 < value.size())
            out += value[++i];
        else if (value[i] == '"')
            inQuotes = !inQuotes;
        else if (inQuotes || value.front() != '"')
            out += value[i];
    }
    return out;
}

std::string zoneIdOf(const std::string &id) // "/hostedzone/Z123" -> "Z123"
{
    const auto slash = id.rfind('/');
    return slash == std::string::npos ? id : id.substr(slash + 1);
}

std::vector<DnsRecord> readRecords(const Json &array)
{
    std::vector<DnsRecord> records;
    for (const auto &item : array) {
        DnsRecord r;
        r.name = dnsName(requiredText(item, key::name));
        r.type = requiredText(item, "Type");
        r.ttl = int(integer(item, "TTL").value_or(300));
        for (const auto &value : list(item, "ResourceRecords"))
            r.values.push_back(recordValue(r.type, requiredText(value, "Value")));
        if (const auto *alias = child(item, "AliasTarget"))
            r.values.push_back(dnsName(text(*alias, "DNSName")));
        records.push_back(std::move(r));
    }
    return records;
}

} // namespace

void readSesProductionAccess(const Json &value, ImportContext &context)
{
    if (!value.is_boolean())
        throw ShapeError("\"ProductionAccessEnabled\" must be true or false");
    editSes(context, [&](SesEndpoint &ses) { ses.sandbox = !value.get<bool>(); });
}

void readSesSendingEnabled(const Json &value, ImportContext &context)
{
    if (!value.is_boolean())
        throw ShapeError("\"SendingEnabled\" must be true or false");
    editSes(context, [&](SesEndpoint &ses) { ses.sendingEnabled = value.get<bool>(); });
}

void readSesIdentities(const Json &array, ImportContext &context)
{
    for (const auto &item : array) {
        const auto name = requiredText(item, key::identityName);
        editSes(context, [&](SesEndpoint &ses) {
            auto &identity = identityIn(ses, name);
            if (const auto status = text(item, key::verificationStatus); !status.empty())
                identity.verificationStatus = status;
        });
    }
}

void readSesIdentityDetails(const Json &array, ImportContext &context)
{
    for (const auto &item : array) {
        const auto name = requiredText(item, key::identityName);
        editSes(context, [&](SesEndpoint &ses) { readIdentityDetail(item, identityIn(ses, name)); });
    }
}

void readSesConfigurationSets(const Json &array, ImportContext &context)
{
    for (const auto &item : array) {
        SesConfigurationSet set;
        set.name = requiredText(item, key::configurationSetName);
        if (const auto *delivery = child(item, key::deliveryOptions))
            set.tlsPolicy = text(*delivery, "TlsPolicy").empty() ? set.tlsPolicy
                                                                 : text(*delivery, "TlsPolicy");
        if (const auto *sending = child(item, key::sendingOptions))
            set.sendingEnabled = flag(*sending, key::sendingEnabled, true);
        editSes(context, [&](SesEndpoint &ses) {
            std::erase_if(ses.configurationSets, [&](const auto &s) { return s.name == set.name; });
            ses.configurationSets.push_back(set);
        });
    }
}

void readSesReceiptFilters(const Json &array, ImportContext &context)
{
    const std::string region = context.region;
    for (const auto &item : array) {
        SesReceiptFilter filter;
        filter.name = requiredText(item, key::name);
        const auto *ip = child(item, key::ipFilter);
        const auto range = ip ? cidr(*ip, "Cidr") : std::nullopt;
        if (!ip || !range)
            throw ShapeError("receipt filter " + filter.name + ": missing IpFilter.Cidr");
        filter.policy = text(*ip, "Policy");
        filter.cidr = *range;
        const std::string id = "ses-inbound-" + (region.empty() ? "snapshot" : region);
        if (!context.design.find<SesEndpoint>(id)) {
            SesEndpoint ses;
            ses.id = id;
            ses.name = "SES inbound";
            ses.region = region;
            ses.receiving = true;
            ses.ports = {25};
            context.design.put(ses);
        }
        context.design.update<SesEndpoint>(id, [&](SesEndpoint &ses) {
            ses.receiptFilters.push_back(filter);
        });
    }
}

void readHostedZones(const Json &array, ImportContext &context)
{
    for (const auto &item : array) {
        HostedZone zone;
        zone.id = zoneIdOf(requiredText(item, "Id"));
        zone.name = dnsName(requiredText(item, key::name));
        if (const auto *config = child(item, "Config"))
            zone.privateZone = flag(*config, "PrivateZone");
        context.add(std::move(zone));
    }
}

void readRecordSetAggregate(const Json &array, ImportContext &context)
{
    for (const auto &item : array)
        context.pending.zoneRecords.push_back(
            {context.file, zoneIdOf(requiredText(item, key::hostedZoneId)),
             readRecords(list(item, key::recordSets))});
}

void readRecordSets(const Json &array, ImportContext &context)
{
    context.pending.zoneRecords.push_back({context.file, {}, readRecords(array)});
}

void linkSes(ImportContext &context)
{
    // SES read before the region was known: move it to the snapshot's region.
    for (const auto *prefix : {"ses-", "ses-inbound-"}) {
        const std::string id = std::string(prefix) + "snapshot";
        const auto *ses = context.design.find<SesEndpoint>(id);
        if (!ses || context.region.empty())
            continue;
        SesEndpoint moved = *ses;
        moved.id = std::string(prefix) + context.region;
        moved.region = context.region;
        context.design.remove(id);
        if (!context.design.find<SesEndpoint>(moved.id))
            context.design.put(moved);
    }
    for (auto &pending : context.pending.zoneRecords)
        for (auto &record : pending.value) {
            const HostedZone *zone = pending.parentId.empty()
                                         ? zoneFor(context.design, record.name)
                                         : context.design.find<HostedZone>(pending.parentId);
            if (!zone) {
                context.note(Severity::Warning, pending.parentId,
                             "record " + record.name + " belongs to no hosted zone of the "
                                                       "snapshot, skipped",
                             pending.file);
                continue;
            }
            context.design.update<HostedZone>(zone->id, [&](HostedZone &z) {
                z.records.push_back(record);
            });
        }
}

} // namespace mailpath::core::aws
