"""The set-up wizard's fingerprint step: the package's authority fingerprint shown large, and
a field where staff type the fingerprint printed on the election authority's paper.

The station is created only when the two are the same, and it is created pinned to what staff
typed: a glance at a look-alike fingerprint is not enough to pass.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

from kiosk.package.pinning import normalise_fingerprint
from kiosk.ui.staff.setup_texts import (
    FP_ASK,
    FP_DIFFERENT,
    FP_EXPLAIN,
    FP_MISMATCH,
    FP_TYPE,
    LABEL,
)
from kiosk.ui.staff.widgets import StaffPage


class FingerprintCheck(QWidget):
    """Shows a fingerprint; `confirmed()` is the typed fingerprint once it matches."""

    changed = Signal()
    different = Signal()

    def __init__(self, page: StaffPage) -> None:
        super().__init__()
        self.ctx = page.ctx
        self.expected = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(page.label(FP_EXPLAIN))
        self.shown = page.label(None, "huge", "setup-fingerprint")
        self.shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.shown)
        layout.addWidget(page.label(FP_ASK, "strong"))
        layout.addWidget(page.label(FP_TYPE))
        self.typed = QLineEdit()
        self.typed.setObjectName("setup-fingerprint-typed")
        self.typed.setMaxLength(40)
        self.typed.textChanged.connect(self._typed_changed)
        layout.addWidget(self.typed)
        self.mismatch = page.label(None, "warn", "setup-fingerprint-mismatch")
        layout.addWidget(self.mismatch)
        self.stop = page.button("setup-fingerprint-different", FP_DIFFERENT,
                                slot=self.different.emit)
        layout.addLayout(page.row(self.stop))
        self.label_caption = page.label(LABEL)
        layout.addWidget(self.label_caption)

    def show_fingerprint(self, fingerprint: str) -> None:
        self.expected = fingerprint
        self.shown.setText(fingerprint)
        self.shown.setAccessibleName(" ".join(fingerprint))
        self.typed.clear()
        self.mismatch.setText("")

    def confirmed(self) -> str | None:
        """The typed fingerprint when it is the shown one, else None."""
        typed = normalise_fingerprint(self.typed.text())
        if typed is None or typed != normalise_fingerprint(self.expected):
            return None
        return typed

    def retranslate(self) -> None:
        self.typed.setAccessibleName(self.ctx.text(FP_TYPE))
        self._typed_changed()

    def _typed_changed(self, _text: str = "") -> None:
        complete = normalise_fingerprint(self.typed.text()) is not None
        wrong = complete and self.confirmed() is None
        self.mismatch.setText(self.ctx.text(FP_MISMATCH) if wrong else "")
        self.changed.emit()
