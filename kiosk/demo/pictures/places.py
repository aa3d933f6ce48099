"""Pictures of places people meet: the reading nook, story hour, the shelter, the bus stop, the
ramp to the door."""

from __future__ import annotations

import random

from PySide6.QtCore import QRectF

from kiosk.demo.pictures.canvas import WIDTH, Canvas
from kiosk.demo.pictures.motifs import lamp_post, pine


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
