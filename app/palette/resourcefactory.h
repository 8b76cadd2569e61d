#pragma once

#include "palettetypes.h"

#include <string>

namespace mailpath::app {

/** Builds a palette component with sensible defaults (addresses, route table, SGs...). */
ResourceBundle createFromPalette(const core::Design &design, const QString &entryKey,
                                 const DropPoint &drop);

} // namespace mailpath::app
