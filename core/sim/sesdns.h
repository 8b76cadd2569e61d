#pragma once

// The DNS records an SES identity needs (AWS-SEMANTICS §7): verification TXT, Easy DKIM
// CNAMEs, SPF and MX on the custom MAIL FROM domain, DMARC, and the MX of a receiving domain.
// One function serves the diagnostics, the trace warnings and the inspector.

#include "message.h"

#include "../model/hostedzone.h"
#include "../model/sesregions.h"

#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

class Design;
struct SesEndpoint;
struct SesIdentity;

enum class DnsCheckState {
    Ok,         //!< the record is there with the right value
    Missing,    //!< the zone is in the source and has no such record
    Wrong,      //!< a record is there with another value
    NotChecked, //!< the zone is not in the source: nothing can be said
};
std::string_view toString(DnsCheckState state);

/** One DNS check of one identity, with the record that would satisfy it. */
struct DnsCheck
{
    std::string sesId;    //!< the SES endpoint holding the identity
    std::string identity; //!< the identity's name
    std::string check;    //!< verification | dkim | spf | mail-from-mx | dmarc | mx
    DnsCheckState state = DnsCheckState::NotChecked;
    Message text;         //!< one sentence naming the record and what was found
    std::string message;  //!< text in English (diagnostics, JSON)
    DnsRecord expected;   //!< the record to add or correct (Missing / Wrong)
    std::string zoneId;   //!< the zone the record belongs in, when the source holds it
};

/** The checks of one identity of ses (none for an address identity). */
std::vector<DnsCheck> dnsChecks(const Design &design, const SesEndpoint &ses,
                                const SesIdentity &identity);

/** The checks of every domain identity of every SES endpoint of the design. */
std::vector<DnsCheck> dnsChecks(const Design &design);

/** A name for a record in generated code: "txt__dmarc_example_com". */
std::string recordLabel(const DnsRecord &record);
/** The expected record of a check as a Route 53 change batch (JSON). */
std::string route53ChangeBatch(const DnsCheck &check);
/** ... as a Terraform aws_route53_record. */
std::string terraformRecord(const DnsCheck &check);
/** ... as a CloudFormation AWS::Route53::RecordSet (YAML). */
std::string cloudFormationRecord(const DnsCheck &check);

} // namespace mailpath::core
