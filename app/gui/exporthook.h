#pragma once

#include "core/model/design.h"

#include <QString>

class QWidget;

namespace mailpath::app {

/** File > Export…: implemented in app/export (or by the minimal fallback in app/gui). */
/** Runs File > Export…; returns the file written, empty when cancelled. */
QString showExportDialog(QWidget *parent, const core::Design &design, const QString &currentFlowId,
                         const QString &documentPath = {});

} // namespace mailpath::app
