// What SES decides once the connection is up (AWS-SEMANTICS §7): the envelope's identities,
// the sandbox, paused sending, the configuration set's TLS policy and receipt IP filters.

#include "walker.h"

#include "../model/sesdns.h"
#include "text.h"

#include <algorithm>

namespace mailpath::core {

namespace {

// Detail and fix sentences of the SES reason codes, kept together (one place to translate).
struct SesText
{
    std::string detail;
    std::string fix;
};

std::string identityState(const std::vector<SesIdentity> &identities, const std::string &address)
{
    const auto found = identitiesFor(identities, address);
    if (found.empty())
        return "no identity covers it";
    std::string text;
    for (const auto *identity : found)
        text += (text.empty() ? "" : ", ") + identity->name + " is "
                + (identity->verificationStatus.empty() ? std::string("unverified")
                                                        : identity->verificationStatus);
    return text;
}

SesText unverifiedText(const SesEndpoint &ses, const std::string &from,
                       const std::vector<DnsCheck> &dns)
{
    std::string fix = "verify " + mailDomain(from) + " (or " + from + ") in SES " + ses.region;
    for (const auto &check : dns)
        if (check.state == DnsCheckState::Missing || check.state == DnsCheckState::Wrong) {
            fix += ": add " + check.expected.type + " " + check.expected.name + " -> "
                   + check.expected.values.front() + " to its zone";
            break;
        }
    return {"SES in " + ses.region + " rejects MAIL FROM " + from
                + ": no verified identity for the address or its domain (" + identityState(
                    ses.identities, from) + "): \"554 Message rejected: Email address is not "
                                            "verified\"",
            fix};
}

SesText sandboxText(const SesEndpoint &ses, const std::string &to)
{
    return {"SES in " + ses.region + " is in the sandbox and " + to
                + " is not a verified identity (" + identityState(ses.identities, to)
                + "): sandbox accounts send to verified addresses and domains only",
            "verify " + to + " in SES " + ses.region
                + ", or request production access for the account in " + ses.region};
}

SesText disabledText(const SesEndpoint &ses, const SesConfigurationSet *set)
{
    if (set)
        return {"sending is disabled for configuration set " + set->name + " in " + ses.region,
                "enable sending for configuration set " + set->name
                    + " (aws sesv2 put-configuration-set-sending-options --sending-enabled)"};
    return {"sending is paused for the SES account in " + ses.region,
            "resume sending for the account in " + ses.region
                + " (aws sesv2 put-account-sending-attributes --sending-enabled)"};
}

SesText tlsRequiredText(const SesConfigurationSet &set, const SmtpServer &server)
{
    return {"configuration set " + set.name + " has TLS policy Require and " + server.id
                + " offers no STARTTLS: SES does not deliver the message",
            "enable STARTTLS on " + server.id + ", or set the TLS policy of " + set.name
                + " to Optional"};
}

SesText filterText(const SesEndpoint &ses, const SesReceiptFilter &filter, Ipv4 sender)
{
    return {"receipt IP filter " + filter.name + " (Block " + filter.cidr.toString()
                + ") of SES in " + ses.region + " rejects mail from " + ipv4Text(sender),
            "remove " + filter.name + " or add an Allow filter for " + ipv4Text(sender) + "/32"};
}

SesText noReceivingText(const SesEndpoint &ses)
{
    return {"SES does not receive mail in " + ses.region + ": " + ses.hostName()
                + " has no listener",
            "point the MX at inbound-smtp of a receiving region (us-east-1, us-west-2, "
            "eu-west-1)"};
}

} // namespace

const SesConfigurationSet *Walker::sesConfigurationSet(const SesEndpoint &ses) const
{
    const auto *identity = verifiedIdentityFor(ses.identities, m_query.mailFrom);
    return identity ? ses.configurationSet(identity->configurationSet) : nullptr;
}

bool Walker::sesEnvelope(const SesEndpoint &ses)
{
    const auto blockAt = [&](ReasonCode code, SesText text) {
        return block(code, ses.id, ResourceKind::SesEndpoint, std::move(text.detail),
                     std::move(text.fix));
    };
    if (!ses.sendingEnabled)
        return blockAt(ReasonCode::SesSendingDisabled, disabledText(ses, nullptr));
    if (ses.identities.empty()) { // no identity data in the source: say so, block nothing
        if (m_record)
            m_trace.notes.push_back("the SES identities of " + ses.region
                                    + " are not in the design: the envelope was not checked");
        return true;
    }
    if (!m_query.mailFrom.empty()) {
        const auto *identity = verifiedIdentityFor(ses.identities, m_query.mailFrom);
        if (!identity) {
            std::vector<DnsCheck> dns;
            for (const auto *candidate : identitiesFor(ses.identities, m_query.mailFrom))
                if (dns.empty())
                    dns = dnsChecks(m_net.design, ses, *candidate);
            return blockAt(ReasonCode::SesIdentityUnverified,
                           unverifiedText(ses, m_query.mailFrom, dns));
        }
        if (const auto *set = sesConfigurationSet(ses); set && !set->sendingEnabled)
            return blockAt(ReasonCode::SesSendingDisabled, disabledText(ses, set));
        if (m_record)
            sesDnsWarnings(ses, *identity);
    }
    if (ses.sandbox && !m_query.rcptTo.empty() && !isMailboxSimulator(m_query.rcptTo)
        && !verifiedIdentityFor(ses.identities, m_query.rcptTo))
        return blockAt(ReasonCode::SesSandboxRecipient, sandboxText(ses, m_query.rcptTo));
    return true;
}

void Walker::sesDnsWarnings(const SesEndpoint &ses, const SesIdentity &identity)
{
    for (const auto &check : dnsChecks(m_net.design, ses, identity)) {
        if (check.state == DnsCheckState::Missing || check.state == DnsCheckState::Wrong)
            m_trace.warnings.push_back(check.message + ": add " + check.expected.type + " "
                                       + check.expected.name + " "
                                       + check.expected.values.front());
        else if (check.state == DnsCheckState::NotChecked)
            m_trace.notes.push_back(check.message);
    }
}

bool Walker::sesEnvelopeAfterReply()
{
    const SesEndpoint *ses = m_envelopeSes;
    m_envelopeSes = nullptr;
    m_dir = Direction::Forward; // MAIL FROM / RCPT TO travel with the connection
    if (m_record && !m_trace.forward.empty() && m_trace.forward.back().resource == ses->id)
        m_trace.forward.pop_back(); // the 250 that would have followed never comes
    const bool accepted = sesEnvelope(*ses);
    if (accepted && m_record)
        hop(ses->id, ResourceKind::SesEndpoint, HopAction::Deliver, "SMTP envelope accepted",
            "MAIL FROM " + m_query.mailFrom + (m_query.rcptTo.empty() ? "" : ", RCPT TO ")
                + m_query.rcptTo);
    return accepted;
}

bool Walker::sesReceive(const SesEndpoint &ses, std::string_view resource, ResourceKind kind)
{
    if (!sesReceivesIn(ses.region)) {
        auto text = noReceivingText(ses);
        return block(ReasonCode::NoListener, resource, kind, text.detail, text.fix);
    }
    const SesReceiptFilter *blocking = nullptr;
    for (const auto &filter : ses.receiptFilters) {
        if (!filter.cidr.contains(m_pkt.src))
            continue;
        if (filter.allows())
            return true; // an Allow filter wins over any Block filter
        blocking = blocking ? blocking : &filter;
    }
    if (!blocking)
        return true;
    auto text = filterText(ses, *blocking, m_pkt.src);
    return block(ReasonCode::SesIpFilterDeny, resource, kind, text.detail, text.fix);
}

bool Walker::sesTlsPolicy(const SmtpServer &server)
{
    if (m_dir != Direction::Forward || m_source.resourceKind != ResourceKind::SesEndpoint)
        return true;
    const auto *ses = m_net.design.find<SesEndpoint>(m_source.resource);
    const auto *set = ses ? sesConfigurationSet(*ses) : nullptr;
    if (!set || !set->requiresTls() || server.tls != "none")
        return true;
    auto text = tlsRequiredText(*set, server);
    return block(ReasonCode::SmtpTlsRequired, ses->id, ResourceKind::SesEndpoint, text.detail,
                 text.fix);
}

} // namespace mailpath::core
