"""The staff PIN pad: big digit buttons (or the keyboard), then the station's `staff_login`.

Wrong PINs show the tries left; after too many the station answers "wait N seconds" (doubling,
persisted in the ballot box, so a restart does not reset it) and the pad counts down live, with
its keys disabled, until another try is possible. The PIN field is cleared after every answer.
"""

from __future__ import annotations

from PySide6.QtCore import QRegularExpression, Qt, QTimer, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QGridLayout, QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.ui.staff.texts import staff_text
from kiosk.ui.staff.widgets import StaffPage
from kiosk.ui.widgets.basic import Button

TITLE = staff_text("StaffPin", "Staff mode")
ASK = staff_text("StaffPin", "Type the staff PIN.")
FIELD = staff_text("StaffPin", "Staff PIN")
OK = staff_text("StaffPin", "OK")
ERASE = staff_text("StaffPin", "Erase")
CANCEL = staff_text("StaffPin", "Back to voting")
CHECKING = staff_text("StaffPin", "Checking…")
WAIT = staff_text("StaffErrors", "Too many wrong PINs. Wait %1 seconds.")
TRY_AGAIN = staff_text("StaffPin", "You can try again now.")


class PinPad(StaffPage):
    page_id = "pin"
    accepted = Signal()
    cancelled = Signal()

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        self.wait_left = 0
        self.busy = False
        self.countdown = QTimer(self)
        self.countdown.setInterval(1000)
        self.countdown.timeout.connect(self._tick)
        self.outer.addStretch(1)
        self.outer.addWidget(self.heading(TITLE))
        self.outer.addWidget(self.label(ASK))
        self.field = QLineEdit()
        self.field.setObjectName("staff-pin-input")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.field.setMaxLength(16)
        self.field.setValidator(QRegularExpressionValidator(QRegularExpression(r"\d{0,16}")))
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.returnPressed.connect(self.submit)
        self.field.textEdited.connect(lambda _t: self._message(""))
        self.message = self.label(None, "warn", "staff-pin-message")
        px = self.ctx.settings.target_px + 8
        grid = QGridLayout()
        grid.setSpacing(10)
        self.keys: list[Button] = []
        for index, digit in enumerate("1234567890"):
            key = Button(f"staff-pin-key-{digit}", min_px=px)
            key.set_texts(digit)
            key.clicked.connect(lambda _=False, d=digit: self._type(d))
            position = (3, 1) if digit == "0" else (index // 3, index % 3)
            grid.addWidget(key, *position)
            self.keys.append(key)
        self.erase = self.button("staff-pin-erase", ERASE, slot=self._erase)
        self.ok = self.button("staff-pin-ok", OK, "primary", slot=self.submit)
        self.erase.min_px = self.ok.min_px = px
        grid.addWidget(self.erase, 3, 0)
        grid.addWidget(self.ok, 3, 2)
        self.cancel = self.button("staff-pin-cancel", CANCEL, slot=self.cancelled.emit)
        column = QVBoxLayout()
        column.setSpacing(12)
        column.addWidget(self.field)
        column.addWidget(self.message)
        column.addLayout(grid)
        column.addWidget(self.cancel)
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addLayout(column, 2)
        centre.addStretch(1)
        self.outer.addLayout(centre)
        self.outer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.field.setAccessibleName(self.ctx.text(FIELD))
        for key in self.keys:
            key.setAccessibleName(key.text_shown())

    def on_show(self) -> None:
        self.field.clear()
        self.field.setFocus()

    def reset(self) -> None:
        """Forget what was typed and any message (the pad is shown afresh)."""
        self.field.clear()
        if not self.wait_left:
            self._message("")

    # -- typing --------------------------------------------------------------------------------
    def _type(self, digit: str) -> None:
        if len(self.field.text()) < self.field.maxLength() and not self.wait_left:
            self.field.setText(self.field.text() + digit)
            self._message("")
        self.field.setFocus()

    def _erase(self) -> None:
        self.field.setText(self.field.text()[:-1])
        self.field.setFocus()

    def _message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)

    def _set_enabled(self, enabled: bool) -> None:
        for widget in (*self.keys, self.erase, self.ok):
            widget.setEnabled(enabled)
        self.field.setReadOnly(not enabled)

    # -- asking the station --------------------------------------------------------------------
    def submit(self) -> None:
        pin = self.field.text()
        if not pin or self.busy or self.wait_left:
            return
        self.busy = True
        self._set_enabled(False)
        self._message(self.ctx.text(CHECKING))
        self.ctx.bridge.call(self.ctx.service.staff_login.later(pin), on_ok=self._accepted,
                             on_error=self._refused)

    def _accepted(self, _value) -> None:
        self.busy = False
        self.field.clear()
        self._set_enabled(True)
        self._message("")
        self.accepted.emit()

    def _refused(self, error) -> None:
        self.busy = False
        self.field.clear()
        if getattr(error, "message_id", "") == "pin.locked":
            self.start_wait(int(error.params.get("seconds", 30)))
            return
        self._set_enabled(True)
        self._message(self.ctx.error(error))
        self.field.setFocus()

    def start_wait(self, seconds: int) -> None:
        self.wait_left = max(1, seconds)
        self._set_enabled(False)
        self._message(self.ctx.text(WAIT.arg(self.wait_left)))
        self.countdown.start()

    def _tick(self) -> None:
        self.wait_left -= 1
        if self.wait_left > 0:
            self._message(self.ctx.text(WAIT.arg(self.wait_left)))
            return
        self.countdown.stop()
        self.wait_left = 0
        self._set_enabled(True)
        self._message(self.ctx.text(TRY_AGAIN))
        self.field.setFocus()
