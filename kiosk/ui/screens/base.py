"""What every screen has: an id, a heading, retranslate() and on_show(), and a way to move on.

Every screen has the same three parts, so that nothing can push its buttons off the screen:
- `header`: a fixed strip on top (e.g. the ballot meter), empty on most screens;
- `outer`: the screen's content, inside a vertical scroll area (`scroll`) that takes all the
  height left; long texts wrap and the voter scrolls, nothing is elided;
- `action_bar`: a fixed bar at the bottom with the screen's primary actions (`add_actions`).
Only the header and the action bar count towards the screen's minimum height, and the scroll
area's minimum is small, so larger text or a second language never makes a screen taller than
the window.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk.ui.i18n import Say
from kiosk.ui.spoken import sentences
from kiosk.ui.widgets.basic import BiLabel, Button, scroll_area


class ActionBar(QFrame):
    """The fixed bottom bar: secondary actions on the start side, the primary one at the end."""

    def __init__(self, name: str, margins: tuple[int, int, int, int] = (40, 10, 40, 16)) -> None:
        super().__init__()
        self.setObjectName(name)
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        column = QVBoxLayout(self)
        column.setContentsMargins(*margins)
        column.setSpacing(8)
        self.notes = QVBoxLayout()
        self.notes.setSpacing(4)
        self.row = QHBoxLayout()
        self.row.setSpacing(20)
        column.addLayout(self.notes)
        column.addLayout(self.row)
        self.buttons: list[Button] = []
        self.hide()

    def add_note(self, widget: QWidget) -> None:
        """A short status line shown above the buttons (e.g. why Cast is not possible)."""
        self.notes.addWidget(widget)

    def set_buttons(self, *buttons: Button, start: tuple[Button, ...] = (),
                    wide: bool = False) -> None:
        """`start` buttons sit on the start side; `buttons` on the end side, last one outermost
        (`wide`: the buttons share the whole width)."""
        for button in (*start, *buttons):
            self.buttons.append(button)
        for button in start:
            self.row.addWidget(button)
        if not wide:
            self.row.addStretch(1)
        for button in buttons:
            self.row.addWidget(button, 1 if wide else 0)
        self.setVisible(bool(self.buttons))


class ScrollingPage(QWidget):
    """A fixed header, a scrolling body and a fixed action bar (screens and overlays)."""

    def __init__(self, name: str, margins: tuple[int, int, int, int] = (40, 24, 40, 24)) -> None:
        super().__init__()
        root = QVBoxLayout(self)
        root.setContentsMargins(0, 0, 0, 0)
        root.setSpacing(0)
        self.header_host = QWidget()
        self.header_host.setProperty("screen", True)
        self.header = QVBoxLayout(self.header_host)
        self.header.setContentsMargins(margins[0], 8, margins[2], 0)
        self.header.setSpacing(8)
        self.header_host.hide()
        self.header_widgets: list[QWidget] = []
        self.header_scrolls = False
        root.addWidget(self.header_host)
        body = QWidget()
        # Without this the scroll area makes the body as tall as its texts would be at their
        # narrowest (the layout's minimum), far taller than they are at the real width: an
        # empty band to scroll through, and a scroll bar on screens that fit.
        body.setMinimumHeight(1)
        self.outer = QVBoxLayout(body)
        self.outer.setContentsMargins(*margins)
        self.outer.setSpacing(18)
        self.scroll: QScrollArea = scroll_area(body, f"{name}-scroll")
        root.addWidget(self.scroll, 1)
        self.action_bar = ActionBar(f"{name}-actions", (margins[0], 10, margins[2], 16))
        root.addWidget(self.action_bar)

    HEADER_SHARE = 0.2  # a header taller than this share of the page scrolls with the body

    def add_header(self, widget: QWidget) -> None:
        """A widget that stays on top while the body scrolls (e.g. the ballot meter) — unless
        the text is so large that it would take more than HEADER_SHARE of the page: then it
        goes to the top of the scrolling body, so the content keeps room."""
        self.header.addWidget(widget)
        self.header_widgets.append(widget)
        self.header_host.show()
        if len(self.header_widgets) == 1:  # a header's new size is announced to its parent
            self.header_host.installEventFilter(self)
            self.scroll.widget().installEventFilter(self)

    def _place_header(self) -> None:
        width = self.width() - self.header.contentsMargins().left() \
            - self.header.contentsMargins().right()
        if not self.header_widgets or width <= 0 or self.height() <= 0:
            return
        needed = sum(w.heightForWidth(width) if w.hasHeightForWidth() else w.sizeHint().height()
                     for w in self.header_widgets)
        scrolls = needed > self.HEADER_SHARE * self.height()
        if scrolls == self.header_scrolls:
            return
        self.header_scrolls = scrolls
        for index, widget in enumerate(self.header_widgets):
            if scrolls:
                self.outer.insertWidget(index, widget)
            else:
                self.header.addWidget(widget)
        self.header_host.setVisible(not scrolls)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.LayoutRequest:
            self._place_header()
        return False

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._place_header()

    def add_actions(self, *buttons: Button, start: tuple[Button, ...] = (),
                    wide: bool = False) -> None:
        self.action_bar.set_buttons(*buttons, start=start, wide=wide)

    def add_action_note(self, widget: QWidget) -> None:
        self.action_bar.add_note(widget)

    @property
    def primary_actions(self) -> list[Button]:
        """The buttons in the fixed action bar (the evidence test checks they are on screen)."""
        return list(self.action_bar.buttons)


class Screen(ScrollingPage):
    screen_id = "screen"
    session_bound = True  # destroyed when the voter's session ends

    def __init__(self, ui, flow) -> None:
        super().__init__(self.screen_id)
        self.ui = ui
        self.flow = flow
        self.setObjectName(f"screen-{self.screen_id}")
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self._bound: list[tuple[object, Say]] = []

    # -- helpers -------------------------------------------------------------------------------
    def heading(self, say: Say, name: str = "") -> BiLabel:
        label = BiLabel("title", name=name or f"{self.screen_id}-heading")
        self.bind(label, say)
        return label

    def paragraph(self, say: Say, role: str = "", name: str = "") -> BiLabel:
        label = BiLabel(role, name=name)
        self.bind(label, say)
        return label

    def button(self, name: str, say: Say, kind: str = "secondary", slot=None) -> Button:
        button = Button(name, kind, min_px=self.ui.settings.target_px)
        self.bind(button, say)
        if slot is not None:
            button.clicked.connect(slot)
        return button

    def bind(self, widget, say: Say) -> None:
        """Remember which text a label or button shows, so retranslate() can redo it."""
        self._bound.append((widget, say))
        widget.set_texts(*self.ui.texts(say))

    def rebind(self, widget, say: Say) -> None:
        self._bound = [(w, s) for w, s in self._bound if w is not widget]
        self.bind(widget, say)

    def action_row(self, *buttons: Button, stretch_first: bool = True) -> QHBoxLayout:
        """A row of buttons inside the content (secondary choices, not the screen's actions)."""
        row = QHBoxLayout()
        row.setSpacing(20)
        if stretch_first:
            row.addStretch(1)
        for button in buttons:
            row.addWidget(button)
        return row

    # -- lifecycle -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        for widget, say in self._bound:
            widget.set_texts(*self.ui.texts(say))

    def before_show(self) -> None:
        """Called every time just before the screen becomes the current one: work done here,
        while the screen is hidden, costs no layout pass per changed widget."""

    def on_show(self) -> None:
        """Called every time the screen becomes the current one."""

    def spoken_text(self) -> str:
        """What read-aloud says for this screen: its bound texts in the voter's language."""
        return sentences(*(self.ui.text(say) for _w, say in self._bound))

    def spoken_clip(self) -> bytes | None:
        """A recorded clip to play instead where the language has no voice (None: none)."""
        return None

    def spoken_state(self) -> str:
        """What read-aloud says after a choice changed (screens with a meter say its words)."""
        return ""
