"""The L&A of a package with pots: each pot's expected result and its differences, named by pot.

expected.json (owned by kiosk.tally.lna) then has "rule": "pots", the pots' budgets summed, the
totals and funded proposals of every pot together (proposal ids are unique in a package), the
ballots per district, and "pots": {pot id: {"rule", "budget", "measure", "ballots", "empty",
"totals", "funded"}}, each pot counted on its own view of the election with its own rule and
budget (kiosk.tally.count_pots), so any pot rule works.
"""

from __future__ import annotations

from collections import Counter

from kiosk.domain.election import Election, RuleKind
from kiosk.domain.pots import PotsBallot
from kiosk.tally.rule_run import run_count
from kiosk.tally.rules import Profile

POT_KEYS = ("rule", "budget", "measure", "ballots", "empty", "totals", "funded")


def pots_expected(election: Election, ballots: list[tuple[str, PotsBallot]],
                  plans: list[tuple[str, str, int]], seed: str) -> dict:
    """Each pot's expected result: {pot id: {...POT_KEYS}} for these (language, ballot) pairs."""
    out = {}
    for pot_id, rule, budget in plans:
        view = election.pot_view(pot_id)
        approval = view.rule.kind is not RuleKind.CUMULATIVE
        parts = [b.part(pot_id) for _language, b in ballots if b.part(pot_id) is not None]
        totals = dict.fromkeys(view.proposal_ids, 0)
        for part in parts:
            for pid, points in part.choices:
                totals[pid] = totals.get(pid, 0) + points
        profile = Profile(tuple(frozenset(p.chosen) if approval else dict(p.choices)
                                for p in parts), approval=approval)
        outcome = run_count(view, rule, budget, seed, profile)
        out[pot_id] = {"rule": rule, "budget": budget,
                       "measure": "approvals" if approval else "points",
                       "ballots": len(parts), "empty": sum(1 for p in parts if not p.choices),
                       "totals": totals,
                       "funded": [p for p in view.proposal_ids if p in outcome.funded_set]}
    return out


def districts_of(election: Election, ballots: list[tuple[str, PotsBallot]]) -> dict[str, int]:
    """Ballots per district pot (every district present)."""
    districts = {pot.id for pot in election.district_pots}
    counts = Counter(pot_id for _l, b in ballots for pot_id in b.pot_ids if pot_id in districts)
    return {pot.id: counts.get(pot.id, 0) for pot in election.district_pots}


def pot_differences(election: Election, expected: dict, actual: dict) -> list[str]:
    """Every difference of each pot's result, each naming its pot."""
    out = []
    for pot in election.pots:
        want, got = expected["pots"][pot.id], actual["pots"][pot.id]
        name = f"pot {pot.id}"
        if want["ballots"] != got["ballots"]:
            out.append(f"{name}: ballots: expected {want['ballots']}, actual {got['ballots']}")
        if want["empty"] != got["empty"]:
            out.append(f"{name}: empty parts: expected {want['empty']}, actual {got['empty']}")
        for pid in want["totals"]:
            if want["totals"][pid] != got["totals"].get(pid):
                out.append(f"{name}: proposal {pid}: expected {want['totals'][pid]} "
                           f"{want['measure']}, actual {got['totals'].get(pid)}")
        if want["funded"] != got["funded"]:
            out.append(f"{name}: funded: expected {' '.join(want['funded']) or 'none'}, "
                       f"actual {' '.join(got['funded']) or 'none'}")
    return out


def pots_side_by_side(election: Election, expected: dict, actual: dict) -> list[str]:
    default = election.default_language
    lines = []
    for pot in election.pots:
        want, got = expected["pots"][pot.id], actual["pots"][pot.id]
        head = f"pot {pot.id} ({pot.name(default, default)}): ballots"[:44]
        lines.append(f"  {head:<44} {want['ballots']:>9} {got['ballots']:>9}")
        for proposal in election.pot_view(pot.id).proposals:
            title = proposal.text(default, default)[0].title
            name = f"  {proposal.id} {title}"[:44]
            lines.append(f"  {name:<44} {want['totals'][proposal.id]:>9} "
                         f"{got['totals'].get(proposal.id, 0):>9}")
        lines.append(f"    funded, expected: {' '.join(want['funded']) or 'none'}; actual: "
                     f"{' '.join(got['funded']) or 'none'}")
    return lines
