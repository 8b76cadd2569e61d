// Text metrics and rectangle helpers of the diagram geometry (no font library in core).

#include "diagramgeometry.h"

#include <algorithm>
#include <array>
#include <cmath>

namespace mailpath::core {

namespace {

// Advance widths of DejaVu Sans (regular, bold) for ASCII 32..126, in font units of 2048
// per em, read from the fonts' hmtx tables: the canvas and every export draw DejaVu Sans.
constexpr std::array<short, 95> regularAdvance{
    651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
    1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716,
    1087, 2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767,
    1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690,
    799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186,
    569, 1995, 1298, 1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075,
    1303, 690, 1303, 1716};
constexpr std::array<short, 95> boldAdvance{
    713, 934, 1067, 1716, 1425, 2052, 1786, 627, 936, 936, 1071, 1716, 778, 850, 778, 748,
    1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 1425, 819, 819, 1716, 1716, 1716,
    1188, 2048, 1585, 1561, 1503, 1700, 1399, 1399, 1681, 1714, 762, 762, 1587, 1305, 2038,
    1714, 1741, 1501, 1741, 1577, 1475, 1397, 1663, 1585, 2259, 1579, 1483, 1485, 936, 748,
    936, 1716, 1024, 1024, 1382, 1466, 1214, 1466, 1389, 891, 1466, 1458, 702, 702, 1362,
    702, 2134, 1458, 1407, 1466, 1466, 1010, 1219, 979, 1458, 1335, 1892, 1321, 1335, 1192,
    1458, 748, 1458, 1716};
constexpr double unitsPerEm = 2048;
constexpr double pixelsPerPoint = 96.0 / 72.0;

bool breakAfter(char c)
{
    return c == ' ' || c == '/' || c == '.' || c == '-' || c == ',' || c == ':';
}

/** The code point of the UTF-8 sequence starting at text[i] (0 when malformed). */
char32_t codePointAt(std::string_view text, size_t i)
{
    const auto b = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char c = b(i);
    if (c < 0x80)
        return c;
    if (c >= 0xe0 && c < 0xf0 && i + 2 < text.size())
        return char32_t(c & 0x0f) << 12 | char32_t(b(i + 1) & 0x3f) << 6 | (b(i + 2) & 0x3f);
    if (c >= 0xc0 && c < 0xe0 && i + 1 < text.size())
        return char32_t(c & 0x1f) << 6 | (b(i + 1) & 0x3f);
    return 0;
}

/** CJK ideographs, kana, Hangul and full-width forms: one em wide, a line may break before. */
bool isWide(char32_t cp)
{
    return (cp >= 0x2e80 && cp <= 0x9fff) || (cp >= 0xac00 && cp <= 0xd7a3)
           || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xff01 && cp <= 0xff60)
           || (cp >= 0xffe0 && cp <= 0xffe6);
}

/** Japanese line breaking (kinsoku): no line starts with closing punctuation or a long mark. */
bool mayStartLine(char32_t cp)
{
    switch (cp) {
    case 0x3001: case 0x3002: case 0xff0c: case 0xff0e: case 0xff09: case 0x300d:
    case 0x300f: case 0x3011: case 0x30fc: case 0x3063: case 0x30c3: case 0x3083:
    case 0x3085: case 0x3087: case 0x30e3: case 0x30e5: case 0x30e7: case 0x30fb:
    case 0xff1a: case 0xff01: case 0xff1f:
        return false;
    default:
        return true;
    }
}

std::string trimmed(std::string s)
{
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    while (!s.empty() && s.front() == ' ')
        s.erase(s.begin());
    return s;
}

} // namespace

double estimateTextWidth(std::string_view text, double pointSize, bool bold)
{
    const auto &table = bold ? boldAdvance : regularAdvance;
    double units = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 32 && c < 127) {
            units += table[c - 32];
        } else if (c >= 0xc0 || c < 0x80) { // first byte of a UTF-8 sequence
            const char32_t cp = codePointAt(text, i);
            // CJK: full width in the fallback fonts (IPAGothic, Noto Sans CJK); else wide Latin.
            units += isWide(cp) ? unitsPerEm : (cp >= 0xff61 && cp <= 0xff9f) ? 1024 : 1800;
        }
    }
    return units / unitsPerEm * pointSize * pixelsPerPoint;
}

double lineHeight(double pointSize)
{
    // ascent + descent of DejaVu Sans (1901 + 483 units), no line gap.
    return (1901.0 + 483.0) / unitsPerEm * pointSize * pixelsPerPoint;
}

std::vector<std::string> wrapText(std::string_view text, double maxWidth, double pointSize,
                                  bool bold, const TextMeasure &measure)
{
    std::vector<std::string> lines;
    std::string rest = trimmed(std::string(text));
    while (!rest.empty()) {
        if (measure(rest, pointSize, bold) <= maxWidth) {
            lines.push_back(rest);
            break;
        }
        // The longest prefix ending at a break character that fits; else the longest that
        // fits at all (a word longer than the width is split, never elided).
        size_t cut = 0, hard = 1;
        for (size_t i = 1; i <= rest.size(); ++i) {
            if (measure(std::string_view(rest).substr(0, i), pointSize, bold) > maxWidth)
                break;
            hard = i;
            if (breakAfter(rest[i - 1]))
                cut = i;
            // Text without spaces (Japanese, Chinese) breaks between wide characters.
            if (i < rest.size() && (static_cast<unsigned char>(rest[i]) & 0xc0) != 0x80) {
                const char32_t next = codePointAt(rest, i);
                if (isWide(next) && mayStartLine(next))
                    cut = i;
            }
        }
        if (cut == 0)
            cut = hard;
        while (cut < rest.size() && (static_cast<unsigned char>(rest[cut]) & 0xc0) == 0x80)
            ++cut; // never split a UTF-8 sequence
        lines.push_back(trimmed(rest.substr(0, cut)));
        rest = trimmed(rest.substr(cut));
    }
    return lines;
}

bool GeoRect::intersects(const GeoRect &o) const
{
    return !isEmpty() && !o.isEmpty() && x < o.right() && o.x < right() && y < o.bottom()
           && o.y < bottom();
}

bool GeoRect::contains(const GeoPoint &p) const
{
    return p.x >= x && p.x <= right() && p.y >= y && p.y <= bottom();
}

bool GeoRect::contains(const GeoRect &o) const
{
    return o.x >= x - 1e-6 && o.y >= y - 1e-6 && o.right() <= right() + 1e-6
           && o.bottom() <= bottom() + 1e-6;
}

GeoRect GeoRect::adjusted(double dx1, double dy1, double dx2, double dy2) const
{
    return {x + dx1, y + dy1, width - dx1 + dx2, height - dy1 + dy2};
}

GeoRect GeoRect::united(const GeoRect &o) const
{
    if (o.isEmpty())
        return *this;
    if (isEmpty())
        return o;
    const double l = std::min(x, o.x), t = std::min(y, o.y);
    return {l, t, std::max(right(), o.right()) - l, std::max(bottom(), o.bottom()) - t};
}

bool segmentCrosses(const GeoPoint &a, const GeoPoint &b, const GeoRect &r)
{
    if (r.isEmpty())
        return false;
    // Liang-Barsky clipping against the open rectangle.
    const double eps = 1e-6;
    double t0 = 0, t1 = 1;
    const double dx = b.x - a.x, dy = b.y - a.y;
    const std::array<double, 4> p{-dx, dx, -dy, dy};
    const std::array<double, 4> q{a.x - (r.x + eps), (r.right() - eps) - a.x,
                                  a.y - (r.y + eps), (r.bottom() - eps) - a.y};
    for (size_t i = 0; i < 4; ++i) {
        if (std::abs(p[i]) < 1e-12) {
            if (q[i] < 0)
                return false;
            continue;
        }
        const double t = q[i] / p[i];
        if (p[i] < 0)
            t0 = std::max(t0, t);
        else
            t1 = std::min(t1, t);
        if (t0 > t1)
            return false;
    }
    return t1 - t0 > 1e-9;
}

const ContainerGeometry *DiagramGeometry::container(std::string_view key) const
{
    for (const auto &c : containers)
        if (c.key == key)
            return &c;
    return nullptr;
}

const NodeGeometry *DiagramGeometry::node(std::string_view key) const
{
    for (const auto &n : nodes)
        if (n.key == key)
            return &n;
    return nullptr;
}

} // namespace mailpath::core
