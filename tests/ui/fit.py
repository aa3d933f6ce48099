"""Does a screen fit? The window inside its screen, each primary action wholly on screen.

Primary actions are named by objectName (what a voter must be able to reach on each screen and
overlay), so the same check runs on any version of the screens' layout.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QScreen
from PySide6.QtWidgets import QWidget

PRIMARY_ACTIONS: dict[str, tuple[str, ...]] = {
    "welcome": ("welcome-start",),
    "language": (),
    "language-in-session": ("language-back",),
    "identify": ("key-done",),
    "staff-wait": (),
    "howto": ("howto-start",),
    "proposals": ("proposals-review",),
    # a package with pots (the districts example): the district question, a later pot
    "district": ("district-north", "district-south", "district-back"),
    "proposals-part-2": ("proposals-previous", "proposals-review"),
    "detail": ("detail-back", "detail-choose"),
    "review": ("review-change", "review-cast"),
    "survey": ("survey-back", "survey-skip", "survey-cast"),
    "help": ("help-close",),
    "idle": ("idle-more-time",),
    "receipt": ("receipt-done",),
    "problem": ("problem-start-again",),
    "staff-pin": ("staff-pin-ok", "staff-pin-cancel"),
}


def global_rect(widget: QWidget) -> QRect:
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def shown_part(widget: QWidget) -> QRect:
    """The part of a widget its ancestors do not clip, in global coordinates."""
    rect = global_rect(widget)
    parent = widget.parentWidget()
    while parent is not None:
        rect = rect.intersected(global_rect(parent))
        parent = parent.parentWidget()
    return rect


def find_action(window: QWidget, name: str) -> QWidget | None:
    shown = [w for w in window.findChildren(QWidget, name) if w.isVisible()]
    return shown[0] if shown else None


def fit_problems(window: QWidget, screen: QScreen, where: str) -> list[str]:
    """What does not fit: the window larger than (or outside) the screen, or a primary action
    missing, hidden, clipped or partly off the screen."""
    problems = []
    limit = screen.geometry()
    frame = window.frameGeometry()
    if frame.width() > limit.width() or frame.height() > limit.height():
        problems.append(f"{where}: window {frame.width()}x{frame.height()} larger than the "
                        f"screen {limit.width()}x{limit.height()}")
    elif not limit.contains(frame):
        problems.append(f"{where}: window {frame.getRect()} not inside the screen "
                        f"{limit.getRect()}")
    for name in PRIMARY_ACTIONS[where]:
        button = find_action(window, name)
        if button is None:
            problems.append(f"{where}: {name} is not shown")
            continue
        rect, shown = global_rect(button), shown_part(button)
        if shown != rect:
            problems.append(f"{where}: {name} {rect.getRect()} is clipped to {shown.getRect()}")
        if not limit.contains(rect):
            problems.append(f"{where}: {name} {rect.getRect()} is not inside the screen "
                            f"{limit.getRect()}")
    return problems
