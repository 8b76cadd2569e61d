#pragma once

#include "core/model/design.h"

#include <QString>

namespace mailpath::app {

/**
 * The report's Mail paths page: every workload x SMTP sink x port walked, counts per sink and
 * port, and the largest blocker groups with their fixes, resources by name.
 */
QString mailPathsHtml(const core::Design &design);

} // namespace mailpath::app
