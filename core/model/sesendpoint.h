#pragma once

#include "jsonmacros.h"
#include "resource.h"
#include "sesaccount.h"
#include "servicenode.h"

#include <map>
#include <string>
#include <vector>

namespace mailpath::core {

struct SesEndpoint
{
    static constexpr ResourceKind kind = ResourceKind::SesEndpoint;
    static const KindTraits traits;

    std::string id;
    std::string name;
    std::map<std::string, std::string> tags;
    std::string region = "us-east-1";
    bool sandbox = false;
    std::vector<uint16_t> ports = {25, 465, 587, 2465, 2587};
    std::vector<Ipv4> addresses; //!< representative public addresses of the regional endpoint
    bool receiving = false;      //!< inbound-smtp endpoint (MX) rather than email-smtp
    bool sendingEnabled = true;  //!< the account's sending in this region (get-account)
    std::vector<SesIdentity> identities;
    std::vector<SesConfigurationSet> configurationSets;
    std::vector<SesReceiptFilter> receiptFilters;

    const SesConfigurationSet *configurationSet(std::string_view setName) const
    {
        for (const auto &set : configurationSets)
            if (set.name == setName)
                return &set;
        return nullptr;
    }

    std::string hostName() const
    {
        return std::string(receiving ? "inbound-smtp." : "email-smtp.") + region + ".amazonaws.com";
    }

    friend bool operator==(const SesEndpoint &, const SesEndpoint &) = default;
};

MAILPATH_DECLARE_JSON(SesEndpoint);

} // namespace mailpath::core
