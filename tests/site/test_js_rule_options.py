"""The site's JavaScript re-count (rules.js) applies the package's signed rule options as the
Python tally does: the same proposals set aside for the same reason, the same incompatible
proposals skipped for the same rival, the same funded list, on random instances under every rule
a package may name, and on Świecie 2023 with its eligibility share."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from kiosk.tally.pabulib import read_pb, to_rules_model
from kiosk.tally.rules import Instance, Options, Profile, Project, run_rule
from tests.site.js_rules import case, needs_node, run_js

pytestmark = needs_node

RULES = ("greedy", "greedy-no-skip", "greedy-threshold", "equalshares", "equalshares/add1",
         "equalshares/add1-comparison")
GREEDY = RULES[:3]
SWIECIE = (Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "pabulib" /
           "Poland_Swiecie_2023.pb").resolve()


def random_case(rng: random.Random, number: int):
    approval = number % 2 == 0
    projects = tuple(Project(f"p{i}", rng.choice([0, 10, 20, 20, 30, 50, 80]))
                     for i in range(rng.randint(2, 8)))
    ids = [p.id for p in projects]
    ballots = []
    for _ in range(rng.randint(0, 40)):
        chosen = rng.sample(ids, rng.randint(0, len(ids)))
        ballots.append(chosen if approval else {p: rng.randint(1, 4) for p in chosen})
    profile = Profile.from_approvals(ballots) if approval else Profile.from_points(ballots)
    rule = RULES[number % len(RULES)]
    rng.shuffle(ids)
    groups = (tuple(ids[:2]), tuple(ids[2:5])) if rule in GREEDY and len(ids) >= 5 else ()
    options = Options(
        min_score=rng.choice([None, rng.randint(1, 8)]) if rule != "greedy-threshold"
        else rng.randint(1, 8),
        min_voter_share_percent=rng.choice([None, None, 10, 25, 50]),
        eligibility_k=rng.choice([None, None, 1, 2, 3]),
        incompatible=groups)
    budget = rng.randint(0, sum(p.cost for p in projects) + 20)
    instance = Instance(projects, budget, options.min_score)
    return rule, instance, profile, options


def _js_case(rule, instance, profile, seed, options):
    out = case(rule, instance, profile, seed)
    out["options"] = options.to_details()
    return out


def test_javascript_applies_the_options_as_python_does():
    rng = random.Random(23)
    cases, expected = [], []
    for number in range(300):
        rule, instance, profile, options = random_case(rng, number)
        seed = None if number % 3 == 0 else f"{rng.getrandbits(64):016x}"
        cases.append(_js_case(rule, instance, profile, seed, options))
        outcome = run_rule(rule, instance, profile, seed=seed, options=options)
        expected.append({"funded": list(outcome.funded), "spent": outcome.spent,
                         "setAside": outcome.details.get("set_aside", {}),
                         "skipped": outcome.details.get("incompatible_skipped", {})})
    got = run_js(cases)
    mismatches = [(c["rule"], c["seed"], e, g) for c, e, g in zip(cases, expected, got,
                                                                 strict=True) if e != g]
    assert mismatches == []
    assert sum(bool(e["setAside"]) for e in expected) > 50  # the options did something
    assert sum(bool(e["skipped"]) for e in expected) > 10


def test_javascript_refuses_groups_under_equal_shares():
    instance = Instance((Project("a", 1), Project("b", 1)), 2)
    profile = Profile.from_approvals([{"a"}])
    bad = _js_case("equalshares", instance, profile, None,
                   Options(incompatible=(("a", "b"),)))
    with pytest.raises(AssertionError, match="incompatible groups need a greedy rule"):
        run_js([bad])


def test_javascript_reproduces_swiecie_with_its_eligibility_share():
    if not SWIECIE.is_file():
        pytest.skip(f"{SWIECIE} is absent")
    election = read_pb(SWIECIE)
    instance, profile = to_rules_model(election)
    options = Options(eligibility_k=3)
    python = run_rule("equalshares/add1", instance, profile, options=options)
    [js] = run_js([_js_case("equalshares/add1", instance, profile, None, options)])
    assert js["funded"] == list(python.funded)
    assert set(js["funded"]) == election.official_selected
    assert js["setAside"] == python.details["set_aside"]
