"""The kiosk's view state: language(s), look, assisted options and the voter's session.

Everything here belongs to one voter and is reset when the session ends (cast, abandoned or
idle), except nothing: even text size and contrast go back to the defaults for the next person.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Signal

from kiosk.domain.ballot import Ballot
from kiosk.domain.election import Election
from kiosk.domain.pots import PotsBallot, PotsSession
from kiosk.domain.session import VoterSession


@dataclass
class Look:
    theme: str = "default"
    text_size: str = "normal"


@dataclass
class Assistance:
    assisted: bool = False          # a möjliggörare is helping: the ballot says so
    second_language: str | None = None
    more_time: bool = False
    read_aloud: bool = False


@dataclass
class VoterState:
    language: str
    look: Look = field(default_factory=Look)
    assistance: Assistance = field(default_factory=Assistance)
    ticket: str | None = None
    session: VoterSession | None = None  # with pots: the session of the pot being voted
    pots: PotsSession | None = None  # a package with pots: the voter's choices in every pot
    identified: bool = False


class KioskState(QObject):
    languages_changed = Signal()
    look_changed = Signal()
    choices_changed = Signal()
    assistance_changed = Signal()

    def __init__(self, election: Election, district: str | None = None) -> None:
        super().__init__()
        self.election = election
        self.district = district  # the station's district (packages with district pots)
        self.voter = VoterState(election.default_language)

    # -- reading ------------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.voter.language

    @property
    def second_language(self) -> str | None:
        a = self.voter.assistance
        if a.assisted and a.second_language and a.second_language != self.voter.language:
            return a.second_language
        return None

    @property
    def look(self) -> Look:
        return self.voter.look

    @property
    def assistance(self) -> Assistance:
        return self.voter.assistance

    @property
    def session(self) -> VoterSession | None:
        return self.voter.session

    # -- changing -----------------------------------------------------------------------------
    def begin(self, ticket: str) -> None:
        self.voter.ticket = ticket
        if self.election.pots:
            pots = PotsSession(self.election, self.voter.language, self.district)
            self.voter.pots, self.voter.session = pots, pots.current
        else:
            self.voter.session = VoterSession(self.election, self.voter.language)

    @property
    def ballot(self) -> Ballot | PotsBallot:
        """What Cast sends: one ballot, or (with pots) one part per pot."""
        pots = self.voter.pots
        return pots.ballot if pots is not None else self.voter.session.ballot

    def set_district(self, district: str) -> None:
        self.voter.pots.set_district(district)
        self.voter.session = self.voter.pots.current

    def go_to_pot(self, index: int) -> None:
        self.voter.session = self.voter.pots.go_to(index)

    def set_language(self, tag: str) -> None:
        self.voter.language = tag
        if self.voter.session is not None:
            self.voter.session.language = tag
        if self.voter.pots is not None:
            self.voter.pots.set_language(tag)
        self.languages_changed.emit()

    def set_look(self, theme: str | None = None, text_size: str | None = None) -> None:
        before = Look(self.voter.look.theme, self.voter.look.text_size)
        if theme:
            self.voter.look.theme = theme
        if text_size:
            self.voter.look.text_size = text_size
        if self.voter.look != before:
            self.look_changed.emit()

    def set_assistance(self, **changes) -> None:
        for key, value in changes.items():
            setattr(self.voter.assistance, key, value)
        if not self.voter.assistance.assisted:
            self.voter.assistance = Assistance(read_aloud=self.voter.assistance.read_aloud)
        self.assistance_changed.emit()
        self.languages_changed.emit()

    def changed_choices(self) -> None:
        self.choices_changed.emit()

    def reset(self) -> None:
        """Forget the voter entirely: a fresh state, as if the kiosk had just started."""
        old_look = self.voter.look
        self.voter = VoterState(self.election.default_language)
        self.languages_changed.emit()
        if old_look != self.voter.look:
            self.look_changed.emit()
        self.assistance_changed.emit()
