"""The one off-screen Qt start-up: no display needed, the bundled fonts, one application."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

pytest.importorskip("PySide6")

CHILD = textwrap.dedent("""
    from PySide6.QtGui import QFontDatabase

    from kiosk.qt_offscreen import offscreen_application

    app = offscreen_application()
    assert offscreen_application() is app
    print(app.platformName())
    print(type(app).__name__)
    print("Noto Sans" in QFontDatabase.families(), "Noto Sans Arabic" in QFontDatabase.families())
""")


def run_child(**env: str) -> list[str]:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    done = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True,
                          env={**clean, **env}, timeout=120)
    assert done.returncode == 0, done.stderr
    return done.stdout.split()


def test_without_a_display_it_renders_offscreen_with_the_bundled_fonts():
    assert run_child() == ["offscreen", "QApplication", "True", "True"]


def test_a_platform_the_user_names_is_kept():
    assert run_child(QT_QPA_PLATFORM="minimal")[0] == "minimal"
