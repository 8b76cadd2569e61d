#pragma once

#include "exportmodel.h"

#include "core/model/design.h"

#include <QDate>
#include <QString>

#include <vector>

namespace mailpath::app {

using DrawIoContent = ExportContent;

/**
 * Writes the design as a draw.io (diagrams.net) file: containers become container cells
 * with their children parented to them (positions stay parent-relative, as in our layout),
 * resources become labelled nodes with their icon, derived arrows become edges between
 * them, on the layer "Diagram". A layer "Title and legend" holds the title block and a
 * legend of what is drawn; each flow is a layer of its own (forward solid, reply dashed,
 * the failing hop red with its reason and fix as a note and tooltip).
 * Missing layout is filled in on a copy. False with error set when it cannot write.
 */
bool writeDrawIo(const core::Design &design, const DrawIoContent &content, const QString &path,
                 QString &error);

/** The same XML as a string (for tests and the clipboard). */
QByteArray drawIoXml(const core::Design &design, const DrawIoContent &content);

} // namespace mailpath::app
