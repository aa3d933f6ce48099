"""What a station is doing now: its stored settings, the polls, test or official mode.

One object, shared by the operations that read or change it (all on the writer thread).
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.errors import PollsError
from kiosk.domain.polls import PollsState


@dataclass
class StationState:
    settings: dict[str, str]  # the box's settings table as last written
    polls: PollsState
    test_mode: bool

    @classmethod
    def from_settings(cls, settings: dict[str, str]) -> StationState:
        return cls(settings, PollsState(settings.get("polls", "closed")),
                   settings.get("mode", "official") == "test")

    @property
    def mode(self) -> str:
        return "test" if self.test_mode else "official"

    def require_open(self) -> None:
        if self.polls is not PollsState.OPEN:
            raise PollsError("polls.not_open", f"the polls are {self.polls.value}: no voting now",
                             polls=self.polls.value)

    def reload(self, settings: dict[str, str]) -> None:
        self.settings.clear()
        self.settings.update(settings)
