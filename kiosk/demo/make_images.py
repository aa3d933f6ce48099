"""Regenerate the demo election's proposal illustrations: election/images/p1.png … p12.png.

Run from the repository root (needs only PySide6, which the dev install already has):

    .venv/bin/python -m kiosk.demo.make_images

The PNGs are committed; the kiosk never imports this file. Each picture is a calm, flat
800×500 illustration without text or faces, drawn by kiosk/demo/pictures/ (the canvas, shared
motifs, and the pictures grouped by what they show); this file only runs them in order.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from kiosk.demo.pictures.canvas import Canvas
from kiosk.demo.pictures.parks import p1_lit_path, p2_benches, p6_sensory_garden, p8_meadow
from kiosk.demo.pictures.places import (
    p4_reading_nook,
    p7_story_hour,
    p10_shelter,
    p11_bus_stop,
    p12_ramp_door,
)
from kiosk.demo.pictures.sport import p3_sports_court, p5_bike_station, p9_outdoor_gym
from kiosk.qt_offscreen import offscreen_application

OUT_DIR = Path(__file__).resolve().parent / "election" / "images"

PICTURES: list[Callable[[Canvas], None]] = [
    p1_lit_path, p2_benches, p3_sports_court, p4_reading_nook, p5_bike_station,
    p6_sensory_garden, p7_story_hour, p8_meadow, p9_outdoor_gym, p10_shelter, p11_bus_stop,
    p12_ramp_door,
]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make_images", description=__doc__.split("\n")[0])
    parser.add_argument("--out", type=Path, default=OUT_DIR,
                        help="folder for p1.png … p12.png (default: the demo election's images)")
    out = parser.parse_args(argv).out
    offscreen_application()
    out.mkdir(parents=True, exist_ok=True)
    for number, draw in enumerate(PICTURES, start=1):
        canvas = Canvas()
        draw(canvas)
        path = out / f"p{number}.png"
        canvas.finish(path)
        del canvas
        print(f"{path.name}: {path.stat().st_size // 1024} KB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
