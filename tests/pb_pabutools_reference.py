"""The same rules computed by pabutools (test reference only, never used by the kiosk).

How we make pabutools comparable: Cost_Sat (or points x cost for points ballots) as the
satisfaction, our published tie-break order passed as pabutools' TieBreakingRule, projects no
one supports removed before greedy (pabutools would fund them if they fit; we never do), and
add1 as the data README defines it (per-voter budget floor(budget/n), +1, ... while it fits).
One deliberate difference: with cost utilities a project costing 0 gives utility 0, so
pabutools' MES never funds it; we fund free projects someone supports, so they are added here.
"""

from __future__ import annotations

from pabutools.election import (
    AdditiveSatisfaction,
    ApprovalBallot,
    ApprovalProfile,
    Cost_Sat,
    CumulativeBallot,
    CumulativeProfile,
)
from pabutools.election import Instance as PInstance
from pabutools.election import Project as PProject
from pabutools.rules import (
    BudgetAllocation,
    greedy_utilitarian_welfare,
    method_of_equal_shares,
    popularity_comparison,
)
from pabutools.tiebreaking import TieBreakingRule

from kiosk.tally.rules import Instance, Profile
from kiosk.tally.rules.tiebreak import tie_break_rank


class PointsCostSat(AdditiveSatisfaction):
    """Utility = points x cost (our utility for points ballots)."""

    def __init__(self, instance, profile, ballot):
        super().__init__(
            instance, profile, ballot, lambda _i, _p, b, proj, _pre: b.get(proj, 0) * proj.cost
        )


class Reference:
    def __init__(self, instance: Instance, profile: Profile, seed=None):
        self.instance = instance
        self.costs = instance.costs
        self.scores = profile.scores(instance)
        rank = tie_break_rank(self.costs, self.scores, seed)
        self.tie = TieBreakingRule(lambda _i, _p, project: rank[project.name])
        self.projects = {p.id: PProject(p.id, p.cost) for p in instance.projects}
        self.n = len(profile)
        if profile.approval:
            self.profile = ApprovalProfile(
                [ApprovalBallot([self.projects[p] for p in b]) for b in profile.ballots]
            )
            self.sat = Cost_Sat
        else:
            self.profile = CumulativeProfile(
                [
                    CumulativeBallot({self.projects[p]: v for p, v in b.items()})
                    for b in profile.ballots
                ]
            )
            self.sat = PointsCostSat

    def _instance(self, budget, supported_only=False):
        projects = [
            p for p in self.projects.values() if not supported_only or self.scores[p.name] > 0
        ]
        return PInstance(projects, budget_limit=budget)

    def greedy(self) -> set[str]:
        chosen = greedy_utilitarian_welfare(
            self._instance(self.instance.budget, supported_only=True),
            self.profile,
            sat_class=self.sat,
            tie_breaking=self.tie,
        )
        return {p.name for p in chosen}

    def mes(self, budget_total=None) -> set[str]:
        if self.n == 0:
            return set()
        budget = self.instance.budget if budget_total is None else budget_total
        chosen = method_of_equal_shares(
            self._instance(budget), self.profile, sat_class=self.sat, tie_breaking=self.tie
        )
        free = {p for p, cost in self.costs.items() if cost == 0 and self.scores[p] > 0}
        return {p.name for p in chosen} | free

    def mes_add1(self) -> set[str]:
        if self.n == 0:
            return set()
        everything = {p for p, s in self.scores.items() if s > 0}
        per_voter = self.instance.budget // self.n
        funded = self.mes(per_voter * self.n)
        while funded != everything:
            attempt = self.mes((per_voter + 1) * self.n)
            if sum(self.costs[p] for p in attempt) > self.instance.budget:
                break
            funded, per_voter = attempt, per_voter + 1
        return funded

    def mes_add1_comparison(self) -> set[str]:
        mes = BudgetAllocation(self.projects[p] for p in sorted(self.mes_add1()))
        greedy = BudgetAllocation(self.projects[p] for p in sorted(self.greedy()))
        best = popularity_comparison(
            self._instance(self.instance.budget),
            self.profile,
            self.sat,
            [lambda *_a, **_k: mes, lambda *_a, **_k: greedy],
        )
        chosen = best[0] if len(best) == 1 else mes  # equal support: Equal Shares stays
        return {p.name for p in chosen}
