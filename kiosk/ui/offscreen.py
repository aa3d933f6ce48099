"""Screens of a given size for Qt's offscreen platform (tests, screenshots, the benchmark).

Qt's offscreen platform has a single 800×600 screen unless it is given a configuration file with
its screens. `use_offscreen_screens([(1280, 800)])` writes such a file and points
QT_QPA_PLATFORM at it, side by side from the left, when the platform is offscreen (unset or
plain "offscreen"); a real platform (xcb, wayland, …) is left alone. Call it before the
QApplication exists.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from pathlib import Path

PLATFORM = "QT_QPA_PLATFORM"


def screens_config(sizes: list[tuple[int, int]], dpi: int = 96) -> dict:
    screens, x = [], 0
    for index, (width, height) in enumerate(sizes):
        screens.append({"name": f"screen{index}-{width}x{height}", "x": x, "y": 0,
                        "width": width, "height": height, "logicalDpi": dpi,
                        "logicalBaseDpi": 96, "dpr": 1})
        x += width
    return {"screens": screens}


def use_offscreen_screens(sizes: list[tuple[int, int]]) -> bool:
    """True when the offscreen platform will have these screens (False: a real platform)."""
    if os.environ.get(PLATFORM, "offscreen") != "offscreen":
        return os.environ[PLATFORM].startswith("offscreen:configfile=")
    text = json.dumps(screens_config(sizes), sort_keys=True)
    name = "rostkiosk-screens-" + hashlib.sha256(text.encode()).hexdigest()[:12] + ".json"
    path = Path(tempfile.gettempdir()) / name
    if not path.exists():
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_text(text, encoding="utf-8")
        partial.replace(path)  # never a half-written file for a parallel run to read
    os.environ[PLATFORM] = f"offscreen:configfile={path}"
    return True
