"""Paper ballots of a package with pots (the districts example): a sheet keyed twice with its
district and every pot's choices seals one paper ballot shaped like a touch ballot, which the
count counts in both pots; a disagreement in the district pot or in the district is named;
spoiled sheets as before; the bulk import's CSV with one choices column per pot."""

from __future__ import annotations

import json

import pytest

from kiosk.cli.main import main as kiosk
from kiosk.crypto.canonical import unb64
from kiosk.crypto.sealing import open_sealed
from kiosk.demo.world import setup_demo_world
from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import BallotError
from kiosk.domain.paper import PaperEntry, PaperError
from kiosk.domain.paper_csv import read_rows, write_rows
from kiosk.domain.pots import PotsBallot
from kiosk.ledger.envelopes import read_inner
from kiosk.package.authority_keys import load_tally
from kiosk.station import StationService


def sheet(number: int, district: str | None, **parts: list[str]) -> PaperEntry:
    ballot = PotsBallot.of({pot: Ballot.of(chosen) for pot, chosen in parts.items()})
    return PaperEntry(number, ballot, "sv", "", district)


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    return setup_demo_world(tmp_path_factory.mktemp("paper-pots") / "world", example="districts")


@pytest.fixture
def world(template, tmp_path):
    import shutil
    from pathlib import Path

    src, dst = Path(template["world"]), tmp_path / "world"
    shutil.copytree(src, dst)
    return {k: (v.replace(str(src), str(dst)) if isinstance(v, str) else
                [x.replace(str(src), str(dst)) for x in v] if isinstance(v, list) else v)
            for k, v in template.items()}


@pytest.fixture
def station(world):
    with StationService.open(world["stations"][0]) as service:
        service.open_polls()
        yield service


def inner_envelopes(world, station) -> list[dict]:
    keys = load_tally(world["tally_key"], world["passphrase"])
    out = []
    for record in station._run(lambda: list(station.box.iter_records())):
        sealed = unb64(json.loads(record.body)["inner"])
        out.append(read_inner(open_sealed(keys.seal, "inner", station.election.id, sealed)))
    return out


def test_a_two_pot_sheet_keyed_twice_seals_one_ballot_with_both_pots(world, station):
    station.key_paper_first(sheet(5, "north", city=["c1", "c3"], north=["n2"]))
    outcome = station.key_paper_second(sheet(5, "north", north=["n2"], city=["c3", "c1"]))
    assert outcome.sealed and station.status().ballots == 1
    [inner] = inner_envelopes(world, station)
    assert inner["channel"] == "paper" and "choices" not in inner
    assert inner["pots"] == {"city": ["c1", "c3"], "north": ["n2"]}


def test_a_disagreement_in_the_district_pot_is_named_and_nothing_is_sealed(station):
    station.key_paper_first(sheet(6, "south", city=["c2"], south=["s1", "s2"]))
    outcome = station.key_paper_second(sheet(6, "south", city=["c2"], south=["s1"]))
    assert not outcome.sealed and outcome.differences == ["choices:south"]
    assert station.status().ballots == 0
    third = station.resolve_paper(sheet(6, "south", city=["c2"], south=["s1", "s2"]))
    assert third.sealed and station.status().ballots == 1


def test_a_disagreement_in_the_district_is_named(station):
    station.key_paper_first(sheet(7, "south", city=[], south=[]))
    outcome = station.key_paper_second(sheet(7, "north", city=[], north=[]))
    assert "district" in outcome.differences and not outcome.sealed


def test_a_sheet_must_match_its_district_and_each_pot_its_rule(station):
    with pytest.raises(PaperError, match="district must be one of north, south"):
        station.key_paper_first(sheet(8, None, city=["c1"]))
    with pytest.raises(PaperError, match="district north"):
        station.key_paper_first(sheet(8, "north", city=["c1"], south=["s1"]))
    with pytest.raises(BallotError, match="^pot city: "):  # 350 000 + 800 000 kr
        station.key_paper_first(sheet(8, "north", city=["c1", "c4"], north=[]))
    with pytest.raises(BallotError, match="^pot south: "):  # an approval pot: at most 2
        station.key_paper_first(sheet(8, "south", city=[], south=["s1", "s2", "s3"]))
    with pytest.raises(BallotError, match="several pots"):
        station.key_paper_first(PaperEntry(8, Ballot.of(["c1"]), "sv", "", "north"))


def test_a_spoiled_two_pot_sheet_is_sealed_as_invalid(world, station):
    station.key_paper_first(PaperEntry(9, None, "sv", "", "north"))
    assert station.key_paper_second(PaperEntry(9, None, "sv", "", "north")).sealed
    [inner] = inner_envelopes(world, station)
    assert inner["spoiled"] is True and inner["pots"] == {}


def test_keyed_paper_ballots_are_counted_in_every_pot(world, tmp_path):
    with StationService.open(world["stations"][0]) as station:
        station.open_polls()
        for number, (district, parts) in enumerate([
                ("north", {"city": ["c1"], "north": ["n1", "n3"]}),
                ("south", {"city": ["c1", "c3"], "south": ["s3"]}),
                ("north", {"city": ["c2"], "north": ["n3"]})], start=20):
            station.key_paper_first(sheet(number, district, **parts))
            assert station.key_paper_second(sheet(number, district, **parts)).sealed
        station.key_paper_first(PaperEntry(30, None, "sv"))
        assert station.key_paper_second(PaperEntry(30, None, "sv")).sealed
        station.close_polls()
    usb = tmp_path / "usb"
    assert kiosk(["export", "--data", world["stations"][0], "--out", str(usb)]) == 0
    db = f"sqlite:///{tmp_path / 'tally.db'}"
    assert kiosk(["tally", "init", "--package", world["package"], "--db", db,
                  "--authority", world["authority_fingerprint"]]) == 0
    assert kiosk(["tally", "import", "--db", db, *map(str, usb.glob("*.export"))]) == 0
    assert kiosk(["tally", "close", "--db", db]) == 0
    (tmp_path / "pass").write_text(world["passphrase"] + "\n", encoding="utf-8")
    assert kiosk(["tally", "count", "--db", db, "--key", world["tally_key"],
                  "--passphrase-file", str(tmp_path / "pass"), "--quiet"]) == 0
    assert kiosk(["tally", "publish", "--db", db, "--out", str(tmp_path / "record")]) == 0
    results = json.loads((tmp_path / "record" / "results.json").read_text())["signed"]
    pots = {pot["id"]: pot for pot in results["pots"]}
    assert results["valid"] == 3
    assert {p["id"]: p["score"] for p in pots["city"]["projects"]} == {"c1": 2, "c2": 1, "c3": 1,
                                                                      "c4": 0}
    assert {p["id"]: p["score"] for p in pots["north"]["projects"]} == {"n1": 1, "n2": 0,
                                                                       "n3": 2}
    assert pots["south"]["ballots"] == 1 and pots["north"]["ballots"] == 2
    assert results["channels"]["paper"]["invalid"] == 1  # the spoiled sheet
    assert kiosk(["tally", "verify", str(tmp_path / "record"),
                  "--authority", world["authority_fingerprint"]]) == 0


CSV_HEAD = "sheet,district,choices:city,choices:north,choices:south,language,spoiled\n"


def test_the_csv_with_pots_reads_back_what_is_written(station):
    election = station.election
    entries = [sheet(1, "north", city=["c1", "c3"], north=["n2"]),
               sheet(2, "south", city=[], south=["s1", "s2"]),
               PaperEntry(3, None, "sv", "", None)]
    data = write_rows(election, entries)
    assert data.decode().splitlines()[0] == ("sheet,district,choices:city,choices:north,"
                                             "choices:south,identity,language,spoiled")
    rows, bad = read_rows(election, "a.csv", data)
    assert bad == [] and [row.entry for row in rows] == entries


def test_bad_pot_rows_are_named_with_file_line_and_reason(station):
    data = (CSV_HEAD +
            "1,north,c1,n1,,sv,\n"
            "2,,c1,n1,,sv,\n"           # no district
            "3,north,c1,,s1,sv,\n"      # a choice in another district's pot
            "4,west,c1,,,sv,\n"         # no such district
            "5,south,c1 c4,,s1,sv,\n"   # over the city pot's budget
            "6,south,c9,,,sv,\n"        # no such proposal in the city pot
            "7,north,,,,sv,yes\n").encode()
    rows, bad = read_rows(station.election, "first.csv", data)
    assert [row.entry.sheet for row in rows] == [1, 7]
    reasons = {row.line: str(row) for row in bad}
    assert sorted(reasons) == [3, 4, 5, 6, 7]
    assert reasons[3].startswith("first.csv line 3: the sheet's district must be one of")
    assert "pot south is not on a sheet of district north" in reasons[4]
    assert "not 'west'" in reasons[5]
    assert reasons[6].startswith("first.csv line 6: pot city: ")
    assert reasons[7].startswith("first.csv line 7: pot city: ")
    with pytest.raises(Exception, match="choices:city"):
        read_rows(station.election, "old.csv", b"sheet,choices\n1,c1\n")


def test_paper_import_of_pot_files_is_all_or_nothing(world, tmp_path, capsys):
    good = (CSV_HEAD + "1,north,c1,n1,,sv,\n2,south,c3,,s2,en,\n3,,,,,sv,yes\n").encode()
    (tmp_path / "a.csv").write_bytes(good)
    (tmp_path / "b.csv").write_bytes(good.replace(b"2,south,c3,,s2", b"2,south,c3,,s3"))
    data = world["stations"][0]
    with StationService.open(data) as service:
        service.open_polls()
    assert kiosk(["paper", "import", "--data", data, str(tmp_path / "a.csv"),
                  str(tmp_path / "b.csv")]) != 0
    assert "sheet 2: the files differ in choices:south" in capsys.readouterr().err
    (tmp_path / "b.csv").write_bytes(good)
    assert kiosk(["paper", "import", "--data", data, str(tmp_path / "a.csv"),
                  str(tmp_path / "b.csv")]) == 0
    assert "Sealed 3 paper ballots (1 spoiled)" in capsys.readouterr().out
    with StationService.open(data) as service:
        assert service.status().ballots == 3
