"""Run the results site's JavaScript rules (kiosk/tally/site/assets/rules.js) in node."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest

from kiosk.tally.rules import Instance, Profile

ASSETS = Path(__file__).resolve().parents[2] / "kiosk" / "tally" / "site" / "assets"
RUNNER = Path(__file__).with_name("run_rules.js")
NODE = shutil.which("node")
needs_node = pytest.mark.skipif(NODE is None,
                                reason="node (Debian package nodejs) is not installed")


def case(rule: str, instance: Instance, profile: Profile, seed: str | None) -> dict:
    groups = Counter(tuple(sorted(profile.weights(b).items())) for b in profile.ballots)
    return {"rule": rule, "budget": instance.budget, "seed": seed,
            "threshold": instance.min_project_score_threshold,
            "projects": [{"id": p.id, "cost": p.cost} for p in instance.projects],
            "groups": [{"w": dict(key), "n": n} for key, n in groups.items()]}


def run_js(cases: list[dict], timeout: float = 600, asynchronous: bool = False) -> list[dict]:
    """The outcomes rules.js gives: runRule, or (asynchronous) runRuleAsync in 0 ms slices,
    each outcome then with the progress fractions it reported between slices."""
    mode = ["async"] if asynchronous else []
    done = subprocess.run([NODE, str(RUNNER), str(ASSETS), *mode],
                          input=json.dumps(cases).encode(),
                          capture_output=True, timeout=timeout, check=False)
    assert done.returncode == 0, done.stderr.decode()[-2000:]
    return json.loads(done.stdout)
