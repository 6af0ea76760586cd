#!/usr/bin/env python3
"""Draw Kilas's app icons: pwa/icons/icon.svg and the PNGs the web app manifest lists.

The icon is a light flash ("kilas") on the app's accent blue. Shapes are defined once here and
written both as SVG and as PNGs rasterised with the standard library only (anti-aliased
scanline fill, zlib + struct for the PNG), so nothing is downloaded and the output is
reproducible. Run again after changing a shape: `python3 scripts/make_icons.py`.
"""
import math
import os
import struct
import zlib

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "pwa", "icons")

BLUE = (0x0B, 0x5C, 0xAD)
CREAM = (0xFB, 0xFA, 0xF7)
YELLOW = (0xFF, 0xD3, 0x4D)
# Drawing space: a 512 x 512 square.
SIZE = 512
# The flash: a lightning bolt, slightly left-leaning, centred in the square.
BOLT = [(300, 60), (136, 292), (238, 292), (206, 452), (376, 212), (272, 212), (300, 60)]
# Three short "lines of text" to the right of the bolt: a press release, read in a flash.
LINES = [(330, 300, 420, 328), (318, 352, 420, 380), (306, 404, 384, 432)]


def rounded_rect(x0, y0, x1, y1, r, steps=24):
    """Polygon for a rectangle with round corners (r = 0: a plain rectangle)."""
    if r <= 0:
        return [(x0, y0), (x1, y0), (x1, y1), (x0, y1)]
    pts = []
    for cx, cy, start in ((x1 - r, y0 + r, -90), (x1 - r, y1 - r, 0), (x0 + r, y1 - r, 90), (x0 + r, y0 + r, 180)):
        for i in range(steps + 1):
            a = math.radians(start + 90 * i / steps)
            pts.append((cx + r * math.cos(a), cy + r * math.sin(a)))
    return pts


def transform(poly, scale, offset):
    return [(offset + x * scale, offset + y * scale) for x, y in poly]


def shapes(maskable):
    """(colour, polygon) in paint order. Maskable: full-bleed background, artwork shrunk into
    the 80 % safe zone so any platform mask (circle, squircle) keeps all of it."""
    if maskable:
        bg = rounded_rect(0, 0, SIZE, SIZE, 0)
        scale, offset = 0.72, SIZE * 0.14
    else:
        bg = rounded_rect(16, 16, SIZE - 16, SIZE - 16, 104)
        scale, offset = 1.0, 0.0
    out = [(BLUE, bg)]
    for x0, y0, x1, y1 in LINES:
        out.append((CREAM, transform(rounded_rect(x0, y0, x1, y1, 14, 8), scale, offset)))
    out.append((YELLOW, transform(BOLT, scale, offset)))
    return out


def rasterise(shape_list, px, ss=4):
    """RGBA rows for a px x px image; each polygon filled even-odd with exact horizontal and
    ss-fold vertical coverage."""
    k = px / SIZE
    img = [[0.0, 0.0, 0.0, 0.0] for _ in range(px * px)]
    for colour, poly in shape_list:
        pts = [(x * k, y * k) for x, y in poly]
        edges = [(pts[i], pts[(i + 1) % len(pts)]) for i in range(len(pts))]
        for y in range(px):
            cov = [0.0] * (px + 1)
            for s in range(ss):
                sy = y + (s + 0.5) / ss
                xs = sorted(
                    ax + (sy - ay) * (bx - ax) / (by - ay)
                    for (ax, ay), (bx, by) in edges
                    if (ay <= sy < by) or (by <= sy < ay)
                )
                for i in range(0, len(xs) - 1, 2):
                    a, b = max(0.0, xs[i]), min(float(px), xs[i + 1])
                    if b <= a:
                        continue
                    ia, ib = int(a), int(b)
                    if ia == ib:
                        cov[ia] += (b - a) / ss
                        continue
                    cov[ia] += (ia + 1 - a) / ss
                    for x in range(ia + 1, ib):
                        cov[x] += 1.0 / ss
                    if ib < px:
                        cov[ib] += (b - ib) / ss
            row = y * px
            for x in range(px):
                a = min(1.0, cov[x])
                if a <= 0:
                    continue
                p = img[row + x]
                # Straight "over" compositing with premultiplied accumulation.
                for c in range(3):
                    p[c] = colour[c] / 255 * a + p[c] * (1 - a)
                p[3] = a + p[3] * (1 - a)
    return img


def png(img, px):
    raw = bytearray()
    for y in range(px):
        raw.append(0)
        for x in range(px):
            r, g, b, a = img[y * px + x]
            if a > 0:
                r, g, b = r / a, g / a, b / a
            raw += bytes(round(max(0.0, min(1.0, v)) * 255) for v in (r, g, b, a))

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", px, px, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def svg(shape_list):
    def hexc(c):
        return "#%02x%02x%02x" % c

    paths = "\n".join(
        f'  <path fill="{hexc(c)}" d="M{" L".join(f"{x:.1f} {y:.1f}" for x, y in poly)} Z"/>'
        for c, poly in shape_list
    )
    return (f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}" width="{SIZE}" height="{SIZE}">\n'
            f"  <title>Kilas</title>\n{paths}\n</svg>\n")


def main():
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "icon.svg"), "w", encoding="utf-8") as f:
        f.write(svg(shapes(False)))
    for name, px, maskable in (("icon-192.png", 192, False), ("icon-512.png", 512, False),
                               ("maskable-512.png", 512, True), ("apple-touch-icon.png", 180, True)):
        with open(os.path.join(OUT, name), "wb") as f:
            f.write(png(rasterise(shapes(maskable), px), px))
        print("wrote", name)


if __name__ == "__main__":
    main()
