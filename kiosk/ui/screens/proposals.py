"""The proposals: a category filter, one card per proposal, the meter always visible above them."""

from __future__ import annotations

from PySide6.QtWidgets import QVBoxLayout, QWidget

from kiosk.domain.election import RuleKind
from kiosk.ui.i18n import translate
from kiosk.ui.screens.base import Screen
from kiosk.ui.spoken import proposal_words, sentences
from kiosk.ui.theme import LARGER_SIZES
from kiosk.ui.widgets.basic import CHECK, BiLabel, Button, make_label, set_shown
from kiosk.ui.widgets.card import CHOSEN, YOUR_POINTS, ProposalCard
from kiosk.ui.widgets.chip_strip import ChipStrip
from kiosk.ui.widgets.meter import BallotMeter

SHOW = translate("Proposals", "Show:")
ALL = translate("Proposals", "All proposals")
REVIEW = translate("Proposals", "Review my vote")
CHOOSE_FIRST = translate("Proposals", "Choose at least one proposal first.")
GIVE_POINTS_FIRST = translate("Proposals", "Give at least one point first.")
PART = translate("Pots", "Part %1 of %2:")
NEXT_PART = translate("Pots", "Next part")
PREVIOUS_PART = translate("Pots", "Previous part")
CHANGE_DISTRICT = translate("Pots", "Change my district")


def part_text(ui, index: int, count: int, pot):
    """ "Part 2 of 2: North district" in one language (a package with pots; for ui.texts)."""
    def render(tag: str) -> str:
        name = pot.name(tag, ui.content.default)
        return f"{ui.catalog.render(PART.arg(index + 1).arg(count), tag)} {name}"
    return render


class ProposalsScreen(Screen):
    screen_id = "proposals"

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        self.outer.setContentsMargins(24, 12, 24, 16)
        self.outer.setSpacing(16)
        # a package with pots: this screen is one pot's (kiosk.ui.screens.pots), and says which
        # part of the visit it is above the meter
        self.pot_id = getattr(ui, "pot_id", None)
        self.part = BiLabel("title", name="proposals-part")
        self.part.layout().setContentsMargins(24, 0, 24, 0)  # in line with the meter's words
        self.add_header(self.part)  # never a parentless widget: hidden without pots
        self.part.setVisible(self.pot_id is not None)
        self.meter = BallotMeter(ui)
        self.add_header(self.meter)
        column = self.outer
        self.chip_strip = ChipStrip("proposals-chips")
        self.show_label = make_label("strong", wrap=False)
        self.chip_strip.add(self.show_label)
        self.chips: dict[str | None, Button] = {}
        for category in [None, *ui.content.categories()]:
            chip = Button(f"filter-{category or 'all'}", min_px=ui.settings.target_px)
            chip.setCheckable(True)
            chip.clicked.connect(lambda _=False, c=category: self.set_filter(c))
            self.chip_strip.add(chip)
            self.chips[category] = chip
        self.chip_strip.finish()
        column.addWidget(self.chip_strip)
        grid_host = QWidget()
        self.grid = QVBoxLayout(grid_host)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(16)
        column.addWidget(grid_host)
        column.addStretch(1)
        self.cards: list[ProposalCard] = []
        self.to_build = list(ui.election.proposals)
        self.review = self.button("proposals-review", REVIEW, "primary", self._forward)
        self.review_reason = BiLabel("strong", name="proposals-review-reason")
        self.add_action_note(self.review_reason)
        self.previous = self.button("proposals-previous", PREVIOUS_PART, slot=self._back) \
            if self.pot_id is not None else None
        self.add_actions(self.review, start=(self.previous,) if self.previous else ())
        self.category: str | None = None
        self.laid_out = False
        self.dirty = True
        ui.state.choices_changed.connect(self._mark_dirty)
        self.retranslate()

    # -- pots ----------------------------------------------------------------------------------
    def _index(self) -> int:
        pots = self.ui.state.voter.pots
        return [p.id for p in pots.pots].index(self.pot_id) if pots else 0

    def _forward(self) -> None:
        """Review, or (a package with pots, not the last pot) the next pot."""
        pots = self.ui.state.voter.pots
        if self.pot_id is None or pots is None or self._index() >= pots.count - 1:
            self.flow.show_review()
        else:
            self.flow.show_pot(self._index() + 1)

    def _asked_district(self) -> bool:
        """The voter chose their district on the screen (the station stands in none)."""
        return bool(self.ui.election_districts) and self.ui.state.district is None

    def _back(self) -> None:
        """The previous pot; from the first, back to the district question (if it was asked)."""
        index = self._index()
        if index > 0:
            self.flow.show_pot(index - 1)
        elif self._asked_district():
            self.flow.go("district")

    def _label_part(self) -> None:
        pots = self.ui.state.voter.pots
        if self.pot_id is None or pots is None or self.pot_id not in pots.sessions:
            return
        index = self._index()
        self.part.set_texts(*self.ui.texts(part_text(self.ui, index, pots.count,
                                                     self.ui.pot)))
        self.previous.setVisible(index > 0 or self._asked_district())
        self.rebind(self.previous, PREVIOUS_PART if index > 0 else CHANGE_DISTRICT)
        self.rebind(self.review, REVIEW if index == pots.count - 1 else NEXT_PART)

    # -- building (in small steps while the voter reads "how it works") ------------------------
    def build_some(self, count: int) -> bool:
        """Create up to `count` more cards; True when every card exists."""
        for proposal in self.to_build[:count]:
            card = ProposalCard(self.ui, proposal)
            card.open_requested.connect(self.flow.show_detail)
            card.choose_requested.connect(self.choose)
            card.remove_requested.connect(self.remove)
            card.retranslate()
            card.set_compact(self.ui.state.look.text_size in LARGER_SIZES)
            self.cards.append(card)
            self.grid.addWidget(card)
            set_shown(card, self.category is None or proposal.category == self.category)
        del self.to_build[:count]
        return not self.to_build

    def finish_building(self) -> None:
        self.build_some(len(self.to_build))

    # -- layout ------------------------------------------------------------------------------
    def relayout(self, force: bool = False) -> None:
        """One wide card per row (calm, and room for long words and a second language); compact
        cards at the larger text sizes; the chips' row as tall as the chips."""
        compact = self.ui.state.look.text_size in LARGER_SIZES
        for card in self.cards:
            card.set_compact(compact)
        self.chip_strip.refit()
        if self.laid_out and not force:
            return
        self.laid_out = True
        for card in self.cards:
            shown = self.category is None or card.proposal.category == self.category
            if self.grid.indexOf(card) < 0:
                self.grid.addWidget(card)
            set_shown(card, shown)

    def set_filter(self, category: str | None) -> None:
        self.category = category
        self._label_chips()
        self.relayout(force=True)
        self.scroll.verticalScrollBar().setValue(0)

    def _label_chips(self) -> None:
        lang = self.ui.language
        for category, chip in self.chips.items():
            name = self.ui.text(ALL) if category is None else \
                self.ui.content.category_name(category, lang)
            selected = category == self.category
            chip.setChecked(selected)
            chip.set_texts(f"{CHECK} {name}" if selected else name, accessible=name)

    # -- choices -----------------------------------------------------------------------------
    def choose(self, pid: str) -> None:
        """Choose (or one more point). Choosing twice changes nothing: never an undo."""
        self.ui.state.session.choose(pid)
        self._changed()

    def remove(self, pid: str) -> None:
        self.ui.state.session.unchoose(pid)
        self._changed()

    def _changed(self) -> None:
        self.ui.state.changed_choices()
        self.refresh()

    def _mark_dirty(self) -> None:
        self.dirty = True

    def refresh(self) -> None:
        self.meter.refresh()
        for card in self.cards:
            card.refresh()
        self._review_state()
        self.dirty = False

    def _review_state(self) -> None:
        """Review waits for a first choice, and says so beside the button (never greyed out
        silently): a tap on Review with nothing chosen is almost always a mistake."""
        session = self.ui.state.session
        anything = bool(session and session.ballot.choices)
        pots = self.ui.state.voter.pots if self.pot_id is not None else None
        if pots is not None and self.pot_id in pots.sessions:
            # With several pots a voter may leave a pot empty (one who cares only about their
            # district): Next part is always open; Review waits for a choice in any pot.
            anything = bool(pots.ballot.choices) or self._index() < pots.count - 1
        self.review.setEnabled(anything)
        cumulative = self.ui.election.rule.kind is RuleKind.CUMULATIVE
        self.review_reason.set_texts(*self.ui.texts(GIVE_POINTS_FIRST if cumulative
                                                    else CHOOSE_FIRST))
        set_shown(self.review_reason, not anything)

    # -- lifecycle -----------------------------------------------------------------------------
    def retranslate(self) -> None:
        super().retranslate()
        self.show_label.setText(self.ui.text(SHOW))
        self._label_part()
        self._label_chips()
        for card in self.cards:
            card.retranslate()
        self.meter.refresh()
        self._review_state()
        self.relayout()
        self.dirty = False

    def spoken_text(self) -> str:
        """The meter's words, then every proposal shown (title, cost, place, summary) and
        whether it is chosen (or its points)."""
        ui, session = self.ui, self.ui.state.session
        shown = [card.proposal for card in self.cards if not card.isHidden()] if self.cards \
            else list(ui.election.proposals)
        cumulative = ui.election.rule.kind is RuleKind.CUMULATIVE

        def state(pid: str) -> str:
            points = session.points.get(pid, 0) if session else 0
            if cumulative:
                return ui.text(YOUR_POINTS.arg(points)) if points else ""
            return ui.text(CHOSEN) if points else ""

        return sentences(self.meter.label.text(),
                         *(sentences(proposal_words(ui, p), state(p.id)) for p in shown))

    def spoken_state(self) -> str:
        return sentences(self.ui.text(self.meter.summary()[0]))

    def before_show(self) -> None:
        self.on_show()  # while hidden: a card's Choose turning into "Chosen ✓" costs no layout

    def on_show(self) -> None:
        self._label_part()
        self.finish_building()
        self.relayout()
        if self.dirty:
            self.refresh()
