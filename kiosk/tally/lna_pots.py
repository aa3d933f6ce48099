"""The L&A of a package with pots: each pot's expected result and its differences, named by pot.

expected.json (owned by kiosk.tally.lna) then has "rule": "pots", the pots' budgets summed, the
totals and funded proposals of every pot together (proposal ids are unique in a package), the
ballots per district, and "pots": {pot id: {"rule", "budget", "measure", "ballots", "empty",
"totals", "funded"}}, each pot counted on its own view of the election with its own rule and
budget (kiosk.tally.count_pots), so any pot rule works.

The deck is grouped by district (kiosk.domain.test_deck_pots): a station placed in a district
casts only its district's rows, so expected.json also has "by_district": {district: {"rows",
"ballots", "languages", "pots": {pot id: {"ballots", "totals", "funded"}}}} (the city-wide pots
and the district's), what such a station must give. `station_district` says which rows a
station is checked against: its test file's district, else the one district all its test
ballots vote in; a station whose ballots vote in several districts casts the whole deck.
"""

from __future__ import annotations

from collections import Counter

from kiosk.domain.election import Election, PotKind, RuleKind
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


def district_summary(election: Election, district: str, rows: str, expected: dict) -> dict:
    """What expected.json's "by_district" keeps of a district's expected result."""
    pots = [pot.id for pot in election.pots if pot.kind is PotKind.CITY] + [district]
    return {"rows": rows, "ballots": expected["ballots"], "languages": expected["languages"],
            "pots": {pot_id: {key: expected["pots"][pot_id][key]
                              for key in ("ballots", "totals", "funded")} for pot_id in pots}}


def station_district(election: Election, named: str | None,
                     ballots: list[tuple[str, PotsBallot]]) -> tuple[str | None, str]:
    """(the district whose deck rows a station is checked against, None: the whole deck; why,
    in words). `named`: the district the station's test file names."""
    districts = [pot.id for pot in election.district_pots]
    if not districts:
        return None, ""
    if named is not None:
        return named, f"the station stands in district {named} (its test file says so)"
    voted = sorted({pid for _l, b in ballots for pid in b.pot_ids if pid in districts})
    if len(voted) == 1:
        return voted[0], f"every test ballot of the station votes in district {voted[0]}"
    return None, ("a station without a district: its test ballots vote in "
                  f"{' and '.join(voted) if voted else 'no district'}")


def districts_of(election: Election, ballots: list[tuple[str, PotsBallot]]) -> dict[str, int]:
    """Ballots per district pot (every district present)."""
    districts = {pot.id for pot in election.district_pots}
    counts = Counter(pot_id for _l, b in ballots for pot_id in b.pot_ids if pot_id in districts)
    return {pot.id: counts.get(pot.id, 0) for pot in election.district_pots}


def pot_differences(election: Election, expected: dict, actual: dict,
                    district: str | None = None) -> list[str]:
    """Every difference of each pot's result, each naming its pot (and, checked against one
    district's rows, that district)."""
    out = []
    for pot in election.pots:
        want, got = expected["pots"][pot.id], actual["pots"][pot.id]
        name = f"pot {pot.id}"
        if district and pot.kind is PotKind.CITY:
            name += f" (district {district}'s rows)"
        elif district and pot.id != district:
            name += f" (another district than {district})"
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
        if pot.kind is not PotKind.CITY and not want["ballots"] and not got["ballots"]:
            continue  # another district's pot, which this station does not offer
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
