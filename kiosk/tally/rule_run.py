"""The thin adapter between an election and the counting rules (kiosk.tally.rules).

Knapsack and approval ballots count as approval votes; cumulative ballots as points. Knapsack
elections carry their budget in the package; approval and cumulative ones need `--budget`.
The tie-break is the rules' published order (kiosk/tally/rules/tiebreak.py) with our seed.
"""

from __future__ import annotations

import json

from kiosk.domain.election import Election, RuleKind
from kiosk.domain.errors import KioskError
from kiosk.tally.rules import (
    RULE_NAMES,
    Instance,
    Options,
    Outcome,
    Profile,
    Project,
    RuleError,
    run_rule,
)

PACKAGE_RULE_FIELD = "counting"  # election.counting in the signed manifest, when a package names it


class CountError(KioskError):
    """The count cannot run as asked (state, rule, budget)."""


# top-k needs k, which an election package does not carry; greedy-threshold needs the
# package's [options] min_score (with pots: the pot's own options' min_score)
COUNT_RULES = tuple(n for n in RULE_NAMES if n != "top-k")


def _min_score(manifest: dict) -> object:
    options = manifest.get("election", {}).get("options")
    return options.get("min_score") if isinstance(options, dict) else None


def check_rule(name: str, manifest: dict | None = None) -> str:
    if name == "greedy-threshold" and _min_score(manifest or {}) is None:
        raise CountError("tally.rule_needs_threshold", "greedy-threshold needs a minimum score, "
                         "which this election package does not carry ([options] min_score); "
                         "count with another rule, or run `kiosk tally pb` on a Pabulib file "
                         "with min_project_score_threshold in its META")
    if name not in COUNT_RULES:
        raise CountError("tally.unknown_rule", f"unknown counting rule {name!r}; use one of "
                         f"{', '.join(COUNT_RULES)}")
    return name


def rule_for(manifest: dict, given: str | None) -> str:
    """The counting rule: the package's own (signed before anyone voted); never a silent default.

    `--rule` may only repeat it. Packages built before `counting` existed name no rule, so for
    those the officials must name it with `--rule`; it is recorded in the signed results and
    the protocol. (What-if counts with other rules: `kiosk tally pb` on the Pabulib report.)
    """
    if given:
        check_rule(given, manifest)
    named = manifest.get("election", {}).get(PACKAGE_RULE_FIELD)
    if isinstance(named, str) and named:
        if given and given != named:
            raise CountError("tally.rule_mismatch", f"the election package names the counting "
                             f"rule {named}; --rule {given} would contradict it (for a what-if "
                             "count use `kiosk tally pb` on the report's .pb file)")
        return check_rule(named, manifest)
    if given:
        return given
    raise CountError("tally.needs_rule", "this election package does not name its counting "
                     f"rule; choose it with --rule ({', '.join(COUNT_RULES)}); it is recorded "
                     "in the signed results")


def budget_for(election: Election, budget: int | None) -> int:
    rule = election.rule
    if rule.kind is RuleKind.KNAPSACK:
        if budget is not None and budget != rule.budget:
            raise CountError("tally.budget_mismatch", f"the package's budget is {rule.budget} "
                             f"kr; --budget {budget} would contradict it")
        return rule.budget
    if budget is None or budget <= 0:
        raise CountError("tally.needs_budget", f"this election's ballot rule ({rule.kind.value}) "
                         "carries no budget; give the money available with --budget KR")
    return budget


def is_approval(election: Election) -> bool:
    return election.rule.kind is not RuleKind.CUMULATIVE


class BallotInterner:
    """Identical ballots share one object: a million ballots over a few proposals stay small."""

    def __init__(self, approval: bool) -> None:
        self.approval = approval
        self.cache: dict[str, object] = {}
        self.ballots: list = []

    def _intern(self, choices: str):
        ballot = self.cache.get(choices)
        if ballot is None:
            value = json.loads(choices)
            ballot = frozenset(value) if self.approval else dict(value)
            self.cache[choices] = ballot
        return ballot

    def add(self, choices: str) -> None:
        self.ballots.append(self._intern(choices))

    def extend(self, distinct: list[str], numbers) -> None:
        """Add ballots given as numbers into `distinct` (a chunk's distinct choices)."""
        known = [self._intern(choices) for choices in distinct]
        self.ballots.extend(map(known.__getitem__, numbers))

    def profile(self) -> Profile:
        return Profile(tuple(self.ballots), approval=self.approval)


def instance_for(election: Election, budget: int) -> Instance:
    return Instance(tuple(Project(p.id, p.cost) for p in election.proposals), budget,
                    election.options.min_score)


def options_for(election: Election) -> Options:
    """The package's signed rule options as the counting rules take them."""
    o = election.options
    return Options(min_score=o.min_score, min_voter_share_percent=o.min_voter_share_percent,
                   eligibility_k=o.eligibility_k, incompatible=o.incompatible)


def run_count(election: Election, rule: str, budget: int, seed: str,
              profile: Profile) -> Outcome:
    try:
        return run_rule(rule, instance_for(election, budget), profile, seed=seed,
                        options=options_for(election))
    except RuleError as error:
        raise CountError("tally.rule_failed", f"the rule {rule} cannot count this election: "
                         f"{error}") from None


def options_part(election, outcome) -> dict:
    """The package's rule options and what they did, only when the package has options (so a
    results document without them is what it was)."""
    if election.options.is_empty():
        return {}
    return {"options": {
        **election.options.to_dict(),
        "set_aside": outcome.details.get("set_aside", {}),
        "incompatible_skipped": outcome.details.get("incompatible_skipped", {}),
    }}
