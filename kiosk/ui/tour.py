"""A scripted walk through every screen (for screenshots, automatic checks and the benchmark).

`tour(window, language)` drives the real flow on a station with open polls and yields the name
of each stop, with the window showing that screen. It casts one ballot.

The station answers on its writer thread, which may be slow on a loaded machine: every step
waits for the state it needs (the screen shown, the session started, the overlay up) instead of
for a fixed time, and stops with `TourLost` saying where it was if that state never comes.
"""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent

from kiosk.domain.election import RuleKind

SCREEN_NAMES = ("welcome", "language", "howto", "proposals", "detail", "review", "help",
                "idle", "receipt", "problem")
WAIT_SECONDS = 60.0  # a step that takes longer than this is lost, not slow


class TourLost(RuntimeError):
    """The kiosk did not reach the state the tour waits for."""


def flush_layout() -> None:
    """Run the layout requests that laying out posts in turn (a label's new height moves its
    parent, whose new height moves its parent, …), so what is measured is what is shown."""
    for _ in range(6):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def wait_for(window, what: str, condition: Callable[[], bool],
             timeout: float | None = None) -> None:
    """Process events until the station has answered every call and `condition()` holds."""
    timeout = WAIT_SECONDS if timeout is None else timeout
    deadline = time.monotonic() + timeout
    while True:
        QCoreApplication.processEvents()
        if window.ui.bridge.idle and condition():
            break
        if time.monotonic() > deadline:
            raise TourLost(f"the kiosk did not reach {what} within {timeout:.0f} s (it shows "
                           f"{window.current_id!r}, {window.ui.bridge.pending} station calls "
                           "unanswered)")
        time.sleep(0.002)
    flush_layout()


def settle(window, timeout: float | None = None) -> None:
    """Wait until every station call has answered and the layout is done."""
    wait_for(window, "a quiet moment", lambda: True, timeout)


def arrive(window, screen_id: str) -> None:
    wait_for(window, f"the {screen_id!r} screen", lambda: window.current_id == screen_id)


def choose_some(window) -> None:
    session = window.ui.state.session
    kind = session.election.rule.kind  # with pots: the pot being voted
    proposals = session.election.proposals
    if window.ui.state.voter.pots is not None:
        proposals = proposals[:max(1, len(proposals) - 1)]  # leave one for the detail screen
    for proposal in proposals[:4]:
        if kind is RuleKind.CUMULATIVE or session.blocked(proposal.id) is None:
            session.choose(proposal.id)
    window.ui.state.changed_choices()


def tour(window, language: str) -> Iterator[str]:
    settle(window)
    if window.current_id != "welcome" or window.ui.state.session is not None:
        window.abandon()  # whatever a previous walk left behind
    arrive(window, "welcome")
    yield "welcome"
    window.start_voting()
    wait_for(window, "a started session", lambda: window.ui.state.session is not None
             and window.current_id == "language")
    yield "language"
    window.choose_language(language)
    wait_for(window, "the screen after the language",
             lambda: window.current_id in ("howto", "identify", "staff-wait"))
    if window.current_id in ("identify", "staff-wait"):
        yield window.current_id
        return
    yield "howto"
    yield from _proposals(window)
    session = window.ui.state.session
    proposals = session.election.proposals
    second = proposals[min(4, len(proposals) - 1)]
    if window.ui.state.voter.pots is not None:  # a small pot: one the tour did not choose
        second = next((p for p in proposals if not session.is_chosen(p.id)), second)
    window.show_detail(second.id)
    arrive(window, "detail")
    yield "detail"
    window.show_review()
    arrive(window, "review")
    yield "review"
    window.open_help()
    wait_for(window, "help", window.help.isVisible)
    yield "help"
    window.close_help()
    window.idle._start_warning()
    wait_for(window, "the idle warning", window.idle_warning.isVisible)
    yield "idle"
    window.more_time()
    arrive(window, "review")
    window.page("review").cast_vote()
    if window.ui.election.survey.asks:  # the follow-up questions, one answered
        arrive(window, "survey")
        survey = window.page("survey")
        first = window.ui.election.survey.questions[0]
        survey.choose(first.id, first.answers[0])
        settle(window)
        yield "survey"
        survey.cast_with_answers()
    arrive(window, "receipt")
    yield "receipt"
    from kiosk.ui.messages import SOMETHING_WRONG

    window.show_problem(SOMETHING_WRONG)
    arrive(window, "problem")
    yield "problem"
    window.abandon()
    arrive(window, "welcome")


def _proposals(window) -> Iterator[str]:
    """The proposals; with pots (kiosk.ui.screens.pots), first the district question when the
    station has no district, then each pot ("proposals", "proposals-part-2", …)."""
    window.show_proposals()
    pots = window.ui.state.voter.pots
    if pots is not None and pots.needs_district:
        arrive(window, "district")
        yield "district"
        window.choose_district(window.ui.election.district_pots[0].id)
    count = pots.count if pots is not None else 1
    for index in range(count):
        if pots is not None:
            window.show_pot(index)
        screen_id = window.current_id
        wait_for(window, "the proposals", lambda: window.current_id.startswith("proposals"))
        choose_some(window)
        window.page(screen_id).refresh()
        settle(window)
        yield "proposals" if index == 0 else f"proposals-part-{index + 1}"


def station_for_tour(world: Path, speech_placeholders: bool = False):
    """The station of a demo world, polls open, for a tour (screenshots, speech-check); the world
    is made first when it has no station (by the CLI: kiosk.demo sits above the UI)."""
    from kiosk.station import StationService

    if not (world / "station").exists():
        subprocess.run([sys.executable, "-m", "kiosk", "demo", "setup", str(world), "--json",
                        *(["--speech-placeholders"] if speech_placeholders else [])],
                       check=True, stdout=subprocess.DEVNULL)
    service = StationService.open(world / "station")
    try:
        if service.status().polls != "open":
            service.open_polls()
    except BaseException:
        service.close()
        raise
    return service
