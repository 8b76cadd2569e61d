#!/usr/bin/env python3
"""Counts geometry faults in an exported diagram SVG (issue #16), read from the file itself:
text struck by a line that does not pass its centre (a foreign line), overlapping texts,
elided texts ("…") and texts under 6 pt when the drawing is fitted to A3 landscape
(1142.5 x 657.9 pt: the page less margins, title and legend band). Usage: FILE.svg..."""
import re
import sys
import xml.etree.ElementTree as ET

REG = [651, 821, 942, 1716, 1303, 1946, 1597, 563, 799, 799, 1024, 1716, 651, 739, 651, 690,
       1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 1303, 690, 690, 1716, 1716, 1716,
       1087, 2048, 1401, 1405, 1430, 1577, 1294, 1178, 1587, 1540, 604, 604, 1343, 1141, 1767,
       1532, 1612, 1235, 1612, 1423, 1300, 1251, 1499, 1401, 2025, 1403, 1251, 1403, 799, 690,
       799, 1716, 1024, 1024, 1255, 1300, 1126, 1300, 1260, 721, 1300, 1298, 569, 569, 1186,
       569, 1995, 1298, 1253, 1300, 1300, 842, 1067, 803, 1298, 1212, 1675, 1212, 1212, 1075,
       1303, 690, 1303, 1716]


def width(text, px, bold):
    units = sum(REG[ord(c) - 32] if 32 <= ord(c) < 127 else 1800 for c in text)
    return units / 2048 * px * (1.09 if bold else 1.0)


def mul(a, b):
    return (a[0] * b[0] + a[2] * b[1], a[1] * b[0] + a[3] * b[1], a[0] * b[2] + a[2] * b[3],
            a[1] * b[2] + a[3] * b[3], a[0] * b[4] + a[2] * b[5] + a[4],
            a[1] * b[4] + a[3] * b[5] + a[5])


def parse_transform(t):
    m = re.search(r'matrix\(([^)]*)\)', t or '')
    if not m:
        return (1, 0, 0, 1, 0, 0)
    return tuple(float(v) for v in re.split(r'[ ,]+', m.group(1).strip()))


def apply(m, x, y):
    return (m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5])


def collect(node, m, texts, lines):
    for child in node:
        tag = child.tag.split('}')[-1]
        cm = mul(m, parse_transform(child.get('transform')))
        if tag == 'text':
            s = ''.join(child.itertext())
            if not s.strip():
                continue
            px = float(child.get('font-size', '12')) * abs(cm[3])
            x, y = apply(cm, float(child.get('x', 0)), float(child.get('y', 0)))
            bold = child.get('font-weight') in ('700', 'bold')
            w = width(s, px, bold)
            texts.append({'text': s, 'px': px, 'rect': (x, y - 0.93 * px, w, 1.16 * px)})
        elif tag == 'polyline' and child.get('stroke') != 'none':
            pts = [tuple(float(v) for v in p.split(',')) for p in child.get('points').split()]
            lines.append([apply(cm, *p) for p in pts])
        collect(child, cm, texts, lines)


def crosses(a, b, r):
    x, y, w, h = r[0] + 2, r[1] + 2, r[2] - 4, r[3] - 4  # 2 units: estimated ink boxes
    if w <= 0 or h <= 0:
        return False
    t0, t1 = 0.0, 1.0
    dx, dy = b[0] - a[0], b[1] - a[1]
    for p, q in ((-dx, a[0] - x), (dx, x + w - a[0]), (-dy, a[1] - y), (dy, y + h - a[1])):
        if abs(p) < 1e-12:
            if q < 0:
                return False
            continue
        t = q / p
        if p < 0:
            t0 = max(t0, t)
        else:
            t1 = min(t1, t)
        if t0 > t1:
            return False
    return t1 - t0 > 1e-9


def near(line, p, tol=3):
    for a, b in zip(line, line[1:]):
        minx, maxx = sorted((a[0], b[0]))
        miny, maxy = sorted((a[1], b[1]))
        if minx - tol <= p[0] <= maxx + tol and miny - tol <= p[1] <= maxy + tol:
            return True
    return False


def facts(path):
    root = ET.parse(path).getroot()
    vb = [float(v) for v in root.get('viewBox').split()]
    texts, lines = [], []
    collect(root, (1, 0, 0, 1, 0, 0), texts, lines)
    struck = 0
    for t in texts:
        r = t['rect']
        c = (r[0] + r[2] / 2, r[1] + r[3] / 2)
        if any(not near(l, c) and any(crosses(a, b, r) for a, b in zip(l, l[1:])) for l in lines):
            struck += 1
    overlaps = 0
    for i, a in enumerate(texts):
        for b in texts[i + 1:]:
            ra, rb = a['rect'], b['rect']
            if ra[0] < rb[0] + rb[2] - 1 and rb[0] < ra[0] + ra[2] - 1 and \
               ra[1] < rb[1] + rb[3] - 1 and rb[1] < ra[1] + ra[3] - 1:
                overlaps += 1
    scale = min(1142.5 / vb[2], 657.9 / vb[3])  # points per SVG unit
    small = [t['px'] * scale for t in texts if t['px'] * scale < 6]
    elided = sum('\u2026' in t['text'] for t in texts)
    return {'texts': len(texts), 'struck': struck, 'overlaps': overlaps, 'elided': elided,
            'under6pt': len(small), 'smallest_pt': round(min([t['px'] * scale for t in texts] or [0]), 2)}


if __name__ == '__main__':
    total = {}
    for f in sys.argv[1:]:
        r = facts(f)
        print(f.split('/')[-1], r)
        for k in ('struck', 'overlaps', 'elided', 'under6pt'):
            total[k] = total.get(k, 0) + r[k]
    print('total', total)
