"""Eligibility: personnummer or voting code on an on-screen keypad, or waiting for staff.

The number or code is typed on the keypad or a physical keyboard (a USB QR scanner acts as one
and ends with Enter). It goes to the station's `check_voter`, which keeps only a token; the field
is cleared as soon as the answer comes back, and the screen is destroyed with the session.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout

from kiosk.domain.election import EligibilityMode
from kiosk.ui.i18n import translate
from kiosk.ui.messages import message_for_error
from kiosk.ui.screens.base import Screen
from kiosk.ui.widgets.basic import BiLabel
from kiosk.ui.widgets.keypad import Keypad

PNR_HEADING = translate("Identify", "Your personal identity number")
PNR_HELP = translate("Identify", "Type your personal identity number, 10 or 12 digits. It is "
                     "only used to make sure that everyone votes once. It is not saved.")
CODE_HEADING = translate("Identify", "Your voting code")
CODE_HELP = translate("Identify", "Type the code from your letter, or hold the QR code in front "
                      "of the scanner.")
CHECKING = translate("Identify", "Checking…")
FIELD_NAME_PNR = translate("Identify", "Personal identity number")
FIELD_NAME_CODE = translate("Identify", "Voting code")
WAIT_HEADING = translate("Identify", "Please wait a moment")
WAIT_TEXT = translate("Identify", "A member of staff will come and unlock the voting for you.")


class IdentifyScreen(Screen):
    screen_id = "identify"

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        self.codes = ui.election.eligibility.mode is EligibilityMode.CODES
        self.outer.addWidget(self.heading(CODE_HEADING if self.codes else PNR_HEADING))
        self.outer.addWidget(self.paragraph(CODE_HELP if self.codes else PNR_HELP))
        self.field = QLineEdit()
        self.field.setObjectName("identity-input")
        self.field.setMaxLength(24 if self.codes else 13)
        self.field.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.field.returnPressed.connect(self.submit)
        self.field.textEdited.connect(lambda _t: self.message.set_texts(""))
        self.message = BiLabel("warn", name="identity-message")
        self.keypad = Keypad(ui, letters=self.codes)
        self.keypad.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.keypad.typed.connect(self._type)
        self.keypad.erased.connect(self._erase)
        self.keypad.submitted.connect(self.submit)
        column = QVBoxLayout()
        column.addWidget(self.field)
        column.addWidget(self.message)
        column.addWidget(self.keypad)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addLayout(column, 3 if self.codes else 2)
        row.addStretch(1)
        self.outer.addLayout(row)
        self.outer.addStretch(1)
        self.retranslate()

    def retranslate(self) -> None:
        super().retranslate()
        self.keypad.retranslate()
        self.field.setAccessibleName(self.ui.text(FIELD_NAME_CODE if self.codes
                                                  else FIELD_NAME_PNR))

    def on_show(self) -> None:
        self.field.setFocus()
        self._set_busy(False)

    def _type(self, ch: str) -> None:
        if len(self.field.text()) < self.field.maxLength():
            self.field.setText(self.field.text() + ch)
        self.message.set_texts("")

    def _erase(self) -> None:
        self.field.setText(self.field.text()[:-1])

    def _set_busy(self, busy: bool) -> None:
        self.keypad.setEnabled(not busy)
        self.field.setReadOnly(busy)

    def submit(self) -> None:
        identity = self.field.text().strip()
        if not identity or not self.field.isEnabled() or self.field.isReadOnly():
            return
        self._set_busy(True)
        self.message.set_texts(*self.ui.texts(CHECKING))
        self.ui.bridge.call(self.ui.bridge.service.check_voter.later(self.ui.state.voter.ticket,
                                                                     identity),
                            on_ok=self._accepted, on_error=self._refused)

    def _accepted(self, _value) -> None:
        self.field.clear()
        self.flow.identified()

    def _refused(self, error) -> None:
        self.field.clear()
        self._set_busy(False)
        self.message.set_texts(*self.ui.texts(message_for_error(error)))
        self.field.setFocus()


class StaffWaitScreen(Screen):
    """Staff-unlock elections: the voter waits; staff unlock (`unlock()`, staff mode)."""

    screen_id = "staff-wait"

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        self.outer.addStretch(1)
        self.outer.addWidget(self.heading(WAIT_HEADING))
        self.outer.addWidget(self.paragraph(WAIT_TEXT))
        self.outer.addStretch(2)

    def unlock(self) -> None:
        """Staff have checked the voter (staff mode calls this after the staff PIN)."""
        self.ui.bridge.call(self.ui.bridge.service.unlock_session.later(self.ui.state.voter.ticket),
                            on_ok=lambda _v: self.flow.identified(),
                            on_error=lambda e: self.flow.show_problem(message_for_error(e)))
