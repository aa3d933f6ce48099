"""Regenerate the demo election's proposal illustrations: election/images/p1.png … p12.png.

Run from the repository root (needs only PySide6, which the dev install already has):

    QT_QPA_PLATFORM=offscreen .venv/bin/python kiosk/demo/make_images.py

The PNGs are committed; the kiosk never imports this file. Each picture is a calm, flat
800×500 illustration without text or faces. Shapes are drawn with antialiasing and the result is
reduced to a small palette of the most used colours, which keeps every file well under 40 KB.
"""

from __future__ import annotations

import math
import os
import random
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPointF, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QColor,
    QGuiApplication,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

WIDTH, HEIGHT = 800, 500
PALETTE_SIZE = 96
OUT_DIR = Path(__file__).resolve().parent / "election" / "images"

Point = tuple[float, float]


class Canvas:
    """A few flat drawing primitives on top of QPainter; colours are '#rrggbb' strings."""

    def __init__(self) -> None:
        self.image = QImage(WIDTH, HEIGHT, QImage.Format.Format_RGB32)
        self.image.fill(QColor("#ffffff"))
        self.p = QPainter(self.image)
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing, True)

    def _fill(self, colour: str) -> None:
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QColor(colour))

    def rect(self, x: float, y: float, w: float, h: float, colour: str,
             radius: float = 0) -> None:
        self._fill(colour)
        if radius:
            self.p.drawRoundedRect(QRectF(x, y, w, h), radius, radius)
        else:
            self.p.drawRect(QRectF(x, y, w, h))

    def ellipse(self, cx: float, cy: float, rx: float, ry: float, colour: str) -> None:
        self._fill(colour)
        self.p.drawEllipse(QPointF(cx, cy), rx, ry)

    def circle(self, cx: float, cy: float, r: float, colour: str) -> None:
        self.ellipse(cx, cy, r, r, colour)

    def poly(self, points: Sequence[Point], colour: str) -> None:
        self._fill(colour)
        self.p.drawPolygon(QPolygonF([QPointF(x, y) for x, y in points]))

    def line(self, x1: float, y1: float, x2: float, y2: float, colour: str,
             width: float = 4, cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap) -> None:
        self.p.setPen(QPen(QColor(colour), width, Qt.PenStyle.SolidLine, cap,
                           Qt.PenJoinStyle.RoundJoin))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def _smooth(self, points: Sequence[Point]) -> QPainterPath:
        """A path through the points' midpoints, with the points as quadratic control points."""
        path = QPainterPath(QPointF(*points[0]))
        for i in range(1, len(points) - 1):
            (x1, y1), (x2, y2) = points[i], points[i + 1]
            end = (x2, y2) if i == len(points) - 2 else ((x1 + x2) / 2, (y1 + y2) / 2)
            path.quadTo(QPointF(x1, y1), QPointF(*end))
        if len(points) == 2:
            path.lineTo(QPointF(*points[1]))
        return path

    def curve(self, points: Sequence[Point], colour: str, width: float) -> None:
        self.p.setPen(QPen(QColor(colour), width, Qt.PenStyle.SolidLine,
                           Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawPath(self._smooth(points))

    def blob(self, points: Sequence[Point], colour: str) -> None:
        """A filled shape whose outline is smoothed through the points (closed at the ends)."""
        path = self._smooth(points)
        path.closeSubpath()
        self._fill(colour)
        self.p.drawPath(path)

    def arc(self, cx: float, cy: float, r: float, start_deg: float, span_deg: float,
            colour: str, width: float) -> None:
        self.p.setPen(QPen(QColor(colour), width, Qt.PenStyle.SolidLine,
                           Qt.PenCapStyle.FlatCap))
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawArc(QRectF(cx - r, cy - r, 2 * r, 2 * r), int(start_deg * 16),
                       int(span_deg * 16))

    def bands(self, colours: Sequence[str], top: float, bottom: float) -> None:
        """Flat horizontal bands: a calm, stepped stand-in for a gradient."""
        step = (bottom - top) / len(colours)
        for i, colour in enumerate(colours):
            last = i == len(colours) - 1
            self.rect(0, top + i * step, WIDTH, HEIGHT if last else step + 1, colour)

    def hill(self, base: float, amplitude: float, colour: str, waves: float = 1.0,
             phase: float = 0.0) -> None:
        points = [(x, base - amplitude * math.sin(phase + waves * math.pi * x / WIDTH))
                  for x in range(0, WIDTH + 41, 40)]
        self.poly([(0, HEIGHT), *points, (WIDTH, HEIGHT)], colour)

    def finish(self, path: Path) -> None:
        self.p.end()
        save_small(self.image, path)


def save_small(image: QImage, path: Path) -> None:
    """Reduce to the most used colours (nearest-colour mapping, no dithering) and save a PNG."""
    data = image.constBits().tobytes()
    counts = Counter(memoryview(data).cast("I"))
    table = [value | 0xFF000000 for value, _ in counts.most_common(PALETTE_SIZE)]
    indexed = image.convertToFormat(QImage.Format.Format_Indexed8, table,
                                    Qt.ImageConversionFlag.ThresholdDither)
    if not indexed.save(str(path), "PNG", 0):
        raise OSError(f"could not write {path}")


# --- shared motifs -----------------------------------------------------------------------------

def pine(c: Canvas, x: float, base: float, h: float, colour: str, trunk: str) -> None:
    c.rect(x - h * 0.04, base - h * 0.15, h * 0.08, h * 0.15, trunk)
    for i in range(3):
        top = base - h + i * h * 0.22
        half = h * (0.18 + 0.07 * i)
        c.poly([(x, top), (x + half, top + h * 0.42), (x - half, top + h * 0.42)], colour)


def round_tree(c: Canvas, x: float, base: float, h: float, leaf: str, trunk: str) -> None:
    c.rect(x - h * 0.05, base - h * 0.45, h * 0.1, h * 0.45, trunk)
    c.circle(x, base - h * 0.62, h * 0.34, leaf)
    c.circle(x - h * 0.2, base - h * 0.5, h * 0.22, leaf)
    c.circle(x + h * 0.2, base - h * 0.52, h * 0.24, leaf)


def lamp_post(c: Canvas, x: float, base: float, h: float, pole: str, light: str,
              halo: str | None = None) -> None:
    if halo:
        c.circle(x + h * 0.12, base - h + h * 0.05, h * 0.19, halo)
    c.line(x, base, x, base - h, pole, max(2.0, h * 0.045))
    c.line(x, base - h, x + h * 0.12, base - h, pole, max(2.0, h * 0.045))
    c.rect(x + h * 0.04, base - h - h * 0.01, h * 0.16, h * 0.07, pole, h * 0.02)
    c.ellipse(x + h * 0.12, base - h + h * 0.07, h * 0.07, h * 0.03, light)


def bench(c: Canvas, x: float, y: float, w: float, wood: str, metal: str) -> None:
    """A park bench with backrest and armrests, seen from the front; (x, y) is the seat's left."""
    t = w * 0.06
    c.line(x + w * 0.1, y, x + w * 0.1, y + w * 0.3, metal, t * 0.8)
    c.line(x + w * 0.9, y, x + w * 0.9, y + w * 0.3, metal, t * 0.8)
    c.line(x + w * 0.1, y, x + w * 0.1, y - w * 0.32, metal, t * 0.8)
    c.line(x + w * 0.9, y, x + w * 0.9, y - w * 0.32, metal, t * 0.8)
    c.rect(x, y - w * 0.3, w, t * 1.4, wood, t * 0.3)
    c.rect(x, y - w * 0.18, w, t * 1.4, wood, t * 0.3)
    c.rect(x - w * 0.04, y - t * 0.5, w * 1.08, t * 1.6, wood, t * 0.3)
    c.line(x - w * 0.02, y - w * 0.12, x + w * 0.12, y - w * 0.12, metal, t * 0.8)
    c.line(x + w * 0.88, y - w * 0.12, x + w * 1.02, y - w * 0.12, metal, t * 0.8)


# --- the twelve pictures -----------------------------------------------------------------------

def p1_lit_path(c: Canvas) -> None:
    """A lit walking path along the stream, at night."""
    c.bands(["#16223d", "#1b2a4a", "#213255", "#283b61"], 0, 300)
    rng = random.Random(1)
    for _ in range(40):
        c.circle(rng.uniform(0, WIDTH), rng.uniform(10, 220), rng.choice([1.2, 1.6, 2.2]),
                 "#f4e9c1")
    c.circle(640, 80, 34, "#f4e9c1")
    c.circle(656, 70, 30, "#1b2a4a")
    c.hill(300, 30, "#22443c", 2.2, 0.4)
    for x in (40, 95, 150, 600, 660, 730, 780):
        pine(c, x, 290, 110 + (x % 3) * 18, "#1a3730", "#1a3730")
    c.hill(330, 12, "#2c5a48", 1.5, 1.0)
    # the stream, from the far right to the near left
    c.blob([(800, 330), (620, 340), (420, 380), (200, 420), (0, 440), (0, 500), (120, 500),
            (330, 450), (560, 375), (800, 345)], "#3d78ad")
    c.curve([(760, 338), (600, 350), (420, 392), (180, 446)], "#6aa3cf", 3)
    # the path, beside the stream
    c.blob([(800, 352), (640, 362), (470, 410), (330, 470), (280, 500), (560, 500),
            (620, 430), (700, 380), (800, 362)], "#cdb98f")
    for x, base, h in ((740, 362, 70), (640, 385, 100), (560, 425, 140), (470, 500, 200)):
        c.ellipse(x + h * 0.12, base, h * 0.45, h * 0.1, "#e2d3a6")
        lamp_post(c, x, base, h, "#3b4254", "#f8dc7a", "#34476e")
    pine(c, 250, 380, 150, "#1f4238", "#1f4238")


def p2_benches(c: Canvas) -> None:
    """Benches with backrests along the road up to the health centre."""
    c.bands(["#d7e9f2", "#e1eef4", "#eaf3f6"], 0, 260)
    c.circle(120, 80, 40, "#f6d48a")
    c.hill(270, 20, "#b5d6a2", 1.2, 0.3)
    # the health centre on the hill
    c.rect(520, 120, 230, 140, "#f4efe4")
    c.poly([(505, 124), (635, 70), (765, 124)], "#b8654a")
    for wx in (545, 605):
        c.rect(wx, 150, 36, 34, "#8fb8cf", 3)
    c.rect(640, 200, 40, 60, "#6e8fa3", 3)
    c.rect(700, 150, 36, 36, "#ffffff", 4)
    c.rect(713, 155, 10, 26, "#4e9a6b")
    c.rect(705, 163, 26, 10, "#4e9a6b")
    # the road, rising towards the health centre
    c.poly([(0, 500), (330, 500), (600, 262), (560, 262)], "#cbc4b7")
    c.poly([(0, 500), (0, 420), (548, 262), (560, 262)], "#a8cf96")
    c.poly([(330, 500), (800, 500), (800, 262), (600, 262)], "#9cc68a")
    for i in range(8):
        t = i / 8
        c.line(165 + 410 * t, 500 - 238 * t, 175 + 405 * t, 490 - 236 * t, "#f1ece2",
               6 - 4 * t)
    bench(c, 380, 430, 150, "#8a5a3b", "#4b4b4b")
    bench(c, 520, 330, 80, "#8a5a3b", "#4b4b4b")
    bench(c, 585, 285, 42, "#8a5a3b", "#4b4b4b")
    # a walker parked beside the nearest bench
    c.line(560, 470, 575, 380, "#3d7fb8", 5)
    c.line(600, 470, 590, 380, "#3d7fb8", 5)
    c.line(575, 380, 590, 380, "#3d7fb8", 5)
    c.line(562, 430, 598, 430, "#3d7fb8", 4)
    c.circle(560, 474, 8, "#333333")
    c.circle(600, 474, 8, "#333333")
    round_tree(c, 80, 430, 190, "#5f9e6c", "#7a5a40")
    round_tree(c, 760, 470, 150, "#6aaa76", "#7a5a40")


def p3_sports_court(c: Canvas) -> None:
    """A fenced multi-sport court behind the school."""
    c.bands(["#cfe6f6", "#d9ecf8"], 0, 220)
    c.rect(80, 90, 300, 130, "#b8553f")
    c.poly([(70, 95), (230, 50), (390, 95)], "#7a3b2e")
    for row in (110, 160):
        for wx in range(100, 370, 50):
            c.rect(wx, row, 30, 32, "#e8eef2", 2)
    for x in (430, 500, 570, 650, 730, 790):
        round_tree(c, x, 225, 120, "#5e9c5a", "#6b4f3a")
    c.rect(0, 220, WIDTH, 280, "#8fbf73")
    # the court in perspective, with its low wooden boards
    c.poly([(140, 250), (660, 250), (790, 470), (10, 470)], "#c98b4e")
    c.poly([(155, 258), (645, 258), (768, 462), (32, 462)], "#3f9f69")
    white = "#f4f6f2"
    c.line(155, 258, 645, 258, white, 3)
    c.line(400, 258, 400, 462, white, 3)
    c.ellipse(400, 350, 70, 34, "#3f9f69")
    c.p.setPen(QPen(QColor(white), 3))
    c.p.setBrush(Qt.BrushStyle.NoBrush)
    c.p.drawEllipse(QPointF(400, 350), 70, 34)
    # a goal on the left and a basket on the right
    c.line(90, 380, 90, 300, white, 6)
    c.line(90, 300, 160, 290, white, 6)
    c.line(160, 290, 160, 360, white, 6)
    for i in range(1, 5):
        c.line(90 + i * 14, 300 - i * 2, 90 + i * 14, 380 - i * 4, "#cfd8d2", 1.5)
    c.line(640, 300, 640, 190, "#5b636b", 7)
    c.rect(600, 170, 80, 52, "#f4f6f2", 4)
    c.rect(625, 192, 30, 20, "#e05d3a", 2)
    c.rect(628, 195, 24, 14, "#f4f6f2")
    c.ellipse(640, 224, 18, 5, "#e8772e")
    c.circle(300, 410, 24, "#e8772e")
    c.arc(300, 410, 24, 60, 60, "#7a3a14", 2.5)
    c.line(276, 410, 324, 410, "#7a3a14", 2.5)
    # a light mast at the corner
    lamp_post(c, 730, 300, 180, "#5b636b", "#fff3c4")


def p4_reading_nook(c: Canvas) -> None:
    """A calm reading nook for teenagers in the library."""
    c.rect(0, 0, WIDTH, 360, "#6c5b7b")
    c.rect(0, 360, WIDTH, 140, "#d8b384")
    for x in range(0, WIDTH, 90):
        c.line(x, 360, x - 40, 500, "#c9a273", 2)
    # window
    c.rect(470, 60, 200, 170, "#f4f1de", 6)
    c.rect(482, 72, 176, 146, "#bfe0ea", 4)
    c.p.setClipRect(QRectF(482, 72, 176, 146))
    c.hill(200, 18, "#9fd0b0", 1.0, 0.6)
    c.p.setClipping(False)
    c.line(570, 72, 570, 218, "#f4f1de", 6)
    c.rect(466, 226, 208, 12, "#f4f1de", 3)
    # bookshelf with colourful spines
    c.rect(60, 60, 280, 300, "#8c5e3c", 4)
    books = ["#e07a5f", "#f2cc8f", "#81b29a", "#3d405b", "#f4f1de", "#e07a5f", "#81b29a"]
    rng = random.Random(4)
    for shelf in range(4):
        top = 75 + shelf * 72
        c.rect(70, top, 260, 60, "#5e3d27")
        x = 76
        while x < 318:
            w = rng.choice([12, 14, 16, 20])
            h = rng.choice([44, 50, 54])
            if rng.random() < 0.12:
                c.poly([(x, top + 60), (x + 8, top + 60), (x + 34, top + 60 - h),
                        (x + 26, top + 60 - h)], rng.choice(books))
                x += 40
                continue
            c.rect(x, top + 60 - h, min(w, 324 - x), h, rng.choice(books), 2)
            x += w + 2
    # floor lamp with a warm shade
    c.line(720, 440, 720, 200, "#3d405b", 5)
    c.ellipse(720, 442, 30, 7, "#3d405b")
    c.poly([(690, 200), (750, 200), (735, 160), (705, 160)], "#f2cc8f")
    # rug, sofa and beanbags
    c.ellipse(420, 440, 260, 45, "#3d405b")
    c.rect(380, 300, 240, 80, "#81b29a", 24)
    c.rect(370, 330, 260, 70, "#6fa088", 20)
    c.rect(372, 390, 12, 20, "#5e3d27")
    c.rect(616, 390, 12, 20, "#5e3d27")
    c.blob([(150, 460), (130, 400), (180, 370), (240, 380), (270, 430), (250, 470)],
           "#e07a5f")
    c.blob([(520, 480), (540, 430), (600, 420), (650, 445), (640, 490)], "#f2cc8f")
    c.rect(400, 306, 50, 36, "#e07a5f", 10)
    c.rect(550, 306, 50, 36, "#f2cc8f", 10)
    # a plant
    c.rect(20, 390, 40, 50, "#c96f52", 6)
    for dx, dy in ((-14, -30), (0, -44), (14, -30), (-8, -20), (10, -18)):
        c.ellipse(40 + dx, 390 + dy, 9, 20, "#5c946e")


def p5_bike_station(c: Canvas) -> None:
    """A bicycle repair station with pump and tools by the square."""
    c.bands(["#d7eee8", "#e2f3ee"], 0, 330)
    c.rect(0, 330, WIDTH, 170, "#c9c6bd")
    for y in range(350, 500, 30):
        c.line(0, y, WIDTH, y, "#b8b4aa", 2)
        off = 0 if (y // 30) % 2 else 30
        for x in range(off, WIDTH, 60):
            c.line(x, y, x, y + 30, "#b8b4aa", 2)
    # bike racks in the background
    for x in range(40, 300, 60):
        c.arc(x + 20, 330, 22, 0, 180, "#7d8a8e", 5)
    # the station: a post with two arms
    teal, dark = "#2a9d8f", "#264653"
    c.rect(430, 120, 36, 300, teal, 6)
    c.rect(416, 410, 64, 16, dark, 4)
    c.line(448, 150, 560, 150, teal, 10)
    c.line(560, 150, 560, 175, teal, 8)
    c.line(448, 150, 336, 150, teal, 10)
    c.line(336, 150, 336, 175, teal, 8)
    # tools on cables
    for i, x in enumerate((440, 452)):
        c.curve([(x, 230), (x - 4 + 8 * i, 260), (x, 290)], "#7d8a8e", 2)
    c.line(440, 290, 440, 330, "#e9c46a", 6)
    c.circle(440, 334, 8, "#e9c46a")
    c.line(452, 290, 452, 326, "#e76f51", 6)
    c.circle(452, 326, 6, "#e76f51")
    # the pump
    c.rect(520, 330, 40, 90, "#e9c46a", 8)
    c.rect(512, 410, 56, 14, dark, 4)
    c.circle(540, 350, 12, "#f4f1de")
    c.line(540, 350, 546, 342, dark, 2)
    c.curve([(560, 360), (620, 380), (640, 330), (600, 290)], dark, 5)
    # a bicycle hanging on the arms
    wheel = dark
    c.arc(300, 250, 55, 0, 360, wheel, 8)
    c.arc(520, 250, 55, 0, 360, wheel, 8)
    for cx in (300, 520):
        for k in range(6):
            a = k * math.pi / 6
            c.line(cx - 50 * math.cos(a), 250 - 50 * math.sin(a), cx + 50 * math.cos(a),
                   250 + 50 * math.sin(a), "#8aa1a8", 1.2)
        c.circle(cx, 250, 6, dark)
    red = "#e76f51"
    c.line(300, 250, 390, 250, red, 8)
    c.line(390, 250, 350, 175, red, 8)
    c.line(350, 175, 490, 175, red, 8)
    c.line(490, 175, 520, 250, red, 8)
    c.line(390, 250, 490, 175, red, 8)
    c.line(300, 250, 350, 175, red, 8)
    c.line(490, 175, 480, 150, red, 7)
    c.line(465, 145, 500, 145, dark, 7)
    c.line(350, 175, 345, 158, red, 7)
    c.rect(320, 148, 50, 12, dark, 5)
    c.circle(390, 250, 12, "#8aa1a8")
    # a small tree for calm
    round_tree(c, 720, 340, 200, "#74b49b", "#6b5842")


def p6_sensory_garden(c: Canvas) -> None:
    """A sensory garden at the care home: raised beds, lavender, pergola and a fountain."""
    c.bands(["#f6e4d3", "#f8eadc", "#faf0e6"], 0, 250)
    c.rect(20, 80, 300, 170, "#e9d8b4")
    c.poly([(10, 84), (170, 40), (330, 84)], "#a86b5a")
    for wx in (45, 115, 185, 255):
        c.rect(wx, 110, 40, 46, "#a7c4d4", 3)
        c.rect(wx, 180, 40, 46, "#a7c4d4", 3)
    c.rect(0, 250, WIDTH, 250, "#b5d5a4")
    c.blob([(380, 500), (360, 420), (420, 330), (560, 280), (800, 270), (800, 300),
            (600, 320), (480, 380), (470, 500)], "#e6d4b0")
    # pergola with climbing roses
    wood = "#8c6a4f"
    for x in (560, 740):
        c.rect(x, 120, 14, 170, wood)
    c.rect(540, 112, 226, 14, wood, 3)
    for x in range(550, 770, 28):
        c.rect(x, 104, 8, 30, wood)
    rng = random.Random(6)
    for _ in range(60):
        x = rng.choice([rng.uniform(555, 580), rng.uniform(735, 760), rng.uniform(545, 765)])
        y = rng.uniform(110, 135) if x > 585 and x < 730 else rng.uniform(110, 280)
        c.circle(x, y, rng.uniform(4, 7), rng.choice(["#e58fa8", "#6e9a5a"]))
    # raised beds at wheelchair height
    for bx, plant in ((60, "lavender"), (220, "herbs"), (600, "lavender")):
        c.rect(bx, 360, 140, 70, "#a9714b", 4)
        c.rect(bx + 10, 430, 14, 40, "#7d5236")
        c.rect(bx + 116, 430, 14, 40, "#7d5236")
        for i in range(12):
            x = bx + 8 + i * 11
            if plant == "lavender":
                c.line(x, 360, x + rng.uniform(-4, 4), 318, "#6e9a5a", 3)
                c.ellipse(x + rng.uniform(-3, 3), 318, 4, 11, "#9b7bc8")
            else:
                c.circle(x, 350, 10, rng.choice(["#6a994e", "#86b05e"]))
    # a small fountain
    c.ellipse(470, 300, 50, 14, "#b9b4ae")
    c.rect(420, 290, 100, 22, "#b9b4ae", 6)
    c.ellipse(470, 292, 44, 8, "#7fb7d9")
    c.arc(450, 292, 20, 0, 180, "#7fb7d9", 3)
    c.arc(490, 292, 20, 0, 180, "#7fb7d9", 3)
    c.line(470, 292, 470, 262, "#7fb7d9", 3)
    # a lilac bush
    for dx, dy, r in ((0, 0, 40), (-35, 15, 30), (35, 15, 30), (0, 30, 30)):
        c.circle(380 + dx, 200 + dy, r, "#6e9a5a")
    for dx, dy in ((-20, -10), (15, -20), (30, 10), (-40, 20), (5, 20)):
        c.ellipse(380 + dx, 200 + dy, 9, 14, "#b48cd1")


def p7_story_hour(c: Canvas) -> None:
    """Story hour in Sami, Finnish and Meänkieli: an open book under the northern lights."""
    c.bands(["#1d2f47", "#223752", "#28405e", "#2f4a6a"], 0, 320)
    c.curve([(0, 120), (160, 70), (330, 130), (520, 60), (800, 110)], "#3fae8a", 18)
    c.curve([(0, 150), (200, 110), (380, 170), (560, 100), (800, 150)], "#5fd3a0", 10)
    c.curve([(60, 200), (250, 160), (420, 210), (640, 150), (800, 190)], "#49a6a6", 6)
    rng = random.Random(7)
    for _ in range(30):
        c.circle(rng.uniform(0, WIDTH), rng.uniform(10, 260), 1.6, "#eef2f6")
    c.hill(330, 40, "#dfe8ef", 1.0, 0.2)
    c.hill(360, 20, "#eef3f7", 2.0, 1.3)
    # a lavvu with a warm, open door
    c.poly([(600, 330), (660, 200), (720, 330)], "#6b4e3d")
    c.line(650, 212, 640, 186, "#6b4e3d", 4)
    c.line(670, 212, 680, 186, "#6b4e3d", 4)
    c.poly([(650, 330), (660, 280), (672, 330)], "#f2b84b")
    for x in (90, 150, 770):
        pine(c, x, 330, 90, "#2c4a45", "#2c4a45")
    # the open book
    c.poly([(170, 470), (400, 440), (630, 470), (630, 490), (170, 490)], "#9e2b25")
    c.blob([(190, 460), (200, 360), (300, 345), (400, 372), (400, 452), (300, 430)],
           "#fbf6e9")
    c.blob([(400, 372), (500, 345), (600, 360), (610, 460), (500, 430), (400, 452)],
           "#f3ecda")
    c.line(400, 372, 400, 452, "#d8cdb5", 2)
    # pictures on the pages: a sun over hills, a river and a reindeer's antlers
    c.circle(300, 385, 14, "#f2b84b")
    c.curve([(230, 430), (270, 405), (310, 420), (360, 400)], "#3fae8a", 5)
    c.curve([(440, 420), (480, 400), (520, 420), (570, 395)], "#49a6a6", 5)
    c.curve([(490, 385), (480, 370), (470, 372)], "#8a6a4a", 3)
    c.curve([(490, 385), (500, 368), (512, 366)], "#8a6a4a", 3)
    # a woven band in red, blue, green, yellow and white
    colours = ["#c8102e", "#0b4ea2", "#007a33", "#ffcd00", "#f4f1de"]
    c.rect(0, 492, WIDTH, 8, "#0b4ea2")
    for i in range(0, WIDTH, 20):
        c.poly([(i, 500), (i + 10, 492), (i + 20, 500)], colours[(i // 20) % len(colours)])


def p8_meadow(c: Canvas) -> None:
    """A pollinator meadow with a mown path, a bee, a butterfly and a bee hotel."""
    c.bands(["#bfe3f2", "#cbe8f4", "#d8eef6"], 0, 230)
    c.circle(680, 70, 36, "#f8d66d")
    c.hill(240, 25, "#6fa862", 1.3, 0.8)
    c.hill(270, 12, "#83bb70", 2.0, 0.2)
    c.blob([(360, 270), (330, 350), (250, 430), (170, 500), (330, 500), (380, 420),
            (400, 340), (390, 270)], "#a6cf8a")
    rng = random.Random(8)
    flowers: list[tuple[float, float, str]] = []
    for _ in range(260):
        y = rng.uniform(270, 500)
        x = rng.uniform(0, WIDTH)
        flowers.append((x, y, rng.choice(["daisy", "bell", "clover", "daisy"])))
    flowers.sort(key=lambda f: f[1])
    for x, y, kind in flowers:
        size = 2 + (y - 260) / 40
        if 200 < x < 420 and abs(x - (380 - (y - 270) * 0.8)) < 40:
            continue
        c.line(x, y, x, y + size * 2.5, "#4e8a46", max(1.0, size / 3))
        if kind == "daisy":
            c.circle(x, y, size * 1.3, "#fbfbf5")
            c.circle(x, y, size * 0.5, "#f2c12e")
        elif kind == "bell":
            c.ellipse(x, y, size * 0.8, size * 1.1, "#5b7fd6")
        else:
            c.circle(x, y, size, "#c8507a")
    # the bee hotel on a post
    c.rect(640, 300, 10, 110, "#8b6a48")
    c.poly([(610, 240), (645, 215), (680, 240)], "#6d4f35")
    c.rect(615, 240, 60, 60, "#b98b5c")
    for yy in (252, 268, 284):
        for xx in (627, 645, 663):
            c.circle(xx, yy, 5, "#5a3f29")
    # a bee
    c.ellipse(230, 160, 20, 14, "#eaf4fa")
    c.ellipse(250, 158, 16, 12, "#eaf4fa")
    c.ellipse(240, 180, 24, 16, "#f2c12e")
    c.rect(230, 166, 6, 28, "#2b2b2b")
    c.rect(244, 165, 6, 30, "#2b2b2b")
    c.circle(264, 178, 8, "#2b2b2b")
    # a butterfly
    c.ellipse(500, 150, 22, 16, "#f28c28")
    c.ellipse(530, 150, 22, 16, "#f28c28")
    c.ellipse(503, 175, 14, 11, "#e0712a")
    c.ellipse(527, 175, 14, 11, "#e0712a")
    c.line(515, 140, 515, 185, "#2b2b2b", 4)
    c.curve([(515, 140), (508, 126), (502, 122)], "#2b2b2b", 2)
    c.curve([(515, 140), (522, 126), (528, 122)], "#2b2b2b", 2)


def p9_outdoor_gym(c: Canvas) -> None:
    """An outdoor gym among the pines by the start of the lit track."""
    c.bands(["#e2edf0", "#e9f1f3"], 0, 300)
    for x, h in ((30, 240), (100, 200), (170, 260), (620, 230), (690, 270), (760, 220)):
        pine(c, x, 310, h, "#2f5d50", "#6b4b36")
    c.rect(0, 300, WIDTH, 200, "#8db87a")
    c.blob([(800, 330), (700, 320), (600, 300), (540, 290), (560, 300), (660, 330),
            (800, 360)], "#d2c19c")
    lamp_post(c, 620, 320, 150, "#37474f", "#f7e08a")
    lamp_post(c, 720, 345, 110, "#37474f", "#f7e08a")
    # soft rubber ground
    c.poly([(110, 470), (210, 330), (560, 330), (640, 470)], "#c2583b")
    c.poly([(110, 470), (640, 470), (640, 484), (110, 484)], "#9c4630")
    steel = "#37474f"
    # pull-up bars
    c.line(230, 420, 230, 220, steel, 9)
    c.line(330, 420, 330, 220, steel, 9)
    c.line(430, 420, 430, 250, steel, 9)
    c.line(222, 222, 338, 222, steel, 7)
    c.line(322, 252, 438, 252, steel, 7)
    # parallel bars
    c.line(480, 420, 480, 360, steel, 7)
    c.line(580, 420, 580, 360, steel, 7)
    c.line(470, 360, 590, 360, steel, 6)
    c.line(490, 390, 490, 345, steel, 6)
    c.line(590, 390, 590, 345, steel, 6)
    c.line(482, 345, 598, 345, steel, 6)
    # a balance beam
    c.rect(170, 430, 150, 16, "#b7895b", 4)
    c.rect(180, 446, 12, 18, steel)
    c.rect(298, 446, 12, 18, steel)
    # a step board
    c.rect(360, 430, 80, 22, "#b7895b", 4)
    c.rect(360, 452, 80, 10, "#8e6a45", 2)


def p10_shelter(c: Canvas) -> None:
    """A wooden lean-to shelter with a barbecue by the lake, at sunset."""
    c.bands(["#f4845f", "#f79d65", "#f7b267", "#f9c784"], 0, 250)
    c.circle(560, 250, 60, "#fbe3a6")
    c.hill(255, 18, "#3d5a4a", 2.5, 0.5)
    for x in range(0, WIDTH, 46):
        pine(c, x + 10, 262, 60 + (x * 7) % 40, "#34503f", "#34503f")
    c.rect(0, 258, WIDTH, 110, "#4f6d8f")
    for i, y in enumerate(range(272, 360, 16)):
        c.line(520 - 12 * i, y, 600 + 12 * i, y, "#f7b267", 3)
    c.hill(380, 14, "#6f8f57", 1.4, 1.0)
    # the lean-to: open front, log walls, roof sloping down towards the back
    wood, dark, light = "#8a5a34", "#5a3820", "#a0673e"
    c.poly([(60, 238), (360, 238), (330, 268), (90, 268)], "#4a2e1a")
    c.rect(90, 268, 240, 150, dark)
    for y in range(288, 418, 22):
        c.line(90, y, 330, y, "#6a4226", 4)
    c.poly([(50, 236), (92, 266), (92, 420), (50, 440)], wood)
    c.poly([(370, 236), (328, 266), (328, 420), (370, 440)], wood)
    for y in range(262, 430, 24):
        c.line(52, y, 90, y + 4, dark, 3)
        c.line(368, y, 330, y + 4, dark, 3)
    c.poly([(50, 440), (92, 420), (328, 420), (370, 440)], light)
    c.poly([(30, 240), (390, 240), (370, 222), (50, 222)], wood)
    # fire ring and flames
    c.ellipse(460, 440, 58, 18, "#8e8e8e")
    c.ellipse(460, 436, 44, 12, "#5a5a5a")
    c.blob([(430, 436), (440, 400), (455, 420), (462, 380), (474, 418), (486, 396),
            (492, 436)], "#f25c2a")
    c.blob([(446, 436), (454, 414), (462, 426), (470, 404), (478, 436)], "#f9c74f")
    # a picnic table
    c.rect(560, 400, 170, 14, "#a0673e", 3)
    c.line(580, 414, 570, 470, "#a0673e", 8)
    c.line(710, 414, 720, 470, "#a0673e", 8)
    c.rect(545, 440, 200, 10, "#a0673e", 3)
    # a small woodpile
    for row, n in ((0, 4), (1, 3), (2, 2)):
        for k in range(n):
            c.circle(130 + k * 26 + row * 13, 404 - row * 22, 12, "#d9a86c")
            c.circle(130 + k * 26 + row * 13, 404 - row * 22, 5, "#b9834b")


def p11_bus_stop(c: Canvas) -> None:
    """Better lighting at the bus stop by the forest edge, at dusk."""
    c.bands(["#2e2a4f", "#3b3461", "#4b3f72", "#5e4d88"], 0, 290)
    c.rect(0, 262, WIDTH, 40, "#1f2d2a")
    for x in range(0, WIDTH, 34):
        h = 90 + (x * 13) % 60
        pine(c, x + 12, 300, h, "#1f2d2a", "#1f2d2a")
    c.rect(0, 296, WIDTH, 204, "#364540")
    # houses with lit windows far left
    c.rect(20, 230, 90, 70, "#2a3240")
    c.poly([(14, 232), (65, 196), (116, 232)], "#222833")
    c.rect(40, 250, 18, 18, "#ffe08a")
    c.rect(74, 250, 18, 18, "#ffe08a")
    # the footpath to the stop
    c.poly([(150, 500), (290, 500), (560, 340), (520, 340)], "#7d7b72")
    c.rect(430, 330, 370, 30, "#7d7b72")
    for x, base, h in ((200, 480, 190), (330, 410, 140), (440, 350, 100)):
        c.ellipse(x + h * 0.12, base, h * 0.55, h * 0.12, "#a39d83")
        lamp_post(c, x, base, h, "#23232b", "#ffe08a", "#6b5c94")
    # the shelter, lit from inside
    c.rect(560, 200, 200, 14, "#23232b", 3)
    c.rect(566, 214, 188, 126, "#8fb3c9")
    c.rect(572, 218, 176, 8, "#fff1b8", 3)
    c.rect(566, 214, 188, 126, "#8fb3c9")
    c.rect(572, 220, 176, 6, "#fff1b8", 3)
    for x in (566, 660, 748):
        c.rect(x, 214, 6, 126, "#23232b")
    c.rect(600, 300, 120, 10, "#5d4a3a", 3)
    c.rect(610, 310, 6, 28, "#23232b")
    c.rect(704, 310, 6, 28, "#23232b")
    # the stop sign with a small bus
    c.line(520, 345, 520, 200, "#23232b", 6)
    c.circle(520, 190, 28, "#f2c14e")
    c.rect(503, 178, 34, 22, "#23232b", 4)
    c.rect(507, 182, 12, 8, "#f2c14e", 1)
    c.rect(521, 182, 12, 8, "#f2c14e", 1)


def p12_ramp_door(c: Canvas) -> None:
    """A gentle ramp and an automatic door at the community centre."""
    c.bands(["#dceaf6", "#e5f0f8"], 0, 180)
    c.rect(120, 90, 620, 330, "#e6c9a8")
    c.poly([(100, 96), (430, 30), (760, 96)], "#5b6c7d")
    for wx in (160, 250, 600, 680):
        c.rect(wx, 140, 54, 70, "#a9cde0", 4)
        c.rect(wx, 260, 54, 70, "#a9cde0", 4)
    # entrance with a sliding glass door, half open
    c.rect(380, 170, 140, 190, "#4a5560", 4)
    c.rect(390, 180, 120, 180, "#2f3a44")
    c.rect(390, 180, 52, 180, "#9cc3d5")
    c.rect(458, 180, 52, 180, "#9cc3d5")
    c.line(416, 190, 416, 350, "#c4dde8", 3)
    c.line(484, 190, 484, 350, "#c4dde8", 3)
    c.rect(380, 160, 140, 12, "#4a5560", 2)
    # five steps with yellow contrast edges
    for i in range(5):
        y = 360 + i * 18
        c.rect(370 - i * 12, y, 160 + i * 24, 18, "#b0aaa2")
        c.rect(370 - i * 12, y, 160 + i * 24, 5, "#f2c94c")
    c.rect(0, 450, WIDTH, 50, "#8fbf73")
    # the ramp from the right with handrails on both sides
    c.poly([(520, 360), (800, 430), (800, 452), (520, 452)], "#c9c3ba")
    c.poly([(520, 360), (800, 430), (800, 440), (520, 370)], "#a49d93")
    rail = "#3f6e8c"
    for x in range(540, 800, 60):
        y = 360 + (x - 520) * 0.25
        c.line(x, y, x, y - 60, rail, 5)
    c.line(520, 300, 800, 370, rail, 6)
    c.line(520, 330, 800, 400, rail, 4)
    # the push button on its post
    c.line(560, 370, 560, 290, "#4a5560", 6)
    c.rect(544, 262, 32, 32, "#2f6fb0", 5)
    c.circle(560, 278, 9, "#f4f6f8")
    for x in (60, 140, 260, 760):
        c.circle(x, 450, 30, "#6fa56d")
        c.circle(x + 28, 455, 24, "#7fb27a")


PICTURES: list[Callable[[Canvas], None]] = [
    p1_lit_path, p2_benches, p3_sports_court, p4_reading_nook, p5_bike_station,
    p6_sensory_garden, p7_story_hour, p8_meadow, p9_outdoor_gym, p10_shelter, p11_bus_stop,
    p12_ramp_door,
]


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    for number, draw in enumerate(PICTURES, start=1):
        canvas = Canvas()
        draw(canvas)
        path = OUT_DIR / f"p{number}.png"
        canvas.finish(path)
        del canvas
        print(f"{path.name}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
