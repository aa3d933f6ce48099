"""Finger-drag (kinetic) scrolling for every scrolling area, as on a phone; never required.

Qt's QScroller does the work. A scroller takes one gesture per widget; the kiosk grabs the
left-mouse-button gesture on each scroll area's viewport, which covers both a mouse drag and a
finger: a touch that no widget accepts reaches Qt widgets as a synthesised left-button mouse
event (Qt's default, AA_SynthesizeMouseForUnhandledTouchEvents), and the kiosk's buttons take no
touch events of their own. A press that moves less than TAP_SLOP_M before it is released stays
a tap: the button under it is pressed and released as usual (activation on release). The press
reaches the button at once (no press delay: the voter sees the button go down under the finger);
when the press turns into a drag, the scroller takes it over and the button is let go without
activating.

Qt's other scroller gesture, TouchGesture, is not used: it marks the viewport as accepting touch
events, after which Qt no longer turns a finger's tap on a button inside into a click.

A second press soon after a first one near the same spot is a "double click" to Qt, and the
scroller does not start a drag from it, so a quick tap-then-drag (or flick after flick) would not
scroll. The kiosk has no double-click action anywhere, so `no_double_clicks` turns them off.
"""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QScroller,
    QScrollerProperties,
    QWidget,
)

TAP_SLOP_M = 0.005          # a press must move 5 mm before it becomes a drag (Qt's metres)
PRESS_DELAY_S = 0.0         # presses reach the button at once (see above)


def enable_touch_scrolling(area: QAbstractScrollArea) -> QScroller:
    """Let a finger or a mouse drag scroll `area`; taps still tap."""
    viewport = area.viewport()
    QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
    scroller = QScroller.scroller(viewport)
    metric = QScrollerProperties.ScrollMetric
    off = QScrollerProperties.OvershootPolicy.OvershootAlwaysOff
    props = scroller.scrollerProperties()
    props.setScrollMetric(metric.DragStartDistance, TAP_SLOP_M)
    props.setScrollMetric(metric.MousePressEventDelay, PRESS_DELAY_S)
    props.setScrollMetric(metric.VerticalOvershootPolicy, off)
    props.setScrollMetric(metric.HorizontalOvershootPolicy, off)
    scroller.setScrollerProperties(props)
    scroller.stateChanged.connect(lambda state: _release_buttons(viewport, state))
    area.setProperty("touch_scrolling", True)
    return scroller


def _release_buttons(viewport: QWidget, state: QScroller.State) -> None:
    """A press that became a drag lets go of its button without activating it (the scroller
    keeps the mouse release for itself, which would leave the button looking pressed)."""
    if state in (QScroller.State.Dragging, QScroller.State.Scrolling):
        for button in viewport.findChildren(QAbstractButton):
            if button.isDown():
                button.setDown(False)


def no_double_clicks(app: QGuiApplication) -> None:
    """Every press is a press of its own (see above); a double tap is simply two taps."""
    app.styleHints().setMouseDoubleClickInterval(0)


def has_touch_scrolling(area: QAbstractScrollArea) -> bool:
    return QScroller.hasScroller(area.viewport()) and bool(area.property("touch_scrolling"))
