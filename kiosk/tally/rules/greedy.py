"""Greedy counting rules: the usual "most votes first" rules of municipal PB.

- ``greedy``: projects in descending score order; fund each one that still fits in the
  remaining money, skip the ones that do not and go on.
- ``greedy-no-skip``: the same, but stop at the first project that does not fit.
- ``greedy-threshold``: ``greedy`` restricted to projects whose score reaches the instance's
  ``min_project_score_threshold`` (META ``min_project_score_threshold``).
- ``top-k``: the k highest-scoring projects, costs ignored (approval committee elections).

Score = number of approvals, or total points. Projects with score 0 are never funded (no
voter asked for them). Equal scores follow the order of :mod:`kiosk.tally.rules.tiebreak`.
"""

from __future__ import annotations

from kiosk.tally.rules.model import Instance, RuleError
from kiosk.tally.rules.tiebreak import tie_break_order


def greedy_selection(
    instance: Instance,
    scores: dict[str, int],
    *,
    seed: str | int | None = None,
    skip: bool = True,
    threshold: int | None = None,
    groups: dict[str, int] | None = None,
    skipped: dict[str, str] | None = None,
) -> list[str]:
    """`groups` maps a project to its incompatible group: a project whose group already has a
    funded one is skipped (and noted in `skipped` as {project: the funded rival})."""
    costs = instance.costs
    remaining = instance.budget
    funded: list[str] = []
    taken: dict[int, str] = {}
    for project in tie_break_order(costs, scores, seed):
        score = scores[project]
        if score <= 0 or (threshold is not None and score < threshold):
            continue
        group = None if groups is None else groups.get(project)
        if group is not None and group in taken:
            if skipped is not None:
                skipped[project] = taken[group]
            continue
        if costs[project] <= remaining:
            if group is not None:
                taken[group] = project
            funded.append(project)
            remaining -= costs[project]
        elif not skip:
            break
    return funded


def greedy_threshold_selection(
    instance: Instance, scores: dict[str, int], *, seed: str | int | None = None,
    groups: dict[str, int] | None = None, skipped: dict[str, str] | None = None,
) -> list[str]:
    if instance.min_project_score_threshold is None:
        raise RuleError("greedy-threshold needs min_project_score_threshold (META) to be set")
    return greedy_selection(
        instance, scores, seed=seed, threshold=instance.min_project_score_threshold,
        groups=groups, skipped=skipped,
    )


def top_k_selection(
    instance: Instance, scores: dict[str, int], k: int | None, *, seed: str | int | None = None
) -> list[str]:
    if k is None or k < 0:
        raise RuleError("top-k needs k, the number of projects to select (a whole number >= 0)")
    ranked = [p for p in tie_break_order(instance.costs, scores, seed) if scores[p] > 0]
    return ranked[:k]
