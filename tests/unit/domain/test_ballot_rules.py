"""Ballot validation for the three rules, every edge; sessions never build an invalid ballot."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kiosk.domain.ballot import Ballot, is_valid, validate_ballot
from kiosk.domain.election import (
    BallotRule,
    DuplicatePolicy,
    Election,
    ElectionTexts,
    Eligibility,
    EligibilityMode,
    Proposal,
    ProposalText,
    RuleKind,
    TallyKeys,
)
from kiosk.domain.errors import BallotError
from kiosk.domain.random_ballots import random_ballot
from kiosk.domain.session import VoterSession

COSTS = {"a": 300, "b": 500, "c": 200, "d": 100}


def election(rule: BallotRule) -> Election:
    text = ProposalText("t", "s", "b")
    return Election(
        id="e", district="d", currency="SEK", opens=datetime(2027, 1, 1, tzinfo=UTC),
        closes=datetime(2027, 2, 1, tzinfo=UTC), languages=("sv",), default_language="sv",
        rule=rule, eligibility=Eligibility(EligibilityMode.OPEN),
        duplicate_policy=DuplicatePolicy.KEEP_LAST,
        proposals=tuple(Proposal(pid, cost, "c", None, {"sv": text})
                        for pid, cost in COSTS.items()),
        texts={"sv": ElectionTexts("T", "", {"c": "C"})}, tally=TallyKeys(b"\0" * 32, b"\0" * 32),
    )


APPROVAL = election(BallotRule(RuleKind.APPROVAL, max_choices=2, min_choices=1))
KNAPSACK = election(BallotRule(RuleKind.KNAPSACK, budget=800, min_spent_percent=0))
KNAPSACK_MIN = election(BallotRule(RuleKind.KNAPSACK, budget=800, min_spent_percent=50))
CUMULATIVE = election(BallotRule(RuleKind.CUMULATIVE, total_points=5, max_per_proposal=3))


def error_id(e: Election, ballot: Ballot) -> str | None:
    try:
        validate_ballot(e, ballot)
    except BallotError as error:
        return error.message_id
    return None


@pytest.mark.parametrize(("e", "choices", "expected"), [
    (APPROVAL, ["a"], None),
    (APPROVAL, ["a", "b"], None),
    (APPROVAL, [], "ballot.too_few"),
    (APPROVAL, ["a", "b", "c"], "ballot.too_many"),
    (APPROVAL, ["x"], "ballot.unknown_proposal"),
    (APPROVAL, {"a": 2}, "ballot.not_approval"),
    (KNAPSACK, [], None),  # an empty (blank) ballot is allowed when no minimum spend is set
    (KNAPSACK, ["a", "b"], None),  # exactly the budget
    (KNAPSACK, ["a", "b", "d"], "ballot.over_budget"),
    (KNAPSACK_MIN, [], "ballot.under_minimum_spend"),
    (KNAPSACK_MIN, ["c"], "ballot.under_minimum_spend"),
    (KNAPSACK_MIN, ["a", "d"], None),  # 400 = 50 % of 800
    (CUMULATIVE, {}, None),
    (CUMULATIVE, {"a": 3, "b": 2}, None),
    (CUMULATIVE, {"a": 4}, "ballot.points_over_max"),
    (CUMULATIVE, {"a": 3, "b": 3}, "ballot.points_over_total"),
    (CUMULATIVE, {"a": -1}, "ballot.negative_points"),
])
def test_rule_edges(e, choices, expected):
    assert error_id(e, Ballot.of(choices)) == expected


def test_choosing_twice_is_an_error():
    with pytest.raises(BallotError) as error:
        Ballot.of(["a", "a"])
    assert error.value.message_id == "ballot.duplicate_choice"


def test_errors_carry_english_sentences():
    with pytest.raises(BallotError) as error:
        validate_ballot(KNAPSACK, Ballot.of(["a", "b", "d"]))
    assert str(error.value) == "the chosen proposals cost 900 kr, more than the budget of 800 kr"


@pytest.mark.parametrize("e", [APPROVAL, KNAPSACK, KNAPSACK_MIN, CUMULATIVE])
@given(seed=st.integers(0, 2**32))
def test_random_ballots_are_valid(e, seed):
    assert is_valid(e, random_ballot(e, random.Random(seed)))


@pytest.mark.parametrize("e", [APPROVAL, KNAPSACK, CUMULATIVE])
@given(actions=st.lists(st.tuples(st.sampled_from(["choose", "unchoose", "toggle"]),
                                  st.sampled_from(sorted(COSTS))), max_size=30))
def test_a_session_never_holds_an_invalid_ballot_beyond_minimums(e, actions):
    """Whatever a voter taps, the session's ballot never breaks a maximum of the rule."""
    session = VoterSession(e, "sv")
    for action, pid in actions:
        getattr(session, action)(pid)
        problem = session.problem()
        assert problem is None or problem.message_id in {"ballot.too_few",
                                                          "ballot.under_minimum_spend"}


def test_session_explains_what_does_not_fit():
    session = VoterSession(KNAPSACK, "sv")
    assert session.choose("b") is None
    assert session.choose("a") is None
    blocked = session.choose("c")
    assert blocked.message_id == "choice.does_not_fit"
    assert blocked.params == {"cost": 200, "left": 0, "missing": 200}
    assert session.budget_left == 0
    session.unchoose("a")
    assert session.blocked("c") is None


def test_session_approval_and_cumulative_counters():
    approval = VoterSession(APPROVAL, "sv")
    approval.choose("a")
    approval.choose("b")
    assert approval.choose("c").message_id == "choice.max_reached"
    assert approval.chosen_count == 2
    cumulative = VoterSession(CUMULATIVE, "sv")
    for _ in range(3):
        assert cumulative.choose("a") is None
    assert cumulative.choose("a").message_id == "choice.max_points_for_proposal"
    cumulative.choose("b")
    cumulative.choose("b")
    assert cumulative.points_left == 0
    assert cumulative.choose("c").message_id == "choice.no_points_left"
    cumulative.unchoose("a")
    assert cumulative.points_left == 1


def test_ballot_json_round_trip():
    ballot = Ballot.of({"b": 2, "a": 1})
    assert Ballot.from_json(ballot.to_json(CUMULATIVE.rule)) == ballot
    approval = Ballot.of(["b", "a"])
    assert Ballot.from_json(approval.to_json(APPROVAL.rule)) == approval
    with pytest.raises(BallotError):
        Ballot.from_json({"a": "x"})


def test_rule_to_dict_is_minimal():
    assert replace(KNAPSACK.rule).to_dict() == {"kind": "knapsack", "budget": 800,
                                               "min_spent_percent": 0}
