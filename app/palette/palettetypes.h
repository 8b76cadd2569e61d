#pragma once

// The palette's value types: its entries, what a drop produces and where it landed.

#include "core/model/design.h"

#include <QPointF>
#include <QSizeF>
#include <QString>

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <string>
#include <vector>

namespace mailpath::app {

namespace factory {
class Builder;
struct DropContext;
} // namespace factory

/** A palette component: what the user drags onto the canvas. */
struct PaletteEntry
{
    QString key;   //!< e.g. "ec2", "subnet-private"
    QString label;
    QString icon;  //!< resource path of the SVG
    QString group; //!< palette section
    /** Adds the component's resources to the bundle, or sets its error and returns false. */
    bool (*build)(factory::Builder &builder, const factory::DropContext &context) = nullptr;
};
/** Every palette component, in palette order (palettebuilders.cpp: one line each). */
const std::vector<PaletteEntry> &paletteEntries();

/** New (or changed) resources and their layout, ready for AddResourcesCommand. */
struct ResourceBundle
{
    std::vector<std::pair<core::ResourceKind, nlohmann::json>> resources;
    std::map<std::string, core::NodeLayout> layouts;
    std::string primaryId;
    QString text;  //!< the undo text, e.g. "Add subnet"
    QString error; //!< set when the drop is not possible there

    std::vector<std::string> keys() const;
};

/** Where something was dropped: the innermost diagram key under the cursor, and a mapper. */
struct DropPoint
{
    std::string containerKey;
    /** The drop point in the coordinates of a drawn key ("" for the scene). */
    std::function<QPointF(const std::string &key)> localPos;
};

/** Default width and height of a drawn key of this kind. */
QSizeF defaultSize(const core::Design &design, const std::string &key);

} // namespace mailpath::app
