"""The idle watcher sees a voter's touches, clicks and keys as they reach the window (where it
listens, instead of filtering every event of the application)."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication


def press(window, where: QPoint) -> None:
    """A press and release delivered as the platform delivers them: to the window first."""
    handle = window.windowHandle()
    for kind in (QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease):
        event = QMouseEvent(kind, QPointF(where), QPointF(window.mapToGlobal(where)),
                            Qt.MouseButton.LeftButton,
                            Qt.MouseButton.LeftButton if kind == QEvent.Type.MouseButtonPress
                            else Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)
        QApplication.sendEvent(handle, event)
    QApplication.processEvents()


def key(window) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Shift, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(window.windowHandle(), event)
    QApplication.processEvents()


def wait(seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        QApplication.processEvents()
        time.sleep(0.01)


def test_input_restarts_the_quiet_time(make_kiosk):
    kiosk = make_kiosk()
    kiosk.start_voting("sv")
    idle, window = kiosk.window.idle, kiosk.window
    idle.set_active(True, quiet_seconds=1)
    where = kiosk.find("topbar-title").mapTo(window, QPoint(5, 5))
    for step in range(4):  # 2.4 s of a voter touching and typing now and then
        wait(0.6)
        if step % 2:
            press(window, where)
        else:
            key(window)
        assert not idle.warning, f"warned although the voter acted {step + 1} times"
    wait(1.6)
    assert idle.warning, "no warning after a quiet second"
    press(window, where)
    assert idle.warning, "while the warning is up, only its button gives more time"
