"""A Qt application for rendering documents, offscreen when there is no screen.

It is a QApplication (not a bare QGuiApplication) so that widgets can still be created later
in the same process, e.g. when a staff screen prints a report. The application object is kept
for the life of the process and shut down explicitly at exit.
"""

from __future__ import annotations

import atexit
import os

_APP = None


def ensure_gui_application():
    global _APP
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QApplication([])
        _APP = app
        atexit.register(_shutdown)
    return app


def _shutdown() -> None:
    global _APP
    if _APP is not None:
        _APP.shutdown()
        _APP = None
