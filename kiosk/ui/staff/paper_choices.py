"""The choices of one part of a paper sheet on the keying screen (kiosk.ui.staff.paper_sheet).

A one-pot sheet has one block, on the election; a sheet of a package with pots has one block per
pot, each on the pot's own view of the election (`Election.pot_view`), headed "Part 1 of 2:
<pot name>", so any pot rule is keyed the same way: one large toggle per proposal (a ✓ and a
thick border when chosen, not colour alone) or, for cumulative points, − and + beside the
points, and the part's total under it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from kiosk.domain.ballot import Ballot
from kiosk.domain.election import Election, RuleKind
from kiosk.domain.money import format_kronor
from kiosk.ui.staff.texts import staff_text
from kiosk.ui.widgets.basic import CHECK, Button, make_label, set_flag

CHOSEN_COST = staff_text("StaffPaper", "Marked: %1 proposals, %2 of the budget %3")
CHOSEN_COUNT = staff_text("StaffPaper", "Marked: %1 proposals")
POINTS_GIVEN = staff_text("StaffPaper", "Points given: %1 of %2")
PART = staff_text("StaffPaper", "Part %1 of %2: %3")


class ChoicesBlock(QWidget):
    """The proposals of one election view; `pot` names the part (None: a one-pot sheet)."""

    def __init__(self, form, view: Election, pot=None) -> None:
        super().__init__()
        self.form, self.view, self.pot = form, view, pot
        page = form.page
        suffix = f"-{pot.id}" if pot is not None else ""
        self.setObjectName(f"staff-paper-part{suffix}")
        px = page.ctx.settings.target_px
        self.points: dict[str, int] = {}
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.heading = make_label("cardtitle", name=f"staff-paper-part-heading{suffix}")
        self.heading.setVisible(pot is not None)
        column.addWidget(self.heading)
        self.cumulative = view.rule.kind is RuleKind.CUMULATIVE
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(8)
        self.choice_buttons: dict[str, Button] = {}
        self.point_labels = {}
        for index, proposal in enumerate(view.proposals):
            if self.cumulative:
                self._points_row(grid, index, proposal, px)
            else:
                button = Button(f"staff-paper-choice-{proposal.id}", min_px=px,
                                align=Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
                button.setCheckable(True)
                button.clicked.connect(form.choice_clicked)
                grid.addWidget(button, index // 2, index % 2)
                self.choice_buttons[proposal.id] = button
        column.addLayout(grid)
        self.total = make_label("strong", name=f"staff-paper-total{suffix}")
        if pot is not None:  # a one-pot sheet shows its total beside "Spoiled sheet"
            column.addWidget(self.total)

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

    def clear(self) -> None:
        self.points = {p.id: 0 for p in self.view.proposals}
        for button in self.choice_buttons.values():
            button.setChecked(False)

    def add_points(self, proposal_id: str, step: int) -> None:
        value = self.points[proposal_id] + step
        if 0 <= value <= (self.view.rule.max_per_proposal or 0):
            self.points[proposal_id] = value
        self.form.choice_clicked()

    def ballot(self) -> Ballot:
        if self.cumulative:
            return Ballot.of({pid: n for pid, n in self.points.items() if n})
        return Ballot.of([pid for pid, b in self.choice_buttons.items() if b.isChecked()])

    def retranslate(self, spoiled: bool, number: int = 1, count: int = 1) -> None:
        ctx = self.form.page.ctx
        fallback = self.view.default_language
        if self.pot is not None:
            self.heading.setText(ctx.text(PART.arg(number, count,
                                                   self.pot.name(ctx.language, fallback))))
        for proposal in self.view.proposals:
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
        rule = self.view.rule
        if spoiled:
            self.total.setText("")
        elif self.cumulative:
            self.total.setText(ctx.text(POINTS_GIVEN.arg(sum(self.points.values()),
                                                         rule.total_points)))
        else:
            chosen = [p for p in self.view.proposals if self.choice_buttons[p.id].isChecked()]
            if rule.kind is RuleKind.KNAPSACK:
                cost = sum(p.cost for p in chosen)
                self.total.setText(ctx.text(CHOSEN_COST.arg(
                    len(chosen), format_kronor(cost), format_kronor(rule.budget))))
            else:
                self.total.setText(ctx.text(CHOSEN_COUNT.arg(len(chosen))))
