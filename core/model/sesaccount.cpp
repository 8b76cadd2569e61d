#include "sesaccount.h"

#include <algorithm>
#include <cctype>

namespace mailpath::core {

MAILPATH_DEFINE_JSON(SesIdentity, name, verificationStatus, dkimStatus, dkimTokens,
                     verificationToken, mailFromDomain, configurationSet)
MAILPATH_DEFINE_JSON(SesConfigurationSet, name, tlsPolicy, sendingEnabled)
MAILPATH_DEFINE_JSON(SesReceiptFilter, name, policy, cidr)

namespace {

std::string lower(std::string_view text)
{
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return char(std::tolower(c)); });
    return out;
}

} // namespace

std::string mailDomain(std::string_view address)
{
    const auto at = address.rfind('@');
    std::string domain = lower(at == std::string_view::npos ? address : address.substr(at + 1));
    while (!domain.empty() && domain.back() == '.')
        domain.pop_back();
    return domain;
}

std::vector<const SesIdentity *> identitiesFor(const std::vector<SesIdentity> &identities,
                                               std::string_view address)
{
    std::vector<const SesIdentity *> found;
    const std::string wanted = lower(address);
    if (wanted.find('@') != std::string::npos)
        for (const auto &identity : identities)
            if (!identity.isDomain() && lower(identity.name) == wanted)
                found.push_back(&identity);
    for (std::string domain = mailDomain(address); !domain.empty();) {
        for (const auto &identity : identities)
            if (identity.isDomain() && mailDomain(identity.name) == domain)
                found.push_back(&identity);
        const auto dot = domain.find('.');
        domain = dot == std::string::npos ? std::string() : domain.substr(dot + 1);
    }
    return found;
}

const SesIdentity *verifiedIdentityFor(const std::vector<SesIdentity> &identities,
                                       std::string_view address)
{
    for (const auto *identity : identitiesFor(identities, address))
        if (identity->verified())
            return identity;
    return nullptr;
}

bool isMailboxSimulator(std::string_view address)
{
    return mailDomain(address) == "simulator.amazonses.com";
}

} // namespace mailpath::core
