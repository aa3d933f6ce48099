"""The logic-and-accuracy test deck (kiosk.domain.test_deck): what it holds for each ballot
rule, and deck.csv written and read back; a bad deck line is named with its line number."""

from __future__ import annotations

from itertools import combinations

import pytest

from kiosk.demo.world import setup_demo_world
from kiosk.domain.ballot import ballot_cost, is_valid
from kiosk.domain.test_deck import DeckError, build_deck, read_deck, totals, write_deck
from kiosk.package.signed_package import load_package
from tests.conftest import example_source, make_world

RULES = {
    "knapsack": None,  # the example's own: budget 500 000 kr
    "approval": 'kind = "approval"\nmax_choices = 2\nmin_choices = 0',
    "cumulative": 'kind = "cumulative"\ntotal_points = 5\nmax_per_proposal = 3',
}


@pytest.fixture(scope="module", params=sorted(RULES))
def election(request, tmp_path_factory):
    world = make_world(tmp_path_factory.mktemp(request.param), rule=RULES[request.param])
    return load_package(world["package"], world["authority_fingerprint"]).election


def test_the_deck_covers_every_proposal_language_and_edge(election):
    deck = build_deck(election)
    ballots = [entry.ballot for entry in deck.ballots]
    assert all(is_valid(election, ballot) for ballot in ballots)
    assert all(count > 0 for count in totals(election, ballots).values())
    assert {entry.language for entry in deck.ballots} == set(election.languages)
    assert any(not ballot.choices for ballot in ballots)  # the empty ballot
    purposes = " ".join(entry.purpose for entry in deck.ballots)
    kind = election.rule.kind.value
    if kind == "knapsack":
        costs = [p.cost for p in election.proposals]
        best = max(sum(c) for n in range(len(costs) + 1) for c in combinations(costs, n)
                   if sum(c) <= election.rule.budget)
        edge = [e.ballot for e in deck.ballots if e.purpose.startswith(
            ("exactly the budget", "as close to the budget"))]
        assert edge and ballot_cost(election, edge[0]) == best  # the edge the costs allow
    elif kind == "approval":
        assert any(len(b.choices) == election.rule.max_choices for b in ballots)
    else:
        assert "the most points on one proposal (3); all 5 points used" in purposes
        assert any(max(p for _, p in b.choices) == 3 for b in ballots if b.choices)
    assert [entry.number for entry in deck.ballots] == list(range(1, len(ballots) + 1))


def test_deck_csv_round_trip(election):
    deck = build_deck(election)
    text = write_deck(deck, election)
    assert text.splitlines()[0] == "ballot,language,identity,choices,purpose"
    assert read_deck(text, election) == deck.ballots


def test_the_budget_edge_is_exact_when_the_costs_allow(tmp_path):
    source = example_source(tmp_path / "src")
    toml = (source / "election.toml").read_text(encoding="utf-8")
    (source / "election.toml").write_text(toml.replace("budget = 500000", "budget = 370000"),
                                          encoding="utf-8")
    world = setup_demo_world(tmp_path / "world", source=source)
    election = load_package(world["package"], world["authority_fingerprint"]).election
    deck = build_deck(election)
    [edge] = [e for e in deck.ballots if e.purpose.startswith("exactly the budget")]
    assert ballot_cost(election, edge.ballot) == 370000  # 120 000 + 250 000


def test_bad_deck_lines_are_named(election):
    text = write_deck(build_deck(election), election)
    lines = text.splitlines()
    first = lines[1].split(",")
    cases = {
        "unknown proposal": (",".join([*first[:3], "p999", first[4]]), "deck.csv:2:"),
        "unknown language": (",".join([first[0], "xx", *first[2:]]), "is not a language"),
        "numbering": (",".join(["7", *first[1:]]), "ballot numbers must run"),
        "columns": ("1,sv", "expected 5 columns"),
    }
    for what, (line, said) in cases.items():
        with pytest.raises(DeckError) as error:
            read_deck("\n".join([lines[0], line, *lines[2:]]) + "\n", election)
        assert said in str(error.value), what
    with pytest.raises(DeckError, match="first line must be"):
        read_deck("number,choices\n", election)
    with pytest.raises(DeckError, match="holds no ballots"):
        read_deck(lines[0] + "\n", election)


def test_knapsack_over_budget_line_is_refused(tmp_path):
    world = make_world(tmp_path)
    election = load_package(world["package"], world["authority_fingerprint"]).election
    everything = " ".join(election.proposal_ids)
    text = f"ballot,language,identity,choices,purpose\n1,sv,,{everything},too much\n"
    with pytest.raises(DeckError, match=r"deck.csv:2: .*more than the budget"):
        read_deck(text, election)
