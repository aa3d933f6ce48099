"""The big on-screen copy of a paper ballot that staff key a sheet on (kiosk.ui.staff.pages_paper).

Sheet number first (typed, or by a hand scanner reading the sheet's QR code), then the sheet's
language, the voter's personnummer or code where the election needs one, and the choices
(kiosk.ui.staff.paper_choices): one large toggle per proposal or, for cumulative points, − and
+ beside the points. In a package with pots the sheet's district comes next (preset to the
station's own district where it has one), then one part per pot of that district, keyed pot by
pot. "Spoiled sheet" records the sheet as invalid. The form builds a PaperEntry; the station
checks it (kiosk.station.paper).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.election import Election, EligibilityMode
from kiosk.domain.paper import PaperEntry, parse_sheet
from kiosk.domain.pots import PotsBallot
from kiosk.ui.staff.languages import native_name
from kiosk.ui.staff.paper_choices import ChoicesBlock
from kiosk.ui.staff.texts import staff_text
from kiosk.ui.widgets.basic import CHECK, Button, set_flag
from kiosk.ui.widgets.flow_layout import FlowLayout

SHEET = staff_text("StaffPaper", "Sheet number (printed at the top of the sheet)")
LANGUAGE = staff_text("StaffPaper", "Language of the sheet")
DISTRICT = staff_text("StaffPaper", "District printed at the top of the sheet")
IDENTITY = {
    EligibilityMode.PERSONNUMMER: staff_text("StaffPaper", "Personnummer on the envelope"),
    EligibilityMode.CODES: staff_text("StaffPaper", "Voting code on the envelope"),
}
CHOICES = staff_text("StaffPaper", "Choices marked on the sheet")
SPOILED = staff_text("StaffPaper", "Spoiled sheet (counted as invalid)")


class SheetForm(QWidget):
    """One keying of one sheet. `changed` fires on every edit (the page clears old messages)."""

    changed = Signal()

    def __init__(self, page, election: Election, station_district: str | None = None) -> None:
        super().__init__()
        self.page = page
        self.election = election
        self.station_district = station_district
        self.setObjectName("staff-paper-form")
        px = page.ctx.settings.target_px
        self._quiet = True  # no `changed` while the form is being built or cleared
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        top = QGridLayout()
        top.setHorizontalSpacing(16)
        top.setVerticalSpacing(6)
        top.setColumnStretch(2, 1)
        top.addWidget(page.label(SHEET, "strong", "staff-paper-sheet-label"), 0, 0)
        self.sheet = QLineEdit()
        self.sheet.setObjectName("staff-paper-sheet")
        self.sheet.setMaxLength(7)
        self.sheet.setMaximumWidth(320)
        self.sheet.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.sheet.textChanged.connect(self._edited)
        top.addWidget(self.sheet, 1, 0)
        self.identity: QLineEdit | None = None
        mode = election.eligibility.mode
        if mode in IDENTITY:
            top.addWidget(page.label(IDENTITY[mode], "strong", "staff-paper-identity-label"),
                          0, 1)
            self.identity = QLineEdit()
            self.identity.setObjectName("staff-paper-identity")
            self.identity.setMaxLength(20)
            self.identity.setMaximumWidth(420)
            self.identity.textChanged.connect(self._edited)
            top.addWidget(self.identity, 1, 1)
        column.addLayout(top)
        column.addWidget(page.label(LANGUAGE, "strong", "staff-paper-language-label"))
        self.languages = self._toggles(column, "staff-paper-languages", "staff-paper-lang",
                                       election.languages, self.set_language, px)
        self.district: str | None = None
        self.districts: dict[str, Button] = {}
        if election.district_pots:
            column.addWidget(page.label(DISTRICT, "strong", "staff-paper-district-label"))
            self.districts = self._toggles(column, "staff-paper-districts",
                                           "staff-paper-district",
                                           [pot.id for pot in election.district_pots],
                                           self.set_district, px)
        column.addWidget(page.label(CHOICES, "strong", "staff-paper-choices-label"))
        if election.pots:
            self.blocks = {pot.id: ChoicesBlock(self, election.pot_view(pot.id), pot)
                           for pot in election.pots}
        else:
            self.blocks = {"": ChoicesBlock(self, election)}
        for block in self.blocks.values():
            column.addWidget(block)
        self.spoiled = Button("staff-paper-spoiled", min_px=px)
        self.spoiled.setCheckable(True)
        self.spoiled.clicked.connect(self.choice_clicked)
        bottom = page.row(self.spoiled, stretch=False)
        if not election.pots:
            bottom.addWidget(self.blocks[""].total, 1)
        else:
            bottom.addStretch(1)
        column.addLayout(bottom)
        self.clear()

    def _toggles(self, column, host_name: str, prefix: str, tags, slot, px: int
                 ) -> dict[str, Button]:
        host = QWidget()
        host.setObjectName(host_name)
        flow = FlowLayout(host, spacing=8)
        buttons = {}
        for tag in tags:
            button = Button(f"{prefix}-{tag}", min_px=px)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, t=tag: slot(t))
            flow.addWidget(button)
            buttons[tag] = button
        column.addWidget(host)
        return buttons

    # -- state ----------------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self._quiet:
            self.changed.emit()

    def clear(self) -> None:
        self._quiet = True
        self.sheet.clear()
        if self.identity is not None:
            self.identity.clear()
        for block in self.blocks.values():
            block.clear()
        self.spoiled.setChecked(False)
        self.set_language(self.election.default_language)
        if self.districts:
            self.set_district(self.station_district if self.station_district in self.districts
                              else None)
        self.retranslate()
        self.sheet.setFocus()
        self._quiet = False

    def set_language(self, tag: str) -> None:
        self.language = tag
        for other, button in self.languages.items():
            button.setChecked(other == tag)
            name = native_name(other)
            button.set_texts(f"{CHECK} {name}" if other == tag else name, accessible=name)
            set_flag(button, "chosen", other == tag)
        self._edited()

    def set_district(self, district: str | None) -> None:
        """The sheet's district: its pot's part is shown (another district's choices go)."""
        if district != self.district and self.district in self.blocks:
            self.blocks[self.district].clear()
        self.district = district
        for other, button in self.districts.items():
            button.setChecked(other == district)
        self.retranslate()
        self._edited()

    @property
    def parts(self) -> list[ChoicesBlock]:
        """The blocks of the pots this sheet votes in, in ballot order."""
        if not self.election.pots:
            return [self.blocks[""]]
        return [self.blocks[pot.id] for pot in self.election.pots_for(self.district)]

    def choice_clicked(self) -> None:
        self.retranslate()
        self._edited()

    def entry(self) -> PaperEntry:
        """The keyed entry; PaperError for a sheet number that is not one."""
        sheet = parse_sheet(self.sheet.text())
        identity = self.identity.text().strip() if self.identity is not None else ""
        if self.spoiled.isChecked():
            ballot = None
        elif self.election.pots:
            ballot = PotsBallot.of({block.pot.id: block.ballot() for block in self.parts})
        else:
            ballot = self.blocks[""].ballot()
        return PaperEntry(sheet, ballot, self.language, identity,
                          self.district if self.election.pots else None)

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        ctx = self.page.ctx
        self.sheet.setAccessibleName(ctx.text(SHEET))
        if self.identity is not None:
            self.identity.setAccessibleName(ctx.text(IDENTITY[self.election.eligibility.mode]))
        fallback = self.election.default_language
        for tag, button in self.districts.items():
            name = self.election.pot(tag).name(ctx.language, fallback)
            chosen = tag == self.district
            button.set_texts(f"{CHECK} {name}" if chosen else name, accessible=name)
            set_flag(button, "chosen", chosen)
        spoiled = self.spoiled.isChecked()
        parts = self.parts
        for block in self.blocks.values():
            block.setVisible(block in parts)
        for number, block in enumerate(parts, start=1):
            block.retranslate(spoiled, number, len(parts))
        mark = f"{CHECK} " if spoiled else ""
        self.spoiled.set_texts(mark + ctx.text(SPOILED))
        set_flag(self.spoiled, "chosen", spoiled)
