"""Counting rules for participatory budgeting, by their Pabulib names.

Pure Python (+ numpy for Equal Shares). See docs/tally.md (Rules) for the definitions, the
tie-break and what was verified. Entry point: :func:`run_rule`.
"""

from __future__ import annotations

from kiosk.domain.election import COUNTING_RULES
from kiosk.tally.rules.equal_shares import (
    equal_shares,
    equal_shares_add1,
    equal_shares_add1_comparison,
)
from kiosk.tally.rules.greedy import greedy_selection, greedy_threshold_selection, top_k_selection
from kiosk.tally.rules.model import Instance, Outcome, Profile, Project, RuleError
from kiosk.tally.rules.options import Options, restrict
from kiosk.tally.rules.tiebreak import tie_break_order, tie_break_rank

# The rules a package may name (kiosk.domain.election.COUNTING_RULES) and top-k, which only
# `kiosk tally pb` runs (approval without costs).
RULE_NAMES = (*COUNTING_RULES, "top-k")

__all__ = [
    "RULE_NAMES",
    "Instance",
    "Options",
    "Outcome",
    "Profile",
    "Project",
    "RuleError",
    "run_rule",
    "tie_break_order",
]


def run_rule(
    rule_name: str,
    instance: Instance,
    profile: Profile,
    *,
    seed: str | int | None = None,
    k: int | None = None,
    options: Options | None = None,
) -> Outcome:
    """Count `profile` with the named rule. `seed` only feeds the published tie-break order;
    `k` is the number of winners for ``top-k``; `options` are the package's signed rule
    options (kiosk/tally/rules/options.py): proposals missing an eligibility condition are set
    aside before the rule runs, and greedy rules fund at most one of each incompatible group."""
    if rule_name not in RULE_NAMES:
        raise RuleError(f"unknown rule {rule_name!r}; valid rules: {', '.join(RULE_NAMES)}")
    all_scores = profile.scores(instance)
    costs = instance.costs
    details: dict = {}
    options = options or Options()
    options.check(rule_name, instance)
    if not options.is_empty():
        details["options"] = options.to_details()
    set_aside = options.set_aside(instance, profile, all_scores)
    if set_aside:
        details["set_aside"] = dict(sorted(set_aside.items()))
        instance, profile = restrict(instance, profile,
                                     {p for p in costs if p not in set_aside})
    scores = {p: all_scores[p] for p in instance.costs}
    groups = options.group_of() if options.incompatible else None
    skipped: dict[str, str] = {}
    if rule_name == "greedy":
        funded = greedy_selection(instance, scores, seed=seed, groups=groups, skipped=skipped)
    elif rule_name == "greedy-no-skip":
        funded = greedy_selection(instance, scores, seed=seed, skip=False, groups=groups,
                                  skipped=skipped)
    elif rule_name == "greedy-threshold":
        funded = greedy_threshold_selection(instance, scores, seed=seed, groups=groups,
                                            skipped=skipped)
        details["min_project_score_threshold"] = instance.min_project_score_threshold
    elif rule_name == "top-k":
        funded = top_k_selection(instance, scores, k, seed=seed)
        details["k"] = k
    else:
        rank = tie_break_rank(instance.costs, scores, seed)
        if rule_name == "equalshares":
            funded, more = equal_shares(instance, profile, rank)
        elif rule_name == "equalshares/add1":
            funded, more = equal_shares_add1(instance, profile, rank)
        else:
            funded, more = equal_shares_add1_comparison(instance, profile, rank, scores, seed)
        details.update(more)
    if skipped:
        details["incompatible_skipped"] = dict(sorted(skipped.items()))
    return Outcome(
        rule=rule_name,
        budget=instance.budget,
        funded=tuple(funded),
        spent=sum(costs[p] for p in funded),
        scores=all_scores,
        costs=costs,
        seed=None if seed is None else str(seed),
        details=details,
    )
