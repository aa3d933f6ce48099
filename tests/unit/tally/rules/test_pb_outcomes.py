"""Official outcomes of 13 real PB elections (../shared/data/pabulib), each with its own rule.

Files whose official outcome is NA are compared with pabutools instead. Every rule is also
checked against pabutools' Equal Shares on the real approval files (one MES run each, at the
per-voter budget where add1 ends), which exercises the exact engine on large electorates.
"""

from __future__ import annotations

import csv
from functools import cache
from pathlib import Path

import pytest

from kiosk.tally.pabulib import read_pb, to_rules_model
from kiosk.tally.rules import run_rule

REPO = Path(__file__).resolve().parents[4]
DATA = (REPO / ".." / "shared" / "data" / "pabulib").resolve()
OUTCOMES = DATA / "OUTCOMES.tsv"

if not OUTCOMES.is_file():
    pytest.skip(f"the Pabulib data folder {DATA} is absent", allow_module_level=True)

with open(OUTCOMES, encoding="utf-8", newline="") as _handle:
    ROWS = list(csv.DictReader(_handle, delimiter="\t"))


@cache
def load(name: str):
    election = read_pb(DATA / name)
    return election, *to_rules_model(election)


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_reproduces_the_official_outcome_with_the_files_own_rule(row):
    election, instance, profile = load(row["file"])
    assert election.vote_type == row["vote_type"]
    assert election.rule == row["rule"]
    outcome = run_rule(election.rule, instance, profile)
    assert outcome.spent <= instance.budget
    if row["official_selected"] == "NA":
        reference = pytest.importorskip("tests.pb_pabutools_reference")
        assert set(outcome.funded) == reference.Reference(instance, profile).greedy()
    else:
        official = set(row["official_selected"].split(","))
        assert set(outcome.funded) == official
        assert election.official_selected in (None, official)


def test_outcomes_table_covers_every_file():
    assert {r["file"] for r in ROWS} == {p.name for p in DATA.glob("*.pb")}


def test_wieliczka_keeps_equal_shares_in_the_comparison():
    election, instance, profile = load("Poland_Wieliczka_2023_Green_Budget.pb")
    details = run_rule(election.rule, instance, profile).details
    assert details["chosen"] == "equalshares/add1"
    assert details["voters_preferring_equal_shares"] > details["voters_preferring_greedy"]


SMALL_APPROVAL = [
    "Netherlands_Assen_2024.pb",
    "Poland_Swiecie_2023.pb",
    "Poland_Warszawa_2017_Anin.pb",
    "Poland_Wieliczka_2023_Green_Budget.pb",
]


def _add1_last_run_against_pabutools(name: str):
    reference = pytest.importorskip("tests.pb_pabutools_reference")
    _election, instance, profile = load(name)
    add1 = run_rule("equalshares/add1", instance, profile)
    total = add1.details["per_voter_budget"] * len(profile)
    assert set(add1.funded) == reference.Reference(instance, profile).mes(total)
    return reference.Reference(instance, profile), instance, profile


@pytest.mark.parametrize("name", SMALL_APPROVAL)
def test_equal_shares_on_real_files_matches_pabutools(name):
    ref, instance, profile = _add1_last_run_against_pabutools(name)
    if name != "Poland_Wieliczka_2023_Green_Budget.pb":  # keep the default run short
        assert set(run_rule("equalshares", instance, profile).funded) == ref.mes()


@pytest.mark.slow
def test_equal_shares_on_mokotow_matches_pabutools():
    """11 067 voters, 81 projects: the last MES run of add1 (pabutools needs ~10 s)."""
    _add1_last_run_against_pabutools("Poland_Warszawa_2023_Mokotow.pb")
