"""The time as the kiosk reads it, in one place, so a test can set it instead of waiting.

Code that asks "what time is it" for a decision (is the voting period open?) or for a time it
records (a ballot's cast_at in its outer envelope, an audit entry's time: kiosk.ledger) calls
`kiosk.clock.now()`; a test runs that code inside `use_clock(FakeClock(...))`
(tests/fakes/clock.py) rather than patching `datetime` inside a module. The system clock is
the default; nothing else changes it.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, timezone-aware, in UTC."""

    def monotonic(self) -> float:
        """Seconds on a clock that never goes back, for measuring waits."""

    def sleep(self, seconds: float) -> None:
        """Let `seconds` pass."""


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def monotonic(self) -> float:
        return time.monotonic()

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)


_current: Clock = SystemClock()


def current() -> Clock:
    return _current


def now() -> datetime:
    """The current time (UTC, aware) from the clock in use."""
    return _current.now()


@contextmanager
def use_clock(clock: Clock) -> Iterator[Clock]:
    """Use `clock` for the kiosk's time inside the block (tests), then the previous one again."""
    global _current
    previous, _current = _current, clock
    try:
        yield clock
    finally:
        _current = previous
