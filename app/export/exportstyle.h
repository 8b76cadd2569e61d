#pragma once

#include <QColor>
#include <QFont>
#include <QString>

namespace mailpath::app {

/**
 * The font stack every vector export names, so no viewer falls back to a serif font, and
 * Japanese, Chinese and Korean text finds a CJK face: IPAGothic / Noto Sans CJK on Linux,
 * Hiragino Sans on macOS, Yu Gothic or Meiryo on Windows (each system's own).
 */
inline constexpr const char *svgFontStack =
    "'DejaVu Sans', IPAGothic, 'Noto Sans CJK JP', 'Hiragino Sans', 'Yu Gothic', Meiryo, "
    "Helvetica, Arial, sans-serif";
/** The same stack for draw.io's fontFamily style (its editor reads a CSS list). */
inline constexpr const char *drawioFontStack =
    "DejaVu Sans,IPAGothic,Noto Sans CJK JP,Hiragino Sans,Yu Gothic,Meiryo,sans-serif";

/**
 * The font exports paint with: DejaVu Sans (what the canvas shows on Linux) without
 * shaping, so Latin text has no ligatures and "flow logs" stays searchable in a PDF.
 * CJK characters fall back to IPAGothic first (useCjkFallbacks).
 */
QFont exportFont();

/**
 * Makes DejaVu Sans fall back to IPAGothic, then Noto Sans CJK, for characters it lacks.
 * IPAGothic is TrueType with one glyph per ideograph, so a PDF's text stays searchable;
 * Noto Sans CJK shares glyphs between ideographs and Kangxi radicals (日 would be copied out
 * of a PDF as the radical ⽇). Called by exportFont() and the canvas; idempotent.
 */
void useCjkFallbacks();

/** Replaces every font-family of an SVG document with svgFontStack. */
QByteArray withFontStack(const QByteArray &svg);

/** The diagram's colours, shared by the renderer's legend and the drawio and vsdx writers. */
namespace colors {
inline const QColor route(0x6b, 0x3f, 0xc9);
inline const QColor attachment(0x8c, 0x4f, 0xff);
inline const QColor peering(0x24, 0x88, 0x14);
inline const QColor target(0xed, 0x71, 0x00);
inline const QColor vpn(0x23, 0x2f, 0x3e);
inline const QColor pass(0x1d, 0x8f, 0x3a);
inline const QColor fail(0xd1, 0x1f, 0x2f);
inline const QColor ink(0x23, 0x2f, 0x3e);
} // namespace colors

/** A pale fill for a container of this accent, and its title colour (>= 4.5:1 on the fill). */
QColor paleFill(const QColor &accent);
QColor titleOn(const QColor &fill, const QColor &accent);
/** WCAG 2 contrast ratio of two colours, 1..21. */
double contrastRatio(const QColor &a, const QColor &b);

} // namespace mailpath::app
