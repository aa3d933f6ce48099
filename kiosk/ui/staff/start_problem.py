"""A station that cannot start (its folder is read-only): before `kiosk run` exits, a message
staff can read on the screen, in the staff's language, with the folder's path as the detail.
The command line prints the same sentence (in English) and exits non-zero."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from kiosk.domain.errors import KioskError
from kiosk.ui.staff.texts import StaffCatalog, error_text, staff_text

START_HEADING = staff_text("StaffErrors", "The station cannot start")


def start_problem_box(error: KioskError, language: str = "sv",
                      catalog: StaffCatalog | None = None) -> QMessageBox:
    catalog = catalog or StaffCatalog()
    box = QMessageBox(QMessageBox.Icon.Critical, catalog.render(START_HEADING, language),
                      catalog.render(error_text(error), language))
    box.setObjectName("staff-start-problem")
    box.setDetailedText(error.text)
    return box
