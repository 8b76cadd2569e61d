#include "fartitles.h"

#include "diagramnode.h"

#include "core/model/design.h"
#include "core/model/kindtraits.h"

#include <QFontMetricsF>
#include <QGraphicsScene>
#include <QPainter>

#include <algorithm>
#include <map>

namespace mailpath::app {

namespace {

constexpr double labelHeight = 16;
constexpr double minimumWidth = 48;

struct Label
{
    const ContainerItem *box = nullptr;
    QRectF rect;                       //!< view coordinates; empty: not labelled
    std::map<QString, int> hidden;     //!< boxes inside without a label, by kind word
};

int depthOf(const QGraphicsItem *item)
{
    int depth = 0;
    for (auto *p = item->parentItem(); p; p = p->parentItem())
        ++depth;
    return depth;
}

QString kindWord(const core::Design &design, const std::string &key)
{
    const auto kind = design.kindOf(key);
    if (!kind) // Region and AZ boxes group others; they are not counted themselves
        return {};
    return QString::fromUtf8(core::kindTraits(*kind).title.data(),
                             qsizetype(core::kindTraits(*kind).title.size())).toLower();
}

QString summary(const QString &title, const std::map<QString, int> &hidden)
{
    QString text = title;
    for (const auto &[word, count] : hidden)
        text += QStringLiteral(" · %1 %2").arg(count).arg(word + (count > 1 ? "s" : ""));
    return text;
}

} // namespace

void paintFarTitles(QPainter *painter, const QGraphicsScene &scene, const core::Design &design,
                    const QTransform &sceneToView, const QRectF &exposed)
{
    std::vector<const ContainerItem *> boxes;
    for (auto *item : scene.items(exposed))
        if (item->type() == ContainerItem::Type && item->isVisible())
            boxes.push_back(static_cast<const ContainerItem *>(item));
    std::stable_sort(boxes.begin(), boxes.end(), [](auto *a, auto *b) {
        return depthOf(a) < depthOf(b); // outer boxes claim their place first
    });
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    font.setBold(true);
    const QFontMetricsF metrics(font);
    std::map<const QGraphicsItem *, Label> labels;
    std::vector<QRectF> taken;
    for (const auto *box : boxes) {
        Label &label = labels[box];
        label.box = box;
        const QRectF onScreen = sceneToView.mapRect(box->sceneBoundingRect());
        const double width = std::min(metrics.horizontalAdvance(box->look().title) + 10,
                                      onScreen.width() - 6);
        const bool roomy = onScreen.width() >= minimumWidth && onScreen.height() >= labelHeight;
        for (const QPointF at : {onScreen.topLeft() + QPointF(3, 3),
                                 QPointF(onScreen.left() + 3, onScreen.center().y() - 8)}) {
            const QRectF rect(at, QSizeF(width, labelHeight));
            const bool free = std::none_of(taken.begin(), taken.end(),
                                           [&](const QRectF &t) { return t.intersects(rect); });
            if (roomy && free) {
                label.rect = rect;
                taken.push_back(rect);
                break;
            }
        }
        if (!label.rect.isEmpty())
            continue;
        const QString word = kindWord(design, box->key());
        for (auto *up = box->parentItem(); up && !word.isEmpty(); up = up->parentItem())
            if (auto it = labels.find(up); it != labels.end() && !it->second.rect.isEmpty()) {
                ++it->second.hidden[word];
                break;
            }
    }
    painter->setFont(font);
    for (const auto &[item, label] : labels) {
        if (label.rect.isEmpty())
            continue;
        const QRectF onScreen = sceneToView.mapRect(label.box->sceneBoundingRect());
        const QString text = summary(label.box->look().title, label.hidden);
        QRectF rect = label.rect;
        rect.setWidth(std::min(metrics.horizontalAdvance(text) + 10, onScreen.width() - 6));
        painter->setPen(QPen(label.box->look().accent, 1));
        painter->setBrush(QColor(255, 255, 255, 225));
        painter->drawRoundedRect(rect, 3, 3);
        painter->setPen(label.box->look().accent.darker(160));
        painter->drawText(rect.adjusted(5, 0, -3, 0), Qt::AlignVCenter | Qt::AlignLeft,
                          metrics.elidedText(text, Qt::ElideRight, rect.width() - 8));
    }
}

} // namespace mailpath::app
