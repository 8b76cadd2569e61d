#pragma once

#include "exportmodel.h"

#include "core/model/design.h"

#include <QByteArray>
#include <QString>

namespace mailpath::app {

/**
 * Writes the design as a Visio drawing (.vsdx, an Open Packaging zip written with libzip):
 * Regions, VPCs, AZs and subnets are Visio containers that list their members, resources
 * are boxes with their icon (our SVG glyph as a PNG) and name, arrows are connectors glued
 * to both shapes, and each flow is a layer of its own (the chosen one visible). Needs a
 * QGuiApplication for the icons. False with error set when it cannot write.
 */
bool writeVsdx(const core::Design &design, const ExportContent &content, const QString &path,
               QString &error);

/** The package's bytes; empty with error set when libzip failed. */
QByteArray vsdxPackage(const core::Design &design, const ExportContent &content, QString &error);

} // namespace mailpath::app
