"""The follow-up end to end: a package with questions, answers cast inside the sealed ballot at
two stations (some skipped), counted, and `kiosk tally evaluation` writing evaluation.csv and
evaluation.pdf where every printed count is the true one or a dash, no small count is printed,
and the published record holds no answer."""

from __future__ import annotations

import csv
import io
import json
import random
from collections import Counter

import pytest

from kiosk.cli.main import main as kiosk
from kiosk.demo.world import setup_demo_world
from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import BallotError
from kiosk.package.survey_example import add_example_survey
from kiosk.station import StationService
from tests.conftest import example_source

AGES = ("under-16", "16-24", "25-44", "45-64", "65-plus")


@pytest.fixture(scope="module")
def counted(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("follow-up")
    source = example_source(tmp / "src")
    add_example_survey(source)
    world = setup_demo_world(tmp / "world", stations=2, source=source)
    rng = random.Random(5)
    truth: Counter = Counter()
    for index, station_dir in enumerate(world["stations"]):
        with StationService.open(station_dir) as station:
            station.open_polls()
            for n in range(40 if index == 0 else 13):
                answers = {}
                if n % 4:  # every fourth voter skips the questions
                    answers["age_band"] = rng.choice(AGES[1:] if index == 0 else AGES[2:4])
                    if n % 3:
                        answers["first_time"] = rng.choice(["yes", "no"])
                truth[(index, answers.get("age_band", "no-answer"))] += 1
                station.cast_ballot(station.start_session(), Ballot.of(["p1"]),
                                    survey=answers or None)
        assert kiosk(["export", "--data", station_dir, "--out", str(tmp / "usb")]) == 0
    db = f"sqlite:///{tmp / 'tally.db'}"
    assert kiosk(["tally", "init", "--package", world["package"], "--db", db,
                  "--authority", world["authority_fingerprint"]]) == 0
    assert kiosk(["tally", "import", "--db", db,
                  *map(str, sorted((tmp / "usb").glob("*.export")))]) == 0
    assert kiosk(["tally", "close", "--db", db]) == 0
    (tmp / "pass").write_text("demo\n", encoding="utf-8")
    assert kiosk(["tally", "count", "--db", db, "--key", world["tally_key"],
                  "--passphrase-file", str(tmp / "pass"), "--quiet"]) == 0
    assert kiosk(["tally", "evaluation", "--db", db, "--out", str(tmp / "eval")]) == 0
    assert kiosk(["tally", "publish", "--db", db, "--out", str(tmp / "record")]) == 0
    return {"tmp": tmp, "world": world, "truth": truth}


def _rows(counted) -> list[list[str]]:
    data = (counted["tmp"] / "eval" / "evaluation.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8")), delimiter=";"))


def test_the_report_prints_true_counts_or_dashes_never_a_small_one(counted):
    rows = _rows(counted)
    assert rows[0] == ["tabell", "rad", "kolumn", "antal"]
    printed = [r for r in rows[1:] if len(r) == 4]
    assert printed
    for _table, _row, _column, value in printed:
        assert value == "–" or int(value) == 0 or int(value) >= 5
    truth = counted["truth"]
    total = sum(truth.values())
    assert ["Röstplats", "Totalt", "", str(total)] in printed
    age_total = {a: sum(n for (_s, age), n in truth.items() if age == a) for a in
                 (*AGES, "no-answer")}
    names = {"16-24": "16–24 år", "25-44": "25–44 år", "45-64": "45–64 år",
             "65-plus": "65 år eller äldre", "under-16": "Under 16 år",
             "no-answer": "Inget svar"}
    for age, n in age_total.items():
        [row] = [r for r in printed if r[0] == "Hur gammal är du?" and r[1] == names[age]]
        assert row[3] == "–" or int(row[3]) == n
        if 0 < n < 5:
            assert row[3] == "–"
    assert any(r[0] == "Hur gammal är du? – per röstplats" for r in printed)
    assert any(r[3] == "–" for r in printed)  # the small station hides something


def test_the_pdf_is_written(counted):
    pdf = (counted["tmp"] / "eval" / "evaluation.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and len(pdf) > 2000


def test_the_published_record_holds_no_answer(counted):
    folder = counted["tmp"] / "record"
    for path in folder.rglob("*"):
        if path.is_file() and path.suffix in (".jsonl", ".json", ".csv", ".pb", ".txt"):
            text = path.read_text("utf-8", errors="replace")
            for needle in ("age_band", "first_time", "25-44", "45-64"):
                assert needle not in text, (needle, path.name)
    line = (folder / "ballots.jsonl").read_text("utf-8").splitlines()[0]
    assert set(json.loads(line)) == {"assisted", "choices", "language", "n", "reason"}


def test_the_station_refuses_answers_the_package_does_not_ask(counted, tmp_path):
    with StationService.open(counted["world"]["stations"][0]) as station:
        for bad, message in (({"age_band": "99"}, "has no answer"),
                             ({"shoe_size": "42"}, "has no question"),
                             (["25-44"], "malformed")):
            ticket = station.start_session()
            with pytest.raises(BallotError, match=message):
                station.cast_ballot(ticket, Ballot.of(["p1"]), survey=bad)


def test_evaluation_before_a_count_says_so(counted, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'fresh.db'}"
    world = counted["world"]
    assert kiosk(["tally", "init", "--package", world["package"], "--db", db,
                  "--authority", world["authority_fingerprint"]]) == 0
    capsys.readouterr()
    assert kiosk(["tally", "evaluation", "--db", db, "--out", str(tmp_path / "e")]) != 0
    err = capsys.readouterr().err
    assert "has not been counted yet" in err and err.count("\n") == 1
    assert not (tmp_path / "e").exists()
