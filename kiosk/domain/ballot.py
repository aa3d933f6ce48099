"""Ballots and their validation against the election's rule (approval, knapsack, cumulative).

A ballot's choices are a mapping proposal id -> points. Approval and knapsack ballots give each
chosen proposal 1 point; cumulative ballots give 1..max_per_proposal. Validation is pure and
total: every way a ballot can break a rule raises a BallotError with its own message id.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from kiosk.domain.election import BallotRule, Election, RuleKind
from kiosk.domain.errors import BallotError


@dataclass(frozen=True)
class Ballot:
    choices: tuple[tuple[str, int], ...]  # sorted (proposal id, points)

    @classmethod
    def of(cls, choices: Mapping[str, int] | list[str] | set[str] | tuple[str, ...]) -> Ballot:
        if isinstance(choices, Mapping):
            items = {k: v for k, v in choices.items() if v != 0}
        else:
            items = {}
            for pid in choices:
                if pid in items:
                    raise BallotError("ballot.duplicate_choice",
                                      f"proposal {pid} is chosen twice", proposal=pid)
                items[pid] = 1
        return cls(tuple(sorted(items.items())))

    @property
    def chosen(self) -> tuple[str, ...]:
        return tuple(pid for pid, _ in self.choices)

    def points(self, proposal_id: str) -> int:
        return dict(self.choices).get(proposal_id, 0)

    def to_json(self, rule: BallotRule) -> list | dict:
        """The choices as they go into the inner envelope."""
        if rule.kind is RuleKind.CUMULATIVE:
            return dict(self.choices)
        return list(self.chosen)

    @classmethod
    def from_json(cls, value: object) -> Ballot:
        if isinstance(value, list) and all(isinstance(v, str) for v in value):
            return cls.of(value)
        if isinstance(value, dict) and all(
            isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool)
            for k, v in value.items()
        ):
            return cls.of(value)
        raise BallotError("ballot.malformed", "the ballot's choices are malformed")


def ballot_cost(election: Election, ballot: Ballot) -> int:
    return sum(election.proposal(pid).cost for pid in ballot.chosen)


def validate_ballot(election: Election, ballot: Ballot) -> None:
    """Raise BallotError if the ballot breaks the election's rule."""
    rule = election.rule
    known = set(election.proposal_ids)
    for pid, points in ballot.choices:
        if pid not in known:
            raise BallotError("ballot.unknown_proposal", f"there is no proposal {pid}",
                              proposal=pid)
        if points < 0:
            raise BallotError("ballot.negative_points",
                              f"proposal {pid} got {points} points, points cannot be negative",
                              proposal=pid, points=points)
    count = len(ballot.choices)
    if rule.kind is RuleKind.APPROVAL:
        if any(points != 1 for _, points in ballot.choices):
            raise BallotError("ballot.not_approval",
                              "an approval ballot chooses, it gives no points")
        if count > rule.max_choices:
            raise BallotError("ballot.too_many", f"{count} proposals chosen, at most "
                              f"{rule.max_choices} are allowed", chosen=count,
                              allowed=rule.max_choices)
        if count < rule.min_choices:
            raise BallotError("ballot.too_few", f"{count} proposals chosen, at least "
                              f"{rule.min_choices} are needed", chosen=count,
                              needed=rule.min_choices)
    elif rule.kind is RuleKind.KNAPSACK:
        if any(points != 1 for _, points in ballot.choices):
            raise BallotError("ballot.not_approval", "a budget ballot chooses, it gives no points")
        cost = ballot_cost(election, ballot)
        if cost > rule.budget:
            raise BallotError("ballot.over_budget", f"the chosen proposals cost {cost} kr, "
                              f"more than the budget of {rule.budget} kr", cost=cost,
                              budget=rule.budget)
        minimum = minimum_spend(rule)
        if cost < minimum:
            raise BallotError("ballot.under_minimum_spend", f"the chosen proposals cost {cost} kr,"
                              f" at least {minimum} kr must be used", cost=cost, minimum=minimum)
    else:
        total = sum(points for _, points in ballot.choices)
        for pid, points in ballot.choices:
            if points > rule.max_per_proposal:
                raise BallotError("ballot.points_over_max", f"proposal {pid} got {points} points,"
                                  f" at most {rule.max_per_proposal} are allowed", proposal=pid,
                                  points=points, allowed=rule.max_per_proposal)
        if total > rule.total_points:
            raise BallotError("ballot.points_over_total", f"{total} points given, at most "
                              f"{rule.total_points} are allowed", given=total,
                              allowed=rule.total_points)


def minimum_spend(rule: BallotRule) -> int:
    """Smallest total cost a knapsack ballot must reach (rounded up to whole kronor)."""
    return -(-rule.budget * rule.min_spent_percent // 100)


def is_valid(election: Election, ballot: Ballot) -> bool:
    try:
        validate_ballot(election, ballot)
    except BallotError:
        return False
    return True
