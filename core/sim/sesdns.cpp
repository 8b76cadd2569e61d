#include "sesdns.h"

#include "reasontexts.h"

#include "../model/design.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>

namespace mailpath::core {

namespace {

bool contains(std::string_view text, std::string_view part)
{
    return text.find(part) != std::string_view::npos;
}

std::string mxHost(std::string_view value) // "10 inbound-smtp.x.amazonaws.com." -> host
{
    const auto space = value.find(' ');
    return dnsName(space == std::string_view::npos ? value : value.substr(space + 1));
}

/** Fills in a check for one expected record: Ok, Missing, Wrong or NotChecked. */
class Checker
{
public:
    Checker(const Design &design, const SesEndpoint &ses, const SesIdentity &identity)
        : m_design(design), m_ses(ses), m_identity(identity)
    {}

    std::vector<DnsCheck> run()
    {
        const std::string domain = dnsName(m_identity.name);
        if (!m_identity.verificationToken.empty())
            verification(domain);
        for (const auto &token : m_identity.dkimTokens)
            dkim(domain, token);
        if (!m_identity.mailFromDomain.empty())
            mailFrom(dnsName(m_identity.mailFromDomain));
        dmarc(domain);
        mx(domain);
        return std::move(m_checks);
    }

private:
    /** A new check of `name`; false (state NotChecked) when its zone is not in the source. */
    DnsCheck &start(std::string check, DnsRecord expected, const HostedZone *&zone)
    {
        zone = zoneFor(m_design, expected.name);
        DnsCheck &c = m_checks.emplace_back();
        c.sesId = m_ses.id;
        c.identity = m_identity.name;
        c.check = std::move(check);
        c.expected = std::move(expected);
        c.zoneId = zone ? zone->id : std::string();
        if (!zone)
            say(c, {texts::dnsNotChecked, {c.expected.type, c.expected.name}});
        return c;
    }

    void verification(const std::string &domain)
    {
        const HostedZone *zone = nullptr;
        auto &c = start("verification",
                        {"_amazonses." + domain, "TXT", 1800, {m_identity.verificationToken}}, zone);
        if (!zone)
            return;
        const auto found = zone->find(c.expected.name, "TXT");
        judge(c, found, [&](const std::string &v) { return v == m_identity.verificationToken; },
              texts::dnsVerification);
    }

    void dkim(const std::string &domain, const std::string &token)
    {
        const HostedZone *zone = nullptr;
        const std::string target = token + ".dkim.amazonses.com";
        auto &c = start("dkim", {token + "._domainkey." + domain, "CNAME", 1800, {target}}, zone);
        if (zone)
            judge(c, zone->find(c.expected.name, "CNAME"),
                  [&](const std::string &v) { return dnsName(v) == target; }, texts::dnsDkim);
    }

    void mailFrom(const std::string &domain)
    {
        const HostedZone *zone = nullptr;
        const std::string spf = "v=spf1 include:amazonses.com ~all";
        auto &c = start("spf", {domain, "TXT", 300, {spf}}, zone);
        if (zone) {
            std::vector<const DnsRecord *> spfRecords;
            for (const auto *r : zone->find(domain, "TXT"))
                if (std::any_of(r->values.begin(), r->values.end(),
                                [](const auto &v) { return v.starts_with("v=spf1"); }))
                    spfRecords.push_back(r);
            judge(c, spfRecords,
                  [](const std::string &v) { return contains(v, "include:amazonses.com"); },
                  texts::dnsSpf);
        }
        const std::string feedback = "feedback-smtp." + m_ses.region + ".amazonses.com";
        auto &m = start("mail-from-mx", {domain, "MX", 300, {"10 " + feedback}}, zone);
        if (zone)
            judge(m, zone->find(domain, "MX"),
                  [&](const std::string &v) { return mxHost(v) == feedback; },
                  texts::dnsMailFromMx);
    }

    void dmarc(const std::string &domain)
    {
        const HostedZone *zone = nullptr;
        auto &c = start("dmarc",
                        {"_dmarc." + domain, "TXT", 300,
                         {"v=DMARC1; p=quarantine; rua=mailto:postmaster@" + domain}},
                        zone);
        if (!zone)
            return;
        for (const auto *r : zone->find(c.expected.name, "TXT"))
            for (const auto &v : r->values)
                if (v.starts_with("v=DMARC1")) {
                    const auto p = v.find("p=");
                    const auto end = v.find(';', p);
                    const TextArg policy = p == std::string::npos
                                               ? TextArg(texts::dnsNoPolicyTag)
                                               : TextArg(v.substr(p + 2, end - p - 2));
                    c.state = DnsCheckState::Ok;
                    say(c, {texts::dnsPresentPolicy, {texts::dnsDmarc, c.expected.name, policy}});
                    return;
                }
        c.state = DnsCheckState::Missing;
        say(c, {texts::dnsNoDmarc, {texts::dnsDmarc, c.expected.name, zone->name}});
    }

    void mx(const std::string &domain);

    static void say(DnsCheck &c, Message text)
    {
        c.message = englishText(text);
        c.text = std::move(text);
    }

    template<typename Good>
    void judge(DnsCheck &c, const std::vector<const DnsRecord *> &found, Good good,
               const TextTemplate &what)
    {
        std::string seen;
        for (const auto *r : found)
            for (const auto &v : r->values) {
                if (good(v)) {
                    c.state = DnsCheckState::Ok;
                    say(c, {texts::dnsPresent, {what, c.expected.name}});
                    return;
                }
                seen += (seen.empty() ? "" : ", ") + v;
            }
        c.state = found.empty() ? DnsCheckState::Missing : DnsCheckState::Wrong;
        if (found.empty())
            say(c, {texts::dnsMissing,
                    {what, c.expected.name, m_design.find<HostedZone>(c.zoneId)->name}});
        else
            say(c, {texts::dnsWrong, {what, c.expected.name, seen, c.expected.values.front()}});
    }

    const Design &m_design;
    const SesEndpoint &m_ses;
    const SesIdentity &m_identity;
    std::vector<DnsCheck> m_checks;
};

// Receiving: the MX must name inbound-smtp of a region that receives, and where the design
// has a receiving SES endpoint, that one.
void Checker::mx(const std::string &domain)
{
    std::string wantRegion;
    for (const auto &[id, ses] : m_design.all<SesEndpoint>())
        if (ses.receiving && (wantRegion.empty() || ses.region == m_ses.region))
            wantRegion = ses.region;
    const HostedZone *zone = zoneFor(m_design, domain);
    std::vector<const DnsRecord *> found = zone ? zone->find(domain, "MX")
                                                : std::vector<const DnsRecord *>{};
    bool pointsToSes = false;
    for (const auto *r : found)
        for (const auto &v : r->values)
            pointsToSes = pointsToSes || mxHost(v).starts_with("inbound-smtp.");
    if (wantRegion.empty() && !pointsToSes)
        return; // the domain does not receive through SES
    const std::string region = wantRegion.empty() ? m_ses.region : wantRegion;
    const std::string target = "inbound-smtp." + region + ".amazonaws.com";
    auto &c = start("mx", {domain, "MX", 300, {"10 " + target}}, zone);
    if (!zone)
        return;
    judge(c, found, [&](const std::string &v) {
        const std::string host = mxHost(v);
        if (!wantRegion.empty())
            return host == target;
        const auto r = host.substr(13, host.find('.', 13) - 13); // "inbound-smtp." is 13
        return host.ends_with(".amazonaws.com") && sesReceivesIn(r);
    }, texts::dnsMx);
    if (c.state == DnsCheckState::Wrong && wantRegion.empty()) {
        c.text.append(texts::dnsNotReceivingRegion);
        c.message = englishText(c.text);
    }
}

std::string quoted(const DnsRecord &record, const std::string &value)
{
    return record.type == "TXT" ? "\"" + value + "\"" : value;
}

} // namespace

std::string_view toString(DnsCheckState state)
{
    switch (state) {
    case DnsCheckState::Ok: return "ok";
    case DnsCheckState::Missing: return "missing";
    case DnsCheckState::Wrong: return "wrong";
    case DnsCheckState::NotChecked: return "not checked";
    }
    return "not checked";
}

std::vector<DnsCheck> dnsChecks(const Design &design, const SesEndpoint &ses,
                                const SesIdentity &identity)
{
    if (!identity.isDomain())
        return {};
    return Checker(design, ses, identity).run();
}

std::vector<DnsCheck> dnsChecks(const Design &design)
{
    std::vector<const SesEndpoint *> endpoints;
    for (const auto &[id, ses] : design.all<SesEndpoint>())
        endpoints.push_back(&ses);
    std::sort(endpoints.begin(), endpoints.end(),
              [](const auto *a, const auto *b) { return a->id < b->id; });
    std::vector<DnsCheck> checks;
    for (const auto *ses : endpoints)
        for (const auto &identity : ses->identities) {
            auto more = dnsChecks(design, *ses, identity);
            checks.insert(checks.end(), more.begin(), more.end());
        }
    return checks;
}

std::string recordLabel(const DnsRecord &record)
{
    std::string out;
    for (const char ch : record.type + "_" + record.name)
        out += std::isalnum(static_cast<unsigned char>(ch)) ? char(std::tolower(ch)) : '_';
    return out;
}

std::string route53ChangeBatch(const DnsCheck &check)
{
    const auto &r = check.expected;
    nlohmann::ordered_json values = nlohmann::ordered_json::array();
    for (const auto &v : r.values)
        values.push_back({{"Value", quoted(r, v)}});
    nlohmann::ordered_json set = {{"Name", r.name + "."}, {"Type", r.type}, {"TTL", r.ttl},
                                  {"ResourceRecords", values}};
    nlohmann::ordered_json batch = {
        {"Changes", {{{"Action", "UPSERT"}, {"ResourceRecordSet", set}}}}};
    return batch.dump(2);
}

std::string terraformRecord(const DnsCheck &check)
{
    const auto &r = check.expected;
    std::string records;
    for (const auto &v : r.values)
        records += (records.empty() ? "" : ", ") + nlohmann::json(v).dump();
    const std::string zone = check.zoneId.empty() ? "<zone id>" : check.zoneId;
    return "resource \"aws_route53_record\" \"" + recordLabel(r) + "\" {\n  zone_id = \"" + zone
           + "\"\n  name    = \"" + r.name + "\"\n  type    = \"" + r.type
           + "\"\n  ttl     = " + std::to_string(r.ttl) + "\n  records = [" + records + "]\n}\n";
}

std::string cloudFormationRecord(const DnsCheck &check)
{
    const auto &r = check.expected;
    std::string out = "Type: AWS::Route53::RecordSet\nProperties:\n  HostedZoneId: "
                      + (check.zoneId.empty() ? std::string("<zone id>") : check.zoneId)
                      + "\n  Name: " + r.name + "\n  Type: " + r.type + "\n  TTL: '"
                      + std::to_string(r.ttl) + "'\n  ResourceRecords:\n";
    for (const auto &v : r.values)
        out += "    - " + nlohmann::json(quoted(r, v)).dump() + "\n";
    return out;
}

} // namespace mailpath::core
