#pragma once

#include "core/model/design.h"

#include <QString>

namespace mailpath::app {

/**
 * Writes the design as a draw.io (diagrams.net) file: containers become container cells
 * with their children parented to them (positions stay parent-relative, as in our layout),
 * resources become labelled nodes with their icon, derived arrows become edges between
 * them. Missing layout is filled in on a copy. False with error set when it cannot write.
 */
bool writeDrawIo(const core::Design &design, const QString &title, const QString &path,
                 QString &error);

/** The same XML as a string (for tests and the clipboard). */
QByteArray drawIoXml(const core::Design &design, const QString &title);

} // namespace mailpath::app
