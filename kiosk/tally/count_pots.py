"""Counting a package with several pots: each pot on its own, with its own rule and budget.

The opened ballots of such a package carry one part per pot ({"city": [...], "north": [...]},
kiosk.domain.pots). Each pot is counted over the ballots that vote in it (every ballot for a
city-wide pot, the district's voters for a district pot) with the pot's own view of the
election, so the counting rules see an ordinary one-pot election. The results document gains a
`pots` list, one entry per pot, each shaped like the one-pot fields (rule, budget, projects,
funded, spent) plus the pot's id, kind, names and turnout (`ballots`), and `options` (the
pot's rule options and what they did) when the pot has options.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from kiosk.crypto.canonical import canonical
from kiosk.domain.election import Election
from kiosk.tally.rule_run import (
    BallotInterner,
    CountError,
    is_approval,
    options_part,
    rule_for,
    run_count,
)
from kiosk.tally.rules import Outcome, Profile

POTS_RULE = "pots"  # the top-level "rule" of a results document whose pots are counted apart


class PotsInterner(BallotInterner):
    """Identical ballots share one object: {pot id: frozenset (approval) | dict (points)}."""

    def __init__(self, election: Election) -> None:
        super().__init__(True)
        self.approval = {pot.id: is_approval(election.pot_view(pot.id)) for pot in election.pots}

    def _intern(self, choices: str):
        ballot = self.cache.get(choices)
        if ballot is None:
            value = json.loads(choices)
            ballot = {pot_id: frozenset(part) if self.approval[pot_id] else dict(part)
                      for pot_id, part in value.items()}
            self.cache[choices] = ballot
        return ballot

    def pot_profile(self, pot_id: str) -> Profile:
        """The ballots that vote in this pot, as that pot's profile."""
        return Profile(tuple(b[pot_id] for b in self.ballots if pot_id in b),
                       approval=self.approval[pot_id])


def interner_for(election: Election) -> BallotInterner:
    return PotsInterner(election) if election.pots else BallotInterner(is_approval(election))


def pot_plans(manifest: dict, election: Election, rule: str | None,
              budget: int | None) -> list[tuple[str, str, int]]:
    """(pot id, counting rule, budget) of every pot, or the one reason the count cannot run.

    Each pot's rule and budget (a knapsack rule's budget, or an approval or cumulative pot's
    `budget`) are signed in the package, so --budget has nothing to say, and --rule may only
    repeat a rule every pot uses."""
    if budget is not None:
        raise CountError("tally.pots_budget", "this election has several pots, each with its "
                         "own budget in the package; leave out --budget")
    plans = []
    package_rule = manifest.get("election", {}).get("counting")
    for pot in election.pots:
        named = pot.counting or package_rule
        head = {"options": pot.options.to_dict(), **({"counting": named} if named else {})}
        rule_name = rule_for({"election": head}, rule)
        plans.append((pot.id, rule_name, pot.money))
    return plans


def count_pots(election: Election, plans: list[tuple[str, str, int]], seed: str,
               interner: PotsInterner) -> tuple[list[dict], list[Outcome]]:
    """Each pot's results entry (for results.json) and outcome, in the package's pot order."""
    entries, outcomes = [], []
    for pot_id, rule_name, budget in plans:
        view, pot = election.pot_view(pot_id), election.pot(pot_id)
        profile = interner.pot_profile(pot_id)
        outcome = run_count(view, rule_name, budget, seed, profile)
        funded = set(outcome.funded)
        entries.append({
            "id": pot_id, "kind": pot.kind.value, "names": dict(sorted(pot.names.items())),
            "ballot_kind": view.rule.kind.value, "rule": rule_name, "budget": budget,
            "ballots": len(profile.ballots),
            "projects": [{"id": p.id, "cost": p.cost, "score": outcome.scores[p.id],
                          "funded": p.id in funded} for p in view.proposals],
            "funded": list(outcome.funded), "spent": outcome.spent,
            **options_part(view, outcome)})
        outcomes.append(outcome)
    return entries, outcomes


def whole_outcome(election: Election, entries: list[dict]) -> Outcome:
    """The pots' outcomes together, for the top-level projects/funded/spent of results.json."""
    projects = [p for entry in entries for p in entry["projects"]]
    return Outcome(rule=POTS_RULE, budget=sum(entry["budget"] for entry in entries),
                   funded=tuple(pid for entry in entries for pid in entry["funded"]),
                   spent=sum(entry["spent"] for entry in entries),
                   scores={p["id"]: p["score"] for p in projects},
                   costs={p["id"]: p["cost"] for p in projects})


def pot_view_of_results(results: dict, pot_id: str) -> dict:
    """A results document as if its election held only this pot (for reports that show one
    pot at a time): the pot's rule, budget, projects, funded, spent; turnout as `ballots`."""
    entry = next(e for e in results["pots"] if e["id"] == pot_id)
    return {**results, **{k: v for k, v in entry.items() if k not in ("id", "names")},
            "valid": entry["ballots"], "pot": entry["id"], "pot_names": entry["names"],
            "pots": []}


def pot_ballots(ballots: Iterable[tuple[int, str]], pot_id: str) -> Iterator[tuple[int, str]]:
    """(position, canonical choices) of the valid ballots that vote in this pot, as that
    pot's own choices (for the pot's Pabulib file)."""
    for position, choices in ballots:
        part = json.loads(choices).get(pot_id)
        if part is not None:
            yield position, canonical(part).decode("utf-8")
