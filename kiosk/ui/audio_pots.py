"""The audio ballot in a package with pots (kiosk.domain.pots): the district question and each
pot's part as lists read aloud, the same keys as the rest of the audio ballot.

The district question (only when the station stands in no district) lists the district pots;
Enter chooses one. Each pot's part starts with "Part 1 of 2: Whole city", the pot's budget and
rule in a sentence and what is chosen so far; then its proposals, then "Next part" (the last
part: "Review my vote") and, where there is one to go back to, "Previous part" or "Change my
district" (a two-switch user has no Backspace). The lists are built from the pot's own screen
(kiosk.ui.screens.pots), whose Ui sees the pot's view of the election, so any pot rule works.
"""

from __future__ import annotations

from kiosk.domain.election import RuleKind
from kiosk.ui.i18n import translate
from kiosk.ui.screens.howto import ballot_sentences
from kiosk.ui.screens.pots import DISTRICT_HEADING, DISTRICT_WHY
from kiosk.ui.screens.proposals import (
    CHANGE_DISTRICT,
    CHOOSE_FIRST,
    GIVE_POINTS_FIRST,
    NEXT_PART,
    PREVIOUS_PART,
    REVIEW,
    part_text,
)
from kiosk.ui.spoken import sentences

PARTS_HELP = translate("AudioBallot", "This ballot has parts, one after the other. After the "
                       "last proposal of a part, Next part goes on to the next part. In the last "
                       "part, Review my vote reads every part's choices before you cast your "
                       "vote. Backspace goes back to the previous part.")


def is_pot_screen(screen_id: str) -> bool:
    return screen_id.startswith("proposals-")


def district_items(audio):
    """The question, then one item per district pot: Enter chooses it."""
    ui, window = audio.ui, audio.window
    intro = sentences(ui.text(DISTRICT_HEADING), ui.text(DISTRICT_WHY))
    return intro, [(pot.name(ui.language, ui.content.default),
                    lambda p=pot.id: window.choose_district(p))
                   for pot in ui.election.district_pots]


def pot_items(audio, screen_id: str):
    """One pot's part: its heading and rule, its proposals, then on to the next part (or
    review) and back to the previous part (or the district question)."""
    ui = audio.ui
    screen = audio.window.page(screen_id)
    pot_ui, pots = screen.ui, ui.state.voter.pots
    index = [p.id for p in pots.pots].index(pot_ui.pot_id)
    intro = sentences(part_text(ui, index, pots.count, pot_ui.pot)(ui.language),
                      *(ui.text(say) for say in ballot_sentences(ui, pot_ui.pot.rule)),
                      screen.spoken_state())
    items = audio.proposal_items(screen)
    last = index == pots.count - 1
    items.append((ui.text(REVIEW if last else NEXT_PART), lambda: forward(audio, screen)))
    if index > 0 or screen._asked_district():
        items.append((ui.text(PREVIOUS_PART if index > 0 else CHANGE_DISTRICT), screen._back))
    return intro, items


def forward(audio, screen) -> None:
    """Next part (or review) when the touch screen's button would take it: a part may be left
    empty, but Review waits for a choice in some part, and says why."""
    if not screen.review.isEnabled():
        cumulative = screen.ui.election.rule.kind is RuleKind.CUMULATIVE
        audio.say(audio.ui.text(GIVE_POINTS_FIRST if cumulative else CHOOSE_FIRST))
        return
    screen._forward()


def back(audio, screen_id: str) -> bool:
    """Backspace on the district question or a pot's part; False: not one of those screens."""
    window = audio.window
    if screen_id == "district":
        window.go("howto")
    elif is_pot_screen(screen_id):
        screen = window.page(screen_id)
        if screen._index() == 0 and not screen._asked_district():
            window.go("howto")
        else:
            screen._back()
    else:
        return False
    return True
