"""Counting one pot of a package with pots is counting the same ballots as a one-pot package
with that pot's rule, rule options and budget: the same scores, funded proposals, spending and
options' verdicts, whatever the pot's ballot kind (approval, knapsack, cumulative); for the
greedy rules both also equal the plain reference of tests/property/test_rule_options_properties.
"""

from __future__ import annotations

import base64
import json
from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.election import BallotRule, Pot, PotKind, RuleKind
from kiosk.domain.manifest import election_from_manifest
from kiosk.domain.rule_options import RuleOptions
from kiosk.package.scaffold import scaffold_election
from kiosk.package.source import read_source
from kiosk.tally.count_pots import PotsInterner, count_pots
from kiosk.tally.rule_run import BallotInterner, is_approval, options_for, options_part, run_count
from tests.property.test_rule_options_properties import SETTINGS, ref_greedy

KEY = base64.b64encode(bytes(32)).decode()
SEED = "5eed"


@pytest.fixture(scope="module")
def districts(tmp_path_factory):
    folder = tmp_path_factory.mktemp("pots") / "src"
    scaffold_election(folder, "districts")
    return election_from_manifest(read_source(folder, {"seal": KEY, "sign": KEY}).manifest)


@st.composite
def pots(draw):
    """(rule, budget, costs, options, counting rule, the pot's ballots)."""
    m = draw(st.integers(2, 5))
    ids = [f"c{i}" for i in range(1, m + 1)]
    costs = {pid: draw(st.sampled_from([100, 200, 300, 500])) for pid in ids}
    budget = draw(st.integers(max(costs.values()), 1500))
    kind = draw(st.sampled_from(list(RuleKind)))
    if kind is RuleKind.APPROVAL:
        rule = BallotRule(kind, max_choices=draw(st.integers(1, m)))
        ballot = st.lists(st.sampled_from(ids), unique=True, max_size=rule.max_choices)
    elif kind is RuleKind.KNAPSACK:
        rule = BallotRule(kind, budget=budget)
        ballot = st.lists(st.sampled_from(ids), unique=True, max_size=m)
    else:
        rule = BallotRule(kind, total_points=5, max_per_proposal=3)
        ballot = st.dictionaries(st.sampled_from(ids), st.integers(1, 3), max_size=2)
    ballots = draw(st.lists(ballot, max_size=10))
    counting = draw(st.sampled_from(["greedy", "greedy-no-skip", "greedy-threshold",
                                     "equalshares"]))
    min_score = draw(st.one_of(st.none(), st.integers(1, 5)))
    if counting == "greedy-threshold" and min_score is None:
        min_score = 1
    pair = draw(st.booleans()) and counting != "equalshares"
    options = RuleOptions(
        min_score=min_score,
        min_voter_share_percent=draw(st.one_of(st.none(), st.sampled_from([10, 25, 50]))),
        incompatible=((ids[0], ids[1]),) if pair else ())
    return rule, budget, costs, options, counting, ballots


def _as_json(part) -> list | dict:
    return dict(sorted(part.items())) if isinstance(part, dict) else sorted(part)


def test_a_pot_counts_as_a_one_pot_package_would(districts):
    @SETTINGS
    @given(pots())
    def check(drawn):
        rule, budget, costs, options, counting, ballots = drawn
        proposals = tuple(replace(districts.proposal("c1"), id=pid, cost=cost)
                          for pid, cost in costs.items())
        city = Pot("city", PotKind.CITY, rule, tuple(costs), {"sv": "Staden"}, counting,
                   options, None if rule.kind is RuleKind.KNAPSACK else budget)
        north = districts.pot("north")
        election = replace(districts, pots=(city, north), proposals=proposals + tuple(
            p for p in districts.proposals if p.id in north.proposal_ids), _views={})
        interner = PotsInterner(election)
        for part in ballots:
            interner.add(json.dumps({"city": _as_json(part), "north": []}))
        (entry, _north), _ = count_pots(election, [("city", counting, city.money),
                                                   ("north", "greedy", north.money)],
                                        SEED, interner)

        alone = replace(districts, pots=(), rule=rule, options=options, proposals=proposals,
                        counting=counting, _views={})
        one = BallotInterner(is_approval(alone))
        for part in ballots:
            one.add(json.dumps(_as_json(part)))
        outcome = run_count(alone, counting, budget, SEED, one.profile())
        assert entry["funded"] == list(outcome.funded) and entry["spent"] == outcome.spent
        assert {p["id"]: p["score"] for p in entry["projects"]} == outcome.scores
        assert entry.get("options") == options_part(alone, outcome).get("options")
        assert entry["budget"] == budget and entry["ballots"] == len(ballots)
        assert entry["ballot_kind"] == rule.kind.value
        if counting in ("greedy", "greedy-no-skip"):
            points = rule.kind is RuleKind.CUMULATIVE
            refs = [dict(b) if points else frozenset(b) for b in ballots]
            funded, aside, skipped = ref_greedy(costs, refs, budget, options_for(alone), points,
                                                SEED, skip=counting == "greedy")
            assert entry["funded"] == funded
            assert entry.get("options", {}).get("set_aside", {}) == aside
            assert entry.get("options", {}).get("incompatible_skipped", {}) == skipped

    check()

