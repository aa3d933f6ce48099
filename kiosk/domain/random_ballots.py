"""Random valid ballots and identities, for the simulator, benchmarks and tests."""

from __future__ import annotations

import random
from datetime import date, timedelta

from kiosk.domain.ballot import Ballot, minimum_spend
from kiosk.domain.election import Election, RuleKind
from kiosk.domain.personnummer import luhn_ok
from kiosk.domain.pots import PotsBallot


def random_ballot(election: Election, rng: random.Random) -> Ballot | PotsBallot:
    """A random valid ballot; for a package with pots, a random district's voter's."""
    if not election.pots:
        return _one_pot_ballot(election, rng)
    districts = election.district_pots
    district = rng.choice(districts).id if districts else None
    return PotsBallot.of({pot.id: _one_pot_ballot(election.pot_view(pot.id), rng)
                          for pot in election.pots_for(district)})


def _one_pot_ballot(election: Election, rng: random.Random) -> Ballot:
    rule = election.rule
    ids = list(election.proposal_ids)
    rng.shuffle(ids)
    if rule.kind is RuleKind.APPROVAL:
        size = rng.randint(rule.min_choices, rule.max_choices)
        return Ballot.of(ids[:size])
    if rule.kind is RuleKind.KNAPSACK:
        chosen, spent = [], 0
        stop_after = rng.randint(1, len(ids))
        for pid in ids:
            cost = election.proposal(pid).cost
            if spent + cost <= rule.budget:
                chosen.append(pid)
                spent += cost
            if len(chosen) >= stop_after and spent >= minimum_spend(rule):
                break
        return Ballot.of(chosen)
    points: dict[str, int] = {}
    left = rng.randint(1, rule.total_points)
    while left > 0:
        pid = rng.choice(ids)
        if points.get(pid, 0) < rule.max_per_proposal:
            points[pid] = points.get(pid, 0) + 1
            left -= 1
        elif all(points.get(p, 0) >= rule.max_per_proposal for p in ids):
            break
    return Ballot.of(points)


def random_personnummer(rng: random.Random, born_before: date) -> str:
    """A valid (Luhn-correct) personnummer of someone born before `born_before`."""
    born = born_before - timedelta(days=rng.randint(1, 365 * 60))
    stem = f"{born:%y%m%d}{rng.randint(0, 999):03d}"
    check = next(d for d in range(10) if luhn_ok(stem + str(d)))
    return f"{born:%Y%m%d}-{stem[6:]}{check}"
