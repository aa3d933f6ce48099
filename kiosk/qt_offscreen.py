"""The one Qt start-up for drawing without a screen: printed PDFs, the tally's reports, images.

`kiosk.printing` (voting-code cards, station reports), `kiosk.tally.reports` (protocol, posters,
chart) and the demo's picture generator call `offscreen_application()` before they paint. It
returns the process's Qt application, creating one only if there is none yet:

- a QApplication (not a bare QGuiApplication), so widgets can still be created later in the same
  process, e.g. when a staff screen prints a report;
- on the "offscreen" platform when the process has no display (no DISPLAY, no WAYLAND_DISPLAY)
  and QT_QPA_PLATFORM does not name another one, so no X11 library is needed to render;
- with the bundled Noto fonts registered (Latin with every Sami letter, Arabic as its
  substitute), so a PDF looks the same on every machine. `register_bundled_fonts` is also what
  the touchscreen calls (kiosk.ui.fonts): once per process, whoever comes first, because fonts
  registered twice make Qt's choice between the copies, and so text metrics, vary between runs;
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
_families: list[str] = []


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
    register_bundled_fonts()
    return app


def register_bundled_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database, once per process; the families found."""
    if not _families:
        from PySide6.QtGui import QFont, QFontDatabase

        for name in FONT_FILES:
            font_id = QFontDatabase.addApplicationFont(str(FONT_DIR / name))
            if font_id >= 0:
                _families.extend(QFontDatabase.applicationFontFamilies(font_id))
        QFont.insertSubstitution(LATIN_FAMILY, ARABIC_FAMILY)
    return sorted(set(_families))


def _shutdown() -> None:
    global _app
    if _app is not None:
        _app.shutdown()
        _app = None
