#include "calloutplacement.h"

#include <QLineF>

namespace mailpath::app {

namespace {

constexpr double gap = 24;

double covered(const QRectF &box, const std::vector<QRectF> &avoid)
{
    double area = 0;
    for (const auto &r : avoid) {
        const QRectF i = box.intersected(r);
        area += i.width() * i.height();
    }
    return area;
}

} // namespace

QPointF placeCallout(QPointF anchor, QSizeF box, const QRectF &subject,
                     const std::vector<QRectF> &avoid, const QRectF &drawing)
{
    const QRectF s = subject.isValid() ? subject : QRectF(anchor, QSizeF(1, 1));
    const double w = box.width();
    const double h = box.height();
    const std::vector<QPointF> candidates = {
        {anchor.x() + 40, s.top() - h - gap},       // above, right of the pointer
        {s.right() + gap, anchor.y() - h / 2},      // right of the subject
        {s.right() + gap, s.top()},
        {anchor.x() - w - 40, s.top() - h - gap},   // above, left
        {s.left() - w - gap, anchor.y() - h / 2},   // left of the subject
        {anchor.x() + 40, s.bottom() + gap},        // below
        {anchor.x() - w - 40, s.bottom() + gap},
        {s.right() + gap, s.bottom() - h},          // beside the subject, lower
        {s.left() - w - gap, s.bottom() - h},
        {anchor.x() - w / 2, s.bottom() + gap},     // below, centred
        {anchor.x() - w / 2, s.top() - h - gap},    // above, centred
    };
    QPointF best = candidates.front();
    double bestArea = -1;
    double bestDistance = 0;
    for (const auto &c : candidates) {
        const QRectF r(c, box);
        double area = covered(r, avoid) + covered(r, {s}) * 4;
        if (drawing.isValid())
            area += r.width() * r.height() - covered(r, {drawing});
        const double distance = QLineF(r.center(), anchor).length();
        if (bestArea < 0 || area < bestArea - 1 || (area <= bestArea + 1 && distance < bestDistance)) {
            best = c;
            bestArea = area;
            bestDistance = distance;
        }
    }
    return best;
}

} // namespace mailpath::app
