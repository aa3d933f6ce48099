"""The valid opened ballots of ballots.jsonl, identical ones counted together, for the
site's re-count (a million ballots over a few proposals are a few thousand distinct ones)."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from kiosk.crypto.canonical import canonical


def ballot_groups(ballots_jsonl: Path) -> dict:
    groups: Counter = Counter()
    valid = 0
    with open(ballots_jsonl, "rb") as handle:
        for line in handle:
            ballot = json.loads(line)
            if ballot["reason"] is None:
                groups[canonical(ballot["choices"]).decode("utf-8")] += 1
                valid += 1
    return {"valid": valid,
            "groups": [[json.loads(choices), n] for choices, n in sorted(groups.items())]}
