"""The set-up wizard's list of issued voting codes (codes elections only): choose the authority's
`issued-codes.json` on a USB stick, check it against the station's pinned authority, keep it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.ui.staff.background import Background
from kiosk.ui.staff.setup_files import FileChooser
from kiosk.ui.staff.setup_steps import load_issued_codes
from kiosk.ui.staff.setup_texts import (
    CODES_DONE,
    CODES_EXPLAIN,
    CODES_HEADING,
    CODES_INSTALL,
    CODES_NONE,
)
from kiosk.ui.staff.widgets import StaffPage


def is_issued_list(path: Path) -> bool:
    return path.suffix == ".json" and "issued" in path.name.lower()


class IssuedCodesLoader(QWidget):
    """Emits `loaded(count)` once a list is kept, `failed(error)` if one is refused."""

    loaded = Signal(int)
    failed = Signal(object)

    def __init__(self, page: StaffPage, data_dir: Path) -> None:
        super().__init__()
        self.ctx = page.ctx
        self.data_dir = data_dir
        self.count = 0
        self.work = Background(self, "setup-codes-work")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 16, 0, 0)
        layout.addWidget(page.label(CODES_HEADING, "cardtitle"))
        layout.addWidget(page.label(CODES_EXPLAIN))
        self.files = FileChooser(page, "codes", is_issued_list, CODES_NONE, "Issued codes (*.json)")
        layout.addWidget(self.files)
        self.install = page.button("setup-codes-install", CODES_INSTALL, "primary", self._install)
        layout.addLayout(page.row(self.install))
        self.result = page.label(None, "strong", "setup-codes-result")
        layout.addWidget(self.result)

    def _install(self) -> None:
        if self.files.chosen is None:
            return
        self.install.setEnabled(False)
        self.work.run(load_issued_codes, self.data_dir, self.files.chosen, on_ok=self._done,
                      on_error=self._refused)

    def _done(self, count: int) -> None:
        self.count = count
        self.install.setEnabled(True)
        self.retranslate()
        self.loaded.emit(count)

    def _refused(self, error) -> None:
        self.install.setEnabled(True)
        self.failed.emit(error)

    def retranslate(self) -> None:
        self.files.render()
        self.result.setText(self.ctx.text(CODES_DONE.arg(self.count)) if self.count else "")

    def shutdown(self) -> None:
        self.work.shutdown()
