"""Follow-up statistics (kiosk/tally/statistics.py): every cell below the minimum is hidden, and
no hidden small cell can be recovered from what is printed — not by one subtraction from a
total, not by any sums and differences of rows, columns and tables (checked here with numpy's
matrix rank, independently of the module's own elimination), on random participation data."""

from __future__ import annotations

import numpy as np
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kiosk.tally.statistics import build

FACTS = ("station", "channel", "language", "assisted", "age_band", "first_time")
BY_STATION = ("age_band", "first_time")
# as the evaluation fixes them: every table has at least two rows
CATEGORIES = {"channel": ("touch", "paper"), "language": ("sv", "fi", "ar", "en"),
              "assisted": ("no", "yes"),
              "age_band": ("16-24", "25-44", "45-64", "65+", "no answer"),
              "first_time": ("yes", "no", "no answer")}
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def participation(draw):
    stations = draw(st.lists(st.sampled_from(["Bibliotek", "Medborgarhus", "Skola", "Simhall"]),
                             min_size=1, max_size=4, unique=True))
    combos = draw(st.lists(st.tuples(
        st.sampled_from(stations), st.sampled_from(["touch", "paper"]),
        st.sampled_from(["sv", "fi", "ar", "en"]), st.sampled_from(["no", "yes"]),
        st.sampled_from(["16-24", "25-44", "45-64", "65+", "no answer"]),
        st.sampled_from(["yes", "no", "no answer"]),
        st.integers(1, 9)), min_size=0, max_size=25))
    records = {}
    for *values, n in combos:
        key = tuple(values)
        records[key] = records.get(key, 0) + n
    return [(dict(zip(FACTS, key, strict=True)), n) for key, n in records.items()]


def printed_lines(stats):
    """(cells, total) of every sum the tables print, as the report lays them out."""
    return [line for table in stats.tables for line in table.lines()]


def check(stats):
    m = stats.min_cell
    cells = set().union(*(t.cells() for t in stats.tables))
    for cell in cells:
        shown = stats.shown(cell)
        if cell not in stats.known:  # published elsewhere in the record anyway
            assert shown is None or not 0 < shown < m, ("small cell printed", cell, shown)
    for line, total in printed_lines(stats):
        unknown = [c for c in (*line, total) if stats.shown(c) is None]
        assert len(unknown) != 1, ("one hidden number in a line", unknown)
        if stats.shown(total) is not None:
            hidden_sum = sum(stats.counts.get(c, 0) for c in line if stats.shown(c) is None)
            if 0 < hidden_sum < m:  # allowed only where nothing more could be hidden
                assert all(stats.shown(c) is None or c in stats.known for c in line), \
                    ("hidden cells add up small", line)
    # any linear combination: a hidden cell is recoverable iff its unit vector is in the span
    hidden = sorted((c for c in cells if stats.shown(c) is None), key=lambda c: sorted(c))
    if not hidden:
        return
    col = {c: i for i, c in enumerate(hidden)}
    rows = []
    for line, total in printed_lines(stats):
        row = np.zeros(len(hidden))
        for c in line:
            if c in col:
                row[col[c]] += 1
        if total in col:
            row[col[total]] -= 1
        if row.any():
            rows.append(row)
    matrix = np.array(rows) if rows else np.zeros((1, len(hidden)))
    rank = np.linalg.matrix_rank(matrix)
    for c, i in col.items():
        if 0 < stats.counts.get(c, 0) < m:
            unit = np.zeros(len(hidden))
            unit[i] = 1
            assert np.linalg.matrix_rank(np.vstack([matrix, unit])) > rank, \
                ("a small cell follows from the printed numbers", sorted(c))


@SETTINGS
@given(participation(), st.sampled_from([1, 3, 5, 10]))
def test_no_small_cell_is_printed_or_recoverable(records, m):
    stats = build(records, FACTS, BY_STATION, min_cell=m)
    check(stats)


@SETTINGS
@given(participation(), st.sampled_from([3, 5, 10]))
def test_counts_published_elsewhere_are_known_and_still_nothing_is_recoverable(records, m):
    """Stations, languages and assisted counts are in results.json already: printed as they
    are, and a hidden answer must not follow from them either."""
    stats = build(records, FACTS, BY_STATION, min_cell=m, categories=CATEGORIES,
                  public=("station", "language", "assisted"))
    for table in stats.tables:
        if table.row_fact in ("station", "language", "assisted") and not table.column_fact:
            assert all(stats.shown(c) == stats.counts.get(c, 0) for c in table.cells())
    check(stats)


def test_a_small_station_hides_its_whole_column_when_its_total_is_public():
    records = [({"station": "Big", "age": "16-24"}, 30), ({"station": "Big", "age": "65+"}, 30),
               ({"station": "Tiny", "age": "65+"}, 3)]
    stats = build(records, ("station", "age"), ("age",), min_cell=5, public=("station",))
    by_station = {t.name: t for t in stats.tables}["age by station"]
    assert stats.shown(by_station.cell(None, "Tiny")) == 3  # published in results.json anyway
    assert [stats.shown(by_station.cell(r, "Tiny")) for r in by_station.rows] == [None, None]
    check(stats)


def test_one_small_cell_takes_a_second_one_with_it():
    records = [({"station": "A", "age": "16-24"}, 3), ({"station": "A", "age": "25-44"}, 20),
               ({"station": "A", "age": "65+"}, 12)]
    stats = build(records, ("station", "age"), min_cell=5)
    age = {t.name: t for t in stats.tables}["age"]
    shown = {r: stats.shown(age.cell(r, None)) for r in age.rows}
    assert shown == {"16-24": None, "25-44": 20, "65+": None}  # 12 hidden: 35 - 20 - 12 = 3
    assert stats.shown(age.cell(None, None)) == 35
    check(stats)


def test_small_cells_that_add_up_small_are_not_left_alone():
    records = [({"station": "A", "age": a}, n) for a, n in
               (("16-24", 1), ("25-44", 2), ("45-64", 30), ("65+", 40))]
    stats = build(records, ("station", "age"), min_cell=5)
    age = {t.name: t for t in stats.tables}["age"]
    # 1 and 2 are hidden, but together 3 (= 73 - 30 - 40): a third cell must go too
    assert stats.shown(age.cell("45-64", None)) is None
    assert stats.shown(age.cell("65+", None)) == 40
    check(stats)


def test_a_small_station_is_hidden_in_every_table_it_appears_in():
    records = [({"station": "Big", "age": "16-24"}, 30), ({"station": "Big", "age": "65+"}, 30),
               ({"station": "Tiny", "age": "16-24"}, 2), ({"station": "Mid", "age": "65+"}, 9)]
    stats = build(records, ("station", "age"), ("age",), min_cell=5)
    tables = {t.name: t for t in stats.tables}
    tiny = tables["station"].cell("Tiny", None)
    assert tiny == tables["age by station"].cell(None, "Tiny")  # one cell, two tables
    assert stats.shown(tiny) is None
    check(stats)


def test_zero_cells_are_printed_and_fixed_categories_always_appear():
    records = [({"station": "A", "age": "25-44"}, 12)]
    stats = build(records, ("station", "age"), categories={"age": ("16-24", "25-44", "65+")})
    age = {t.name: t for t in stats.tables}["age"]
    assert age.rows == ("16-24", "25-44", "65+")
    assert [stats.shown(age.cell(r, None)) for r in age.rows] == [0, 12, 0]


@st.composite
def turnout(draw):
    """Counted ballots per (station, hour, date), as kiosk.tally.evaluation.hour_statistics
    gives them to `build`."""
    stations = draw(st.lists(st.sampled_from(["Bibliotek", "Medborgarhus", "Skola"]),
                             min_size=1, max_size=3, unique=True))
    combos = draw(st.lists(st.tuples(
        st.sampled_from(stations), st.sampled_from(["07", "08", "09", "10", "unknown"]),
        st.sampled_from(["2027-04-20", "2027-04-21"]), st.integers(1, 12)),
        min_size=0, max_size=20))
    records: dict = {}
    for station, hour, day, n in combos:
        records[(station, hour, day)] = records.get((station, hour, day), 0) + n
    return [({"station": s, "hour": h, "date": d}, n) for (s, h, d), n in records.items()]


@SETTINGS
@given(turnout(), st.sampled_from([3, 5, 10]))
def test_turnout_by_hour_hides_every_small_cell_for_good(records, m):
    """The hour tables (hour, date, hour by station) with each station's total known (it is
    results.json's count for that station): no small cell printed or recoverable."""
    stats = build(records, ("station", "hour", "date"), ("hour",), min_cell=m,
                  categories={"hour": ("07", "08", "09", "10"),
                              "date": ("2027-04-20", "2027-04-21")}, public=("station",))
    names = {t.name for t in stats.tables}
    assert {"hour", "date", "hour by station"} <= names
    check(stats)


def test_a_quiet_hour_at_one_station_takes_another_with_it():
    records = [({"station": s, "hour": h, "date": "2027-04-20"}, n) for s, h, n in
               (("A", "09", 20), ("A", "10", 2), ("A", "11", 14), ("B", "09", 8),
                ("B", "10", 9), ("B", "11", 7))]
    stats = build(records, ("station", "hour", "date"), ("hour",), min_cell=5,
                  public=("station",))
    table = {t.name: t for t in stats.tables}["hour by station"]
    assert stats.shown(table.cell("10", "A")) is None
    assert stats.shown(table.cell(None, "A")) == 36  # published anyway
    # A's 10–11 must not follow from A's total, nor from the 10–11 total minus B's
    assert sum(stats.shown(table.cell(h, "A")) is None for h in table.rows) >= 2
    assert sum(stats.shown(table.cell("10", s)) is None
               for s in table.columns) + (stats.shown(table.cell("10", None)) is None) >= 2
    check(stats)
