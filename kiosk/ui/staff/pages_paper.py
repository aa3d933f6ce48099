"""Paper ballots: two staff members key each sheet independently; the station seals it only when
the two entries agree (kiosk.station.paper).

"First keying" and "Second keying" show the same empty on-screen ballot (kiosk.ui.staff
.paper_sheet): the second person never sees what the first keyed. When the second entry differs,
both are shown side by side, differences marked with ≠ (not colour alone), for a third look:
staff check the paper and say which entry is right (two keyings out of three agree, and the
ballot is sealed), or set the sheet aside to key it again. Nothing is sealed before that.
In a package with pots the comparison has a row for the district and one per pot's choices.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QWidget

from kiosk.domain.election import RuleKind
from kiosk.domain.errors import KioskError
from kiosk.domain.money import format_kronor
from kiosk.ui.staff.languages import native_name
from kiosk.ui.staff.paper_ranges import SheetRangesBar
from kiosk.ui.staff.paper_sheet import SheetForm
from kiosk.ui.staff.texts import error_text, staff_text
from kiosk.ui.staff.widgets import StaffPage, set_role
from kiosk.ui.widgets.basic import Panel, make_label, set_flag

HEADING = staff_text("StaffPaper", "Paper ballots")
ROLE = {
    "first": staff_text("StaffPaper", "First keying"),
    "second": staff_text("StaffPaper", "Second keying"),
}
DOING = {
    "first": staff_text("StaffPaper", "Entry 1: key the sheet as it is written. Another staff "
                        "member keys it again; it is sealed only when both entries agree."),
    "second": staff_text("StaffPaper", "Entry 2: key the sheet yourself. You do not see "
                         "entry 1."),
}
SAVE = staff_text("StaffPaper", "Save this entry")
WAITING = staff_text("StaffPaper", "Waiting for a second keying: %1. Waiting for a third "
                     "look: %2.")
NONE = staff_text("StaffPaper", "none")
SAVED_FIRST = staff_text("StaffPaper", "Sheet %1: entry 1 saved. Another staff member now keys "
                         "it as entry 2.")
SEALED = staff_text("StaffPaper", "Sheet %1: the entries agree. The paper ballot is sealed.")
DIFFER = staff_text("StaffPaper", "Sheet %1: the two entries differ. Nothing is sealed. Look "
                    "at the paper sheet: which entry is right?")
FIELD = {
    "choices": staff_text("StaffPaper", "Choices"),
    "district": staff_text("StaffPaper", "District"),
    "language": staff_text("StaffPaper", "Language"),
    "identity": staff_text("StaffPaper", "Personnummer or code"),
}
SHEET_NO = staff_text("StaffPaper", "Sheet %1")
ENTRY = {1: staff_text("StaffPaper", "Entry 1"), 2: staff_text("StaffPaper", "Entry 2")}
RIGHT = {1: staff_text("StaffPaper", "Entry 1 is right"),
         2: staff_text("StaffPaper", "Entry 2 is right")}
ASIDE = staff_text("StaffPaper", "Neither: set the sheet aside")
SET_ASIDE = staff_text("StaffPaper", "Sheet %1 was set aside. Nothing was sealed. Key it again "
                       "from the start.")
POT_CHOICES = staff_text("StaffPaper", "Choices: %1")
IN_PART = staff_text("StaffPaper", "%1: %2")
NOT_ON_SHEET = staff_text("StaffPaper", "not on this sheet")
SPOILED_SHEET = staff_text("StaffPaper", "spoiled sheet")
NO_CHOICE = staff_text("StaffPaper", "no choice marked")
ERRORS = {
    "paper.sheet_keyed": staff_text("StaffPaper", "This sheet number has already been keyed "
                                    "and sealed. A sheet is keyed once."),
    "paper.sheet_waiting": staff_text("StaffPaper", "This sheet has been keyed once already. "
                                      "It now needs its second keying."),
    "paper.no_first": staff_text("StaffPaper", "This sheet has no first keying yet. Key it as "
                                 "entry 1 first."),
    "paper.sheet_format": staff_text("StaffPaper", "Type the sheet number printed on the "
                                     "sheet (digits only)."),
    "paper.polls": staff_text("StaffPaper", "Paper ballots are keyed while the polls are open "
                              "or paused."),
    "paper.no_identity": staff_text("StaffPaper", "This election does not identify voters. "
                                    "Leave the identity empty."),
    "eligibility.required": staff_text("StaffPaper", "Type the personnummer or code from the "
                                       "envelope."),
    "eligibility.already_voted_here": staff_text("StaffPaper", "This person or code has "
                                                 "already voted at this station."),
    "ballot.over_budget": staff_text("StaffPaper", "The marked proposals cost more than the "
                                     "budget. Such a sheet is invalid: key it as spoiled."),
    "ballot.too_many": staff_text("StaffPaper", "More proposals are marked than allowed. Such "
                                  "a sheet is invalid: key it as spoiled."),
    "ballot.points_over_total": staff_text("StaffPaper", "More points are given than allowed. "
                                           "Such a sheet is invalid: key it as spoiled."),
    "paper.district": staff_text("StaffPaper", "Choose the district printed at the top of the "
                                 "sheet."),
}


class PaperPage(StaffPage):
    page_id = "paper"

    def __init__(self, ctx) -> None:
        super().__init__(ctx)
        election = ctx.service.election
        self.election = election
        self.role = "first"
        self.outcome = None
        self.outer.addWidget(self.heading(HEADING))
        self.ranges = SheetRangesBar(self)
        self.outer.addWidget(self.ranges)
        self.roles = {}
        for role, text in ROLE.items():
            button = self.button(f"staff-paper-role-{role}", text,
                                 slot=lambda _=False, r=role: self.set_role(r))
            button.setCheckable(True)
            self.roles[role] = button
        self.waiting = self.label(None, "", "staff-paper-waiting")
        roles = self.row(*self.roles.values(), stretch=False)
        roles.addWidget(self.waiting, 1)
        self.outer.addLayout(roles)
        self.doing = self.label(None, "cardtitle", "staff-paper-doing")
        self.outer.addWidget(self.doing)
        self.message = self.label(None, "strong", "staff-paper-message")
        self.outer.addWidget(self.message)
        self.compare = Panel("staff-paper-compare")
        self.compare_grid = QGridLayout(self.compare)
        self.compare_grid.setContentsMargins(20, 16, 20, 16)
        self.compare_grid.setHorizontalSpacing(24)
        self.compare_grid.setVerticalSpacing(8)
        self.compare_grid.setColumnStretch(1, 1)
        self.compare_grid.setColumnStretch(2, 1)
        self.outer.addWidget(self.compare)
        self.pick = {n: self.button(f"staff-paper-right-{n}", RIGHT[n], "primary",
                                    lambda _=False, k=n: self._resolve(k)) for n in (1, 2)}
        self.aside = self.button("staff-paper-aside", ASIDE, slot=self._set_aside)
        self.resolve_row = QWidget()
        self.resolve_row.setLayout(self.row(self.pick[1], self.pick[2], self.aside))
        self.outer.addWidget(self.resolve_row)
        self.form = SheetForm(self, election, _station_district(ctx.service))
        self.form.changed.connect(self._edited)
        self.outer.addWidget(self.form)
        self.save = self.button("staff-paper-save", SAVE, "primary", self._save)
        self.outer.addLayout(self.row(self.save))
        self.outer.addStretch(1)
        self._show_compare(False)
        self.set_role("first")

    # -- showing ------------------------------------------------------------------------------
    def on_show(self) -> None:
        self._refresh_waiting()
        self.ranges.refresh()

    def retranslate(self) -> None:
        super().retranslate()
        self.ranges.retranslate()
        self.form.retranslate()
        if self.outcome is not None:
            self._fill_compare(self.outcome)

    def set_role(self, role: str) -> None:
        self.role = role
        for name, button in self.roles.items():
            button.setChecked(name == role)
            set_flag(button, "chosen", name == role)
        self.bind(self.doing, DOING[role])
        self._say(None)
        self.outcome = None
        self._show_compare(False)
        self.form.clear()

    def _edited(self) -> None:
        if self.message.text() and self.outcome is None:
            self._say(None)

    def _say(self, text, ok: bool = True) -> None:
        """The page's message, or none (the line then takes no room)."""
        if text is None:
            self.bind(self.message, lambda: "")
        else:
            self.tell(self.message, text, ok=ok)
        self.message.setVisible(text is not None)

    def _refresh_waiting(self) -> None:
        self.ctx.bridge.call(self.ctx.service.paper_waiting.later(), on_ok=self._got_waiting)

    def _got_waiting(self, waiting: dict) -> None:
        def listed(numbers: list[int]) -> str:
            return ", ".join(map(str, numbers)) if numbers else self.ctx.text(NONE)
        self.bind(self.waiting, lambda: self.ctx.text(WAITING.arg(listed(waiting["second"]),
                                                                  listed(waiting["third"]))))

    def _show_compare(self, shown: bool) -> None:
        self.compare.setVisible(shown)
        self.resolve_row.setVisible(shown)
        self.form.setVisible(not shown)
        self.doing.setVisible(not shown)
        self.save.setVisible(not shown)
        for button in self.roles.values():
            button.setEnabled(not shown)

    # -- keying -------------------------------------------------------------------------------
    def _save(self) -> None:
        try:
            entry = self.form.entry()
        except KioskError as error:  # a sheet number that is not one (PaperError)
            self._failed(error)
            return
        service = self.ctx.service
        if self.role == "first":
            self.ctx.bridge.call(service.key_paper_first.later(entry),
                                 on_ok=lambda _none: self._saved_first(entry.sheet),
                                 on_error=self._failed)
        else:
            self.ctx.bridge.call(service.key_paper_second.later(entry), on_ok=self._answered,
                                 on_error=self._failed)

    def _saved_first(self, sheet: int) -> None:
        self._say(SAVED_FIRST.arg(sheet))
        self.form.clear()
        self._refresh_waiting()

    def _answered(self, outcome) -> None:
        self._refresh_waiting()
        if outcome.sealed:
            self.outcome = None
            self._show_compare(False)
            self._say(SEALED.arg(outcome.sheet))
            self.form.clear()
            self.ctx.refresh_status()
            return
        self.outcome = outcome
        self._say(DIFFER.arg(outcome.sheet), ok=False)
        self._fill_compare(outcome)
        self._show_compare(True)
        self.pick[1].setFocus()

    def _resolve(self, which: int) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        entry = outcome.first if which == 1 else outcome.second
        self.ctx.bridge.call(self.ctx.service.resolve_paper.later(entry), on_ok=self._answered,
                             on_error=self._failed)

    def _set_aside(self) -> None:
        outcome = self.outcome
        if outcome is None:
            return
        sheet = outcome.sheet
        self.ctx.bridge.call(self.ctx.service.set_paper_aside.later(sheet),
                             on_ok=lambda _none: self._was_set_aside(sheet),
                             on_error=self._failed)

    def _was_set_aside(self, sheet: int) -> None:
        self.outcome = None
        self._show_compare(False)
        self._say(SET_ASIDE.arg(sheet))
        self.form.clear()
        self._refresh_waiting()

    def _failed(self, error: BaseException) -> None:
        text = ERRORS.get(getattr(error, "message_id", ""))
        pot_id = getattr(error, "params", {}).get("pot")
        if text is not None and isinstance(pot_id, str) and pot_id in {
                pot.id for pot in self.election.pots}:  # a part of a sheet with pots
            pot, said = self.election.pot(pot_id), text
            text = lambda: self.ctx.text(IN_PART.arg(  # noqa: E731
                pot.name(self.ctx.language, self.election.default_language),
                self.ctx.text(said)))
        self._say(text if text is not None else error_text(error), ok=False)

    # -- the side-by-side comparison ------------------------------------------------------------
    def _describe(self, entry, field: str) -> str:
        ctx = self.ctx
        if field == "language":
            return native_name(entry.language)
        if field == "identity":
            return entry.identity or "–"
        if field == "district":
            if entry.district is None:
                return "–"
            return self.election.pot(entry.district).name(ctx.language,
                                                          self.election.default_language)
        if entry.ballot is None:
            return ctx.text(SPOILED_SHEET)
        view, ballot = self.election, entry.ballot
        if field.startswith("choices:"):
            pot_id = field.removeprefix("choices:")
            view, ballot = self.election.pot_view(pot_id), entry.ballot.part(pot_id)
            if ballot is None:
                return ctx.text(NOT_ON_SHEET)
        if not ballot.choices:
            return ctx.text(NO_CHOICE)
        points = view.rule.kind is RuleKind.CUMULATIVE
        lines = []
        for pid, value in ballot.choices:
            proposal = self.election.proposal(pid)
            title = proposal.text(ctx.language, self.election.default_language)[0].title
            amount = f"{value} p" if points else format_kronor(proposal.cost)
            lines.append(f"{pid}  {title} ({amount})")
        return "\n".join(lines)

    def _fill_compare(self, outcome) -> None:
        grid = self.compare_grid
        while grid.count():
            item = grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        ctx = self.ctx
        sheet = make_label("cardtitle", name="staff-paper-compare-sheet")
        sheet.setText(ctx.text(SHEET_NO.arg(outcome.sheet)))
        grid.addWidget(sheet, 0, 0)
        for column in (1, 2):
            head = make_label("cardtitle", name=f"staff-paper-compare-head-{column}")
            head.setText(ctx.text(ENTRY[column]))
            grid.addWidget(head, 0, column)
        fields = self._compared(outcome) + ["language"]
        if self.election.eligibility.has_voter_token:
            fields.append("identity")
        for row, field in enumerate(fields, start=1):
            differs = field in outcome.differences or (
                field.startswith("choices") and "spoiled" in outcome.differences)
            name = make_label("strong", name=f"staff-paper-compare-{field.replace(':', '-')}")
            name.setText(("≠ " if differs else "= ") + self._field_name(field))
            grid.addWidget(name, row, 0, Qt.AlignmentFlag.AlignTop)
            for column, entry in ((1, outcome.first), (2, outcome.second)):
                value = make_label("", name=f"staff-paper-compare-{field.replace(':', '-')}-"
                                   f"{column}")
                value.setText(self._describe(entry, field))
                value.setProperty("differs", differs)
                set_role(value, "strong" if differs else "")
                grid.addWidget(value, row, column, Qt.AlignmentFlag.AlignTop)

    def _compared(self, outcome) -> list[str]:
        """The choice rows: "choices"; with pots the district and each pot either entry has."""
        if not self.election.pots:
            return ["choices"]
        pots = set()
        for entry in (outcome.first, outcome.second):
            if entry.ballot is not None:
                pots.update(entry.ballot.pot_ids)
        ordered = [pot.id for pot in self.election.pots if pot.id in pots] or \
            [pot.id for pot in self.election.pots_for(None)]
        return ["district", *(f"choices:{pot_id}" for pot_id in ordered)]

    def _field_name(self, field: str) -> str:
        if field.startswith("choices:"):
            pot = self.election.pot(field.removeprefix("choices:"))
            return self.ctx.text(POT_CHOICES.arg(pot.name(self.ctx.language,
                                                          self.election.default_language)))
        return self.ctx.text(FIELD[field])


def _station_district(service) -> str | None:
    """The station's own district (packages with district pots), to preset the sheet's."""
    district = getattr(service, "district", None)
    return district if isinstance(district, str) else None
