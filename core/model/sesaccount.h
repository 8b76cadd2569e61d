#pragma once

// What SES decides once a connection is up: identities, configuration sets, receipt filters.
// Held by the SES endpoint of their region (the SES account state is per region).

#include "jsonmacros.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mailpath::core {

/** A verified (or pending) sender/recipient identity: a domain or one address. */
struct SesIdentity
{
    std::string name;                             //!< "example.com" or "alice@example.com"
    std::string verificationStatus = "SUCCESS";   //!< SUCCESS | PENDING | FAILED | ...
    std::string dkimStatus;                       //!< SUCCESS | PENDING | FAILED | NOT_STARTED
    std::vector<std::string> dkimTokens;          //!< Easy DKIM: three CNAME tokens
    std::string verificationToken;                //!< SES v1 `_amazonses` TXT value
    std::string mailFromDomain;                   //!< custom MAIL FROM (bounce) domain
    std::string configurationSet;                 //!< default configuration set

    bool isDomain() const { return name.find('@') == std::string::npos; }
    bool verified() const { return verificationStatus == "SUCCESS"; }

    friend bool operator==(const SesIdentity &, const SesIdentity &) = default;
};
MAILPATH_DECLARE_JSON(SesIdentity);

/** A configuration set: its TLS policy applies to SES's onward delivery. */
struct SesConfigurationSet
{
    std::string name;
    std::string tlsPolicy = "OPTIONAL"; //!< REQUIRE | OPTIONAL
    bool sendingEnabled = true;

    bool requiresTls() const { return tlsPolicy == "REQUIRE" || tlsPolicy == "Require"; }

    friend bool operator==(const SesConfigurationSet &, const SesConfigurationSet &) = default;
};
MAILPATH_DECLARE_JSON(SesConfigurationSet);

/** A receipt IP filter (inbound mail): Allow wins over Block for the same sender. */
struct SesReceiptFilter
{
    std::string name;
    std::string policy = "Block"; //!< Block | Allow
    Cidr cidr;

    bool allows() const { return policy == "Allow" || policy == "ALLOW"; }

    friend bool operator==(const SesReceiptFilter &, const SesReceiptFilter &) = default;
};
MAILPATH_DECLARE_JSON(SesReceiptFilter);

/** The domain part of an address ("a@b.c" -> "b.c"), lower-cased; a domain as it is. */
std::string mailDomain(std::string_view address);

/**
 * The identities that cover an address, most specific first: the address itself, its domain,
 * then each parent domain (a verified domain covers its subdomains).
 */
std::vector<const SesIdentity *> identitiesFor(const std::vector<SesIdentity> &identities,
                                               std::string_view address);

/** The first verified identity covering an address, or nullptr. */
const SesIdentity *verifiedIdentityFor(const std::vector<SesIdentity> &identities,
                                       std::string_view address);

/** SES's mailbox simulator addresses are accepted in the sandbox without verification. */
bool isMailboxSimulator(std::string_view address);

} // namespace mailpath::core
