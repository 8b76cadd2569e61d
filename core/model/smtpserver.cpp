#include "smtpserver.h"

#include "design.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(SmtpServer, id, name, tags, hostId, address, ports, relayAllow, tls)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<SmtpServer>(id);
    // A server on an instance sits where its instance does.
    if (const auto *host = design.find<Instance>(s->hostId))
        return {host->subnetId, host->vpcId};
    return {s->hostId};
}

std::string subtitleOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<SmtpServer>(id);
    return s->address.to_string();
}

} // namespace

constinit const KindTraits SmtpServer::traits = {
    .kind = SmtpServer::kind,
    .name = "smtp-server",
    .idPrefix = "smtp",
    .title = "SMTP server",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .subtitle = subtitleOf,
};

} // namespace mailpath::core
