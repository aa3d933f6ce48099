"""Why PySide6 is pinned below 6.12: 6.12.0 drops a reference to None on every QPainter.fillRect
and drawLine call (Python 3.11), and the interpreter aborts with "none_dealloc" once None's
count reaches zero. Printing code cards draws thousands of QR modules, so this matters."""

from __future__ import annotations

import gc
import sys

import pytest

pytest.importorskip("PySide6")


def test_painting_does_not_leak_references_to_none():
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QColor, QImage, QPainter

    from kiosk.qt_offscreen import offscreen_application

    offscreen_application()
    image = QImage(50, 50, QImage.Format.Format_RGB32)
    painter = QPainter(image)
    gc.collect()  # freeing unrelated objects during the loop would also lower the count
    gc.disable()
    try:
        before = sys.getrefcount(None)
        for _ in range(2000):
            painter.fillRect(QRectF(0, 0, 1, 1), QColor("black"))
            painter.drawLine(QPointF(0, 0), QPointF(1, 1))
        after = sys.getrefcount(None)
    finally:
        gc.enable()
        painter.end()
    assert after > before - 100, f"None lost {before - after} references while painting"
