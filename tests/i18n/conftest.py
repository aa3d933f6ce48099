"""The demo election as an Election (no keys, no station) for the language tests."""

from __future__ import annotations

import base64
import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
try:  # widgets need a QApplication, made before the reports can make a plain QGuiApplication
    from PySide6.QtWidgets import QApplication

    _APP = QApplication.instance() or QApplication([])
except ImportError:  # the tests that need Qt skip themselves
    _APP = None

from kiosk.demo.world import DEMO_ELECTION
from kiosk.domain.manifest import election_from_manifest
from kiosk.package.source import read_source

_KEY = base64.b64encode(bytes(32)).decode()


@pytest.fixture(scope="session")
def demo_election():
    return election_from_manifest(read_source(DEMO_ELECTION, {"seal": _KEY, "sign": _KEY}).manifest)


@pytest.fixture()
def tied_results(demo_election):
    """A count of the demo election with ties among funded and unfunded proposals."""
    ids = [p.id for p in demo_election.proposals]
    costs = {p.id: p.cost for p in demo_election.proposals}
    scores = {pid: 40 - 3 * (n // 2) for n, pid in enumerate(ids)}  # pairs with equal scores
    funded = ids[:4]
    return {
        "rule": "greedy", "budget": sum(costs[p] for p in funded) + 1000, "seed": "4242",
        "seed_source": "given", "ballot_kind": "approval", "valid": 57, "opened": 57,
        "records": 57, "excluded": {}, "invalid": {}, "stations": [], "conflicts": [],
        "spent": sum(costs[p] for p in funded), "funded": funded, "counted_at":
        "2027-03-01T12:00:00+00:00", "duplicate_policy": "keep-latest", "tally_key": "ab" * 16,
        "bulletin_sha256": "cd" * 32, "ballots_sha256": "ef" * 32, "tie_break": "x",
        "projects": [{"id": pid, "cost": costs[pid], "score": scores[pid],
                      "funded": pid in funded} for pid in ids],
    }
