#pragma once

// The sentences of SES after the connection and of the identities' DNS checks; part of the
// catalogue of reasontexts.h (include that), kept apart by subject.

#include "message.h"

namespace mailpath::core::texts {

// SES_IDENTITY_UNVERIFIED (issue 22: SES after the connection)
inline constexpr TextTemplate sesUnverified = MP_TEXT("SES_IDENTITY_UNVERIFIED",
    "SES in %1 rejects MAIL FROM %2: no verified identity for the address or its domain (%3): "
    "\"554 Message rejected: Email address is not verified\"");
inline constexpr TextTemplate sesUnverifiedFix =
    MP_TEXT("SES_IDENTITY_UNVERIFIED", "verify %1 (or %2) in SES %3");
inline constexpr TextTemplate sesUnverifiedDnsFix =
    MP_TEXT("SES_IDENTITY_UNVERIFIED", ": add %1 %2 -> %3 to its zone");
inline constexpr TextTemplate sesNoIdentity = MP_TEXT("words", "no identity covers it");
inline constexpr TextTemplate sesIdentityState = MP_TEXT("words", "%1 is %2");

// SES_SANDBOX_RECIPIENT
inline constexpr TextTemplate sesSandboxRecipient = MP_TEXT("SES_SANDBOX_RECIPIENT",
    "SES in %1 is in the sandbox and %2 is not a verified identity (%3): sandbox accounts send "
    "to verified addresses and domains only");
inline constexpr TextTemplate sesSandboxRecipientFix = MP_TEXT("SES_SANDBOX_RECIPIENT",
    "verify %1 in SES %2, or request production access for the account in %2");

// SES_SENDING_DISABLED
inline constexpr TextTemplate sesAccountPaused =
    MP_TEXT("SES_SENDING_DISABLED", "sending is paused for the SES account in %1");
inline constexpr TextTemplate sesAccountPausedFix = MP_TEXT("SES_SENDING_DISABLED",
    "resume sending for the account in %1 (aws sesv2 put-account-sending-attributes "
    "--sending-enabled)");
inline constexpr TextTemplate sesSetPaused =
    MP_TEXT("SES_SENDING_DISABLED", "sending is disabled for configuration set %1 in %2");
inline constexpr TextTemplate sesSetPausedFix = MP_TEXT("SES_SENDING_DISABLED",
    "enable sending for configuration set %1 (aws sesv2 put-configuration-set-sending-options "
    "--sending-enabled)");

// SES_IP_FILTER_DENY
inline constexpr TextTemplate sesIpFilterDeny = MP_TEXT("SES_IP_FILTER_DENY",
    "receipt IP filter %1 (Block %2) of SES in %3 rejects mail from %4");
inline constexpr TextTemplate sesIpFilterDenyFix =
    MP_TEXT("SES_IP_FILTER_DENY", "remove %1 or add an Allow filter for %2/32");

// SMTP_TLS_REQUIRED (SES's configuration set, delivering onward)
inline constexpr TextTemplate sesTlsPolicyRequire = MP_TEXT("SMTP_TLS_REQUIRED",
    "configuration set %1 has TLS policy Require and %2 offers no STARTTLS: SES does not deliver "
    "the message");
inline constexpr TextTemplate sesTlsPolicyRequireFix = MP_TEXT("SMTP_TLS_REQUIRED",
    "enable STARTTLS on %1, or set the TLS policy of %2 to Optional");

// NO_LISTENER (SES receiving)
inline constexpr TextTemplate sesNotReceiving = MP_TEXT("NO_LISTENER",
    "SES does not receive mail in %1: %2 has no listener");
inline constexpr TextTemplate sesNotReceivingFix = MP_TEXT("NO_LISTENER",
    "point the MX at inbound-smtp of a receiving region (%1)");

// SES envelope: notes, warnings, hops
inline constexpr TextTemplate sesEnvelopeNotChecked = MP_TEXT("notes",
    "the SES identities of %1 are not in the design: the envelope was not checked");
// DNS checks of SES identities (core/sim/sesdns.cpp): what was checked, then what was found.
inline constexpr TextTemplate dnsVerification = MP_TEXT("words", "SES verification TXT");
inline constexpr TextTemplate dnsDkim = MP_TEXT("words", "DKIM CNAME");
inline constexpr TextTemplate dnsSpf = MP_TEXT("words", "SPF on the MAIL FROM domain");
inline constexpr TextTemplate dnsMailFromMx = MP_TEXT("words", "MAIL FROM MX");
inline constexpr TextTemplate dnsDmarc = MP_TEXT("words", "DMARC TXT");
inline constexpr TextTemplate dnsMx = MP_TEXT("words", "MX (receiving)");
inline constexpr TextTemplate dnsPresent = MP_TEXT("notes", "%1 %2 is there");
inline constexpr TextTemplate dnsPresentPolicy =
    MP_TEXT("notes", "%1 %2 is there, policy %3");
inline constexpr TextTemplate dnsNoPolicyTag = MP_TEXT("words", "none (no p= tag)");
inline constexpr TextTemplate dnsMissing = MP_TEXT("notes", "no %1 %2 in zone %3");
inline constexpr TextTemplate dnsNoDmarc = MP_TEXT("notes",
    "no %1 at %2 in zone %3: receivers apply no policy to mail that fails SPF and DKIM");
inline constexpr TextTemplate dnsWrong = MP_TEXT("notes", "%1 %2 is %3, not %4");
inline constexpr TextTemplate dnsNotReceivingRegion =
    MP_TEXT("notes", ": that region does not receive mail");
inline constexpr TextTemplate dnsNotChecked =
    MP_TEXT("notes", "%1 %2: not checked (its zone is not in the source)");
inline constexpr TextTemplate dnsAdd = MP_TEXT("notes", "add %1 %2 %3");
inline constexpr TextTemplate sesDnsNotChecked = MP_TEXT("notes", "%1");
inline constexpr TextTemplate sesDnsRecordWarning = MP_TEXT("warnings", "%1: add %2 %3 %4");
inline constexpr TextTemplate sesEnvelopeAccepted =
    MP_TEXT("hops", "MAIL FROM %1, RCPT TO %2");
inline constexpr TextTemplate sesReplyReached = MP_TEXT("hops", "the reply reached SES");

} // namespace mailpath::core::texts
