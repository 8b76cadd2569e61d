#include "internethost.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(InternetHost, id, name, tags, addresses, hostName)

namespace {

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<InternetHost>(id);
    return s->addresses.empty() ? s->hostName : s->addresses[0].to_string();
}

} // namespace

constinit const KindTraits InternetHost::traits = {
    .kind = InternetHost::kind,
    .name = "internet-host",
    .idPrefix = "host",
    .title = "Internet host",
    .diagram = DiagramRole::Node,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
