"""What every screen has: an id, a heading, retranslate() and on_show(), and a way to move on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.ui.i18n import Say
from kiosk.ui.widgets.basic import BiLabel, Button


class Screen(QWidget):
    screen_id = "screen"
    session_bound = True  # destroyed when the voter's session ends

    def __init__(self, ui, flow) -> None:
        super().__init__()
        self.ui = ui
        self.flow = flow
        self.setObjectName(f"screen-{self.screen_id}")
        self.setProperty("screen", True)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.outer = QVBoxLayout(self)
        self.outer.setContentsMargins(40, 24, 40, 24)
        self.outer.setSpacing(18)
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

    def on_show(self) -> None:
        """Called every time the screen becomes the current one."""

    def spoken_text(self) -> str:
        """What read-aloud says for this screen: its bound texts in the voter's language."""
        return " ".join(self.ui.text(say) for _w, say in self._bound)
