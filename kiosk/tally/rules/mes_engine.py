"""One run of the Method of Equal Shares (cost utilities) with a given budget per voter.

Definitions (the same as pabutools' ``method_of_equal_shares`` with ``Cost_Sat``): voter i gives
project p the utility ``w_i(p) * cost(p)``, where ``w_i(p)`` is 1 for an approval and the points
otherwise. Every voter starts with the same budget ``b0``. In each round, for every project still
in the race, the smallest price per unit of utility ``rho`` is found such that its supporters,
each paying ``min(budget_i, rho * utility_i)``, cover the cost; the project with the smallest
``rho`` is funded (exact ties: the tie-break order), its supporters pay, and the round repeats
until no project can be paid for by its supporters. Projects costing 0 that someone supports
are funded first. With ``alpha = rho * cost`` a supporter pays ``min(budget_i, alpha * w_i)``.

How it stays exact and fast: identical ballots are merged (with multiplicity); budgets are kept
per ballot group in float64 and every decision (who pays all they have, whether supporters can
afford a project, which project is cheapest) is first taken in floats. A float decision is
trusted only when it clears a margin (``_REL``) some 10^4 times larger than the worst rounding
error; otherwise -- exact ties, a budget exactly equal to a share, supporters' money exactly
equal to a cost -- it is redone with ``fractions.Fraction``: a group's exact budget is rebuilt
from the history of the rounds (b0 minus the exact shares it paid), so outcomes never depend on
float rounding. Prices only rise from round to round, so a project whose last price is above
the current best is not re-priced (lazy evaluation, as in pabutools).
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import numpy as np

from kiosk.tally.rules.model import Instance, Profile

_REL = 1e-8  # margin factor: float64 rounding here is below ~1e-12 of the quantities involved
_MAX_FIXPOINT_STEPS = 50


@dataclass
class MesPrepared:
    """The profile reorganised once for many MES runs (add1 runs MES hundreds of times)."""

    ids: list[str]  # candidate projects: cost > 0 and supported by someone
    costs: list[int]
    free: list[str]  # projects costing 0 that someone supports
    rank: list[int]  # tie-break rank of each candidate (lower wins)
    n_voters: int
    sup: list[np.ndarray]  # supporter groups of each candidate
    msup: list[np.ndarray]  # their multiplicities (float64, exact integers)
    wsup: list[np.ndarray] | None  # their weights (points), None for approval ballots
    mwsup: list[np.ndarray]  # multiplicity * weight (float64)
    total_weight: list[float]  # sum of mwsup
    overlap: np.ndarray  # overlap[j, k]: candidates j and k share a supporter
    n_groups: int


def prepare(instance: Instance, profile: Profile, rank: dict[str, int]) -> MesPrepared:
    index = {p.id: i for i, p in enumerate(instance.projects)}
    groups: dict[frozenset, int] = {}
    for ballot in profile.ballots:
        key = frozenset(profile.weights(ballot).items())
        groups[key] = groups.get(key, 0) + 1
    sup_lists: list[list[int]] = [[] for _ in instance.projects]
    w_lists: list[list[int]] = [[] for _ in instance.projects]
    mult = np.fromiter(groups.values(), dtype=np.float64, count=len(groups))
    for g, key in enumerate(groups):
        for project, weight in key:
            if project not in index:
                raise ValueError(f"a ballot names project {project!r}, which is not listed")
            if weight > 0:
                sup_lists[index[project]].append(g)
                w_lists[index[project]].append(weight)
    ids, costs, free, sup, msup, wsup = [], [], [], [], [], []
    for p, members, weights in zip(instance.projects, sup_lists, w_lists, strict=True):
        if not members:
            continue
        if p.cost == 0:
            free.append(p.id)
            continue
        arr = np.asarray(members, dtype=np.int64)
        ids.append(p.id)
        costs.append(p.cost)
        sup.append(arr)
        msup.append(mult[arr])
        wsup.append(np.asarray(weights, dtype=np.int64))
    approval = profile.approval or all(bool((w == 1).all()) for w in wsup)
    free.sort(key=lambda p: rank[p])
    mwsup = [m * w for m, w in zip(msup, wsup, strict=True)]
    return MesPrepared(
        ids=ids,
        costs=costs,
        free=free,
        rank=[rank[p] for p in ids],
        n_voters=len(profile),
        sup=sup,
        msup=msup,
        wsup=None if approval else wsup,
        mwsup=mwsup,
        total_weight=[float(x.sum()) for x in mwsup],
        overlap=_overlap(sup, len(groups)),
        n_groups=len(groups),
    )


def _overlap(sup: list[np.ndarray], n_groups: int, chunk: int = 16384) -> np.ndarray:
    """overlap[j, k]: some ballot supports both j and k (computed in slices to bound memory)."""
    total = np.zeros((len(sup), len(sup)), dtype=np.float64)
    for start in range(0, n_groups, chunk):
        stop = min(start + chunk, n_groups)
        incidence = np.zeros((stop - start, len(sup)), dtype=np.float32)
        for j, members in enumerate(sup):
            lo, hi = np.searchsorted(members, (start, stop))
            incidence[members[lo:hi] - start, j] = 1.0
        total += incidence.T @ incidence
    return total > 0


@dataclass
class _Eval:
    """A project's current price; `poor` marks the supporter groups that pay all they have."""

    poor: np.ndarray
    alpha_f: float
    lb: float  # lower bound of the exact rho = alpha / cost
    ub: float  # upper bound of the exact rho
    alpha: Fraction | None = None  # exact, when it had to be computed


class MesRun:
    """The state of one MES run: a float budget per group, and the history of the rounds.

    A group's exact budget before round T is 0 if it paid everything it had in an earlier
    round, and otherwise ``b0 - sum(alpha_r * weight)`` over the earlier rounds r in which it
    supported the funded project; it is rebuilt from the history only when a decision needs it.
    """

    def __init__(self, prep: MesPrepared, b0: int | Fraction):
        self.prep = prep
        self.b0 = Fraction(b0)
        self.b0f = float(b0)
        self.bud = np.full(prep.n_groups, self.b0f)
        self.rounds: list[tuple[int, _Eval]] = []
        self.exact_alpha: dict[int, Fraction] = {}
        self.exact_evals = 0

    # ---- exact values, computed only when a float decision is too close to call ----

    def exact_budgets(self, groups: np.ndarray, before: int) -> list[tuple[Fraction, np.ndarray]]:
        """[(exact budget, mask of `groups` having it)] at the start of round `before`."""
        prep = self.prep
        if before == 0:
            return [(self.b0, np.ones(len(groups), dtype=bool))]
        spent_out = np.zeros(len(groups), dtype=bool)
        paid = np.zeros((len(groups), before), dtype=np.int64)
        for r in range(before):
            j, ev = self.rounds[r]
            members = prep.sup[j]
            pos = np.minimum(np.searchsorted(members, groups), len(members) - 1)
            inside = members[pos] == groups
            spent_out |= inside & ev.poor[pos]
            weight = prep.wsup[j][pos] if prep.wsup is not None else 1
            paid[:, r] = np.where(inside & ~ev.poor[pos], weight, 0)
        paid[spent_out] = -1  # one pattern for all spent-out groups
        patterns, inverse = np.unique(paid, axis=0, return_inverse=True)
        inverse = inverse.reshape(-1)
        result = []
        for i, row in enumerate(patterns.tolist()):
            if row and row[0] == -1:
                value = Fraction(0)
            else:
                value = self.b0 - sum(
                    (self.alpha_exact(r) * w for r, w in enumerate(row) if w), Fraction(0)
                )
            result.append((value, inverse == i))
        return result

    def alpha_exact(self, r: int) -> Fraction:
        if r not in self.exact_alpha:
            j, ev = self.rounds[r]
            self.exact_alpha[r] = self._alpha_for(j, ev.poor, r)
        return self.exact_alpha[r]

    def _alpha_for(self, j: int, poor: np.ndarray, before: int) -> Fraction:
        prep = self.prep
        mult = prep.msup[j][poor]
        paid = Fraction(0)
        for value, mask in self.exact_budgets(prep.sup[j][poor], before):
            if value:
                paid += value * int(mult[mask].sum())
        rich = int(prep.mwsup[j][~poor].sum())
        return (prep.costs[j] - paid) / rich

    def ev_alpha_exact(self, j: int, ev: _Eval) -> Fraction:
        if ev.alpha is None:
            ev.alpha = self._alpha_for(j, ev.poor, len(self.rounds))
        return ev.alpha

    # ---- pricing a project ----

    def evaluate(self, j: int) -> _Eval | None:
        """The project's current price, or None if its supporters cannot pay for it."""
        prep = self.prep
        cost = prep.costs[j]
        b = self.bud[prep.sup[j]]
        money = prep.msup[j] * b
        total = float(money.sum())
        money_tol = _REL * (cost + total)
        if total < cost - money_tol:
            return None
        if total - cost > money_tol:
            keys = b if prep.wsup is None else b / prep.wsup[j]
            weight = prep.mwsup[j]
            rest = prep.total_weight[j]
            alpha = cost / rest
            paid = 0.0
            n_poor = 0
            for _ in range(_MAX_FIXPOINT_STEPS):
                poor = keys < alpha
                count = int(np.count_nonzero(poor))
                if count == n_poor:
                    tol = _REL * ((cost + paid) / rest + self.b0f)
                    if (np.abs(keys - alpha) <= tol).any():
                        break
                    rho, rtol = alpha / cost, tol / cost
                    return _Eval(poor, alpha, rho - rtol, rho + rtol)
                n_poor = count
                paid = float(money @ poor)
                rest = prep.total_weight[j] - float(weight @ poor)
                if rest <= 0:
                    break
                alpha = (cost - paid) / rest
        return self._evaluate_exact(j)

    def _evaluate_exact(self, j: int) -> _Eval | None:
        self.exact_evals += 1
        prep = self.prep
        cost = prep.costs[j]
        mult = prep.msup[j]
        weights = prep.wsup[j] if prep.wsup is not None else np.ones(len(mult), dtype=np.int64)
        combos = []  # (key = budget / weight, budget, weight, voters, mask)
        for value, mask in self.exact_budgets(prep.sup[j], len(self.rounds)):
            for w in np.unique(weights[mask]).tolist():
                sub = mask & (weights == w)
                combos.append((value / w, value, w, int(mult[sub].sum()), sub))
        if sum(value * c for _k, value, _w, c, _m in combos) < cost:
            return None
        combos.sort(key=lambda t: t[0])
        paid = Fraction(0)
        rest = sum(w * c for _k, _v, w, c, _m in combos)
        alpha = Fraction(0)
        poor = np.zeros(len(mult), dtype=bool)
        for key, value, w, c, mask in combos:
            alpha = (cost - paid) / rest
            if alpha <= key:
                break
            paid += value * c
            rest -= w * c
            poor |= mask
        rho = float(alpha / cost)
        slack = abs(rho) * 1e-12  # float(rho) is within an ulp of the exact value
        return _Eval(poor, float(alpha), rho - slack, rho + slack, alpha)

    # ---- funding a project ----

    def fund(self, j: int, ev: _Eval) -> None:
        r = len(self.rounds)
        self.rounds.append((j, ev))
        if ev.alpha is not None:
            self.exact_alpha[r] = ev.alpha
        alpha_f = float(ev.alpha) if ev.alpha is not None else ev.alpha_f
        prep = self.prep
        groups = prep.sup[j]
        rich = ~ev.poor
        self.bud[groups[ev.poor]] = 0.0
        if prep.wsup is None:
            self.bud[groups[rich]] -= alpha_f
        else:
            self.bud[groups[rich]] -= alpha_f * prep.wsup[j][rich]


def run_mes(prep: MesPrepared, b0: int | Fraction, stats: dict | None = None) -> list[str]:
    """Funded projects, in the order MES funds them, with budget b0 per voter."""
    run = MesRun(prep, b0)
    m = len(prep.ids)
    alive = set(range(m))
    evals: list[_Eval | None] = [None] * m
    lower = [float("-inf")] * m
    funded: list[str] = list(prep.free)
    while alive:
        best_ub = float("inf")
        near: list[int] = []
        for j in sorted(alive, key=lower.__getitem__):
            if lower[j] > best_ub:
                break
            ev = evals[j]
            if ev is None:
                ev = run.evaluate(j)
                if ev is None:
                    alive.discard(j)
                    continue
                evals[j] = ev
                lower[j] = ev.lb
            near.append(j)
            best_ub = min(best_ub, ev.ub)
        near = [j for j in near if lower[j] <= best_ub]
        if not near:
            break
        if len(near) == 1:
            chosen = near[0]
        else:
            exact = {j: run.ev_alpha_exact(j, evals[j]) / prep.costs[j] for j in near}
            best = min(exact.values())
            chosen = min((j for j in near if exact[j] == best), key=prep.rank.__getitem__)
        run.fund(chosen, evals[chosen])
        funded.append(prep.ids[chosen])
        alive.discard(chosen)
        for k in np.flatnonzero(prep.overlap[chosen]).tolist():
            evals[k] = None
    if stats is not None:
        stats["exact_evaluations"] = stats.get("exact_evaluations", 0) + run.exact_evals
    return funded
