"""Our counting rules against pabutools on random small elections (Hypothesis).

Ties are *not* avoided: instances are drawn with few distinct costs and few voters so exact ties
(equal scores, equal prices, budgets exactly equal to a share) are frequent. pabutools is given
our published tie-break order as its TieBreakingRule, so both must agree on every instance.
"""

from __future__ import annotations

import pytest

pytest.importorskip("pabutools")

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from kiosk.tally.rules import Instance, Profile, Project, run_rule  # noqa: E402
from tests.pb_pabutools_reference import Reference  # noqa: E402

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SEEDS = st.one_of(st.none(), st.integers(0, 3))
COSTS = st.one_of(st.integers(0, 40), st.sampled_from([5, 10, 10, 20, 30]))


@st.composite
def elections(draw, points: bool = False, max_voters: int = 8, copies: int = 1):
    m = draw(st.integers(1, 6))
    ids = [f"p{i}" for i in range(1, m + 1)]
    projects = tuple(Project(pid, draw(COSTS)) for pid in ids)
    budget = draw(st.integers(0, 100))
    if points:
        ballot = st.dictionaries(st.sampled_from(ids), st.integers(1, 3), max_size=m)
    else:
        ballot = st.frozensets(st.sampled_from(ids))
    kinds = draw(st.lists(ballot, max_size=max_voters))
    ballots = [b for b in kinds for _ in range(draw(st.integers(1, copies)))]
    profile = Profile.from_points(ballots) if points else Profile.from_approvals(ballots)
    return Instance(projects, budget), profile


def ours(rule, instance, profile, seed):
    return set(run_rule(rule, instance, profile, seed=seed).funded)


@SETTINGS
@given(elections(), SEEDS)
def test_greedy_matches_pabutools(election, seed):
    instance, profile = election
    assert ours("greedy", instance, profile, seed) == Reference(instance, profile, seed).greedy()


@SETTINGS
@given(elections(points=True), SEEDS)
def test_greedy_on_points_matches_pabutools(election, seed):
    instance, profile = election
    assert ours("greedy", instance, profile, seed) == Reference(instance, profile, seed).greedy()


@SETTINGS
@given(elections(), SEEDS)
def test_equal_shares_matches_pabutools(election, seed):
    instance, profile = election
    assert ours("equalshares", instance, profile, seed) == Reference(instance, profile, seed).mes()


@SETTINGS
@given(elections(points=True), SEEDS)
def test_equal_shares_on_points_matches_pabutools(election, seed):
    instance, profile = election
    assert ours("equalshares", instance, profile, seed) == Reference(instance, profile, seed).mes()


@SETTINGS
@given(elections(), SEEDS)
def test_add1_matches_pabutools(election, seed):
    instance, profile = election
    expected = Reference(instance, profile, seed).mes_add1()
    assert ours("equalshares/add1", instance, profile, seed) == expected


@SETTINGS
@given(elections(max_voters=6, copies=25), SEEDS)
def test_add1_with_many_identical_voters_matches_pabutools(election, seed):
    """Bigger electorates: the float fast path with its exact fallback on near-equalities."""
    instance, profile = election
    expected = Reference(instance, profile, seed).mes_add1()
    assert ours("equalshares/add1", instance, profile, seed) == expected


@SETTINGS
@given(elections(points=True, max_voters=6), SEEDS)
def test_add1_on_points_matches_pabutools(election, seed):
    instance, profile = election
    expected = Reference(instance, profile, seed).mes_add1()
    assert ours("equalshares/add1", instance, profile, seed) == expected


@SETTINGS
@given(elections(), SEEDS)
def test_add1_comparison_matches_pabutools(election, seed):
    instance, profile = election
    expected = Reference(instance, profile, seed).mes_add1_comparison()
    assert ours("equalshares/add1-comparison", instance, profile, seed) == expected
