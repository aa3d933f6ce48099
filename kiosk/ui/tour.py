"""A scripted walk through every screen (for screenshots, automatic checks and the benchmark).

`tour(window, language)` drives the real flow on a station with open polls and yields
(screen name, None) at each stop, with the window showing that screen. It casts one ballot.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

from PySide6.QtCore import QCoreApplication, QEvent

from kiosk.domain.election import RuleKind

SCREEN_NAMES = ("welcome", "language", "howto", "proposals", "detail", "review", "help",
                "idle", "receipt", "problem")


def settle(window, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    QCoreApplication.processEvents()
    while not window.ui.bridge.idle and time.monotonic() < deadline:
        QCoreApplication.processEvents()
        time.sleep(0.002)
    flush_layout()


def flush_layout() -> None:
    """Run the layout requests that laying out posts in turn (a label's new height moves its
    parent, whose new height moves its parent, …), so what is measured is what is shown."""
    for _ in range(6):
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.processEvents()


def choose_some(window) -> None:
    session = window.ui.state.session
    kind = window.ui.election.rule.kind
    for proposal in window.ui.election.proposals[:4]:
        if kind is RuleKind.CUMULATIVE or session.blocked(proposal.id) is None:
            session.choose(proposal.id)
    window.ui.state.changed_choices()


def tour(window, language: str) -> Iterator[str]:
    settle(window)
    yield "welcome"
    window.start_voting()
    settle(window)
    yield "language"
    window.choose_language(language)
    settle(window)
    if window.current_id in ("identify", "staff-wait"):
        yield window.current_id
        return
    yield "howto"
    window.show_proposals()
    choose_some(window)
    window.screens["proposals"].refresh()
    settle(window)
    yield "proposals"
    second = window.ui.election.proposals[min(4, len(window.ui.election.proposals) - 1)]
    window.show_detail(second.id)
    settle(window)
    yield "detail"
    window.show_review()
    settle(window)
    yield "review"
    window.open_help()
    settle(window)
    yield "help"
    window.close_help()
    window.idle._start_warning()
    settle(window)
    yield "idle"
    window.more_time()
    window.screens["review"].cast_vote()
    settle(window)
    yield "receipt"
    from kiosk.ui.messages import SOMETHING_WRONG

    window.show_problem(SOMETHING_WRONG)
    settle(window)
    yield "problem"
    window.abandon()
    settle(window)
