"""The kiosk window's size: never larger than its screen, never off it (kiosk.ui.window).

Full screen is exactly the screen; a normal window stays within the screen's available geometry
(without panels and docks), its frame included.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtWidgets import QApplication, QWidget


def screen_limit(window: QWidget) -> QRect:
    """The rectangle the window must stay inside: the whole screen when full screen, else
    the screen's available geometry (without panels and docks)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return QRect(window.geometry())
    return screen.geometry() if window.isFullScreen() else screen.availableGeometry()


def fit_to_screen(window: QWidget) -> None:
    """Cap the window to its screen: never larger than the screen (full screen is exactly
    the screen), and a normal window within the available geometry, its frame included."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is None:
        return
    full = window.isFullScreen()
    limit = screen_limit(window)
    extra = window.frameGeometry().size() - window.size() if window.isVisible() and not full \
        else QSize(0, 0)
    window.setMinimumSize(QSize(0, 0))
    window.setMaximumSize(screen.geometry().size())
    if full and window.geometry() != screen.geometry():
        window.setGeometry(screen.geometry())  # full screen is exactly the screen
        return
    size = window.size().boundedTo((limit.size() - extra).expandedTo(QSize(1, 1)))
    if size != window.size():
        window.resize(size)


def keep_on_screen(window: QWidget) -> None:
    """A normal window wholly on the screen it is on (moved back in, never off it)."""
    if not window.isVisible() or window.isFullScreen():
        return
    frame = window.frameGeometry()
    screen = QApplication.screenAt(frame.center()) or window.screen()
    if screen is None:
        return
    limit = screen.availableGeometry()
    x = max(limit.x(), min(frame.x(), limit.right() + 1 - frame.width()))
    y = max(limit.y(), min(frame.y(), limit.bottom() + 1 - frame.height()))
    if (x, y) != (frame.x(), frame.y()):
        window.move(x, y)

