#pragma once

#include "diagramnode.h"

#include "core/model/design.h"

namespace mailpath::app {

/** Title, address line, icon and group colour of a drawn key. */
NodeLook lookFor(const core::Design &design, const std::string &key);

/** The icon resource of a resource kind (":/icons/<kind>.svg"), by role for ENIs. */
QString iconFor(const core::Design &design, const std::string &id);

/**
 * Whether a VPC matches a canvas filter: its id, name or a CIDR contains the text, or a tag
 * does as "key=value" (case-insensitive). Several words must all match; "" matches all.
 */
bool vpcMatchesFilter(const core::Design &design, const std::string &vpcId, const QString &text);

/** A subnet is public when its route table sends something to an internet gateway. */
bool isPublicSubnet(const core::Design &design, const std::string &subnetId);

} // namespace mailpath::app
