"""The big on-screen copy of a paper ballot that staff key a sheet on (kiosk.ui.staff.pages_paper).

Sheet number first (typed, or by a hand scanner reading the sheet's QR code), then the sheet's
language, the voter's personnummer or code where the election needs one, and the choices: one
large toggle per proposal (a ✓ and a thick border when chosen, not colour alone) or, for
cumulative points, − and + beside the points. "Spoiled sheet" records the sheet as invalid.
The form builds a PaperEntry; the station checks it (kiosk.station.paper).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QGridLayout, QLineEdit, QVBoxLayout, QWidget

from kiosk.domain.ballot import Ballot
from kiosk.domain.election import Election, EligibilityMode, RuleKind
from kiosk.domain.money import format_kronor
from kiosk.domain.paper import PaperEntry, parse_sheet
from kiosk.ui.staff.languages import native_name
from kiosk.ui.staff.texts import staff_text
from kiosk.ui.widgets.basic import CHECK, Button, make_label, set_flag
from kiosk.ui.widgets.flow_layout import FlowLayout

SHEET = staff_text("StaffPaper", "Sheet number (printed at the top of the sheet)")
LANGUAGE = staff_text("StaffPaper", "Language of the sheet")
IDENTITY = {
    EligibilityMode.PERSONNUMMER: staff_text("StaffPaper", "Personnummer on the envelope"),
    EligibilityMode.CODES: staff_text("StaffPaper", "Voting code on the envelope"),
}
CHOICES = staff_text("StaffPaper", "Choices marked on the sheet")
SPOILED = staff_text("StaffPaper", "Spoiled sheet (counted as invalid)")
CHOSEN_COST = staff_text("StaffPaper", "Marked: %1 proposals, %2 of the budget %3")
CHOSEN_COUNT = staff_text("StaffPaper", "Marked: %1 proposals")
POINTS_GIVEN = staff_text("StaffPaper", "Points given: %1 of %2")


class SheetForm(QWidget):
    """One keying of one sheet. `changed` fires on every edit (the page clears old messages)."""

    changed = Signal()

    def __init__(self, page, election: Election) -> None:
        super().__init__()
        self.page = page
        self.election = election
        self.setObjectName("staff-paper-form")
        px = page.ctx.settings.target_px
        self.points: dict[str, int] = {}
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
        host = QWidget()
        host.setObjectName("staff-paper-languages")
        languages = FlowLayout(host, spacing=8)
        self.languages: dict[str, Button] = {}
        for tag in election.languages:
            button = Button(f"staff-paper-lang-{tag}", min_px=px)
            button.setCheckable(True)
            button.clicked.connect(lambda _=False, t=tag: self.set_language(t))
            languages.addWidget(button)
            self.languages[tag] = button
        column.addWidget(host)
        column.addWidget(page.label(CHOICES, "strong", "staff-paper-choices-label"))
        self.cumulative = election.rule.kind is RuleKind.CUMULATIVE
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        self.choice_buttons: dict[str, Button] = {}
        self.point_labels = {}
        for index, proposal in enumerate(election.proposals):
            if self.cumulative:
                self._points_row(grid, index, proposal, px)
            else:
                button = Button(f"staff-paper-choice-{proposal.id}", min_px=px,
                                align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                button.setCheckable(True)
                button.clicked.connect(self._choice_clicked)
                grid.addWidget(button, index // 2, index % 2)
                self.choice_buttons[proposal.id] = button
        column.addLayout(grid)
        self.total = make_label("strong", name="staff-paper-total")
        self.spoiled = Button("staff-paper-spoiled", min_px=px)
        self.spoiled.setCheckable(True)
        self.spoiled.clicked.connect(self._spoiled_clicked)
        bottom = page.row(self.spoiled, stretch=False)
        bottom.addWidget(self.total, 1)
        column.addLayout(bottom)
        self.clear()

    def _points_row(self, grid: QGridLayout, index: int, proposal, px: int) -> None:
        name = make_label("", name=f"staff-paper-title-{proposal.id}")
        minus = Button(f"staff-paper-minus-{proposal.id}", min_px=px)
        minus.set_texts("−", accessible=f"{proposal.id} −")
        plus = Button(f"staff-paper-plus-{proposal.id}", min_px=px)
        plus.set_texts("+", accessible=f"{proposal.id} +")
        value = make_label("cardtitle", name=f"staff-paper-points-{proposal.id}")
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        value.setMinimumWidth(px)
        minus.clicked.connect(lambda _=False, p=proposal.id: self.add_points(p, -1))
        plus.clicked.connect(lambda _=False, p=proposal.id: self.add_points(p, 1))
        grid.addWidget(name, index, 0)
        grid.addWidget(minus, index, 1)
        grid.addWidget(value, index, 2)
        grid.addWidget(plus, index, 3)
        grid.setColumnStretch(0, 1)
        self.point_labels[proposal.id] = (name, value)

    # -- state ----------------------------------------------------------------------------------
    def _edited(self, *_args) -> None:
        if not self._quiet:
            self.changed.emit()

    def clear(self) -> None:
        self._quiet = True
        self.sheet.clear()
        if self.identity is not None:
            self.identity.clear()
        self.points = {p.id: 0 for p in self.election.proposals}
        for button in self.choice_buttons.values():
            button.setChecked(False)
        self.spoiled.setChecked(False)
        self.set_language(self.election.default_language)
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

    def add_points(self, proposal_id: str, step: int) -> None:
        rule = self.election.rule
        value = self.points[proposal_id] + step
        if 0 <= value <= (rule.max_per_proposal or 0):
            self.points[proposal_id] = value
        self.retranslate()
        self._edited()

    def _choice_clicked(self) -> None:
        self.retranslate()
        self._edited()

    def _spoiled_clicked(self) -> None:
        self.retranslate()
        self._edited()

    def entry(self) -> PaperEntry:
        """The keyed entry; PaperError for a sheet number that is not one."""
        sheet = parse_sheet(self.sheet.text())
        identity = self.identity.text().strip() if self.identity is not None else ""
        if self.spoiled.isChecked():
            ballot = None
        elif self.cumulative:
            ballot = Ballot.of({pid: n for pid, n in self.points.items() if n})
        else:
            ballot = Ballot.of([pid for pid, b in self.choice_buttons.items() if b.isChecked()])
        return PaperEntry(sheet, ballot, self.language, identity)

    # -- texts ----------------------------------------------------------------------------------
    def retranslate(self) -> None:
        ctx = self.page.ctx
        self.sheet.setAccessibleName(ctx.text(SHEET))
        if self.identity is not None:
            self.identity.setAccessibleName(ctx.text(IDENTITY[self.election.eligibility.mode]))
        fallback = self.election.default_language
        spoiled = self.spoiled.isChecked()
        for proposal in self.election.proposals:
            title = proposal.text(ctx.language, fallback)[0].title
            cost = format_kronor(proposal.cost)
            if self.cumulative:
                name, value = self.point_labels[proposal.id]
                name.setText(f"{proposal.id}  {title}")
                value.setText(str(self.points[proposal.id]))
                continue
            button = self.choice_buttons[proposal.id]
            button.setEnabled(not spoiled)
            mark = f"{CHECK} " if button.isChecked() else ""
            button.set_texts(f"{mark}{proposal.id}  {title} — {cost}",
                             accessible=f"{proposal.id} {title} {cost}")
            set_flag(button, "chosen", button.isChecked())
        mark = f"{CHECK} " if spoiled else ""
        self.spoiled.set_texts(mark + ctx.text(SPOILED))
        set_flag(self.spoiled, "chosen", spoiled)
        rule = self.election.rule
        if self.cumulative:
            given = sum(self.points.values())
            self.total.setText(ctx.text(POINTS_GIVEN.arg(given, rule.total_points)))
        else:
            chosen = [p for p in self.election.proposals if
                      self.choice_buttons[p.id].isChecked()]
            if rule.kind is RuleKind.KNAPSACK:
                cost = sum(p.cost for p in chosen)
                self.total.setText(ctx.text(CHOSEN_COST.arg(
                    len(chosen), format_kronor(cost), format_kronor(rule.budget))))
            else:
                self.total.setText(ctx.text(CHOSEN_COUNT.arg(len(chosen))))
        if spoiled:
            self.total.setText("")
