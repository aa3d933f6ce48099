"""The station's paper sheet numbers on the staff Paper ballots page (kiosk.station.paper_ranges).

One line says which sheet numbers this station keys ("1-500, 501-600", or "no range set": any
number). *Change sheet numbers* opens a field, *Save sheet numbers* asks the station to keep
them (audited there); bad, overlapping or too narrow ranges are refused with the station's
sentence and nothing changes. The line takes little room so the keying form stays on screen.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.sheet_ranges import ranges_text
from kiosk.ui.staff.texts import error_text, staff_text
from kiosk.ui.staff.widgets import CANCEL

RANGES = staff_text("StaffPaper", "Sheet numbers of this station: %1")
NO_RANGE = staff_text("StaffPaper", "no range set (any sheet number is taken)")
CHANGE = staff_text("StaffPaper", "Change sheet numbers")
SAVE = staff_text("StaffPaper", "Save sheet numbers")
FIELD = staff_text("StaffPaper", "Sheet numbers, like 1-500 501-600 (empty: any number)")
SAVED = staff_text("StaffPaper", "Sheet numbers saved.")


class SheetRangesBar(QWidget):
    """The ranges line and its editor; `page` is the PaperPage (bind, tell, button)."""

    def __init__(self, page) -> None:
        super().__init__()
        self.page = page
        self.setObjectName("staff-paper-ranges-bar")
        self.ranges: tuple = ()
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.shown = page.label(None, "", "staff-paper-ranges")
        self.change = page.button("staff-paper-ranges-change", CHANGE, slot=self.edit)
        top = QHBoxLayout()
        top.setSpacing(16)
        top.addWidget(self.shown, 1)
        top.addWidget(self.change)
        column.addLayout(top)
        self.editor = QWidget()
        self.field = QLineEdit()
        self.field.setObjectName("staff-paper-ranges-field")
        self.field.setPlaceholderText("1-500 501-600")
        self.field.returnPressed.connect(self.save)
        self.save_button = page.button("staff-paper-ranges-save", SAVE, "primary", self.save)
        self.cancel = page.button("staff-paper-ranges-cancel", CANCEL, slot=self.close_editor)
        row = QHBoxLayout(self.editor)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.field, 1)
        row.addWidget(self.save_button)
        row.addWidget(self.cancel)
        column.addWidget(self.editor)
        self.message = page.label(None, "strong", "staff-paper-ranges-message")
        column.addWidget(self.message)
        self.editor.hide()
        self.message.hide()
        self._show_ranges(())
        self.retranslate()

    def retranslate(self) -> None:
        self.field.setAccessibleName(self.page.ctx.text(FIELD))
        self.field.setToolTip(self.page.ctx.text(FIELD))

    def refresh(self) -> None:
        service = self.page.ctx.service
        self.page.ctx.bridge.call(service.paper_ranges.later(), on_ok=self._show_ranges)

    def _show_ranges(self, ranges: tuple) -> None:
        self.ranges = tuple(ranges)
        text = ranges_text(self.ranges)
        self.page.bind(self.shown, lambda: self.page.ctx.text(
            RANGES.arg(text if text else self.page.ctx.text(NO_RANGE))))

    def edit(self) -> None:
        self.field.setText(ranges_text(self.ranges).replace(",", ""))
        self.editor.show()
        self.change.hide()
        self._say(None)
        self.field.setFocus()

    def close_editor(self) -> None:
        self.editor.hide()
        self.change.show()

    def save(self) -> None:
        service = self.page.ctx.service
        self.page.ctx.bridge.call(service.set_paper_ranges.later(self.field.text()),
                                  on_ok=self._saved, on_error=self._failed)

    def _saved(self, ranges: tuple) -> None:
        self._show_ranges(ranges)
        self.close_editor()
        self._say(SAVED)

    def _failed(self, error: BaseException) -> None:
        self._say(error_text(error), ok=False)

    def _say(self, text, ok: bool = True) -> None:
        if text is None:
            self.page.bind(self.message, lambda: "")
        else:
            self.page.tell(self.message, text, ok=ok)
        self.message.setVisible(text is not None)
