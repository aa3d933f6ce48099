"""Pictures of moving about: the sports court, the bike station, the outdoor gym."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QColor, QPen

from kiosk.demo.pictures.canvas import WIDTH, Canvas
from kiosk.demo.pictures.motifs import lamp_post, pine, round_tree


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
