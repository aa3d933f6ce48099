"""The L&A test deck of a package with pots (kiosk.domain.test_deck_pots): every district and
every pot covered, each pot under its own rule (a points pot and an approval pot too), deck.csv
read back as written, and bad rows named with their line and pot."""

from __future__ import annotations

import base64

import pytest

from kiosk.domain.ballot import Ballot
from kiosk.domain.manifest import election_from_manifest
from kiosk.domain.paper_csv import read_rows
from kiosk.domain.test_deck import DeckError, build_deck, read_deck, write_deck
from kiosk.package.scaffold import scaffold_election
from kiosk.package.source import read_source

_KEY = base64.b64encode(bytes(32)).decode()


def election_of(tmp_path, *edits: tuple[str, str]):
    folder = tmp_path / "src"
    scaffold_election(folder, "districts")
    toml = folder / "election.toml"
    text = toml.read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    toml.write_text(text, encoding="utf-8")
    return election_from_manifest(read_source(folder, {"seal": _KEY, "sign": _KEY}).manifest)


MIXED = (('rule = { kind = "knapsack", budget = 1000000 }',
          'rule = { kind = "approval", max_choices = 2 }\nbudget = 1000000'),
         ('rule = { kind = "knapsack", budget = 250000 }',
          'rule = { kind = "cumulative", total_points = 5, max_per_proposal = 3 }\n'
          'budget = 250000'))


@pytest.mark.parametrize("edits", [(), MIXED], ids=["knapsack pots", "approval and points"])
def test_every_district_and_every_proposal_of_every_pot(tmp_path, edits):
    election = election_of(tmp_path, *edits)
    deck = build_deck(election)
    assert read_deck(write_deck(deck, election), election) == deck.ballots
    assert {entry.district for entry in deck.ballots} == {"north", "south"}
    assert {entry.language for entry in deck.ballots} == set(election.languages)
    for pot in election.pots:
        parts = [entry.ballot.part(pot.id) for entry in deck.ballots
                 if entry.ballot.part(pot.id) is not None]
        chosen = {pid for part in parts for pid, _points in part.choices}
        assert chosen == set(pot.proposal_ids), pot.id
        assert Ballot(()) in parts, pot.id  # an empty part
    if edits:
        north = [e.ballot.part("north") for e in deck.ballots if e.district == "north"]
        assert any(points == 3 for part in north for _pid, points in part.choices)
        city = [e.ballot.part("city") for e in deck.ballots]
        assert max(len(part.choices) for part in city) == 2  # the most choices allowed


HEAD = "ballot,language,identity,district,choices:city,choices:north,choices:south,purpose\n"


@pytest.mark.parametrize(("row", "reason"), [
    ("1,sv,,west,c1,,,x", "deck.csv:2: the district must be one of north, south"),
    ("1,sv,,north,c1,n1,s1,x", "deck.csv:2: pot south is not on a ballot of district north"),
    ("1,sv,,north,c1 c4,n1,,x", "deck.csv:2: pot city: "),  # over the budget
    ("1,sv,,south,c1,,s1 s2 s3,x", "deck.csv:2: pot south: "),  # over the approval cap
    ("1,sv,,south,c9,,s1,x", "deck.csv:2: pot city: "),
])
def test_bad_deck_rows_are_named_with_line_and_pot(tmp_path, row, reason):
    election = election_of(tmp_path)
    with pytest.raises(DeckError) as error:
        read_deck(HEAD + row + "\n", election)
    assert str(error.value).startswith(reason)
    with pytest.raises(DeckError, match="the first line must be ballot,language,identity,"
                       "district,choices:city"):
        read_deck("ballot,language,identity,choices,purpose\n1,sv,,c1,x\n", election)


def test_a_points_pot_is_keyed_as_id_points_in_the_paper_csv(tmp_path):
    election = election_of(tmp_path, *MIXED)
    data = (b"sheet,district,choices:city,choices:north,choices:south\n"
            b"1,north,c1 c3,n1:3 n2:2,\n"
            b"2,north,c1,n1,\n"            # a points pot needs id:points
            b"3,south,c1 c2 c3,,s1\n")  # more than 2 choices in the approval pot
    rows, bad = read_rows(election, "a.csv", data)
    assert [row.entry.sheet for row in rows] == [1]
    assert rows[0].entry.ballot.part("north").choices == (("n1", 3), ("n2", 2))
    assert [(row.line, str(row).split(": ")[1]) for row in bad] == [(3, "pot north"),
                                                                    (4, "pot city")]


def test_each_district_group_is_a_whole_deck_and_the_tally_knows_which_rows_a_station_casts(
        tmp_path):
    from kiosk.domain.test_deck_pots import district_rows, number_ranges
    from kiosk.tally.lna_pots import station_district

    election = election_of(tmp_path, *MIXED)
    deck = build_deck(election).ballots
    north, south = district_rows(deck, "north"), district_rows(deck, "south")
    assert north + south == deck and district_rows(deck, None) == deck  # one block each
    for group, district in ((north, "north"), (south, "south")):
        assert {entry.language for entry in group} == set(election.languages)
        for pot_id in ("city", district):
            pot = next(pot for pot in election.pots if pot.id == pot_id)
            parts = [entry.ballot.part(pot_id) for entry in group]
            assert {pid for part in parts for pid, _p in part.choices} == set(pot.proposal_ids)
            assert Ballot(()) in parts, (district, pot_id)
    assert number_ranges([e.number for e in south]) == f"{len(north) + 1}–{len(deck)}"
    assert number_ranges([1, 2, 3, 5, 7, 8]) == "1–3, 5, 7–8"
    ballots = [(e.language, e.ballot) for e in deck]
    named = station_district(election, "north", ballots)
    assert named == ("north", "the station stands in district north (its test file says so)")
    only_south = [(e.language, e.ballot) for e in south]
    assert station_district(election, None, only_south)[0] == "south"
    assert station_district(election, None, ballots) == (
        None, "a station without a district: its test ballots vote in north and south")
