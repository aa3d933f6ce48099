"""Paper ballots from keying to the count: counted together with touch ballots with the right
figures per channel, spoiled sheets invalid, identities deduplicated across channels, the bulk
import all or nothing with every bad row named (through the `kiosk` command)."""

from __future__ import annotations

import json
import random
import subprocess
import sys
from datetime import date
from pathlib import Path

from kiosk.domain.ballot import Ballot
from kiosk.domain.paper import PaperEntry
from kiosk.domain.paper_csv import write_rows
from kiosk.domain.random_ballots import random_personnummer
from kiosk.package.authority_keys import load_outer, load_tally
from kiosk.station import StationService
from kiosk.tally.counting import count_election
from kiosk.tally.importer import import_export
from tests.conftest import make_world
from tests.tally_worlds import export, new_tally

PNR = 'mode = "personnummer"\nminimum_age = 16'


def kiosk(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True,
                          text=True, timeout=120)


def key_twice(station, entry: PaperEntry) -> None:
    station.key_paper_first(entry)
    assert station.key_paper_second(entry).sealed


def count(tmp: Path, world: dict, paths: list[Path]) -> dict:
    store, package = new_tally(f"sqlite:///{tmp / 'tally.db'}", world)
    for path in paths:
        import_export(store, package, path.read_bytes(), path.name)
    store.set_state("closed")
    keys = load_tally(world["tally_key"], world["passphrase"])
    outer = load_outer(world["outer_key"], world["passphrase"])  # the duplicate check's key
    results = count_election(store, package, keys, rule="greedy", show_progress=False,
                             outer=outer)
    store.dispose()
    return results


def test_paper_and_touch_counted_together_with_figures_by_channel(tmp_path):
    world = make_world(tmp_path)
    with StationService.open(world["stations"][0]) as station:
        station.open_polls()
        for chosen in (["p1"], ["p1", "p2"], ["p3"]):
            ticket = station.start_session()
            station.cast_ballot(ticket, Ballot.of(chosen))
        key_twice(station, PaperEntry(1, Ballot.of(["p1"]), "sv"))
        key_twice(station, PaperEntry(2, Ballot.of(["p2", "p3"]), "en"))
        key_twice(station, PaperEntry(3, None, "sv"))  # spoiled
    path = export(world, 0, tmp_path / "usb")
    results = count(tmp_path, world, [path])
    assert results["records"] == 6 and results["opened"] == 6
    assert results["valid"] == 5 and results["invalid"] == {"ballot.spoiled": 1}
    assert results["channels"] == {
        "touch": {"opened": 3, "valid": 3, "invalid": 0},
        "paper": {"opened": 3, "valid": 2, "invalid": 1},
        "all": {"opened": 6, "valid": 5, "invalid": 1}}
    scores = {p["id"]: p["score"] for p in results["projects"]}
    assert scores == {"p1": 3, "p2": 2, "p3": 2}  # touch and paper votes added together


def test_identities_deduplicated_across_channels_and_stations(tmp_path):
    world = make_world(tmp_path, eligibility=PNR, stations=2)
    people = [random_personnummer(random.Random(n), date(2000, 1, 1)) for n in range(3)]
    a, b, c = people
    with StationService.open(world["stations"][0]) as touch:  # A and B vote by touch
        touch.open_polls()
        for person in (a, b):
            ticket = touch.start_session()
            touch.check_voter(ticket, person)
            touch.cast_ballot(ticket, Ballot.of(["p1"]))
    with StationService.open(world["stations"][1]) as paper:  # A again and C, on paper
        paper.open_polls()
        key_twice(paper, PaperEntry(10, Ballot.of(["p2"]), "sv", a))
        key_twice(paper, PaperEntry(11, Ballot.of(["p3"]), "sv", c))
    paths = [export(world, i, tmp_path / "usb") for i in range(2)]
    results = count(tmp_path, world, paths)
    assert results["records"] == 4
    assert len(results["conflicts"]) == 1  # A, found across the two channels
    assert len(results["conflicts"][0]["records"]) == 2
    assert results["excluded"] == {"duplicate": 1}  # the example's policy keeps one of A's
    assert results["opened"] == 3


def _csv(tmp: Path, name: str, world_election, entries) -> Path:
    path = tmp / name
    path.write_bytes(write_rows(world_election, entries))
    return path


def test_bulk_import_is_all_or_nothing_and_names_every_bad_row(tmp_path):
    world = make_world(tmp_path)
    data = world["stations"][0]
    with StationService.open(data) as station:
        station.open_polls()
        election = station.election
    good = [PaperEntry(n, Ballot.of(["p1"] if n % 2 else ["p2", "p3"]), "sv")
            for n in range(1, 6)] + [PaperEntry(6, None, "en")]
    first = _csv(tmp_path, "first.csv", election, good)
    text = first.read_text(encoding="utf-8")
    bad = tmp_path / "bad.csv"
    bad.write_text(text + "7,p9,,sv,\n8,p1 p2 p3,,sv,\n3,p1,,sv,\n9,p1,,de,\nx,p1,,sv,\n"
                   "10,p1,1990,sv,\n", encoding="utf-8")
    done = kiosk("paper", "import", "--data", data, str(bad), str(first))
    assert done.returncode == 2, done.stderr
    lines = done.stderr.splitlines()
    assert "bad.csv line 8: there is no proposal p9" in lines
    assert any(line.startswith("bad.csv line 9: the chosen proposals cost 550000 kr")
               for line in lines)
    assert "bad.csv line 10: sheet 3 is on line 4 already" in lines
    assert any(line.startswith("bad.csv line 11: 'de' is not a language") for line in lines)
    assert any(line.startswith("bad.csv line 12: a sheet number is a whole number")
               for line in lines)
    assert lines[-1].startswith("kiosk: nothing was imported: ")
    # identity in an open election is refused by the station's check (after the files agree)
    with StationService.open(data) as station:
        assert station.status().ballots == 0
    # files that disagree: the differing sheets are listed, nothing changes
    changed = list(good)
    changed[1] = PaperEntry(2, Ballot.of(["p1"]), "sv")
    second = _csv(tmp_path, "second.csv", election, changed[:-1])
    done = kiosk("paper", "import", "--data", data, str(first), str(second))
    assert done.returncode == 2
    assert "sheet 2: the files differ in choices (first file line 3, second file line 3)" \
        in done.stderr
    assert "sheet 6: only in the first file (line 7)" in done.stderr
    with StationService.open(data) as station:
        assert station.status().ballots == 0
    # agreeing files: every row sealed, in one go
    copy = _csv(tmp_path, "copy.csv", election, good)
    done = kiosk("paper", "import", "--data", data, str(first), str(copy), "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["sealed"] == 6
    with StationService.open(data) as station:
        assert station.status().ballots == 6
    # importing the same sheets again: every one refused, nothing added
    done = kiosk("paper", "import", "--data", data, str(first), str(copy))
    assert done.returncode == 2
    assert done.stderr.count("has already been keyed in this election") == 6
    with StationService.open(data) as station:
        assert station.status().ballots == 6
        assert station.verify_box().ok
    results = count(tmp_path, world, [export(world, 0, tmp_path / "usb")])
    assert results["channels"]["paper"] == {"opened": 6, "valid": 5, "invalid": 1}


def test_bulk_import_names_bad_identities_with_their_line(tmp_path):
    world = make_world(tmp_path, eligibility=PNR)
    data = world["stations"][0]
    person = random_personnummer(random.Random(5), date(2000, 1, 1))
    other = random_personnummer(random.Random(6), date(2000, 1, 1))
    with StationService.open(data) as station:
        station.open_polls()
        election = station.election
    entries = [PaperEntry(1, Ballot.of(["p1"]), "sv", person),
               PaperEntry(2, Ballot.of(["p2"]), "sv", "19900101-0000"),
               PaperEntry(3, Ballot.of(["p2"]), "sv", person),
               PaperEntry(4, Ballot.of(["p3"]), "sv", ""),
               PaperEntry(5, Ballot.of(["p3"]), "sv", other)]
    one = _csv(tmp_path, "one.csv", election, entries)
    two = _csv(tmp_path, "two.csv", election, entries)
    done = kiosk("paper", "import", "--data", data, str(one), str(two))
    assert done.returncode == 2
    lines = done.stderr.splitlines()
    assert [line.split(":")[0] for line in lines[:-1]] == [
        "one.csv line 3", "one.csv line 4", "one.csv line 5"], done.stderr
    assert "on another row of the file already" in lines[1]
    assert "key the personnummer" in lines[2]
    with StationService.open(data) as station:
        assert station.status().ballots == 0
