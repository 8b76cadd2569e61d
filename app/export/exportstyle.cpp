#include "exportstyle.h"

#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace mailpath::app {

void useCjkFallbacks()
{
    static const bool done = [] {
        QFont::insertSubstitutions(QStringLiteral("DejaVu Sans"),
                                   {QStringLiteral("IPAGothic"), QStringLiteral("Noto Sans CJK JP"),
                                    QStringLiteral("Hiragino Sans"), QStringLiteral("Yu Gothic"),
                                    QStringLiteral("Meiryo"), QStringLiteral("Droid Sans Fallback")});
        return true;
    }();
    (void) done;
}

QFont exportFont()
{
    useCjkFallbacks();
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setStyleHint(QFont::SansSerif);
    // Qt 6.4 has no per-feature switch; no shaping leaves Latin text without ligatures.
    font.setStyleStrategy(QFont::PreferNoShaping);
    return font;
}

QByteArray withFontStack(const QByteArray &svg)
{
    static const QRegularExpression family(QStringLiteral("font-family=\"[^\"]*\""));
    QString text = QString::fromUtf8(svg);
    text.replace(family, QStringLiteral("font-family=\"%1\"").arg(QLatin1String(svgFontStack)));
    return text.toUtf8();
}

namespace {

double luminance(const QColor &c)
{
    const auto channel = [](double v) {
        return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
    };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF())
           + 0.0722 * channel(c.blueF());
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor paleFill(const QColor &accent)
{
    // The canvas's tint (18/255 of the accent over white), never a loud block of colour.
    const auto mix = [](int c) { return int(std::lround(255 - (255 - c) * (18 / 255.0))); };
    return QColor(mix(accent.red()), mix(accent.green()), mix(accent.blue()));
}

QColor titleOn(const QColor &fill, const QColor &accent)
{
    QColor title = accent;
    for (int i = 0; i < 12 && contrastRatio(title, fill) < 4.5; ++i)
        title = title.darker(115);
    return title;
}

} // namespace mailpath::app
