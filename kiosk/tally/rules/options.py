"""Rule options a package may sign before anyone votes, as the counting rules apply them.

Two kinds:

- **Eligibility conditions**, checked on the counted ballots before any rule runs; a proposal
  that misses one is set aside and the rule runs on the others (its score is still reported):

  - ``min_score``: at least this many votes (approval, knapsack) or points (cumulative) —
    Pabulib's ``min_project_score_threshold`` (Katowice, Łódź, Warszawa);
  - ``min_voter_share_percent``: at least this percentage of the counted ballots support it;
  - ``eligibility_k``: Świecie's share — a proposal needs at least cost ÷ (k × budget) of the
    voters: ``supporters × k × budget ≥ cost × n``, n counting every ballot.

  Whole numbers only, compared exactly (no floating point).

- **Incompatible groups**: at most one proposal of a group is funded (two plans for the same
  square). The greedy rules take the proposals in their usual order and skip a proposal whose
  group already has a funded one, saying which. The Equal Shares rules do not take groups.
"""

from __future__ import annotations

from dataclasses import dataclass

from kiosk.domain.rule_options import RuleOptions
from kiosk.tally.rules.model import Instance, Profile, RuleError

GREEDY_RULES = ("greedy", "greedy-no-skip", "greedy-threshold")

# why a proposal was set aside before counting (the reason ids reports and the site translate)
BELOW_SCORE = "below-min-score"
BELOW_SHARE = "below-voter-share"
BELOW_ELIGIBILITY = "below-eligibility-share"


@dataclass(frozen=True)
class Options:
    min_score: int | None = None
    min_voter_share_percent: int | None = None
    eligibility_k: int | None = None
    incompatible: tuple[tuple[str, ...], ...] = ()

    @property
    def screens(self) -> bool:
        return any(v is not None for v in (self.min_score, self.min_voter_share_percent,
                                           self.eligibility_k))

    def is_empty(self) -> bool:
        return not self.screens and not self.incompatible

    def check(self, rule_name: str, instance: Instance) -> None:
        if self.incompatible and rule_name not in GREEDY_RULES:
            raise RuleError(f"incompatible groups need a greedy rule; {rule_name} cannot "
                            "take them")
        known = set(instance.costs)
        seen: set[str] = set()
        for group in self.incompatible:
            for project in group:
                if project not in known:
                    raise RuleError(f"incompatible group names project {project!r}, "
                                    "which is not listed")
                if project in seen:
                    raise RuleError(f"project {project!r} is in two incompatible groups")
                seen.add(project)

    def set_aside(self, instance: Instance, profile: Profile,
                  scores: dict[str, int]) -> dict[str, str]:
        """{project id: reason} for each project that misses an eligibility condition."""
        if not self.screens:
            return {}
        n = len(profile)
        supporters = profile.supporters(instance) if (
            self.min_voter_share_percent is not None or self.eligibility_k is not None) else {}
        out: dict[str, str] = {}
        for project in instance.projects:
            pid = project.id
            if self.min_score is not None and scores[pid] < self.min_score:
                out[pid] = BELOW_SCORE
            elif (self.min_voter_share_percent is not None
                  and supporters[pid] * 100 < self.min_voter_share_percent * n):
                out[pid] = BELOW_SHARE
            elif (self.eligibility_k is not None
                  and supporters[pid] * self.eligibility_k * instance.budget < project.cost * n):
                out[pid] = BELOW_ELIGIBILITY
        return out

    def group_of(self) -> dict[str, int]:
        return {p: i for i, group in enumerate(self.incompatible) for p in group}

    def to_details(self) -> dict:
        """The options as the package and results.json write them (RuleOptions.to_dict)."""
        return RuleOptions(self.min_score, self.min_voter_share_percent, self.eligibility_k,
                           self.incompatible).to_dict()


def restrict(instance: Instance, profile: Profile,
             keep: set[str]) -> tuple[Instance, Profile]:
    """The instance and profile without the projects not in `keep` (ballots keep their count;
    identical ballots stay one object)."""
    projects = tuple(p for p in instance.projects if p.id in keep)
    cache: dict[int, object] = {}
    ballots = []
    for ballot in profile.ballots:
        done = cache.get(id(ballot))
        if done is None:
            if profile.approval:
                done = frozenset(p for p in ballot if p in keep)
            else:
                done = {p: v for p, v in ballot.items() if p in keep}
            cache[id(ballot)] = done
        ballots.append(done)
    return (Instance(projects, instance.budget, instance.min_project_score_threshold),
            Profile(tuple(ballots), approval=profile.approval))
