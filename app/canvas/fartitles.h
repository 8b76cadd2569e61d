#pragma once

// Level of detail far out (fit-all on a large account): box titles drawn at their own size
// would be a few pixels high, so the view labels the boxes itself, at a readable size.

#include <QRectF>
#include <QTransform>

class QGraphicsScene;
class QPainter;

namespace mailpath::core {
class Design;
}

namespace mailpath::app {

/** Below this zoom a box's own 9-point title is under 4 points on screen: unreadable. */
constexpr double farZoom = 4.0 / 9.0;

/**
 * Labels every box large enough on screen with its name at a readable size (view
 * coordinates, painter without transform); boxes too small or crowded to carry a label are
 * counted in the label of the box around them ("prod · 12 subnets"), so nothing is blank.
 */
void paintFarTitles(QPainter *painter, const QGraphicsScene &scene, const core::Design &design,
                    const QTransform &sceneToView, const QRectF &exposed);

} // namespace mailpath::app
