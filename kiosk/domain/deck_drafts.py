"""The ballots a logic-and-accuracy test deck holds, drafted from an election's rule.

`rule_drafts` gives the ballots one rule calls for (every proposal chosen, the budget edge, the
most choices or points, an empty ballot where allowed), `balancing` the single-proposal ballots
that give every proposal a different total, `test_identities` the made-up identities. Used for
one-pot decks (kiosk.domain.test_deck) and, on each pot's view, for decks with pots
(kiosk.domain.test_deck_pots). deck.csv itself is kiosk.domain.test_deck's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from kiosk.domain import voting_codes
from kiosk.domain.ballot import Ballot, is_valid, minimum_spend
from kiosk.domain.election import Election, EligibilityMode, RuleKind
from kiosk.domain.personnummer import luhn_ok
from kiosk.domain.pots import PotsBallot

MAX_BALANCING = 40  # single-proposal ballots added at most to make every total different
MAX_SUBSETS = 200_000  # sums remembered while looking for the budget edge


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
