"""Staff-mode languages: every election language, a chooser for them, and each one's direction.

Staff strings come from `translations/rostkiosk_staff_<tag>.ts`. Easy-to-read Swedish has no staff
file of its own: staff screens are not voter texts, so lättläst falls back to plain Swedish (never
English). Arabic staff screens run right to left.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.domain.languages import LANGUAGES
from kiosk.ui.i18n import is_rtl
from kiosk.ui.widgets.basic import Button, Panel, make_label

STAFF_LANGUAGES: tuple[str, ...] = tuple(LANGUAGES)   # sv, sv-simple, fi, fit, se, smj, sma, en, ar
STAFF_FALLBACK = {"sv-simple": "sv"}                  # then English per string, as a last resort


def staff_file_language(tag: str) -> str:
    """The staff .ts file a language reads its strings from."""
    return STAFF_FALLBACK.get(tag, tag)


def native_name(tag: str) -> str:
    return LANGUAGES[tag].native_name if tag in LANGUAGES else tag


def layout_direction(tag: str) -> Qt.LayoutDirection:
    return Qt.LayoutDirection.RightToLeft if is_rtl(tag) else Qt.LayoutDirection.LeftToRight


class LanguageChooser(QWidget):
    """Every staff language by its own name on big buttons, over the staff screen."""

    chosen = Signal(str)

    def __init__(self, prefix: str, target_px: int, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("Overlay")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        # The same order in every language (a list of names, not a sentence to mirror).
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(100, 60, 100, 60)
        panel = Panel(f"{prefix}-languages")
        outer.addStretch(1)
        outer.addWidget(panel)
        outer.addStretch(1)
        grid = QGridLayout(panel)
        grid.setContentsMargins(28, 24, 28, 24)
        grid.setSpacing(16)
        self.heading = make_label("cardtitle", name=f"{prefix}-languages-heading")
        self.heading.setText("Språk · Language")
        grid.addWidget(self.heading, 0, 0, 1, 3)
        self.buttons: dict[str, Button] = {}
        for n, tag in enumerate(STAFF_LANGUAGES):
            button = Button(f"{prefix}-language-{tag}", "secondary", min_px=target_px)
            button.set_texts(native_name(tag))
            button.setLayoutDirection(layout_direction(tag))
            button.clicked.connect(self._pick(tag))
            self.buttons[tag] = button
            grid.addWidget(button, 1 + n // 3, n % 3)
        self.hide()

    def _pick(self, tag: str) -> Callable[[], None]:
        def pick() -> None:
            self.hide()
            self.chosen.emit(tag)
        return pick

    def open(self, current: str) -> None:
        for tag, button in self.buttons.items():
            button.set_texts(("▸ " if tag == current else "") + native_name(tag))
        self.setGeometry(self.parentWidget().rect())
        self.show()
        self.raise_()
        self.buttons.get(current, next(iter(self.buttons.values()))).setFocus()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt)
        if event.key() == Qt.Key.Key_Escape:
            self.hide()
            return
        super().keyPressEvent(event)
