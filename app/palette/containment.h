#pragma once

// Containment on the canvas and at a drop: a node never straddles a box's border. Pure geometry on
// rectangles in the parent box's coordinates, so the rule can be checked as data.

#include <QPointF>
#include <QRectF>

#include <vector>

namespace mailpath::app {

/**
 * Where a node (its rectangle in its parent's coordinates) comes to rest: moved the least
 * distance so that it lies inside inner (the parent's body below its header) and overlaps
 * none of the blocking boxes (sibling boxes it does not belong to). Returns the top-left.
 */
QPointF containedPosition(QRectF node, QRectF inner, const std::vector<QRectF> &blocking);

} // namespace mailpath::app
