"""A station's paper sheet ranges: without one any sheet number is keyed; with one a sheet of
another station's pile (or a typo) is refused at keying and at import, naming the number and
the ranges; bad or overlapping ranges are refused; ranges that would leave out sheets keyed
here already are refused naming how many; setting them is audited and kept."""

from __future__ import annotations

import json

import pytest

from kiosk.cli.main import main as kiosk
from kiosk.domain.ballot import Ballot
from kiosk.domain.paper import PaperEntry, PaperError
from kiosk.domain.paper_csv import write_rows
from kiosk.domain.sheet_ranges import SheetRange, parse_ranges
from kiosk.station import StationService
from tests.conftest import make_world


def entry(sheet: int, *chosen: str) -> PaperEntry:
    return PaperEntry(sheet, Ballot.of(list(chosen or ["p1"])), "sv")


def seal(station, sheet: int) -> None:
    station.key_paper_first(entry(sheet))
    assert station.key_paper_second(entry(sheet)).sealed


@pytest.fixture
def world(tmp_path):
    return make_world(tmp_path)


@pytest.fixture
def station(world):
    with StationService.open(world["stations"][0]) as service:
        service.open_polls()
        yield service


def test_ranges_are_read_from_their_text_form():
    assert parse_ranges("501-600 1-500") == (SheetRange(1, 500), SheetRange(501, 600))
    assert parse_ranges(["1 – 500,", "777"]) == (SheetRange(1, 500), SheetRange(777, 777))
    assert parse_ranges("  ") == ()


@pytest.mark.parametrize("text, said", [
    ("1-500 400-600", "the sheet ranges 1-500 and 400-600 overlap"),
    ("1-500 500", "the sheet ranges 1-500 and 500 overlap"),
    ("500-1", "'500-1' is not a sheet range"),
    ("0-10", "'0-10' is not a sheet range"),
    ("1-10000000", "'1-10000000' is not a sheet range"),
    ("a-b", "'a-b' is not a sheet range"),
    ("1-2-3", "'1-2-3' is not a sheet range"),
    ("١-٥", "'١-٥' is not a sheet range"),  # Arabic-Indic digits are not sheet numbers
])
def test_malformed_or_overlapping_ranges_are_refused(station, text, said):
    with pytest.raises(PaperError) as caught:
        station.set_paper_ranges(text)
    assert said in caught.value.text
    assert caught.value.message_id in ("paper.range_format", "paper.range_overlap")
    assert station.paper_ranges() == ()  # nothing was kept
    seal(station, 5001)  # and any sheet is still keyed


def test_without_a_range_any_sheet_is_keyed(station):
    assert station.paper_ranges() == ()
    seal(station, 5001)
    seal(station, 9_999_999)
    assert station.status().ballots == 2


def test_keying_outside_the_ranges_is_refused_with_one_sentence(station):
    station.set_paper_ranges(["1-500", "501-600"])
    with pytest.raises(PaperError) as caught:
        station.key_paper_first(entry(5001))
    error = caught.value
    assert error.message_id == "paper.sheet_range"
    assert error.text.startswith("sheet 5001 is not one of this station's sheets "
                                 "(1-500, 501-600)")
    assert station.paper_waiting() == {"second": [], "third": []}
    seal(station, 1)
    seal(station, 600)
    assert station.status().ballots == 2


def test_a_second_keying_after_the_ranges_changed_is_checked_too(station):
    station.key_paper_first(entry(900))
    with pytest.raises(PaperError, match="1 sheet keyed at this station is outside"):
        station.set_paper_ranges("1-500")
    station.set_paper_aside(900)
    station.set_paper_ranges("1-500")
    assert station.paper_ranges() == (SheetRange(1, 500),)


def test_changing_ranges_that_leave_out_keyed_sheets_is_refused(station):
    for sheet in (10, 20, 600):
        seal(station, sheet)
    station.key_paper_first(entry(700))  # waiting for its second keying
    with pytest.raises(PaperError) as caught:
        station.set_paper_ranges("1-500")
    assert caught.value.message_id == "paper.range_keyed"
    assert caught.value.text.startswith("2 sheets keyed at this station are outside the ranges "
                                        "1-500;")
    with pytest.raises(PaperError, match="^1 sheet keyed at this station is outside"):
        station.set_paper_ranges("1-650")
    # ranges covering most numbers: the few left out are the ones looked at
    with pytest.raises(PaperError, match="^1 sheet keyed at this station is outside the "
                                         "ranges 11-9999999"):
        station.set_paper_ranges("11-9999999")
    assert station.paper_ranges() == ()
    assert station.set_paper_ranges("5-9999999") == (SheetRange(5, 9_999_999),)
    assert station.set_paper_ranges("1-800") == (SheetRange(1, 800),)
    assert station.key_paper_second(entry(700)).sealed


def test_setting_ranges_is_audited_and_kept(world):
    data = world["stations"][0]
    with StationService.open(data) as station:
        station.set_paper_ranges("501-1000")
        station.set_paper_ranges("")  # cleared: any sheet again
        station.set_paper_ranges("1-500")
        events = [(e["event"], e["detail"]) for e in station.audit_entries(3)]
    assert events == [("paper_ranges_set", {"ranges": "1-500"}),
                      ("paper_ranges_set", {"ranges": ""}),
                      ("paper_ranges_set", {"ranges": "501-1000"})]
    with StationService.open(data) as station:
        assert station.paper_ranges() == (SheetRange(1, 500),)


def test_import_names_every_row_outside_the_ranges_and_seals_nothing(world, station):
    station.set_paper_ranges("1-500")
    entries = [entry(1), entry(600), entry(2, "p2"), entry(5001)]
    problems = station.check_paper_import(entries)
    assert [index for index, _ in problems] == [1, 3]
    assert problems[0][1].startswith("sheet 600 is not one of this station's sheets (1-500)")
    with pytest.raises(PaperError):
        station.import_paper(entries)
    assert station.status().ballots == 0
    assert station.import_paper([entries[0], entries[2]]) and station.status().ballots == 2


def test_paper_import_command_lists_each_row_outside_with_file_and_line(world, tmp_path,
                                                                        capsys):
    data = world["stations"][0]
    assert kiosk(["station", "paper-range", "--data", data, "1-500", "501-600"]) == 0
    assert "paper sheet ranges: 1-500, 501-600" in capsys.readouterr().out
    with StationService.open(data) as station:
        station.open_polls()
        rows = write_rows(station.election, [entry(1), entry(601), entry(2), entry(5001)])
    (tmp_path / "a.csv").write_bytes(rows)
    (tmp_path / "b.csv").write_bytes(rows)
    assert kiosk(["paper", "import", "--data", data, str(tmp_path / "a.csv"),
                  str(tmp_path / "b.csv")]) != 0
    err = capsys.readouterr().err
    assert "a.csv line 3: sheet 601 is not one of this station's sheets (1-500, 501-600)" in err
    assert "a.csv line 5: sheet 5001 is not one of this station's sheets" in err
    assert "nothing was imported: 2 problems" in err
    assert "Traceback" not in err
    with StationService.open(data) as station:
        assert station.status().ballots == 0
    assert kiosk(["station", "paper-range", "--data", data, "1-500", "450-600"]) != 0
    assert "the sheet ranges 1-500 and 450-600 overlap" in capsys.readouterr().err
    assert kiosk(["station", "paper-range", "--data", data, "--clear"]) == 0
    assert "no range set" in capsys.readouterr().out
    assert kiosk(["paper", "import", "--data", data, str(tmp_path / "a.csv"),
                  str(tmp_path / "b.csv"), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sealed"] == 4
