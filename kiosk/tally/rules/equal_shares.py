"""Method of Equal Shares (cost utilities) and its Pabulib completions.

- ``equalshares``: one MES run, every voter starting with exactly ``budget / n`` (a Fraction;
  n counts every ballot, empty ones included). Usually leaves money unspent.
- ``equalshares/add1``: the per-voter budget starts at ``floor(budget / n)`` and is raised by
  one currency unit at a time; after each raise MES is run again from scratch. We keep going
  while the new outcome still costs at most the real budget and return the last outcome that
  did (we do not stop at the first exhaustive outcome: this is what reproduces Wieliczka 2023).
  We also stop once an outcome funds every project someone supports (raising cannot add more).
- ``equalshares/add1-comparison``: the add1 outcome is compared with plain ``greedy`` (same
  budget, same tie-break). A voter *prefers* an outcome if it gives them more utility, utility
  being the money spent on the projects they support (points x cost for points ballots) --
  pabutools' ``popularity_comparison`` with ``Cost_Sat``, where an indifferent voter counts for
  both. Greedy is used only if strictly more voters prefer greedy than prefer Equal Shares;
  on equality Equal Shares stays.
"""

from __future__ import annotations

from fractions import Fraction

from kiosk.tally.rules.greedy import greedy_selection
from kiosk.tally.rules.mes_engine import MesPrepared, prepare, run_mes
from kiosk.tally.rules.model import Instance, Profile


def equal_shares(
    instance: Instance, profile: Profile, rank: dict[str, int]
) -> tuple[list[str], dict]:
    if len(profile) == 0:
        return [], {"per_voter_budget": None}
    prep = prepare(instance, profile, rank)
    b0 = Fraction(instance.budget, len(profile))
    stats: dict = {}
    funded = run_mes(prep, b0, stats)
    return funded, {"per_voter_budget": str(b0), **stats}


def equal_shares_add1(
    instance: Instance,
    profile: Profile,
    rank: dict[str, int],
    prep: MesPrepared | None = None,
) -> tuple[list[str], dict]:
    if len(profile) == 0:
        return [], {"per_voter_budget": None, "mes_runs": 0}
    if prep is None:
        prep = prepare(instance, profile, rank)
    costs = instance.costs
    everything = set(prep.ids) | set(prep.free)
    per_voter = instance.budget // len(profile)
    stats: dict = {}
    funded = run_mes(prep, per_voter, stats)
    runs = 1
    while set(funded) != everything:
        attempt = run_mes(prep, per_voter + 1, stats)
        runs += 1
        if sum(costs[p] for p in attempt) > instance.budget:
            break
        funded = attempt
        per_voter += 1
    details = {
        "per_voter_budget": per_voter,
        "start_per_voter_budget": instance.budget // len(profile),
        "mes_runs": runs,
        **stats,
    }
    return funded, details


def count_preferences(
    instance: Instance, profile: Profile, first: list[str], second: list[str]
) -> tuple[int, int]:
    """(voters getting more utility from `first`, voters getting more from `second`)."""
    costs = instance.costs
    a, b = set(first), set(second)
    prefer_first = prefer_second = 0
    for ballot in profile.ballots:
        weights = profile.weights(ballot)
        sat_a = sum(w * costs[p] for p, w in weights.items() if p in a)
        sat_b = sum(w * costs[p] for p, w in weights.items() if p in b)
        if sat_a > sat_b:
            prefer_first += 1
        elif sat_b > sat_a:
            prefer_second += 1
    return prefer_first, prefer_second


def equal_shares_add1_comparison(
    instance: Instance,
    profile: Profile,
    rank: dict[str, int],
    scores: dict[str, int],
    seed: str | int | None,
) -> tuple[list[str], dict]:
    mes, details = equal_shares_add1(instance, profile, rank)
    greedy = greedy_selection(instance, scores, seed=seed)
    prefer_greedy, prefer_mes = count_preferences(instance, profile, greedy, mes)
    use_greedy = prefer_greedy > prefer_mes
    details = {
        **details,
        "equal_shares_outcome": mes,
        "greedy_outcome": greedy,
        "voters_preferring_greedy": prefer_greedy,
        "voters_preferring_equal_shares": prefer_mes,
        "chosen": "greedy" if use_greedy else "equalshares/add1",
    }
    return (greedy if use_greedy else mes), details
