"""Automatic checks on what the kiosk shows: contrast, target size, names, focus, cut-off text."""

from __future__ import annotations

import re

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QScrollArea, QWidget

from kiosk.ui.theme import BY_NAME, MIN_TARGET_MM, MIN_TARGET_PX, contrast_ratio


def visible(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def inside_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def background_of(widget: QWidget, theme) -> str:
    """The colour a widget's text is drawn on, from the theme's rules for its ancestors."""
    node = widget
    while node is not None:
        if isinstance(node, QAbstractButton):
            kind = node.property("kind") or "secondary"
            if not node.isEnabled():
                return theme.secondary
            return {"primary": theme.primary, "bar": theme.bar}.get(kind, theme.secondary)
        if node.property("panel"):
            return theme.chosen if node.property("chosen") else theme.surface
        if node.objectName() == "TopBar":
            return theme.bar
        if node.objectName() == "Overlay":
            return theme.overlay
        node = node.parentWidget()
    return theme.window


def screen_problems(window: QWidget, theme_name: str, min_px: int, dpi: float) -> list[str]:
    theme = BY_NAME[theme_name]
    needed_ratio = 7.0 if theme_name == "default" else 4.5
    mm_px = MIN_TARGET_MM / 25.4 * dpi
    problems: list[str] = []
    window_rect = window.rect().adjusted(-1, -1, 1, 1)
    chain = set()
    node = window.nextInFocusChain()
    while node is not None and node is not window and len(chain) < 5000:
        chain.add(node)
        node = node.nextInFocusChain()
    for widget in window.findChildren(QWidget):
        if not visible(widget):
            continue
        name = widget.objectName() or type(widget).__name__
        top_left = widget.mapTo(window, widget.rect().topLeft())
        rect = QRect(top_left, widget.size())
        if not inside_scroll_area(widget) and not window_rect.contains(rect):
            problems.append(f"{name}: outside the window {rect.getRect()}")
        if isinstance(widget, (QAbstractButton, QLineEdit)):
            if not widget.accessibleName().strip():
                problems.append(f"{name}: no accessible name")
            if not widget.objectName():
                problems.append(f"{type(widget).__name__} '{widget.accessibleName()}': no "
                                "objectName")
            tabbable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget in chain
            if widget.isEnabled() and not tabbable:
                problems.append(f"{name}: not in the tab order")
            smallest = min(widget.width(), widget.height())
            if smallest < max(MIN_TARGET_PX, min_px, mm_px):
                problems.append(f"{name}: target {widget.width()}x{widget.height()} too small")
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            problems += label_problems(widget, name)
            fg = widget.palette().color(widget.foregroundRole()).name()
            bg = background_of(widget, theme)
            ratio = contrast_ratio(fg, bg)
            if ratio < needed_ratio:
                problems.append(f"{name} '{widget.text()[:30]}': contrast {ratio:.1f} "
                                f"({fg} on {bg})")
    return problems


def label_problems(label: QLabel, name: str) -> list[str]:
    metrics = label.fontMetrics()
    width = label.contentsRect().width()
    text = label.text()
    out = []
    if label.wordWrap():
        if label.heightForWidth(label.width()) > label.height() + 1:
            out.append(f"{name} '{text[:30]}': cut off (needs "
                       f"{label.heightForWidth(label.width())} px, has {label.height()})")
        # Qt breaks lines at spaces and at zero-width spaces (long paths carry them)
        longest = max((metrics.horizontalAdvance(w) for w in re.split(r"[\s\u200b]+", text)),
                      default=0)
        if longest > width + 1:
            out.append(f"{name} '{text[:30]}': a word is wider than the label")
    else:
        for line in text.splitlines():
            if metrics.horizontalAdvance(line) > width + 1:
                out.append(f"{name} '{line[:30]}': cut off ({metrics.horizontalAdvance(line)} "
                           f"> {width})")
    return out
