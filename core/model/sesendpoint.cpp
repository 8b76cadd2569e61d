#include "sesendpoint.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(SesEndpoint, id, name, tags, region, sandbox, ports, addresses, receiving,
                     sendingEnabled, identities, configurationSets, receiptFilters)

namespace {

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<SesEndpoint>(id);
    return s->hostName();
}

} // namespace

constinit const KindTraits SesEndpoint::traits = {
    .kind = SesEndpoint::kind,
    .name = "ses-endpoint",
    .idPrefix = "ses",
    .title = "Amazon SES",
    .diagram = DiagramRole::Node,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
