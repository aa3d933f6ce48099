"""The L&A of stations placed in a district, end to end through the `kiosk` command (the
districts example: the demo's second station stands in north, the others let the voter choose).
The deck is grouped by district; a station in north casts only north's rows (`kiosk simulate
--deck` says how many it skipped), a station without a district casts every row, and `kiosk
tally lna` passes both, saying which rows it checked each against; a north station that also
cast a south ballot fails, naming the south pot and the ballot; the printed deck shows the
groups and what a station in each district must give."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from kiosk.domain.test_deck import read_deck
from kiosk.station import StationService
from tests.integration.test_lna import kiosk, ok
from tests.integration.test_lna_pots import rows

NORTH, SOUTH = ["n1", "n2", "n3"], ["s1", "s2", "s3"]
CITY = ["c1", "c2", "c3", "c4"]


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("lna-districts")
    world = json.loads(ok("demo", "setup", folder / "w", "--json", "--stations", "2",
                          "--example", "districts").stdout)
    (folder / "pass").write_text("demo\n", encoding="utf-8")
    world["pass"] = folder / "pass"
    world["deck"] = folder / "deck"
    world["made"] = ok("election", "test-deck", "--package", world["package"], "--authority",
                       world["authority_fingerprint"], "--out", world["deck"]).stdout
    # a second north station: a copy of the demo's north station made before anything is cast
    world["north_copy"] = folder / "north-copy"
    shutil.copytree(world["stations"][1], world["north_copy"])
    return world


def cast(station: Path, deck: Path, out: Path) -> tuple[list[Path], str]:
    ok("station", "mode", "test", "--data", station)
    done = ok("simulate", "--data", station, "--deck", deck)
    ok("polls", "close", "--data", station)
    ok("export", "--data", station, "--out", out)
    return sorted(out.glob("*-TEST.export")), done.stdout + done.stderr


def lna(world: dict, *files: Path, result: Path) -> subprocess.CompletedProcess:
    return kiosk("tally", "lna", *files, "--deck", world["deck"], "--key", world["tally_key"],
                 "--passphrase-file", world["pass"], "--authority",
                 world["authority_fingerprint"], "--result", result)


def test_the_deck_is_grouped_by_district_each_group_a_whole_deck(world):
    deck = rows(world["deck"] / "deck.csv")
    districts = [row["district"] for row in deck]
    assert districts == sorted(districts, key=["north", "south"].index)  # one block each
    expected = json.loads((world["deck"] / "expected.json").read_text(encoding="utf-8"))
    for district, own in (("north", NORTH), ("south", SOUTH)):
        group = [row for row in deck if row["district"] == district]
        want = expected["by_district"][district]
        assert want["ballots"] == len(group)
        numbers = [int(row["ballot"]) for row in group]
        assert want["rows"] == f"{numbers[0]}–{numbers[-1]}"
        assert {row["language"] for row in group} == {"sv", "sv-simple", "en", "ar"}
        for pot, proposals in (("city", CITY), (district, own)):
            chosen = [row[f"choices:{pot}"].split() for row in group]
            assert set(proposals) <= {pid for c in chosen for pid in c}, (district, pot)
            assert [] in chosen, (district, pot)  # an empty part
            totals = want["pots"][pot]["totals"]
            assert totals == {pid: sum(pid in c for c in chosen) for pid in proposals}
            assert len(set(totals.values())) == len(totals)  # swapped proposals would show
        assert set(want["pots"]) == {"city", district}
    assert "district north: ballots 1–" in world["made"]
    printed = subprocess.run(["pdftotext", "-layout", world["deck"] / "deck.pdf", "-"],
                             check=True, capture_output=True, text=True).stdout
    north = expected["by_district"]["north"]["rows"]
    south = expected["by_district"]["south"]["rows"]
    assert f"Distrikt / District north: Norra området — röster / ballots {north}" in printed
    assert f"Distrikt / District south: Södra området — röster / ballots {south}" in printed
    assert printed.index("District north:") < printed.index("District south:")
    assert "Stations placed in north cast only these lines" in " ".join(printed.split())
    flat = " ".join(printed.split())
    assert f"Expected at a station placed in district south (ballots {south})" in flat
    assert "The whole deck, at a station without a district" in flat


def test_a_north_station_and_a_station_without_a_district_both_pass(world, tmp_path):
    deck = rows(world["deck"] / "deck.csv")
    south = sum(row["district"] == "south" for row in deck)
    anywhere, said = cast(world["stations"][0], world["deck"] / "deck.csv", tmp_path / "a")
    assert f"# {len(deck)} deck ballots cast" in said
    north, said = cast(world["stations"][1], world["deck"] / "deck.csv", tmp_path / "n")
    assert f"note: skipped {south} deck rows of district(s) south" in said
    assert f"# {len(deck) - south} deck ballots cast" in said
    done = lna(world, *anywhere, *north, result=tmp_path / "r.json")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PASS: 2 of 2 station(s) passed" in done.stdout
    expected = json.loads((world["deck"] / "expected.json").read_text(encoding="utf-8"))
    assert (f"checked against district north's rows of the deck (ballots "
            f"{expected['by_district']['north']['rows']}): the station stands in district "
            "north (its test file says so)") in done.stdout
    assert ("checked against the whole deck (a station without a district: its test ballots "
            "vote in north and south)") in done.stdout


def test_a_north_station_that_also_cast_a_south_ballot_fails_naming_it(world, tmp_path):
    station = world["north_copy"]
    ok("station", "mode", "test", "--data", station)
    ok("simulate", "--data", station, "--deck", world["deck"] / "deck.csv")  # north's rows
    with StationService.open(station) as service:  # and one south ballot, polls still open
        deck = read_deck((world["deck"] / "deck.csv").read_text(encoding="utf-8"),
                         service.election)
        stray = next(entry for entry in deck if entry.district == "south" and
                     entry.ballot.part("south").choices)
        ticket = service.start_session(stray.language)
        service.cast_ballot(ticket, stray.ballot, language=stray.language)
        service.close_polls()
    ok("export", "--data", station, "--out", tmp_path / "usb")
    files = sorted((tmp_path / "usb").glob("*-TEST.export"))
    done = lna(world, *files, result=tmp_path / "r.json")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "checked against district north's rows of the deck" in done.stdout
    assert "FAIL: 0 of 1 station(s) passed" in done.stdout
    failures = done.stdout.split("difference(s):")[1]
    assert "pot south (another district than north): ballots: expected 0, actual 1" in failures
    assert (f"extra at the station (1×), not in district north's rows of the deck: "
            f"{stray.language}, choices: south ·") in failures
    assert "pot north" not in failures  # north's rows were all cast
