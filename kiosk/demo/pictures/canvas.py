"""The drawing surface of the demo pictures: flat shapes on an 800×500 QPainter canvas, saved as a
small-palette PNG (the most used colours, no dithering), which keeps every file under 40 KB."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF

WIDTH, HEIGHT = 800, 500
PALETTE_SIZE = 96

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
