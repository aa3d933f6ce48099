"""The logic-and-accuracy test deck of a package with pots (kiosk.domain.pots).

Each pot gets the ballots its own rule calls for, built on the pot's view of the election
(`Election.pot_view`), exactly as a one-pot deck (kiosk.domain.test_deck): every proposal chosen
at least once, the pot's budget edge, an empty part where the rule allows one, the most points,
and single-proposal parts that make every total in the pot different. The district pots' parts
are laid one after the other, so every district is voted in; each deck ballot is then one
district's part with the next part of every city-wide pot. Where one pot has fewer parts than
the deck has ballots, its remaining ballots carry an empty part (or, where the pot's rule needs
choices, its first covering part again, which the notes say). Every election language is used
at least once. deck.csv is written and read by kiosk.domain.test_deck.
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
    districts = [pot.id for pot in election.district_pots]
    city = [pot.id for pot in election.pots if pot.kind is PotKind.CITY]
    district_parts = [(d, ballot, why) for d in districts for ballot, why in drafts[d]]
    languages = list(election.languages)
    count = max([len(district_parts), len(languages), 1] + [len(drafts[c]) for c in city])
    while len(district_parts) < count and districts:
        district = districts[len(district_parts) % len(districts)]
        district_parts.append((district, fillers[district], FILLER))
    identities = test_identities(election, count)
    ballots = []
    for index in range(count):
        parts, purposes = {}, []
        for pot_id in city:
            ballot, why = drafts[pot_id][index] if index < len(drafts[pot_id]) else \
                (fillers[pot_id], FILLER)
            parts[pot_id] = ballot
            if why:
                purposes.append(f"{pot_id}: {why}")
        district = None
        if district_parts:
            district, ballot, why = district_parts[index]
            parts[district] = ballot
            if why:
                purposes.append(f"{district}: {why}")
        ballot = PotsBallot.of(parts)
        validate_pots_ballot(election, ballot)  # a deck holds only ballots a station accepts
        ballots.append(DeckBallot(index + 1, languages[index % len(languages)],
                                  identities[index], ballot,
                                  "; ".join(purposes) or "every language", district))
    return Deck(tuple(ballots), tuple(notes))
