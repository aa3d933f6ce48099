"""Turnout by hour of day (kiosk/tally/turnout.py): the duplicate check, and only it, counts the
records it keeps per station and local hour (Europe/Stockholm) from cast_at in the outer
envelopes; the open step with the tally key alone counts no hour; an election without a
duplicate check has no hour data; `kiosk tally evaluation` prints the counts or dashes."""

from __future__ import annotations

import csv
import io
import random
from datetime import UTC, date, datetime

import pytest

from kiosk.cli.main import main as kiosk
from kiosk.clock import use_clock
from kiosk.domain.random_ballots import random_personnummer
from kiosk.package.authority_keys import load_outer, load_tally
from kiosk.station import StationService
from kiosk.tally.counting import count_election, dedup_election
from kiosk.tally.evaluation import hour_statistics
from kiosk.tally.importer import import_export
from kiosk.tally.rule_run import CountError
from kiosk.tally.store import TallyStore
from kiosk.tally.store.schema import turnout_hours
from kiosk.tally.turnout import local_hour
from tests.conftest import make_world
from tests.fakes.clock import FakeClock
from tests.tally_worlds import cast, export, new_tally

PNR = 'mode = "personnummer"\nminimum_age = 16'  # the example's policy: keep-last
PEOPLE = [random_personnummer(random.Random(n), date(2000, 1, 1)) for n in range(20)]

# (station, UTC time, voters): summer time, so local = UTC + 2
VOTES = [
    (0, datetime(2027, 4, 20, 7, 10, tzinfo=UTC), PEOPLE[0:6]),   # 09–10 local
    (0, datetime(2027, 4, 20, 8, 20, tzinfo=UTC), PEOPLE[6:8]),   # 10–11
    (1, datetime(2027, 4, 20, 8, 5, tzinfo=UTC), [PEOPLE[0], *PEOPLE[8:10]]),  # 10–11
    (0, datetime(2027, 4, 21, 16, 30, tzinfo=UTC), PEOPLE[10:15]),  # 18–19, the next day
]


@pytest.fixture(scope="module")
def voted(tmp_path_factory):
    """Two stations; PEOPLE[0] votes at station 0 and, later, at station 1 (keep-last keeps
    the second)."""
    tmp = tmp_path_factory.mktemp("hours")
    world = make_world(tmp, eligibility=PNR, stations=2)
    with use_clock(FakeClock(VOTES[0][1])) as clock:
        for n, (station, when, people) in enumerate(VOTES):
            clock.set(when)
            cast(world, station, len(people), seed=n, persons=people)
    paths = [export(world, i, tmp / "usb") for i in range(2)]
    ids = []
    for directory in world["stations"]:
        with StationService.open(directory) as station:
            ids.append(station.station_id)
    return world, paths, ids


def _closed(voted, url: str):
    world, paths, _ids = voted
    store, package = new_tally(url, world)
    for path in paths:
        import_export(store, package, path.read_bytes(), path.name)
    store.set_state("closed")
    return store, package


def test_the_duplicate_check_counts_kept_records_per_station_and_local_hour(voted, db_url):
    world, _paths, (first, second) = voted
    store, package = _closed(voted, db_url)
    try:
        assert store.turnout_hour_rows() == []
        dedup_election(store, package, load_outer(world["outer_key"], world["passphrase"]),
                       show_progress=False)
        expected = sorted([(first, "2027-04-20", 9, 5),  # 6 voted, one of them again later
                           (first, "2027-04-20", 10, 2), (first, "2027-04-21", 18, 5),
                           (second, "2027-04-20", 10, 3)])
        assert store.turnout_hour_rows() == expected
        # the open step (tally key) adds nothing, and every station's hours add up to the
        # ballots the results count for it
        results = count_election(store, package, load_tally(world["tally_key"],
                                                            world["passphrase"]),
                                 rule="greedy", show_progress=False)
        assert store.turnout_hour_rows() == expected
        counted = {s: sum(n for station, _d, _h, n in expected if station == s)
                   for s in (first, second)}
        assert counted == {first: 12, second: 3}
        assert counted == {s["id"]: s["opened"] for s in results["stations"]}
    finally:
        store.dispose()


def test_a_database_made_before_the_hour_table_gets_it_at_the_duplicate_check(voted, db_url):
    world, _paths, _ids = voted
    store, package = _closed(voted, db_url)
    try:
        with store.writing("drop the table, as in a database of the previous version") as conn:
            turnout_hours.drop(conn)
        assert store.turnout_hour_rows() is None
        assert "äldre version" in hour_statistics(store, package.election)
        dedup_election(store, package, load_outer(world["outer_key"], world["passphrase"]),
                       show_progress=False)
        assert sum(n for _s, _d, _h, n in store.turnout_hour_rows()) == 15
    finally:
        store.dispose()


def test_the_open_step_alone_counts_no_hour(voted, db_url):
    world, _paths, _ids = voted
    store, package = _closed(voted, db_url)
    try:
        keys = load_tally(world["tally_key"], world["passphrase"])
        with pytest.raises(CountError, match="duplicate check has not been run"):
            count_election(store, package, keys, rule="greedy", show_progress=False)
        assert store.turnout_hour_rows() == []
        assert store.meta()["state"] == "closed"
    finally:
        store.dispose()


def test_local_hours_follow_summer_time_in_stockholm():
    def hour(text):
        return local_hour(int(datetime.fromisoformat(text).timestamp()) // 3600)

    assert hour("2027-01-15T23:30:00+00:00") == ("2027-01-16", 0)  # winter: UTC + 1
    assert hour("2027-04-20T21:59:59+00:00") == ("2027-04-20", 23)  # summer: UTC + 2
    assert hour("2027-03-28T00:59:00+00:00") == ("2027-03-28", 1)  # before the change
    assert hour("2027-03-28T01:00:00+00:00") == ("2027-03-28", 3)  # 02–03 never happens
    assert local_hour(0) == ("", -1)


def _evaluation(tmp, world, paths, outer: bool, capsys) -> list[list[str]]:
    db = f"sqlite:///{tmp / 'tally.db'}"
    assert kiosk(["tally", "init", "--package", world["package"], "--db", db,
                  "--authority", world["authority_fingerprint"]]) == 0
    assert kiosk(["tally", "import", "--db", db, *map(str, paths)]) == 0
    assert kiosk(["tally", "close", "--db", db]) == 0
    (tmp / "pass").write_text(world["passphrase"] + "\n", encoding="utf-8")
    keys = ["--key", world["tally_key"], "--passphrase-file", str(tmp / "pass")]
    if outer:
        keys += ["--outer-key", world["outer_key"], "--outer-passphrase-file",
                 str(tmp / "pass")]
    assert kiosk(["tally", "count", "--db", db, "--rule", "greedy", "--quiet", *keys]) == 0
    assert kiosk(["tally", "evaluation", "--db", db, "--out", str(tmp / "eval")]) == 0
    capsys.readouterr()
    assert (tmp / "eval" / "evaluation.pdf").read_bytes().startswith(b"%PDF")
    data = (tmp / "eval" / "evaluation.csv").read_bytes()
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))


def test_the_evaluation_prints_hour_counts_or_dashes(voted, tmp_path, capsys):
    world, paths, _ids = voted
    rows = _evaluation(tmp_path, world, paths, True, capsys)
    hour = {(r[1], r[2]): r[3] for r in rows if r and r[0] == "Röster per timme (klockslag)"}
    # 09: 5, 10: 2 + 3 = 5, 18: 5; 11 to 17 nobody; the total is the counted ballots
    assert hour[("09–10", "")] == "5" and hour[("10–11", "")] == "5"
    assert hour[("18–19", "")] == "5" and hour[("14–15", "")] == "0"
    assert hour[("Totalt", "")] == "15"
    per_day = {r[1]: r[3] for r in rows if r and r[0] == "Röster per dag"}
    assert per_day == {"tisdag 20 april 2027": "10", "onsdag 21 april 2027": "5",
                       "Totalt": "15"}
    by_station = [r for r in rows if r and r[0] == "Röster per timme (klockslag) – per röstplats"]
    assert by_station
    for _t, row, _column, value in by_station:
        if row != "Totalt":  # a station's ballots: published in results.json anyway
            assert value == "–" or int(value) == 0 or int(value) >= 5
    # the second station's 3 ballots at 10–11 are hidden, and so is what would give them away
    hidden = [(r[1], r[2]) for r in by_station if r[3] == "–"]
    assert len(hidden) >= 2 and all(c != "Totalt" for _r, c in hidden)


def test_an_election_without_a_duplicate_check_has_no_hour_data(tmp_path, capsys):
    world = make_world(tmp_path, stations=1)  # the example: open eligibility
    with use_clock(FakeClock(datetime(2027, 4, 20, 8, 0, tzinfo=UTC))):
        cast(world, 0, 6)
    path = export(world, 0, tmp_path / "usb")
    rows = _evaluation(tmp_path, world, [path], False, capsys)
    assert not [r for r in rows if len(r) == 4 and r[0].startswith("Röster per")]
    assert [r for r in rows if len(r) == 1 and r[0].startswith("Röster per timme finns inte")
            and "inget yttre kuvert" in r[0]]
    store = TallyStore.open(f"sqlite:///{tmp_path / 'tally.db'}")
    try:
        assert store.turnout_hour_rows() == []
    finally:
        store.dispose()
