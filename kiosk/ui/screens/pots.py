"""Several pots in one visit: the district question and the proposals screen of each pot.

A package with pots (kiosk.domain.pots) is voted pot by pot: every voter votes in the
city-wide pot and in their own district's pot. The district comes from the station (set at
`kiosk station init --district`) or from the question on the "district" screen. Each pot has its
own proposals screen ("proposals-<pot>"), an ordinary proposals screen that sees the pot's view
of the election (its proposals, budget and rule), with the pot's place in the visit on top
("Part 1 of 2: Whole city"). Review shows every pot; Cast sends them together.
"""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout

from kiosk.ui.content import ElectionContent
from kiosk.ui.i18n import translate
from kiosk.ui.screens.base import Screen
from kiosk.ui.screens.proposals import ProposalsScreen
from kiosk.ui.screens.start import BACK
from kiosk.ui.widgets.basic import Button

DISTRICT_HEADING = translate("Pots", "Which district do you live in?")
DISTRICT_WHY = translate("Pots", "You vote on money for the whole city and on money for your "
                         "own district. Choose your district to see its proposals.")


class PotState:
    """The kiosk's state as one pot's screen sees it: `session` is that pot's session (or None
    when the voter does not vote in the pot), whichever pot is being voted."""

    def __init__(self, state, pot_id: str) -> None:
        self._state = state
        self._pot_id = pot_id

    @property
    def session(self):
        pots = self._state.voter.pots
        return pots.sessions.get(self._pot_id) if pots is not None else None

    def __getattr__(self, name: str):
        return getattr(self._state, name)


class PotUi:
    """The kiosk's Ui as one pot sees it: the pot's view of the election and its content;
    and the state with that pot's session; everything else (catalog, speech, settings) is the
    kiosk's own."""

    def __init__(self, ui, pot_id: str) -> None:
        self._ui = ui
        self.pot_id = pot_id
        self.pot = ui.election.pot(pot_id)
        view = ui.election.pot_view(pot_id)
        self.content = ElectionContent(view, ui.content.assets)
        self.state = PotState(ui.state, pot_id)
        self.election_districts = ui.election.district_pots  # the whole package's

    @property
    def election(self):
        return self.content.election

    def __getattr__(self, name: str):
        return getattr(self._ui, name)


def proposals_screen_id(state) -> str:
    """The proposals screen of the pot being voted ("proposals" without pots)."""
    pots = state.voter.pots
    if pots is None:
        return "proposals"
    return "district" if pots.needs_district else f"proposals-{pots.current_pot.id}"


def make_pot_screen(ui, flow, screen_id: str) -> Screen:
    """The district question, or the proposals screen of pot `screen_id[len("proposals-"):]`."""
    if screen_id == "district":
        return DistrictScreen(ui, flow)
    pot_id = screen_id.removeprefix("proposals-")
    screen_class = type(f"Proposals_{pot_id}", (ProposalsScreen,), {"screen_id": screen_id})
    return screen_class(PotUi(ui, pot_id), flow)


class DistrictScreen(Screen):
    """Which district the voter lives in: one button per district pot."""

    screen_id = "district"

    def __init__(self, ui, flow) -> None:
        super().__init__(ui, flow)
        self.outer.addWidget(self.heading(DISTRICT_HEADING))
        self.outer.addWidget(self.paragraph(DISTRICT_WHY))
        self.choices: list[Button] = []
        # Two districts a row: at the largest text with a second language the question, its
        # reason, the choices and Back still fit a 1280x800 screen without scrolling.
        grid = QGridLayout()
        grid.setSpacing(18)
        for index, pot in enumerate(ui.election.district_pots):
            button = self.button(f"district-{pot.id}",
                                 lambda tag, p=pot: p.name(tag, ui.content.default),
                                 "secondary", lambda _=False, p=pot.id: flow.choose_district(p))
            grid.addWidget(button, index // 2, index % 2)
            self.choices.append(button)
        self.outer.addLayout(grid)
        self.outer.addStretch(1)
        # Back to "how it works": a voter who came here by mistake is never stuck.
        self.back = self.button("district-back", BACK, "secondary",
                                lambda _=False: flow.go("howto"))
        self.add_actions(start=(self.back,))
