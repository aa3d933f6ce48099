"""Several pots in one visit: a ballot with one part per pot, its validation, and the voter's
session across pots. Pure, like the rest of the domain.

A package with pots (kiosk.domain.election.Pot) gives every voter the city-wide pots and the
pot of their own district. Each part is an ordinary one-pot ballot, checked against that pot's
own view of the election (`Election.pot_view`), so a pot's budget, rule and proposals work as
in a one-pot package. The inner envelope carries `"pots": {"city": [...], "north": [...]}`
(kiosk.ledger.envelopes), and the tally counts each pot on its own.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from kiosk.domain.ballot import Ballot, validate_ballot
from kiosk.domain.election import Election, Pot, PotKind
from kiosk.domain.errors import BallotError
from kiosk.domain.session import VoterSession


@dataclass(frozen=True)
class PotsBallot:
    """One ballot per pot the voter voted in, sorted by pot id."""

    parts: tuple[tuple[str, Ballot], ...]

    @classmethod
    def of(cls, parts: Mapping[str, Ballot]) -> PotsBallot:
        return cls(tuple(sorted(parts.items())))

    @property
    def pot_ids(self) -> tuple[str, ...]:
        return tuple(pot_id for pot_id, _ in self.parts)

    def part(self, pot_id: str) -> Ballot | None:
        return dict(self.parts).get(pot_id)

    @property
    def choices(self) -> tuple[tuple[str, int], ...]:
        """Every pot's choices together (proposal ids are unique across a package)."""
        return tuple(choice for _, ballot in self.parts for choice in ballot.choices)

    def to_json(self, election: Election) -> dict:
        """The choices as they go into the inner envelope's "pots"."""
        known = {pot.id: pot.rule for pot in election.pots}
        return {pot_id: ballot.to_json(known[pot_id]) if pot_id in known
                else dict(ballot.choices)  # no such pot: kept as given, and refused
                for pot_id, ballot in self.parts}

    @classmethod
    def from_json(cls, value: object) -> PotsBallot:
        if not isinstance(value, dict) or not all(isinstance(k, str) for k in value):
            raise BallotError("ballot.malformed", "the ballot's pots are malformed")
        return cls.of({pot_id: Ballot.from_json(part) for pot_id, part in value.items()})


def validate_pots_ballot(election: Election, ballot: PotsBallot) -> None:
    """Raise BallotError unless the ballot has exactly the pots one voter votes in (every
    city-wide pot and one district pot, when the package has districts), each part valid
    under its pot's rule."""
    if not election.pots:
        raise BallotError("ballot.no_pots", "this election has one pot; the ballot names pots")
    known = {pot.id for pot in election.pots}
    unknown = [pot_id for pot_id in ballot.pot_ids if pot_id not in known]
    if unknown:
        raise BallotError("ballot.unknown_pot", f"there is no pot {unknown[0]}", pot=unknown[0])
    districts = [pot_id for pot_id in ballot.pot_ids
                 if election.pot(pot_id).kind is PotKind.DISTRICT]
    if len(districts) > 1:
        raise BallotError("ballot.two_districts", "the ballot votes in more than one district "
                          f"({', '.join(districts)})", pots=",".join(districts))
    if election.district_pots and not districts:
        raise BallotError("ballot.no_district", "the ballot votes in no district's pot")
    expected = {pot.id for pot in election.pots_for(districts[0] if districts else None)}
    missing = sorted(expected - set(ballot.pot_ids))
    if missing:
        raise BallotError("ballot.missing_pot", f"the ballot has no part for pot {missing[0]}",
                          pot=missing[0])
    for pot_id, part in ballot.parts:
        validate_ballot(election.pot_view(pot_id), part)


def validate_any(election: Election, ballot: Ballot | PotsBallot) -> None:
    """One-pot ballots for one-pot packages, pot ballots for packages with pots."""
    if isinstance(ballot, PotsBallot):
        validate_pots_ballot(election, ballot)
    elif election.pots:
        raise BallotError("ballot.needs_pots", "this election has several pots; the ballot "
                          "must give each pot its own choices")
    else:
        validate_ballot(election, ballot)


@dataclass
class PotsSession:
    """A voter's choices across the pots of one visit: one VoterSession per pot (on the pot's
    view of the election), voted one after the other. Nothing here is stored."""

    election: Election
    language: str
    district: str | None
    sessions: dict[str, VoterSession] = field(default_factory=dict)
    index: int = 0  # the pot being voted (0-based)

    def __post_init__(self) -> None:
        self.set_district(self.district)

    @property
    def needs_district(self) -> bool:
        """The package has district pots and the voter's district is not known yet."""
        return bool(self.election.district_pots) and self.district is None

    def set_district(self, district: str | None) -> None:
        """The voter's district (None: not known yet, so only the city-wide pots); the choices
        in the city-wide pots stay, another district's choices go."""
        if district is not None and district not in {p.id for p in self.election.district_pots}:
            raise BallotError("ballot.no_district", "the voter's district is not one of the "
                              "package's district pots")
        self.district = district
        pots = self.pots
        for pot_id in [p for p in self.sessions if p not in {pot.id for pot in pots}]:
            del self.sessions[pot_id]
        for pot in pots:
            if pot.id not in self.sessions:
                self.sessions[pot.id] = VoterSession(self.election.pot_view(pot.id),
                                                     self.language)
        self.index = min(self.index, len(pots) - 1)

    @property
    def pots(self) -> tuple[Pot, ...]:
        return self.election.pots_for(self.district)

    @property
    def current_pot(self) -> Pot:
        return self.pots[self.index]

    @property
    def current(self) -> VoterSession:
        return self.sessions[self.current_pot.id]

    @property
    def count(self) -> int:
        return len(self.pots)

    @property
    def is_last(self) -> bool:
        return self.index == self.count - 1

    def go_to(self, index: int) -> VoterSession:
        self.index = max(0, min(index, self.count - 1))
        return self.current

    def set_language(self, language: str) -> None:
        self.language = language
        for session in self.sessions.values():
            session.language = language

    @property
    def ballot(self) -> PotsBallot:
        return PotsBallot.of({pot_id: s.ballot for pot_id, s in self.sessions.items()})

    def problem(self) -> tuple[Pot, BallotError] | None:
        """The first pot whose choices cannot be cast, and why; or None."""
        for pot in self.pots:
            error = self.sessions[pot.id].problem()
            if error is not None:
                return pot, error
        return None

    def clear(self) -> None:
        for session in self.sessions.values():
            session.clear()
        self.index = 0
