#include "internetgateway.h"

#include "design.h"
#include "routetable.h"

namespace mailpath::core {

MAILPATH_DEFINE_JSON(InternetGateway, id, name, tags, vpcIds)

namespace {

std::vector<std::string> containersOf(const Design &design, std::string_view id)
{
    const auto *s = design.find<InternetGateway>(id);
    return s->vpcIds;
}

} // namespace

constinit const KindTraits InternetGateway::traits = {
    .kind = InternetGateway::kind,
    .name = "internet-gateway",
    .idPrefix = "igw",
    .title = "Internet gateway",
    .diagram = DiagramRole::Node,
    .containers = containersOf,
    .routeTarget = RouteTarget::InternetGateway,
};

} // namespace mailpath::core
