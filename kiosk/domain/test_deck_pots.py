"""The logic-and-accuracy test deck of a package with pots (kiosk.domain.pots).

Each pot gets the ballots its own rule calls for, built on the pot's view of the election
(`Election.pot_view`), exactly as a one-pot deck (kiosk.domain.test_deck): every proposal chosen
at least once, the pot's budget edge, an empty part where the rule allows one, the most points,
and single-proposal parts that make every total in the pot different.

The deck is grouped by district, because a station placed in a district (`kiosk station init
--district D`) offers its voters only the city-wide pots and D's pot: each district's group is a
whole deck on its own for such a station, its own parts side by side with every city-wide pot's
parts (and every election language at least once). A station placed in D casts D's group; a
station without a district casts every group. Where one pot has fewer parts than its group has
ballots, its remaining ballots carry an empty part (or, where the pot's rule needs choices, its
first covering part again, which the notes say). A package without district pots has one group.
deck.csv is written and read by kiosk.domain.test_deck.
"""

from __future__ import annotations

from kiosk.domain.ballot import Ballot, is_valid
from kiosk.domain.deck_drafts import Deck, DeckBallot, balancing, rule_drafts, test_identities
from kiosk.domain.election import Election, PotKind
from kiosk.domain.pots import PotsBallot, validate_pots_ballot

FILLER = ""  # the purpose of a part that is in a ballot only because another pot needed one


def _pot_drafts(election: Election, pot_id: str, notes: list[str]
                ) -> tuple[list[tuple[Ballot, str]], Ballot]:
    """A pot's parts (and why each), and the part that fills ballots it needs no more of."""
    view = election.pot_view(pot_id)
    own: list[str] = []
    drafts = rule_drafts(view, own)
    drafts += balancing(view, drafts, own)
    empty = Ballot(())
    if is_valid(view, empty):
        filler = empty
    else:
        filler = next((b for b, why in drafts if why == "covers proposals"), drafts[0][0])
        own.append("ballots beyond this pot's own repeat its first covering part (the rule "
                   "needs choices), so its totals count that part more than once")
    notes.extend(f"pot {pot_id}: {note}" for note in own)
    return drafts, filler


def build_pots_deck(election: Election) -> Deck:
    notes: list[str] = []
    drafts, fillers = {}, {}
    for pot in election.pots:
        drafts[pot.id], fillers[pot.id] = _pot_drafts(election, pot.id, notes)
    city = [pot.id for pot in election.pots if pot.kind is PotKind.CITY]
    districts: list[str | None] = [pot.id for pot in election.district_pots] or [None]
    languages = list(election.languages)
    rows: list[tuple[str, PotsBallot, str, str | None]] = []
    for district in districts:
        pots = city + ([district] if district else [])
        count = max([len(languages), 1] + [len(drafts[pot_id]) for pot_id in pots])
        for index in range(count):
            parts, purposes = {}, []
            for pot_id in pots:
                ballot, why = drafts[pot_id][index] if index < len(drafts[pot_id]) else \
                    (fillers[pot_id], FILLER)
                parts[pot_id] = ballot
                if why:
                    purposes.append(f"{pot_id}: {why}")
            ballot = PotsBallot.of(parts)
            validate_pots_ballot(election, ballot)  # a deck holds only ballots a station accepts
            rows.append((languages[index % len(languages)], ballot,
                         "; ".join(purposes) or "every language", district))
    identities = test_identities(election, len(rows))
    return Deck(tuple(DeckBallot(number, language, identities[number - 1], ballot, purpose,
                                 district)
                      for number, (language, ballot, purpose, district)
                      in enumerate(rows, start=1)), tuple(notes))


def district_rows(deck: tuple[DeckBallot, ...], district: str | None) -> tuple[DeckBallot, ...]:
    """The deck ballots a station placed in `district` casts (None: every ballot)."""
    if district is None:
        return deck
    return tuple(entry for entry in deck if entry.district == district)


def number_ranges(numbers: list[int]) -> str:
    """"1–8, 12" for the ballot numbers 1..8 and 12."""
    spans: list[list[int]] = []
    for number in sorted(numbers):
        if spans and number == spans[-1][1] + 1:
            spans[-1][1] = number
        else:
            spans.append([number, number])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in spans)
