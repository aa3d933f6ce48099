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
import random
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.domain import voting_codes
from kiosk.domain.ballot import Ballot, is_valid, minimum_spend, validate_ballot
from kiosk.domain.election import Election, EligibilityMode, PotKind, RuleKind
from kiosk.domain.errors import BallotError, KioskError
from kiosk.domain.personnummer import luhn_ok
from kiosk.domain.pots import PotsBallot, validate_pots_ballot

HEADER = ("ballot", "language", "identity", "choices", "purpose")
MAX_BALANCING = 40  # single-proposal ballots added at most to make every total different
MAX_SUBSETS = 200_000  # sums remembered while looking for the budget edge
MAX_ROWS = 10_000


class DeckError(KioskError):
    """A deck file that cannot be used for this election."""


@dataclass(frozen=True)
class DeckBallot:
    number: int
    language: str
    identity: str
    ballot: Ballot | PotsBallot  # a PotsBallot in a package with pots
    purpose: str
    district: str | None = None  # the district pot the ballot votes in (packages with pots)


@dataclass(frozen=True)
class Deck:
    ballots: tuple[DeckBallot, ...]
    notes: tuple[str, ...]  # what the deck could not include, and why


def build_deck(election: Election) -> Deck:
    if election.pots:
        from kiosk.domain.test_deck_pots import build_pots_deck

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


def rule_drafts(election: Election, notes: list[str]) -> list[tuple[Ballot, str]]:
    """The ballots (and why each) the election's rule calls for; before languages and
    balancing."""
    if election.rule.kind is RuleKind.APPROVAL:
        return _approval(election, notes)
    if election.rule.kind is RuleKind.KNAPSACK:
        return _knapsack(election, notes)
    return _cumulative(election, notes)


def _chunks(ids: list[str], size: int) -> list[list[str]]:
    return [ids[i:i + size] for i in range(0, len(ids), max(1, size))]


def _approval(election: Election, notes: list[str]) -> list[tuple[Ballot, str]]:
    rule, ids = election.rule, list(election.proposal_ids)
    most = min(rule.max_choices or len(ids), len(ids))
    drafts = []
    for chunk in _chunks(ids, most):
        chunk += [p for p in ids if p not in chunk][:max(0, rule.min_choices - len(chunk))]
        drafts.append((Ballot.of(chunk), "covers proposals"))
    drafts.append((Ballot.of(ids[::-1][:most]), f"the most choices allowed ({most})"))
    if rule.min_choices == 0:
        drafts.append((Ballot.of([]), "empty ballot"))
    else:
        notes.append(f"no empty ballot: the rule needs at least {rule.min_choices} choices")
    return drafts


def _knapsack(election: Election, notes: list[str]) -> list[tuple[Ballot, str]]:
    rule, ids = election.rule, list(election.proposal_ids)
    cost = {p: election.proposal(p).cost for p in ids}
    drafts, chunk, spent = [], [], 0
    for pid in ids:
        if cost[pid] > rule.budget:
            notes.append(f"proposal {pid} costs more than the budget: no ballot can choose it")
            continue
        if spent + cost[pid] > rule.budget:
            drafts.append(chunk)
            chunk, spent = [], 0
        chunk.append(pid)
        spent += cost[pid]
    if chunk:
        drafts.append(chunk)
    out = []
    for chunk in drafts:
        spent = sum(cost[p] for p in chunk)
        for pid in ids:  # reach the minimum spend with other proposals that still fit
            if spent >= minimum_spend(rule):
                break
            if pid not in chunk and spent + cost[pid] <= rule.budget:
                chunk, spent = chunk + [pid], spent + cost[pid]
        if is_valid(election, Ballot.of(chunk)):
            out.append((Ballot.of(chunk), "covers proposals"))
        else:
            notes.append(f"proposals {' '.join(chunk)} could not be put on a valid ballot")
    edge, total = _closest_to_budget([cost[p] for p in ids], rule.budget)
    chosen = Ballot.of([ids[i] for i in edge])
    if total == rule.budget:
        out.append((chosen, f"exactly the budget ({total} kr)"))
    elif is_valid(election, chosen):
        out.append((chosen, f"as close to the budget as the costs allow ({total} of "
                            f"{rule.budget} kr)"))
        notes.append(f"no set of proposals costs exactly the budget; the closest is {total} kr")
    if minimum_spend(rule) == 0:
        out.append((Ballot.of([]), "empty ballot"))
    else:
        notes.append(f"no empty ballot: the rule needs at least {minimum_spend(rule)} kr used")
    return out


def _closest_to_budget(costs: list[int], budget: int) -> tuple[tuple[int, ...], int]:
    """(indices of proposals, their cost): the largest total ≤ budget found (exact if any)."""
    reach: dict[int, tuple[int, ...]] = {0: ()}
    for index, cost in enumerate(costs):
        for total, chosen in list(reach.items()):
            new = total + cost
            if new <= budget and new not in reach and len(reach) < MAX_SUBSETS:
                reach[new] = chosen + (index,)
        if budget in reach:
            break
    best = max(reach)
    return reach[best], best


def _cumulative(election: Election, notes: list[str]) -> list[tuple[Ballot, str]]:
    rule, ids = election.rule, list(election.proposal_ids)
    total, most = rule.total_points, min(rule.max_per_proposal, rule.total_points)
    drafts = [(Ballot.of({p: 1 for p in chunk}), "covers proposals")
              for chunk in _chunks(ids, total)]
    points, left = {ids[0]: most}, total - most
    for pid in ids[1:]:
        give = min(most, left)
        if give:
            points[pid] = give
            left -= give
    purpose = f"the most points on one proposal ({most})"
    if left == 0:
        purpose += f"; all {total} points used"
    drafts.append((Ballot.of(points), purpose))
    drafts.append((Ballot.of({}), "empty ballot"))
    return drafts


def totals(election: Election, ballots) -> dict[str, int]:
    """Approvals (or points, cumulative) per proposal, every proposal present."""
    out = dict.fromkeys(election.proposal_ids, 0)
    for ballot in ballots:
        for pid, points in ballot.choices:
            out[pid] += points
    return out


def balancing(election: Election, drafts: list[tuple[Ballot, str]],
               notes: list[str]) -> list[tuple[Ballot, str]]:
    """Single-proposal ballots so that no two proposals end with the same total."""
    counts = totals(election, [b for b, _ in drafts])
    cumulative = election.rule.kind is RuleKind.CUMULATIVE
    step = min(election.rule.max_per_proposal, election.rule.total_points) if cumulative else 1
    order = sorted(election.proposal_ids, key=lambda p: counts[p])
    added, floor = [], -1
    for pid in order:
        target = max(counts[pid], floor + 1)
        need = target - counts[pid]
        while need > 0:
            give = min(step, need)
            added.append((Ballot.of({pid: give} if cumulative else [pid]),
                          "makes every total different"))
            need -= give
        floor = target
    if len(added) > MAX_BALANCING or not all(is_valid(election, b) for b, _ in added):
        notes.append("some proposals have the same total (making every total different would "
                     f"need {len(added)} more ballots, or ballots the rule does not allow); "
                     "the L&A still compares every ballot, so swapped proposals show")
        return []
    return added


def test_identities(election: Election, count: int) -> list[str]:
    """One made-up identity per ballot for elections that identify voters ("" otherwise)."""
    mode = election.eligibility.mode
    if mode is EligibilityMode.PERSONNUMMER:
        return [_personnummer(n) for n in range(count)]
    if mode is EligibilityMode.CODES:
        rng = random.Random(f"test deck {election.id}")
        codes: list[str] = []
        while len(codes) < count:
            body = "".join(rng.choice(voting_codes.ALPHABET)
                           for _ in range(voting_codes.BODY_CHARS))
            code = voting_codes.display(voting_codes.code_from_body(body))
            if code not in codes:
                codes.append(code)
        return codes
    return [""] * count


def _personnummer(index: int) -> str:
    """Born 1950 or later (adults in any election), birth number 98x."""
    born = date(1950, 1, 1) + timedelta(days=index * 37)
    stem = f"{born:%y%m%d}98{index % 10}"
    check = next(d for d in range(10) if luhn_ok(stem + str(d)))
    return f"{born:%Y%m%d}-98{index % 10}{check}"


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
