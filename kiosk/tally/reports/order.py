"""The one order in which every report lists the proposals: the chart, the protocol, the posters
and the results table.

First the funded proposals in the order the rule funded them; then the others in the published
tie-break order (higher score, then lower cost, then the seeded draw) with the count's own seed,
so proposals with equal scores stand in the same place everywhere.
"""

from __future__ import annotations

from kiosk.tally.rules.tiebreak import tie_break_order


def report_order(results: dict) -> list[dict]:
    """`results["projects"]`, funded first (in funding order), then the rest by the tie-break."""
    projects = {p["id"]: p for p in results["projects"]}
    funded = [projects[pid] for pid in results["funded"] if pid in projects]
    seen = {p["id"] for p in funded}
    rest = {pid: p for pid, p in projects.items() if pid not in seen}
    ranked = tie_break_order({pid: p["cost"] for pid, p in rest.items()},
                             {pid: p["score"] for pid, p in rest.items()}, results.get("seed"))
    return funded + [rest[pid] for pid in ranked]
