"""Motifs that several pictures share: trees, lamp posts, a park bench."""

from __future__ import annotations

from kiosk.demo.pictures.canvas import Canvas


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
