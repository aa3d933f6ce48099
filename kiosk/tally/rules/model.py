"""The plain data the counting rules work on: projects, ballots, budget, outcome.

Money is always a whole number of currency units. A profile holds either approval ballots
(sets of project ids) or points ballots ({project id: points}, for cumulative, scoring and
ordinal votes turned into points).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

ApprovalBallot = frozenset[str]
PointsBallot = Mapping[str, int]
Ballot = ApprovalBallot | PointsBallot


class RuleError(ValueError):
    """A rule cannot run on this input (unknown rule, invalid instance, missing parameter)."""


@dataclass(frozen=True, slots=True)
class Project:
    id: str
    cost: int

    def __post_init__(self) -> None:
        if not isinstance(self.cost, int) or isinstance(self.cost, bool) or self.cost < 0:
            raise RuleError(f"project {self.id!r}: the cost must be a whole number >= 0")


@dataclass(frozen=True, slots=True)
class Instance:
    """The projects on the ballot (in a fixed order) and the money available."""

    projects: tuple[Project, ...]
    budget: int
    min_project_score_threshold: int | None = None

    def __post_init__(self) -> None:
        if not isinstance(self.budget, int) or isinstance(self.budget, bool) or self.budget < 0:
            raise RuleError("the budget must be a whole number >= 0")
        ids = [p.id for p in self.projects]
        if len(set(ids)) != len(ids):
            raise RuleError("project ids must be unique")

    def cost_of(self, project_ids) -> int:
        costs = self.costs
        return sum(costs[p] for p in project_ids)

    @property
    def costs(self) -> dict[str, int]:
        return {p.id: p.cost for p in self.projects}


@dataclass(frozen=True, slots=True)
class Profile:
    """All ballots cast. `approval` tells which of the two ballot kinds it holds."""

    ballots: tuple[Ballot, ...]
    approval: bool = True

    @classmethod
    def from_approvals(cls, ballots) -> Profile:
        return cls(tuple(frozenset(b) for b in ballots), approval=True)

    @classmethod
    def from_points(cls, ballots) -> Profile:
        cleaned = []
        for ballot in ballots:
            entry = {}
            for project, points in dict(ballot).items():
                if not isinstance(points, int) or isinstance(points, bool) or points < 0:
                    raise RuleError(f"points for project {project!r} must be whole numbers >= 0")
                if points:
                    entry[project] = points
            cleaned.append(entry)
        return cls(tuple(cleaned), approval=False)

    def __len__(self) -> int:
        return len(self.ballots)

    def weights(self, ballot: Ballot) -> Mapping[str, int]:
        """The ballot as {project: weight}: 1 per approved project, or the points."""
        if self.approval:
            return dict.fromkeys(ballot, 1)
        return ballot  # type: ignore[return-value]

    def scores(self, instance: Instance) -> dict[str, int]:
        """Votes (approval) or total points per project, for every project of the instance."""
        totals = {p.id: 0 for p in instance.projects}
        # identical ballots are usually one object (a count interns them): add each once,
        # times how often it occurs (a million ballots, a few thousand distinct ones)
        times = Counter(map(id, self.ballots))
        for ballot in {id(b): b for b in self.ballots}.values():
            n = times[id(ballot)]
            for project, weight in self.weights(ballot).items():
                if project not in totals:
                    raise RuleError(f"a ballot names project {project!r}, which is not listed")
                totals[project] += weight * n
        return totals

    def supporters(self, instance: Instance) -> dict[str, int]:
        """How many ballots support each project (approve it, or give it points)."""
        totals = {p.id: 0 for p in instance.projects}
        times = Counter(map(id, self.ballots))
        for ballot in {id(b): b for b in self.ballots}.values():
            n = times[id(ballot)]
            for project in self.weights(ballot):
                if project not in totals:
                    raise RuleError(f"a ballot names project {project!r}, which is not listed")
                totals[project] += n
        return totals


@dataclass(frozen=True, slots=True)
class Outcome:
    """What a rule decided. `funded` is in the order the rule chose the projects."""

    rule: str
    budget: int
    funded: tuple[str, ...]
    spent: int
    scores: dict[str, int]
    costs: dict[str, int]
    seed: str | None = None
    details: dict[str, Any] = field(default_factory=dict)

    @property
    def funded_set(self) -> frozenset[str]:
        return frozenset(self.funded)
