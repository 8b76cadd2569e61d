// Terraform (and CloudFormation, translated) SES and Route 53 resources, described as the
// sesv2 / ses / route53 responses the snapshot reader takes (awsses.cpp).

#include "iacmap.h"

#include <map>

namespace mailpath::core::iac {

namespace {

constexpr const char *detailsKey = "SesEmailIdentityDetails";

/** The identity item; created with the status an undeployed identity is assumed to reach. */
Json &identity(DescribeBuilder &b, const IacResource &r, const std::string &name)
{
    const bool known = b.find(detailsKey, name) != nullptr;
    Json &item = b.item(detailsKey, "IdentityName", name);
    if (!known) {
        item["VerificationStatus"] = "SUCCESS";
        b.info(r.address, "SES identity " + name + ": taken as verified once deployed (its "
                                                   "status is known only after apply)");
    }
    return item;
}

void mapEmailIdentityV2(const IacResource &r, DescribeBuilder &b)
{
    const std::string name = str(r.values, "email_identity");
    if (name.empty())
        return b.warn(r.address, "aws_sesv2_email_identity without email_identity, skipped");
    Json &item = identity(b, r, name);
    if (const auto *status = r.values.is_object() ? &r.values : nullptr;
        status && status->contains("verified_for_sending_status")
        && status->at("verified_for_sending_status").is_boolean())
        item["VerificationStatus"] = status->at("verified_for_sending_status").get<bool>()
                                         ? "SUCCESS"
                                         : "PENDING";
    if (auto set = str(r.values, "configuration_set_name"); !set.empty())
        item["ConfigurationSetName"] = set;
    for (const auto &dkim : blocks(r.values, "dkim_signing_attributes"))
        if (auto tokens = strs(dkim, "tokens"); !tokens.empty())
            item["DkimAttributes"] = {{"Tokens", tokens}, {"Status", str(dkim, "status")}};
}

void mapDomainIdentity(const IacResource &r, DescribeBuilder &b)
{
    const std::string domain = str(r.values, "domain");
    if (domain.empty())
        return b.warn(r.address, r.type + " without domain, skipped");
    Json &item = identity(b, r, domain);
    if (auto token = str(r.values, "verification_token"); !token.empty())
        item["VerificationToken"] = token;
}

void mapEmailIdentityV1(const IacResource &r, DescribeBuilder &b)
{
    if (auto email = str(r.values, "email"); !email.empty())
        identity(b, r, email);
}

void mapDomainDkim(const IacResource &r, DescribeBuilder &b)
{
    const std::string domain = str(r.values, "domain");
    if (domain.empty())
        return;
    Json &item = identity(b, r, domain);
    if (auto tokens = strs(r.values, "dkim_tokens"); !tokens.empty())
        item["DkimAttributes"] = {{"Tokens", tokens}};
}

void mapMailFrom(const IacResource &r, DescribeBuilder &b)
{
    const std::string domain = str(r.values, "domain");
    if (domain.empty())
        return;
    identity(b, r, domain)["MailFromAttributes"] = {
        {"MailFromDomain", str(r.values, "mail_from_domain")}};
}

void mapConfigurationSet(const IacResource &r, DescribeBuilder &b)
{
    const bool v2 = r.type == "aws_sesv2_configuration_set";
    const std::string name = str(r.values, v2 ? "configuration_set_name" : "name");
    if (name.empty())
        return b.warn(r.address, r.type + " without a name, skipped");
    Json &item = b.item("SesConfigurationSets", "ConfigurationSetName", name);
    for (const auto &d : blocks(r.values, "delivery_options"))
        if (auto tls = str(d, "tls_policy"); !tls.empty()) // "Require" (v1) or "REQUIRE"
            item["DeliveryOptions"] = {{"TlsPolicy", tls == "Require" ? "REQUIRE"
                                                     : tls == "Optional" ? "OPTIONAL" : tls}};
    bool sending = boolean(r.values, "sending_enabled", true);
    for (const auto &s : blocks(r.values, "sending_options"))
        sending = boolean(s, "sending_enabled", sending);
    item["SendingOptions"] = {{"SendingEnabled", sending}};
    if (const auto *d = item.find("DeliveryOptions") != item.end() ? &item["DeliveryOptions"]
                                                                    : nullptr)
        b.info(r.address, "SES configuration set " + name + ", TLS policy "
                              + d->value("TlsPolicy", std::string())
                              + " (applies to SES's own delivery onward)");
}

void mapReceiptFilter(const IacResource &r, DescribeBuilder &b)
{
    b.append("Filters", {{"Name", str(r.values, "name")},
                         {"IpFilter", {{"Policy", str(r.values, "policy")},
                                       {"Cidr", str(r.values, "cidr")}}}});
}

void mapZone(const IacResource &r, DescribeBuilder &b)
{
    const std::string id = str(r.values, "zone_id").empty() ? r.id : str(r.values, "zone_id");
    Json &item = b.item("HostedZones", "Id", id);
    item["Name"] = str(r.values, "name");
    item["Config"] = {{"PrivateZone", !blocks(r.values, "vpc").empty()}};
}

void mapRecord(const IacResource &r, DescribeBuilder &b)
{
    const std::string zone = str(r.values, "zone_id");
    if (zone.empty())
        return b.warn(r.address, "aws_route53_record without zone_id, skipped");
    const std::string fqdn = str(r.values, "fqdn");
    Json set = {{"Name", fqdn.empty() ? str(r.values, "name") : fqdn},
                {"Type", str(r.values, "type")},
                {"TTL", num(r.values, "ttl").value_or(300)}};
    Json values = Json::array();
    for (const auto &v : strs(r.values, "records"))
        values.push_back({{"Value", str(r.values, "type") == "TXT" && !v.starts_with('"')
                                        ? "\"" + v + "\""
                                        : v}});
    set["ResourceRecords"] = values;
    Json &item = b.item("Route53RecordSets", "HostedZoneId", zone);
    if (!item.contains("ResourceRecordSets"))
        item["ResourceRecordSets"] = Json::array();
    item["ResourceRecordSets"].push_back(set);
}

struct Entry
{
    const char *type;
    MapFn fn;
};

constexpr Entry sesMappers[] = {
    {"aws_sesv2_email_identity", mapEmailIdentityV2},
    {"aws_ses_domain_identity", mapDomainIdentity},
    {"aws_ses_email_identity", mapEmailIdentityV1},
    {"aws_ses_domain_dkim", mapDomainDkim},
    {"aws_ses_domain_mail_from", mapMailFrom},
    {"aws_sesv2_configuration_set", mapConfigurationSet},
    {"aws_ses_configuration_set", mapConfigurationSet},
    {"aws_ses_receipt_filter", mapReceiptFilter},
    {"aws_route53_zone", mapZone},
    {"aws_route53_record", mapRecord},
};

} // namespace

std::string sesProviderType(const std::string &cfnType)
{
    static const std::map<std::string, std::string> types = {
        {"AWS::SES::EmailIdentity", "aws_sesv2_email_identity"},
        {"AWS::SES::ConfigurationSet", "aws_sesv2_configuration_set"},
        {"AWS::SES::ReceiptFilter", "aws_ses_receipt_filter"},
        {"AWS::Route53::HostedZone", "aws_route53_zone"},
        {"AWS::Route53::RecordSet", "aws_route53_record"},
    };
    const auto it = types.find(cfnType);
    return it == types.end() ? std::string() : it->second;
}

Json sesProviderValues(const std::string &cfnType, const Json &p)
{
    Json v = Json::object();
    if (cfnType == "AWS::SES::EmailIdentity") {
        v["email_identity"] = str(p, "EmailIdentity");
        for (const auto &c : blocks(p, "ConfigurationSetAttributes"))
            v["configuration_set_name"] = str(c, "ConfigurationSetName");
    } else if (cfnType == "AWS::SES::ConfigurationSet") {
        v["configuration_set_name"] = str(p, "Name");
        for (const auto &d : blocks(p, "DeliveryOptions"))
            v["delivery_options"] = Json::array({{{"tls_policy", str(d, "TlsPolicy")}}});
        for (const auto &o : blocks(p, "SendingOptions"))
            v["sending_options"] = Json::array({{{"sending_enabled",
                                                  boolean(o, "SendingEnabled", true)}}});
    } else if (cfnType == "AWS::SES::ReceiptFilter") {
        for (const auto &f : blocks(p, "Filter")) {
            v["name"] = str(f, "Name");
            for (const auto &ip : blocks(f, "IpFilter")) {
                v["policy"] = str(ip, "Policy");
                v["cidr"] = str(ip, "Cidr");
            }
        }
    } else if (cfnType == "AWS::Route53::HostedZone") {
        v["name"] = str(p, "Name");
        if (!blocks(p, "VPCs").empty())
            v["vpc"] = p.at("VPCs");
    } else if (cfnType == "AWS::Route53::RecordSet") {
        v["zone_id"] = str(p, "HostedZoneId");
        v["name"] = str(p, "Name");
        v["type"] = str(p, "Type");
        if (const auto ttl = num(p, "TTL"))
            v["ttl"] = *ttl;
        v["records"] = strs(p, "ResourceRecords");
    }
    return v;
}

MapFn sesMapper(const std::string &type)
{
    for (const auto &e : sesMappers)
        if (type == e.type)
            return e.fn;
    return nullptr;
}

} // namespace mailpath::core::iac
