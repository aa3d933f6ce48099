"""The logic-and-accuracy test deck: known ballots a station casts in test mode (deck.csv).

`build_deck` makes the ballots from an election: together they choose every proposal, one
reaches the budget edge (exactly the budget if the costs allow it, or the most choices, or all
the points), an empty ballot where the rule allows one, the most points on one proposal
(cumulative), single-proposal ballots that give every proposal a different total (so two
proposals swapped by mistake show), and every election language at least once. Each ballot has
its own test identity where the election identifies voters: made-up personnummer and
well-formed voting codes on no issued list (a station in test mode takes any well-formed code,
and forgets test identities when it leaves test mode).

This module owns deck.csv and both writes and reads it:

    ballot,language,identity,choices,purpose
    1,sv,19500101-9801,p1 p2 p3,covers proposals

`choices` are proposal ids separated by spaces (`id:points` for cumulative); empty for the
empty ballot. `purpose` says why the ballot is in the deck (English, for the printed deck).

A package with pots (kiosk.domain.pots; the deck is built in kiosk.domain.test_deck_pots) has a
`district` column (where it has district pots) and one `choices:<pot>` column per pot instead
of `choices`, as the paper import's CSV (kiosk.domain.paper_csv); a ballot's other districts'
columns are empty:

    ballot,language,identity,district,choices:city,choices:north,choices:south,purpose
    1,sv,,north,c1 c2,n1 n2,,city: covers proposals; north: covers proposals
"""

from __future__ import annotations

import csv
import io

from kiosk.domain.ballot import Ballot, validate_ballot
from kiosk.domain.deck_drafts import (  # noqa: F401  (Deck, DeckBallot, totals: re-exported)
    Deck,
    DeckBallot,
    balancing,
    rule_drafts,
    test_identities,
    totals,
)
from kiosk.domain.election import Election, PotKind, RuleKind
from kiosk.domain.errors import BallotError, KioskError
from kiosk.domain.pots import PotsBallot, validate_pots_ballot
from kiosk.domain.test_deck_pots import build_pots_deck

HEADER = ("ballot", "language", "identity", "choices", "purpose")
MAX_ROWS = 10_000


class DeckError(KioskError):
    """A deck file that cannot be used for this election."""


def build_deck(election: Election) -> Deck:
    if election.pots:
        return build_pots_deck(election)
    notes: list[str] = []
    drafts = rule_drafts(election, notes)
    languages = list(election.languages)
    covering = [d for d in drafts if d[1] != "empty ballot"] or drafts
    for index in range(len(drafts), len(languages)):
        drafts.append((covering[index % len(covering)][0], "every language"))
    drafts += balancing(election, drafts, notes)
    identities = test_identities(election, len(drafts))
    ballots = tuple(DeckBallot(n, languages[(n - 1) % len(languages)], identities[n - 1],
                               ballot, purpose)
                    for n, (ballot, purpose) in enumerate(drafts, start=1))
    for entry in ballots:
        validate_ballot(election, entry.ballot)  # a deck holds only ballots a station accepts
    return Deck(ballots, tuple(notes))


def choices_text(ballot: Ballot, cumulative: bool) -> str:
    if cumulative:
        return " ".join(f"{pid}:{points}" for pid, points in ballot.choices)
    return " ".join(ballot.chosen)


def deck_header(election: Election) -> tuple[str, ...]:
    if not election.pots:
        return HEADER
    district = ("district",) if election.district_pots else ()
    return ("ballot", "language", "identity", *district,
            *(CHOICES_OF + pot.id for pot in election.pots), "purpose")


CHOICES_OF = "choices:"


def _cumulative_in(election: Election, pot_id: str | None = None) -> bool:
    view = election.pot_view(pot_id) if pot_id else election
    return view.rule.kind is RuleKind.CUMULATIVE


def ballot_text(election: Election, ballot: Ballot | PotsBallot, district: str | None) -> str:
    """A deck ballot's choices in one line (the printed deck, the L&A's differences): for
    pots "north · city: c1 c2 · north: –" (– an empty part)."""
    if not isinstance(ballot, PotsBallot):
        return choices_text(ballot, _cumulative_in(election))
    parts = [f"{pot_id}: {choices_text(part, _cumulative_in(election, pot_id)) or '–'}"
             for pot_id, part in ballot.parts]
    return " · ".join(([district] if district else []) + parts)


def write_deck(deck: Deck, election: Election) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(deck_header(election))
    for entry in deck.ballots:
        if isinstance(entry.ballot, PotsBallot):
            district = (entry.district or "",) if election.district_pots else ()
            choices = [choices_text(entry.ballot.part(pot.id), _cumulative_in(election, pot.id))
                       if entry.ballot.part(pot.id) is not None else ""
                       for pot in election.pots]
            writer.writerow((entry.number, entry.language, entry.identity, *district, *choices,
                             entry.purpose))
        else:
            writer.writerow((entry.number, entry.language, entry.identity,
                             choices_text(entry.ballot, _cumulative_in(election)),
                             entry.purpose))
    return out.getvalue()


def _choices(text: str, cumulative: bool, where: str) -> Ballot:
    items = text.split()
    if not cumulative:
        return Ballot.of(items)
    points: dict[str, int] = {}
    for item in items:
        pid, colon, value = item.partition(":")
        if not colon or not value.isdigit() or pid in points:
            raise DeckError("deck.choices", f"{where}: '{item}' is not proposal:points (or the "
                            "proposal is given twice)")
        points[pid] = int(value)
    return Ballot.of(points)


def _pots_ballot(election: Election, fields: dict[str, str], where: str
                 ) -> tuple[PotsBallot, str | None]:
    """A row's parts: the city-wide pots' and its district's (other districts' empty)."""
    district = fields.get("district", "").strip() or None
    districts = [pot.id for pot in election.district_pots]
    if districts and district not in districts:
        raise DeckError("deck.district", f"{where}: the district must be one of "
                        f"{', '.join(districts)}")
    parts = {}
    for pot in election.pots:
        text = fields[CHOICES_OF + pot.id]
        if pot.kind is PotKind.DISTRICT and pot.id != district:
            if text.strip():
                raise DeckError("deck.district", f"{where}: pot {pot.id} is not on a ballot of "
                                f"district {district}")
            continue
        part = _choices(text, _cumulative_in(election, pot.id), where)
        try:
            validate_ballot(election.pot_view(pot.id), part)
        except BallotError as error:
            raise DeckError("deck.ballot", f"{where}: pot {pot.id}: {error}") from None
        parts[pot.id] = part
    ballot = PotsBallot.of(parts)
    try:
        validate_pots_ballot(election, ballot)
    except BallotError as error:
        raise DeckError("deck.ballot", f"{where}: {error}") from None
    return ballot, district


def read_deck(text: str, election: Election, source: str = "deck.csv") -> tuple[DeckBallot, ...]:
    """The deck's ballots, every one checked against the election; DeckError naming the line."""
    rows = list(csv.reader(io.StringIO(text)))
    header = deck_header(election)
    if not rows or tuple(rows[0]) != header:
        raise DeckError("deck.header", f"{source}: the first line must be "
                        f"{','.join(header)}")
    if len(rows) > MAX_ROWS + 1:
        raise DeckError("deck.size", f"{source}: more than {MAX_ROWS} ballots")
    needs_identity = election.eligibility.has_voter_token
    ballots, seen = [], set()
    for line, row in enumerate(rows[1:], start=2):
        where = f"{source}:{line}"
        if len(row) != len(header):
            raise DeckError("deck.row", f"{where}: expected {len(header)} columns, found "
                            f"{len(row)}")
        fields = dict(zip(header, row, strict=True))
        number, language, identity = fields["ballot"], fields["language"], fields["identity"]
        if number != str(len(ballots) + 1):
            raise DeckError("deck.number", f"{where}: ballot numbers must run 1, 2, 3…; "
                            f"expected {len(ballots) + 1}")
        if language not in election.languages:
            raise DeckError("deck.language", f"{where}: '{language}' is not a language of "
                            f"election {election.id}")
        if needs_identity and not identity.strip():
            raise DeckError("deck.identity", f"{where}: this election identifies its voters; "
                            "the ballot needs a test identity")
        if identity.strip() and identity.strip() in seen:
            raise DeckError("deck.identity", f"{where}: identity {identity} is used twice")
        seen.add(identity.strip())
        district = None
        if election.pots:
            ballot, district = _pots_ballot(election, fields, where)
        else:
            try:
                ballot = _choices(fields["choices"], _cumulative_in(election), where)
                validate_ballot(election, ballot)
            except BallotError as error:
                raise DeckError("deck.ballot", f"{where}: {error}") from None
        ballots.append(DeckBallot(int(number), language, identity.strip(), ballot,
                                  fields["purpose"], district))
    if not ballots:
        raise DeckError("deck.empty", f"{source}: the deck holds no ballots")
    return tuple(ballots)
