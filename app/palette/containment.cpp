#include "containment.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <optional>

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

// The four moves that take node off box, clamped into inner (those that fit it).
std::vector<QRectF> pushesOff(QRectF node, QRectF box, QRectF inner)
{
    const std::array<QPointF, 4> moves{
        QPointF(box.left() - gap - node.right(), 0), QPointF(box.right() + gap - node.left(), 0),
        QPointF(0, box.top() - gap - node.bottom()), QPointF(0, box.bottom() + gap - node.top())};
    std::vector<QRectF> out;
    for (const QPointF &move : moves) {
        const QRectF moved = node.translated(move);
        if (inner.contains(moved) || inner.width() < node.width()
            || inner.height() < node.height())
            out.push_back(clampInto(moved, inner));
    }
    return out;
}

} // namespace

QPointF containedPosition(QRectF node, QRectF inner, const std::vector<QRectF> &blocking)
{
    node = clampInto(node, inner);
    const auto hitBy = [&](const QRectF &r) {
        std::vector<QRectF> hits;
        for (const QRectF &box : blocking)
            if (box.intersects(r))
                hits.push_back(box);
        return hits;
    };
    if (hitBy(node).empty())
        return node.topLeft();
    // Off one box can be onto the next (a gap narrower than the node): the nearest free place
    // among the pushes off each box hit, and off the boxes those land on, three deep.
    std::optional<QRectF> best;
    const auto distance = [&](const QRectF &r) {
        return std::abs(r.left() - node.left()) + std::abs(r.top() - node.top());
    };
    std::vector<QRectF> frontier{node};
    for (int depth = 0; depth < 3 && !frontier.empty(); ++depth) {
        std::vector<QRectF> next;
        for (const QRectF &at : frontier)
            for (const QRectF &box : hitBy(at))
                for (const QRectF &moved : pushesOff(at, box, inner)) {
                    if (best && distance(moved) >= distance(*best))
                        continue;
                    if (hitBy(moved).empty())
                        best = moved;
                    else
                        next.push_back(moved);
                }
        frontier = std::move(next);
    }
    if (best)
        return best->topLeft();
    double below = node.top(); // crowded: under every box in the way
    for (const QRectF &box : blocking)
        if (box.right() > node.left() && box.left() < node.right())
            below = std::max(below, box.bottom() + gap);
    return QPointF(node.left(), below);
}

} // namespace mailpath::app
