#include "containment.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace mailpath::app {

namespace {

constexpr double gap = 10; // the canvas grid: a pushed-out node keeps one cell off the border

QRectF clampInto(QRectF node, QRectF inner)
{
    const double x = std::clamp(node.left(), inner.left(),
                                std::max(inner.left(), inner.right() - node.width()));
    const double y = std::clamp(node.top(), inner.top(),
                                std::max(inner.top(), inner.bottom() - node.height()));
    node.moveTopLeft(QPointF(x, y));
    return node;
}

// The shortest of the four moves that take node off box and stay inside inner.
QRectF pushOut(QRectF node, QRectF box, QRectF inner)
{
    const std::array<QPointF, 4> moves{
        QPointF(box.left() - gap - node.right(), 0), QPointF(box.right() + gap - node.left(), 0),
        QPointF(0, box.top() - gap - node.bottom()), QPointF(0, box.bottom() + gap - node.top())};
    QRectF best = node;
    double bestLength = -1;
    for (const QPointF &move : moves) {
        const QRectF moved = node.translated(move);
        const bool fits = inner.contains(moved) || inner.width() < node.width()
                          || inner.height() < node.height();
        const double length = std::abs(move.x()) + std::abs(move.y());
        if (fits && (bestLength < 0 || length < bestLength)) {
            best = moved;
            bestLength = length;
        }
    }
    return best;
}

} // namespace

QPointF containedPosition(QRectF node, QRectF inner, const std::vector<QRectF> &blocking)
{
    node = clampInto(node, inner);
    for (int round = 0; round < 8; ++round) {
        const auto hit = std::find_if(blocking.begin(), blocking.end(),
                                      [&](const QRectF &box) { return box.intersects(node); });
        if (hit == blocking.end())
            break;
        node = clampInto(pushOut(node, *hit, inner), inner);
    }
    return node.topLeft();
}

} // namespace mailpath::app
