"""The signed rule options (kiosk/tally/rules/options.py) against a plain reference written here
from the definitions, against pabutools where it has the option (a threshold is pabutools'
greedy/MES on the proposals that pass it; pabutools has no incompatible groups), and on the
Pabulib files that carry thresholds: the official outcomes are reproduced.

Instances are small with few distinct costs and voters, so ties (equal scores, a share met
exactly, supporters × k × budget = cost × n) come up often.
"""

from __future__ import annotations

import csv
import hashlib
import re
from fractions import Fraction
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.tally.pabulib import read_pb, to_rules_model
from kiosk.tally.rules import Instance, Options, Profile, Project, RuleError, run_rule

SETTINGS = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
DATA = (Path(__file__).resolve().parents[2] / ".." / "shared" / "data" / "pabulib").resolve()


# ---- the plain reference: straight from the definitions, no code shared with the tally ----

def ref_key(pid: str, score: int, cost: int, seed):
    if seed is None:
        parts = re.split(r"(\d+)", pid)
        tail = (tuple(int(p) if i % 2 else p for i, p in enumerate(parts)), pid)
    else:
        tail = (hashlib.sha256(f"{seed}:{pid}".encode()).hexdigest(), pid)
    return (-score, cost, tail)


def ref_eligible(projects, ballots, budget, options: Options, points: bool) -> dict[str, str]:
    """{proposal: the first condition it misses}. With no ballots every share is met (nobody
    voted, nothing has a score); with no budget, anything that costs money misses the share."""
    n = len(ballots)
    out = {}
    for pid, cost in projects.items():
        votes = sum((b.get(pid, 0) if points else (pid in b)) for b in ballots)
        backers = sum(1 for b in ballots if pid in b)
        share = Fraction(backers, n) if n else None
        if options.min_score is not None and votes < options.min_score:
            out[pid] = "below-min-score"
        elif options.min_voter_share_percent is not None and share is not None and \
                share < Fraction(options.min_voter_share_percent, 100):
            out[pid] = "below-voter-share"
        elif options.eligibility_k is not None and share is not None and (
                (budget == 0 and cost > 0) or
                (budget > 0 and share < Fraction(cost, options.eligibility_k * budget))):
            out[pid] = "below-eligibility-share"
    return out


def ref_greedy(projects, ballots, budget, options: Options, points: bool, seed, skip=True):
    out = ref_eligible(projects, ballots, budget, options, points)
    score = {p: sum((b.get(p, 0) if points else (p in b)) for b in ballots) for p in projects}
    order = sorted((p for p in projects if p not in out),
                   key=lambda p: ref_key(p, score[p], projects[p], seed))
    funded, left, skipped = [], budget, {}
    for p in order:
        if score[p] <= 0:
            continue
        rival = next((f for f in funded for g in options.incompatible if p in g and f in g), None)
        if rival is not None:
            skipped[p] = rival
            continue
        if projects[p] <= left:
            funded.append(p)
            left -= projects[p]
        elif not skip:
            break
    return funded, out, skipped


# ---- random elections with random options ----

@st.composite
def elections(draw, points: bool = False):
    m = draw(st.integers(1, 6))
    ids = [f"p{i}" for i in range(1, m + 1)]
    costs = {pid: draw(st.sampled_from([0, 5, 10, 10, 20, 30, 40])) for pid in ids}
    budget = draw(st.integers(0, 100))
    if points:
        ballot = st.dictionaries(st.sampled_from(ids), st.integers(1, 3), max_size=m)
    else:
        ballot = st.frozensets(st.sampled_from(ids))
    ballots = draw(st.lists(ballot, max_size=9))
    shuffled = draw(st.permutations(ids))
    groups, at = [], 0
    for size in draw(st.lists(st.integers(2, 3), max_size=2)):
        if at + size <= m:
            groups.append(tuple(shuffled[at:at + size]))
            at += size
    options = Options(
        min_score=draw(st.one_of(st.none(), st.integers(1, 6))),
        min_voter_share_percent=draw(st.one_of(st.none(), st.sampled_from([1, 20, 25, 50, 100]))),
        eligibility_k=draw(st.one_of(st.none(), st.integers(1, 4))),
        incompatible=tuple(groups),
    )
    return costs, budget, ballots, options


def _model(costs, budget, ballots, points):
    instance = Instance(tuple(Project(p, c) for p, c in costs.items()), budget)
    profile = Profile.from_points(ballots) if points else Profile.from_approvals(ballots)
    return instance, profile


@pytest.mark.parametrize("points", [False, True], ids=["approval", "points"])
@pytest.mark.parametrize("rule", ["greedy", "greedy-no-skip"])
def test_greedy_with_options_matches_the_reference(rule, points):
    @SETTINGS
    @given(elections(points=points), st.one_of(st.none(), st.integers(0, 3)))
    def check(election, seed):
        costs, budget, ballots, options = election
        instance, profile = _model(costs, budget, ballots, points)
        outcome = run_rule(rule, instance, profile, seed=seed, options=options)
        funded, out, skipped = ref_greedy(costs, ballots, budget, options, points, seed,
                                          skip=rule == "greedy")
        assert list(outcome.funded) == funded
        assert outcome.details.get("set_aside", {}) == out
        assert outcome.details.get("incompatible_skipped", {}) == skipped
        assert outcome.spent <= budget
        for group in options.incompatible:
            assert len(set(group) & set(outcome.funded)) <= 1
        # every proposal keeps its score in the outcome, set aside or not
        assert set(outcome.scores) == set(costs)

    check()


def test_greedy_threshold_is_greedy_with_a_minimum_score():
    @SETTINGS
    @given(elections(), st.one_of(st.none(), st.integers(0, 3)))
    def check(election, seed):
        costs, budget, ballots, options = election
        if options.min_score is None:
            return
        instance, profile = _model(costs, budget, ballots, False)
        threshold = Instance(instance.projects, budget, options.min_score)
        plain = run_rule("greedy", instance, profile, seed=seed, options=options)
        named = run_rule("greedy-threshold", threshold, profile, seed=seed, options=options)
        assert plain.funded == named.funded

    check()


pabutools = pytest.importorskip("pabutools")
from tests.pb_pabutools_reference import Reference  # noqa: E402


@pytest.mark.parametrize("rule", ["greedy", "equalshares", "equalshares/add1"])
def test_screens_match_pabutools_on_the_proposals_that_pass(rule):
    @settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
    @given(elections(), st.one_of(st.none(), st.integers(0, 3)))
    def check(election, seed):
        costs, budget, ballots, options = election
        options = Options(options.min_score, options.min_voter_share_percent,
                          options.eligibility_k)  # pabutools has no incompatible groups
        instance, profile = _model(costs, budget, ballots, False)
        out = ref_eligible(costs, ballots, budget, options, False)
        keep = {p: c for p, c in costs.items() if p not in out}
        sub_instance, sub_profile = _model(keep, budget,
                                           [frozenset(b) & set(keep) for b in ballots], False)
        reference = Reference(sub_instance, sub_profile, seed)
        expected = {"greedy": reference.greedy, "equalshares": reference.mes,
                    "equalshares/add1": reference.mes_add1}[rule]()
        ours = run_rule(rule, instance, profile, seed=seed, options=options)
        assert set(ours.funded) == expected

    check()


def test_equal_shares_refuses_incompatible_groups():
    instance = Instance((Project("a", 1), Project("b", 1)), 2)
    with pytest.raises(RuleError, match="incompatible groups need a greedy rule"):
        run_rule("equalshares", instance, Profile.from_approvals([{"a"}]),
                 options=Options(incompatible=(("a", "b"),)))


def _official_rows() -> list[dict]:
    path = DATA / "OUTCOMES.tsv"
    if not path.is_file():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        return [r for r in csv.DictReader(handle, delimiter="\t")
                if r["min_project_score_threshold"]]


THRESHOLD_ROWS = _official_rows()


def test_the_pabulib_folder_has_the_threshold_files():
    if not DATA.is_dir():
        pytest.skip(f"the Pabulib data folder {DATA} is absent")
    assert {r["file"] for r in THRESHOLD_ROWS} >= {
        "Poland_Katowice_2023.pb", "Poland_Lodz_2022.pb", "Poland_Warszawa_2026.pb"}


@pytest.mark.parametrize("row", THRESHOLD_ROWS, ids=[r["file"] for r in THRESHOLD_ROWS])
def test_official_threshold_outcomes_with_the_package_option(row):
    """The city's greedy-threshold result, counted as a package would: greedy with min_score."""
    election = read_pb(DATA / row["file"])
    instance, profile = to_rules_model(election)
    threshold = int(row["min_project_score_threshold"])
    outcome = run_rule("greedy", Instance(instance.projects, instance.budget), profile,
                       options=Options(min_score=threshold))
    assert set(outcome.funded) == set(row["official_selected"].split(","))
    assert set(outcome.funded) == set(run_rule("greedy-threshold", instance, profile).funded)
    scores = outcome.scores
    assert all(scores[p] < threshold for p in outcome.details.get("set_aside", {}))
    assert all(scores[p] >= threshold for p in outcome.funded)


def test_swiecie_with_its_eligibility_share_gives_the_official_outcome():
    path = DATA / "Poland_Swiecie_2023.pb"
    if not path.is_file():
        pytest.skip(f"{path} is absent")
    election = read_pb(path)
    instance, profile = to_rules_model(election)
    outcome = run_rule("equalshares/add1", instance, profile, options=Options(eligibility_k=3))
    assert set(outcome.funded) == election.official_selected
    n, budget = len(profile), instance.budget
    backers = profile.supporters(instance)
    for project in instance.projects:
        below = backers[project.id] * 3 * budget < project.cost * n
        assert (project.id in outcome.details.get("set_aside", {})) == below
    assert outcome.details["set_aside"]  # the filter does set something aside there
