#pragma once

#include "core/model/design.h"

#include <QString>
#include <QStringList>

namespace mailpath::app {

/** What a customer reads for an id: its name (Name tag or the designer's), else the id. */
QString readableName(const core::Design &design, const std::string &idOrText);

/**
 * A simulator message with every design id it mentions shown by name, the id kept as
 * secondary text: "network ACL acl-1 of subnet-2" -> "network ACL public-acl (acl-1) of
 * public (subnet-2)". Ids without a name of their own stay as they are.
 */
QString withNames(const core::Design &design, const std::string &text);

/**
 * What a flow can start or end at, for completion: the design's workloads, servers, hosts,
 * load balancers and endpoints by name, and the SES hosts of the regions it uses.
 */
QStringList endpointSuggestions(const core::Design &design);

/**
 * The endpoint a typed text means: a design id, a unique name of a drawn endpoint (its id is
 * returned), or the text itself (an address or a host name). Empty when text is empty.
 */
std::string resolveEndpoint(const core::Design &design, const QString &text);

} // namespace mailpath::app
