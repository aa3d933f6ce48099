"""The set-up wizard's staff PIN step: the PIN typed twice, checked before it is set."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit

from kiosk.domain.staff_pin import PinError, check_new_pin
from kiosk.ui.staff import setup_texts as T
from kiosk.ui.staff.widgets import StaffPage


def fill_page(page: StaffPage, on_return) -> list[QLineEdit]:
    """Heading, why, and the two PIN fields (Enter in either: `on_return`)."""
    page.outer.addWidget(page.heading(T.PIN_HEADING))
    page.outer.addWidget(page.label(T.PIN_EXPLAIN))
    fields = []
    for index, text in enumerate((T.PIN_FIRST, T.PIN_SECOND), start=1):
        page.outer.addWidget(page.label(text, "strong"))
        field = QLineEdit()
        field.setObjectName(f"setup-pin-{index}")
        field.setEchoMode(QLineEdit.EchoMode.Password)
        field.setMaxLength(16)
        field.returnPressed.connect(on_return)
        page.outer.addWidget(field)
        fields.append(field)
    page.outer.addStretch(1)
    return fields


def retranslate(ctx, fields: list[QLineEdit]) -> None:
    fields[0].setAccessibleName(ctx.text(T.PIN_FIRST))
    fields[1].setAccessibleName(ctx.text(T.PIN_SECOND))


def take_pin(fields: list[QLineEdit]) -> str:
    """The new PIN, the fields emptied either way; PinError when it is too easy or the two
    differ (the first field then has the focus again)."""
    first, second = (field.text() for field in fields)
    for field in fields:
        field.clear()
    try:
        check_new_pin(first)
        if first != second:
            raise PinError("pin.mismatch", "the two PINs differ")
    except PinError:
        fields[0].setFocus()
        raise
    return first
