"""The bulk paper import's CSV files (kiosk.domain.paper_csv): read back what is written, every
bad row named with its line, files that are not this CSV refused with one sentence, the two
files compared sheet by sheet."""

from __future__ import annotations

import base64
from dataclasses import replace

import pytest

from kiosk.demo.world import DEMO_ELECTION
from kiosk.domain.ballot import Ballot
from kiosk.domain.election import BallotRule, RuleKind
from kiosk.domain.errors import KioskError
from kiosk.domain.manifest import election_from_manifest
from kiosk.domain.paper import PaperEntry
from kiosk.domain.paper_csv import compare, read_rows, write_rows
from kiosk.package.source import read_source

_KEY = base64.b64encode(bytes(32)).decode()


@pytest.fixture(scope="module")
def election():
    return election_from_manifest(read_source(DEMO_ELECTION, {"seal": _KEY, "sign": _KEY})
                                  .manifest)


def test_written_rows_read_back(election):
    entries = [PaperEntry(1, Ballot.of(["p1", "p3"]), "sv"),
               PaperEntry(2, None, "ar"), PaperEntry(3, Ballot.of([]), "se")]
    rows, bad = read_rows(election, "a.csv", b"\xef\xbb\xbf" + write_rows(election, entries))
    assert bad == [] and [row.entry for row in rows] == entries
    assert [row.line for row in rows] == [2, 3, 4]


def test_cumulative_points(election):
    points = replace(election, rule=BallotRule(RuleKind.CUMULATIVE, total_points=5,
                                               max_per_proposal=3))
    data = b"sheet,choices\n1,p1:3 p2:2\n2,p1\n3,p1:4\n4,p1:x\n"
    rows, bad = read_rows(points, "p.csv", data)
    assert [r.entry.ballot for r in rows] == [Ballot.of({"p1": 3, "p2": 2})]
    assert [(b.line, b.reason.split(" ")[0]) for b in bad] == [
        (3, "'p1'"), (4, "proposal"), (5, "'p1:x'")]
    entries = [PaperEntry(9, Ballot.of({"p4": 1, "p2": 2}), "sv")]
    again, _ = read_rows(points, "w.csv", write_rows(points, entries))
    assert [r.entry for r in again] == entries


def test_bad_rows_are_named_with_line_and_reason(election):
    data = (b"sheet,choices,spoiled,language\n"
            b"1,p1,,sv\n"
            b"2,p1,yes,sv\n"            # a spoiled sheet with choices
            b"3,,maybe,sv\n"            # spoiled is yes or empty
            b"4,p1 p1,,sv\n"            # twice
            b"5,p1,,sv,extra\n"         # a column too many
            b"\n"                       # empty lines are skipped
            b"1,p2,,sv\n")     # sheet 1 again
    rows, bad = read_rows(election, "x.csv", data)
    assert [r.entry.sheet for r in rows] == [1]
    assert [str(b) for b in bad] == [
        "x.csv line 3: a spoiled sheet has no choices; leave choices empty",
        "x.csv line 4: spoiled is 'yes' or empty, not 'maybe'",
        "x.csv line 5: proposal p1 is chosen twice",
        "x.csv line 6: 5 columns, the header has 4",
        "x.csv line 8: sheet 1 is on line 2 already"]


@pytest.mark.parametrize(("data", "message"), [
    (b"", "is empty"),
    (b"\xff\xfe s", "is not UTF-8 text"),
    (b"sheet,votes\n1,p1\n", "the header row must name the columns sheet, choices"),
    (b"sheet,choices,sheet\n", "each once"),
])
def test_files_that_are_not_this_csv_are_refused(election, data, message):
    with pytest.raises(KioskError, match=message):
        read_rows(election, "f.csv", data)


def test_compare_lists_every_differing_sheet(election):
    one, _ = read_rows(election, "1.csv", b"sheet,choices,language\n1,p1,sv\n2,p2,sv\n3,p3,sv\n")
    two, _ = read_rows(election, "2.csv", b"sheet,choices,language\n1,p1,sv\n2,p2,en\n4,p4,sv\n")
    assert compare(one, two) == [
        "sheet 2: the files differ in language (first file line 3, second file line 3)",
        "sheet 3: only in the first file (line 4)",
        "sheet 4: only in the second file (line 4)"]
    assert compare(one, one) == []
