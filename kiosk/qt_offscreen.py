"""The one Qt start-up for drawing without a screen: printed PDFs, the tally's reports, images.

`kiosk.printing` (voting-code cards, station reports), `kiosk.tally.reports` (protocol, posters,
chart) and the demo's picture generator call `offscreen_application()` before they paint. It
returns the process's Qt application, creating one only if there is none yet:

- a QApplication (not a bare QGuiApplication), so widgets can still be created later in the same
  process, e.g. when a staff screen prints a report;
- on the "offscreen" platform when the process has no display (no DISPLAY, no WAYLAND_DISPLAY)
  and QT_QPA_PLATFORM does not name another one, so no X11 library is needed to render;
- with the bundled Noto fonts registered (Latin with every Sami letter, Arabic as its
  substitute), so a PDF looks the same on every machine;
- shut down explicitly at exit (the object lives as long as the process).

Which packages may import Qt at all is the import contract "Qt only where it draws" in
pyproject.toml; this module is the only place that creates an application for rendering.
"""

from __future__ import annotations

import atexit
import os
from pathlib import Path

FONT_DIR = Path(__file__).resolve().parent / "assets" / "fonts"
FONT_FILES = ("NotoSans-Regular.ttf", "NotoSans-Bold.ttf", "NotoSansArabic-Regular.ttf",
              "NotoSansArabic-Bold.ttf")
LATIN_FAMILY = "Noto Sans"
ARABIC_FAMILY = "Noto Sans Arabic"

_app = None
_fonts_registered = False


def has_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def offscreen_application():
    """The process's Qt application (created offscreen when there is no display), fonts loaded."""
    global _app
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not has_display():
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
        _app = app
        atexit.register(_shutdown)
    _register_fonts()
    return app


def _register_fonts() -> None:
    global _fonts_registered
    if _fonts_registered:
        return
    from PySide6.QtGui import QFont, QFontDatabase

    for name in FONT_FILES:
        QFontDatabase.addApplicationFont(str(FONT_DIR / name))
    QFont.insertSubstitution(LATIN_FAMILY, ARABIC_FAMILY)
    _fonts_registered = True


def _shutdown() -> None:
    global _app
    if _app is not None:
        _app.shutdown()
        _app = None
