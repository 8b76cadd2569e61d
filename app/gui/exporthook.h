#pragma once

#include "core/model/design.h"

#include <QString>

class QWidget;

namespace mailpath::app {

/** File > Export…: implemented in app/export (or by the minimal fallback in app/gui). */
void showExportDialog(QWidget *parent, const core::Design &design, const QString &currentFlowId);

} // namespace mailpath::app
