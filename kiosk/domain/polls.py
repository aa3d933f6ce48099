"""Polls state machine: closed -> open <-> paused -> closed; suspended on a fault (disk full)."""

from __future__ import annotations

from enum import StrEnum

from kiosk.domain.errors import PollsError


class PollsState(StrEnum):
    CLOSED = "closed"
    OPEN = "open"
    PAUSED = "paused"
    SUSPENDED = "suspended"  # the station stopped casting by itself (e.g. disk full)


ALLOWED: dict[tuple[PollsState, PollsState], str] = {
    (PollsState.CLOSED, PollsState.OPEN): "open",
    (PollsState.OPEN, PollsState.PAUSED): "pause",
    (PollsState.PAUSED, PollsState.OPEN): "resume",
    (PollsState.SUSPENDED, PollsState.OPEN): "resume",
    (PollsState.OPEN, PollsState.CLOSED): "close",
    (PollsState.PAUSED, PollsState.CLOSED): "close",
    (PollsState.SUSPENDED, PollsState.CLOSED): "close",
    (PollsState.OPEN, PollsState.SUSPENDED): "suspend",
    (PollsState.PAUSED, PollsState.SUSPENDED): "suspend",
}


def check_transition(current: PollsState, target: PollsState) -> str:
    """The name of the transition, or PollsError if it is not allowed."""
    name = ALLOWED.get((current, target))
    if name is None:
        raise PollsError("polls.bad_transition",
                         f"the polls cannot go from {current.value} to {target.value}",
                         current=current.value, target=target.value)
    return name
