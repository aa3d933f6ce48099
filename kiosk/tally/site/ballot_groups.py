"""The valid opened ballots of ballots.jsonl, identical ones counted together, for the
site's re-count (a million ballots over a few proposals are a few thousand distinct ones).

Lines are canonical JSON with sorted keys (kiosk.tally.record_format), so a valid ballot's
line reads `{"assisted":…,"choices":<choices>,"language":…,"n":…,"reason":null}`: the choices
are cut out as bytes (a proposal id may itself be "language": the last `,"language":` is the
ballot's own) and only the distinct ones are parsed. A line of any other shape is
parsed whole.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from kiosk.crypto.canonical import canonical

_CHOICES = b',"choices":'
_LANGUAGE = b',"language":'
_VALID_END = b',"reason":null}\n'


def ballot_groups(ballots_jsonl: Path) -> dict:
    raw: Counter = Counter()
    with open(ballots_jsonl, "rb") as handle:
        for line in handle:
            start, end = line.find(_CHOICES), line.rfind(_LANGUAGE)
            if line.endswith(_VALID_END) and 0 < start < end:
                raw[line[start + len(_CHOICES):end]] += 1
                continue
            ballot = json.loads(line)
            if ballot["reason"] is None:
                raw[canonical(ballot["choices"])] += 1
    groups: Counter = Counter()
    for choices, n in raw.items():
        groups[canonical(json.loads(choices)).decode("utf-8")] += n
    return {"valid": sum(groups.values()),
            "groups": [[json.loads(choices), n] for choices, n in sorted(groups.items())]}
