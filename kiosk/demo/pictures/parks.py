"""Pictures of green places: the lit path, the benches, the sensory garden, the meadow."""

from __future__ import annotations

import random

from kiosk.demo.pictures.canvas import WIDTH, Canvas
from kiosk.demo.pictures.motifs import bench, lamp_post, pine, round_tree


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
