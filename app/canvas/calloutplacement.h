#pragma once

#include <QPointF>
#include <QRectF>

#include <vector>

namespace mailpath::app {

/**
 * Where a failure callout goes: the top-left corner of a box of size box near anchor that
 * covers as little as possible of what it talks about (the failing item, the path's hops).
 * Candidates lie around the failing item's rectangle and the anchor; the first with the
 * least covered area wins, so the choice is stable. Area outside drawing (the diagram's
 * bounds, where the view may not reach) counts as covered too.
 */
QPointF placeCallout(QPointF anchor, QSizeF box, const QRectF &subject,
                     const std::vector<QRectF> &avoid, const QRectF &drawing = {});

} // namespace mailpath::app
