"""A QGuiApplication for rendering documents, offscreen when there is no screen.

The application object is kept for the life of the process and shut down explicitly at exit:
left to Python's final garbage collection, PySide6 6.12 aborts with "none_dealloc".
"""

from __future__ import annotations

import atexit
import os

_APP = None


def ensure_gui_application():
    global _APP
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication([])
        _APP = app
        atexit.register(_shutdown)
    return app


def _shutdown() -> None:
    global _APP
    if _APP is not None:
        _APP.shutdown()
        _APP = None
