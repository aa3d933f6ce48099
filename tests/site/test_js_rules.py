"""The site's own JavaScript rules (rules.js) give the Python rules' outcome, funded
proposals in the same order: on every approval and cumulative Pabulib file in
../shared/data/pabulib with the file's own rule, and on random instances under every rule the
tally counts with, seeded tie-break included. The re-count the page runs (runRuleAsync, in
slices with setTimeout between them, so that the page never blocks) gives the same outcome and
reports its progress."""

from __future__ import annotations

import csv
import random
from pathlib import Path

import pytest

from kiosk.tally.pabulib import read_pb, to_rules_model
from kiosk.tally.rules import Instance, Profile, Project, run_rule
from tests.site.js_rules import case, needs_node, run_js

pytestmark = needs_node

DATA = (Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "pabulib").resolve()
OUTCOMES = DATA / "OUTCOMES.tsv"
RULES = ("greedy", "greedy-no-skip", "greedy-threshold", "equalshares", "equalshares/add1",
         "equalshares/add1-comparison")


def pabulib_rows() -> list[dict]:
    if not OUTCOMES.is_file():
        return []
    with open(OUTCOMES, encoding="utf-8", newline="") as handle:
        return [row for row in csv.DictReader(handle, delimiter="\t")
                if row["vote_type"] in ("approval", "cumulative")]


ROWS = pabulib_rows()


def test_the_pabulib_folder_has_approval_and_cumulative_files():
    if not OUTCOMES.is_file():
        pytest.skip(f"the Pabulib data folder {DATA} is absent")
    assert len(ROWS) >= 10


@pytest.mark.parametrize("row", ROWS, ids=[r["file"] for r in ROWS])
def test_javascript_rule_gives_the_python_outcome_on_pabulib(row):
    election = read_pb(DATA / row["file"])
    instance, profile = to_rules_model(election)
    python = run_rule(row["rule"], instance, profile, seed=None)
    [js] = run_js([case(row["rule"], instance, profile, None)])
    assert js["funded"] == list(python.funded)
    assert js["spent"] == python.spent


def random_instance(rng: random.Random, approval: bool) -> tuple[Instance, Profile]:
    projects = tuple(Project(f"p{i}", rng.choice([0, 10, 20, 20, 30, 50, 80, 100]) *
                             rng.choice([1, 1, 3]))
                     for i in range(rng.randint(2, 9)))
    ballots = []
    for _ in range(rng.randint(0, 60)):
        chosen = rng.sample([p.id for p in projects], rng.randint(0, len(projects)))
        ballots.append(chosen if approval else {p: rng.randint(1, 4) for p in chosen})
    profile = Profile.from_approvals(ballots) if approval else Profile.from_points(ballots)
    budget = rng.randint(0, sum(p.cost for p in projects) + 20)
    return Instance(projects, budget, min_project_score_threshold=rng.randint(1, 8)), profile


def test_javascript_rules_give_the_python_outcome_on_random_instances():
    rng = random.Random(21)
    cases, expected = [], []
    for number in range(400):
        instance, profile = random_instance(rng, approval=number % 2 == 0)
        rule = RULES[number % len(RULES)]
        seed = None if number % 3 == 0 else f"{rng.getrandbits(64):016x}"
        cases.append(case(rule, instance, profile, seed))
        outcome = run_rule(rule, instance, profile, seed=seed)
        expected.append({"funded": list(outcome.funded), "spent": outcome.spent})
    got = [{"funded": g["funded"], "spent": g["spent"]} for g in run_js(cases)]
    mismatches = [(c["rule"], c["seed"], e, g) for c, e, g in zip(cases, expected, got,
                                                                 strict=True) if e != g]
    assert mismatches == []


def test_the_sliced_recount_gives_the_same_outcome_as_the_one_at_once():
    rng = random.Random(17)
    cases = []
    for number in range(60):
        instance, profile = random_instance(rng, approval=number % 2 == 0)
        seed = None if number % 3 == 0 else f"{rng.getrandbits(64):016x}"
        cases.append(case(RULES[number % len(RULES)], instance, profile, seed))
    at_once = run_js(cases)
    sliced = run_js(cases, asynchronous=True)
    assert [{"funded": s["funded"], "spent": s["spent"]} for s in sliced] == \
        [{"funded": s["funded"], "spent": s["spent"]} for s in at_once]


def test_the_sliced_recount_of_a_real_mes_election_yields_and_reports_progress():
    """A real Method of Equal Shares election with completion: the re-count is cut into many
    slices (the page stays responsive between them), reports a progress that never goes back
    and stays within 0..1, and ends with the Python outcome."""
    path = DATA / "Netherlands_Assen_2024.pb"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    instance, profile = to_rules_model(read_pb(path))
    python = run_rule("equalshares/add1", instance, profile, seed=None)
    [sliced] = run_js([case("equalshares/add1", instance, profile, None) | {"slice": 2}],
                      asynchronous=True)
    assert sliced["funded"] == list(python.funded) and sliced["spent"] == python.spent
    progress = sliced["progress"]
    assert len(progress) >= 20
    assert progress == sorted(progress) and progress[0] >= 0 and progress[-1] <= 1
    assert progress[-1] > 0.5
