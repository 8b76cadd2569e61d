// What SES decides once the connection is up (AWS-SEMANTICS §7): the envelope's identities,
// the sandbox, paused sending, the configuration set's TLS policy and receipt IP filters.

#include "walker.h"

#include "sesdns.h"
#include "reasontexts.h"
#include "text.h"

#include <algorithm>

namespace mailpath::core {

namespace {

// Detail and fix of the SES reason codes: templates of reasontexts.h with their arguments.
struct SesText
{
    Message detail;
    Message fix;
};

TextArg identityState(const std::vector<SesIdentity> &identities, const std::string &address)
{
    const auto found = identitiesFor(identities, address);
    if (found.empty())
        return TextArg(texts::sesNoIdentity);
    std::vector<Phrase> phrases;
    for (const auto *identity : found) {
        if (!phrases.empty())
            phrases.push_back({&texts::clauseSeparator, {}});
        phrases.push_back({&texts::sesIdentityState,
                           {identity->name, identity->verificationStatus.empty()
                                                ? std::string("NOT_STARTED")
                                                : identity->verificationStatus}});
    }
    return TextArg(std::move(phrases));
}

SesText unverifiedText(const SesEndpoint &ses, const std::string &from,
                       const std::vector<DnsCheck> &dns)
{
    Message fix(texts::sesUnverifiedFix, {mailDomain(from), from, ses.region});
    for (const auto &check : dns)
        if (check.state == DnsCheckState::Missing || check.state == DnsCheckState::Wrong) {
            fix.append(texts::sesUnverifiedDnsFix, {check.expected.type, check.expected.name,
                                                    check.expected.values.front()});
            break;
        }
    return {Message(texts::sesUnverified,
                    {ses.region, from, identityState(ses.identities, from)}),
            std::move(fix)};
}

SesText sandboxText(const SesEndpoint &ses, const std::string &to)
{
    return {Message(texts::sesSandboxRecipient, {ses.region, to, identityState(ses.identities, to)}),
            Message(texts::sesSandboxRecipientFix, {to, ses.region})};
}

SesText disabledText(const SesEndpoint &ses, const SesConfigurationSet *set)
{
    if (set)
        return {Message(texts::sesSetPaused, {set->name, ses.region}),
                Message(texts::sesSetPausedFix, {set->name})};
    return {Message(texts::sesAccountPaused, {ses.region}),
            Message(texts::sesAccountPausedFix, {ses.region})};
}

SesText tlsRequiredText(const SesConfigurationSet &set, const SmtpServer &server)
{
    return {Message(texts::sesTlsPolicyRequire, {set.name, server.id}),
            Message(texts::sesTlsPolicyRequireFix, {server.id, set.name})};
}

SesText filterText(const SesEndpoint &ses, const SesReceiptFilter &filter, Ipv4 sender)
{
    return {Message(texts::sesIpFilterDeny,
                    {filter.name, filter.cidr.toString(), ses.region, ipv4Text(sender)}),
            Message(texts::sesIpFilterDenyFix, {filter.name, ipv4Text(sender)})};
}

SesText noReceivingText(const SesEndpoint &ses)
{
    return {Message(texts::sesNotReceiving, {ses.region, ses.hostName()}),
            Message(texts::sesNotReceivingFix, {sesReceivingRegionList()})};
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
            note({texts::sesEnvelopeNotChecked, {ses.region}});
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
            warning({texts::sesDnsRecordWarning,
                     {TextArg(check.text.phrases), check.expected.type, check.expected.name,
                      check.expected.values.front()}});
        else if (check.state == DnsCheckState::NotChecked)
            note({texts::sesDnsNotChecked, {TextArg(check.text.phrases)}});
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
            {texts::sesEnvelopeAccepted,
             {m_query.mailFrom.empty() ? "-" : m_query.mailFrom,
              m_query.rcptTo.empty() ? "-" : m_query.rcptTo}});
    return accepted;
}

bool Walker::sesReceive(const SesEndpoint &ses, std::string_view resource, ResourceKind kind)
{
    if (!sesReceivesIn(ses.region)) {
        auto text = noReceivingText(ses);
        return block(ReasonCode::NoListener, resource, kind, std::move(text.detail),
                     std::move(text.fix));
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
    return block(ReasonCode::SesIpFilterDeny, resource, kind, std::move(text.detail),
                 std::move(text.fix));
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
    return block(ReasonCode::SmtpTlsRequired, ses->id, ResourceKind::SesEndpoint,
                 std::move(text.detail), std::move(text.fix));
}

} // namespace mailpath::core
