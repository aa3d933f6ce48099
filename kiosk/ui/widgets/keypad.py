"""On-screen keypads: digits (personnummer) or the letters and digits of voting codes."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.domain.voting_codes import ALPHABET
from kiosk.ui.i18n import translate
from kiosk.ui.widgets.basic import Button

ERASE = translate("Keypad", "Erase")
DONE = translate("Keypad", "Continue")
DIGITS = "123456789"
CODE_CHARS = ALPHABET  # voting codes use no look-alike characters (3479ACEFHJKMNPRTWXY)


class Keypad(QWidget):
    typed = Signal(str)
    erased = Signal()
    submitted = Signal()

    def __init__(self, ui, letters: bool = False) -> None:
        super().__init__()
        self.ui = ui
        self.setObjectName("Keypad")
        grid = QGridLayout(self)
        grid.setSpacing(10)
        grid.setContentsMargins(0, 0, 0, 0)
        px = ui.settings.target_px
        self.keys: list[Button] = []
        if letters:
            columns = 7
            chars = CODE_CHARS
        else:
            columns = 3
            chars = DIGITS
        for index, ch in enumerate(chars):
            button = Button(f"key-{ch}", min_px=px + (8 if not letters else 0))
            button.set_texts(ch, accessible=ch)
            button.clicked.connect(lambda _=False, c=ch: self.typed.emit(c))
            grid.addWidget(button, index // columns, index % columns)
            self.keys.append(button)
        row = (len(chars) + columns - 1) // columns
        self.erase = Button("key-erase", min_px=px)
        self.erase.clicked.connect(self.erased.emit)
        self.done = Button("key-done", "primary", min_px=px)
        self.done.clicked.connect(self.submitted.emit)
        if letters:
            grid.addWidget(self.erase, row - 1, len(chars) % columns, 1,
                           columns - len(chars) % columns)
            grid.addWidget(self.done, row, 0, 1, columns)
        else:
            zero = Button("key-0", min_px=px + 8)
            zero.set_texts("0", accessible="0")
            zero.clicked.connect(lambda: self.typed.emit("0"))
            self.keys.append(zero)
            grid.addWidget(self.erase, row, 0)
            grid.addWidget(zero, row, 1)
            grid.addWidget(self.done, row, 2)

    def retranslate(self) -> None:
        self.erase.set_texts(*self.ui.texts(ERASE))
        self.done.set_texts(*self.ui.texts(DONE))
