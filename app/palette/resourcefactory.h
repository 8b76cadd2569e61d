#pragma once

#include "palettetypes.h"

#include <QSizeF>

#include <string>

namespace mailpath::app {

/** Builds a palette component with sensible defaults (addresses, route table, SGs...). */
ResourceBundle createFromPalette(const core::Design &design, const QString &entryKey,
                                 const DropPoint &drop);

/** Default width and height of a drawn key of this kind. */
QSizeF defaultSize(const core::Design &design, const std::string &key);

} // namespace mailpath::app
