"""The published, reproducible tie-break order used by every rule.

Projects are ranked once, before counting, by:

1. higher score first (votes for approval ballots, total points otherwise);
2. then lower cost first;
3. then, without a seed, natural order of the project id ("2" before "10", then plain text
   order); with a seed, ascending SHA-256 hex digest of ``f"{seed}:{project_id}"`` (UTF-8),
   then the project id.

Whenever a rule has to choose between projects that are exactly equal for it (same score in
greedy, same price per unit of utility in Equal Shares), it takes the one ranked first here.
Anyone can recompute the order from the published seed with a few lines in any language.
"""

from __future__ import annotations

import hashlib
import re

_DIGITS = re.compile(r"(\d+)")


def natural_key(project_id: str) -> tuple:
    parts = _DIGITS.split(project_id)
    return (tuple(int(p) if i % 2 else p for i, p in enumerate(parts)), project_id)


def seeded_key(project_id: str, seed: str | int | None) -> tuple:
    if seed is None:
        return natural_key(project_id)
    digest = hashlib.sha256(f"{seed}:{project_id}".encode()).hexdigest()
    return (digest, project_id)


def tie_break_order(
    costs: dict[str, int], scores: dict[str, int], seed: str | int | None = None
) -> list[str]:
    """All project ids, best first, in the tie-break order described above."""
    return sorted(costs, key=lambda p: (-scores[p], costs[p], seeded_key(p, seed)))


def tie_break_rank(
    costs: dict[str, int], scores: dict[str, int], seed: str | int | None = None
) -> dict[str, int]:
    """{project id: position in the tie-break order}, 0 being the first."""
    return {p: i for i, p in enumerate(tie_break_order(costs, scores, seed))}
