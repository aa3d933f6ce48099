"""Several pots in one visit: the districts example read and validated, every schema mistake
refused with one sentence, the pots' ballots and the voter's session across pots, and packages
without pots exactly as before."""

from __future__ import annotations

import base64
import json
import re
from pathlib import Path

import pytest

from kiosk.domain.ballot import Ballot
from kiosk.domain.election import PotKind
from kiosk.domain.errors import BallotError, PackageError
from kiosk.domain.manifest import election_from_manifest
from kiosk.domain.pots import PotsBallot, PotsSession, validate_any
from kiosk.ledger.envelopes import inner_envelope, unpad
from kiosk.package.scaffold import scaffold_election
from kiosk.package.source import read_source

KEY = base64.b64encode(bytes(32)).decode()
TALLY = {"seal": KEY, "sign": KEY}


@pytest.fixture
def folder(tmp_path) -> Path:
    scaffold_election(tmp_path / "src", "districts")
    return tmp_path / "src"


def election_of(folder: Path):
    return election_from_manifest(read_source(folder, TALLY).manifest)


def edit(folder: Path, old: str, new: str, file: str = "election.toml") -> None:
    path = folder / file
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_districts_example_has_a_city_pot_and_two_district_pots(folder):
    election = election_of(folder)
    assert [(p.id, p.kind) for p in election.pots] == [
        ("city", PotKind.CITY), ("north", PotKind.DISTRICT), ("south", PotKind.DISTRICT)]
    assert election.pot("city").proposal_ids == ("c1", "c2", "c3", "c4")
    assert election.pot("north").names["sv"] == "Norra området"
    assert election.pot("north").names["ar"] == "المنطقة الشمالية"
    north = election.pot_view("north")
    assert north.rule.budget == 250_000 and north.counting == "equalshares/add1" and not north.pots
    assert [p.id for p in north.proposals] == ["n1", "n2", "n3"]
    assert election.pot_view("south").counting == "greedy"  # the package's own
    # issue 23's options, per pot: a threshold and an incompatible pair in the city pot, an
    # approval pot with a cap and its own money in the south
    city = election.pot_view("city")
    assert city.counting == "greedy-threshold" and city.options.min_score == 15
    assert city.options.incompatible == (("c2", "c3"),)
    assert election.options.is_empty() and election.pot_view("north").options.is_empty()
    south = election.pot("south")
    assert south.rule.kind.value == "approval" and south.rule.max_choices == 2
    assert south.budget == 300_000 and south.money == 300_000
    assert election.pot("north").money == 250_000
    assert [p.id for p in election.pots_for("south")] == ["city", "south"]
    assert [p.id for p in election.pots_for(None)] == ["city"]


MISTAKES = [
    ('id = "north"\nkind = "district"', 'id = "north"\nkind = "ward"',
     "pot north: kind must be city or district, got 'ward'"),
    ('id = "north"\nkind = "district"', 'id = "city"\nkind = "district"',
     "pot city: the id is used twice"),
    ('id = "north"', 'id = "North Side"', "pot #2: id must be 1-32 lowercase letters"),
    ('rule = { kind = "knapsack", budget = 250000 }\n', '',
     "pot north: 'rule' is missing: every pot names its own ballot rule"),
    ('budget = 250000 }', 'budget = 25000 }',
     "proposal n1: cost 150000 kr is more than the whole budget of pot north, 25000 kr"),
    ('budget = 300000 ', 'budget = 30000 ',
     "proposal s1: cost 200000 kr is more than the whole budget of pot south, 30000 kr"),
    ('budget = 300000 ', '# ',
     "pot south: a pot with an approval rule needs the money it has to fund proposals: add "
     "budget = N"),
    ('budget = 300000 ', 'budget = "lots" ',
     "pot south: budget must be a whole number of kronor from 1 to"),
    ('counting = "equalshares/add1"      #', 'budget = 250000 #',
     "pot north: a knapsack pot's money is its rule's budget; remove the pot's own budget"),
    ('default_language = "sv"', 'default_language = "sv"\n[options]\nmin_score = 3\n',
     "options: with pots, each pot has its own rule options: move [options] into the pot's "
     "entry"),
    ('min_score = 15, ', 'min_score = 0, ',
     "pot city, options: min_score must be a whole number from 1 to"),
    ('min_score = 15, ', '',
     "pot city, options: counting greedy-threshold needs min_score"),
    ('[["c2", "c3"]]', '[["c2", "n1"]]',
     "pot city, options: incompatible group #1 names proposal n1, which is not in pot city"),
    ('min_score = 15, ', 'min_score = 15, colour = 1, ',
     "pot city, options: unknown setting 'colour'"),
    ('counting = "equalshares/add1"      #',
     'options = { incompatible = [["n1", "n2"]] }\ncounting = "equalshares" #',
     "pot north, options: incompatible groups work with the greedy rules only; counting "
     "equalshares cannot take them"),
    ('id = "n1"\npot = "north"', 'id = "n1"\npot = "east"',
     "proposal n1: names the pot 'east', which is not among the package's pots"),
    ('id = "n1"\npot = "north"\n', 'id = "n1"\n',
     'proposal n1: must name its pot (pot = "...") in a package with pots'),
    ('counting = "equalshares/add1"      #', 'counting = "most-liked" #',
     "pot north: counting must be one of greedy"),
    ('counting = "equalshares/add1"      #', 'colour = "blue" #',
     "pot north: unknown setting 'colour'"),
    ('default_language = "sv"', 'default_language = "sv"\n[rule]\nkind = "approval"\n'
     'max_choices = 1\n', "election: with pots, each pot names its own rule"),
]


@pytest.mark.parametrize(("old", "new", "says"), MISTAKES, ids=[m[2][:40] for m in MISTAKES])
def test_every_pot_mistake_is_one_sentence_naming_its_place(folder, old, new, says):
    edit(folder, old, new)
    with pytest.raises(PackageError) as error:
        election_of(folder)
    assert says in str(error.value)
    assert "\n" not in str(error.value)


def test_a_pot_needs_a_name_in_the_default_language(folder):
    edit(folder, 'north = "Norra området"\n', "", "texts/sv.toml")
    with pytest.raises(PackageError, match="pot north: has no name in the default language sv"):
        election_of(folder)


def test_a_package_without_pots_may_not_name_pots(tmp_path):
    scaffold_election(tmp_path / "basic")
    edit(tmp_path / "basic", 'id = "p1"\n', 'id = "p1"\npot = "city"\n')
    with pytest.raises(PackageError, match=r"proposal p1: names a pot, but the election has "
                                           r"no \[\[pots\]\]"):
        election_of(tmp_path / "basic")
    scaffold_election(tmp_path / "basic2")
    (tmp_path / "basic2" / "texts" / "en.toml").write_text(
        (tmp_path / "basic2" / "texts" / "en.toml").read_text() + '\n[pots]\ncity = "City"\n')
    with pytest.raises(PackageError, match="texts en: names pots, but the election has no"):
        election_of(tmp_path / "basic2")


def test_a_manifest_without_pots_has_nothing_new(tmp_path):
    scaffold_election(tmp_path / "basic")
    manifest = read_source(tmp_path / "basic", TALLY).manifest
    text = json.dumps(manifest)
    assert '"pot' not in text and "rule" in manifest["election"]
    assert election_from_manifest(manifest).pots == ()


def test_the_one_pot_inner_envelope_is_unchanged(tmp_path):
    scaffold_election(tmp_path / "basic")
    election = election_of(tmp_path / "basic")
    plain = unpad(inner_envelope(election, Ballot.of(["p1", "p2"]), "sv", False, None, False))
    assert plain == (b'{"assisted":false,"choices":["p1","p2"],"election":"exempelby-2027",'
                     b'"language":"sv","survey":{},"test":false,"type":"kiosk/inner-envelope",'
                     b'"v":1}')


def test_a_pots_inner_envelope_keeps_each_pot_apart(folder):
    election = election_of(folder)
    ballot = PotsBallot.of({"city": Ballot.of(["c2"]), "north": Ballot.of(["n1", "n3"])})
    inner = json.loads(unpad(inner_envelope(election, ballot, "ar", True, None, False)))
    assert inner["pots"] == {"city": ["c2"], "north": ["n1", "n3"]} and "choices" not in inner
    assert PotsBallot.from_json(inner["pots"]) == ballot


@pytest.mark.parametrize(("parts", "reason"), [
    ({"city": ["c1"]}, "ballot.no_district"),
    ({"city": ["c1"], "north": [], "south": []}, "ballot.two_districts"),
    ({"north": ["n1"]}, "ballot.missing_pot"),
    ({"city": [], "west": []}, "ballot.unknown_pot"),
    ({"city": ["n1"], "north": []}, "ballot.unknown_proposal"),
    ({"city": ["c1", "c4"], "south": []}, "ballot.over_budget"),
    ({"city": ["c1"], "north": ["n1", "n1"]}, "ballot.duplicate_choice"),
])
def test_pot_ballots_that_do_not_fit_are_refused(folder, parts, reason):
    election = election_of(folder)
    with pytest.raises(BallotError) as error:
        validate_any(election, PotsBallot.from_json(parts))
    assert error.value.message_id == reason


def test_one_pot_and_pots_ballots_go_only_where_they_belong(folder, tmp_path):
    election = election_of(folder)
    with pytest.raises(BallotError, match="several pots"):
        validate_any(election, Ballot.of(["c1"]))
    validate_any(election, PotsBallot.from_json({"city": ["c1"], "south": ["s1"]}))
    scaffold_election(tmp_path / "basic")
    with pytest.raises(BallotError, match="one pot"):
        validate_any(election_of(tmp_path / "basic"), PotsBallot.from_json({"city": ["p1"]}))


def test_the_voters_session_across_pots(folder):
    election = election_of(folder)
    session = PotsSession(election, "sv", None)
    assert session.needs_district and [p.id for p in session.pots] == ["city"]
    session.current.choose("c1")
    session.set_district("north")
    assert not session.needs_district and session.count == 2
    session.go_to(1)
    assert session.current_pot.id == "north" and session.current.budget_left == 250_000
    with pytest.raises(KeyError):  # another pot's proposal is not on this pot's ballot
        session.current.blocked("c2")
    session.current.choose("n1")
    session.set_district("south")  # changed their mind: north's choices go, the city's stay
    assert session.ballot == PotsBallot.of({"city": Ballot.of(["c1"]), "south": Ballot.of([])})
    with pytest.raises(BallotError):
        session.set_district("west")
    session.clear()
    assert not session.ballot.choices and session.index == 0


def test_pot_view_changes_nothing_else(folder):
    election = election_of(folder)
    view = election.pot_view("south")
    assert view is election.pot_view("south")  # made once
    assert (view.id, view.languages, view.texts, view.tally) == (
        election.id, election.languages, election.texts, election.tally)
    assert re.fullmatch(r"[a-z]+", view.rule.kind.value)
