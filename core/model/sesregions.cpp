#include "sesregions.h"

#include <algorithm>
#include <array>

namespace mailpath::core {

namespace {

// The "Email receiving endpoints" table of "Amazon Simple Email Service endpoints and quotas",
// https://docs.aws.amazon.com/general/latest/gr/ses.html (S-SES-REGIONS; read 2024-01: eleven
// regions; SES in any other region sends only). A region added there is one line here.
constexpr std::array<std::string_view, 11> receivingRegions = {
    "us-east-1",      // US East (N. Virginia)
    "us-east-2",      // US East (Ohio)
    "us-west-2",      // US West (Oregon)
    "ap-southeast-3", // Asia Pacific (Jakarta)
    "ap-southeast-1", // Asia Pacific (Singapore)
    "ap-southeast-2", // Asia Pacific (Sydney)
    "ap-northeast-1", // Asia Pacific (Tokyo)
    "ca-central-1",   // Canada (Central)
    "eu-central-1",   // Europe (Frankfurt)
    "eu-west-1",      // Europe (Ireland)
    "eu-west-2",      // Europe (London)
};

} // namespace

std::span<const std::string_view> sesReceivingRegions()
{
    return receivingRegions;
}

bool sesReceivesIn(std::string_view region)
{
    return std::find(receivingRegions.begin(), receivingRegions.end(), region)
           != receivingRegions.end();
}

std::string sesReceivingRegionList()
{
    std::string out;
    for (const auto region : receivingRegions)
        out += (out.empty() ? "" : ", ") + std::string(region);
    return out;
}

} // namespace mailpath::core
