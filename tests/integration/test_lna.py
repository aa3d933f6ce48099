"""The logic-and-accuracy test from end to end, through the `kiosk` command: a deck is made,
a station in test mode casts it, the test file passes `kiosk tally lna` (PASS, exit 0), the
signed result is recorded and the zero report shows it; one extra or one missing ballot is a
FAIL naming the difference (exit 1); a real import refuses the test file and the L&A refuses an
official one; eligibility elections cast the deck with its test identities."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest


def kiosk(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *map(str, args)], capture_output=True,
                          text=True, timeout=300, env={**os.environ,
                                                        "QT_QPA_PLATFORM": "offscreen"})


def ok(*args: object) -> subprocess.CompletedProcess:
    done = kiosk(*args)
    assert done.returncode == 0, done.stdout + done.stderr
    return done


@pytest.fixture(scope="module", params=["open", "personnummer", "codes"])
def world(request, tmp_path_factory) -> dict:
    return make_world(tmp_path_factory.mktemp(request.param), request.param)


@pytest.fixture(scope="module")
def open_world(tmp_path_factory) -> dict:
    return make_world(tmp_path_factory.mktemp("open-only"), "open")


def make_world(folder: Path, mode: str) -> dict:
    world = json.loads(ok("demo", "setup", folder / "w", "--json", "--stations", "2",
                          "--eligibility", mode).stdout)
    (folder / "pass").write_text("demo\n", encoding="utf-8")
    world["pass"] = folder / "pass"
    world["deck"] = folder / "deck"
    made = ok("election", "test-deck", "--package", world["package"], "--authority",
              world["authority_fingerprint"], "--out", world["deck"])
    assert "Test deck for election" in made.stdout
    return world


def cast_and_export(world: dict, station: str, deck: Path, out: Path) -> list[Path]:
    ok("station", "mode", "test", "--data", station)
    ok("simulate", "--data", station, "--deck", deck)
    ok("polls", "close", "--data", station)
    ok("export", "--data", station, "--out", out)
    return sorted(out.glob("*-TEST.export"))


def lna(world: dict, *files: Path, result: Path | None = None) -> subprocess.CompletedProcess:
    extra = ["--result", result] if result else []
    return kiosk("tally", "lna", *files, "--deck", world["deck"], "--key", world["tally_key"],
                 "--passphrase-file", world["pass"], "--authority",
                 world["authority_fingerprint"], *extra)


def test_deck_passes_on_a_correct_station_and_the_zero_report_says_so(world, tmp_path):
    deck = world["deck"]
    assert (deck / "deck.pdf").read_bytes().startswith(b"%PDF")
    rows = (deck / "deck.csv").read_text(encoding="utf-8").splitlines()[1:]
    if world["eligibility"] != "open":
        assert all(row.split(",")[2] for row in rows)  # every ballot has a test identity
    printed = subprocess.run(["pdftotext", "-layout", deck / "deck.pdf", "-"],
                             capture_output=True, text=True, check=True).stdout
    assert "TEST DECK – not real ballots" in printed
    for row in rows:  # one line per ballot: its number, identity and choices
        number, _language, identity, choices, _purpose = row.split(",")
        line = next(t for t in printed.splitlines() if t.split()[:1] == [number])
        assert identity in line and (choices or "(tom / empty)") in line
    station = world["stations"][0]
    files = cast_and_export(world, station, deck / "deck.csv", tmp_path / "usb")
    done = lna(world, *files)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PASS: station" in done.stdout and "FAIL" not in done.stdout
    assert "expected    actual" in done.stdout and "funded, actual:" in done.stdout
    result = deck / "lna-result.json"
    other = kiosk("station", "lna-record", "--data", world["stations"][1], result)
    assert other.returncode == 2 and "does not name this station" in other.stderr
    ok("station", "lna-record", "--data", station, result)
    ok("station", "mode", "official", "--data", station)
    report = json.loads(ok("station", "report", "zero", "--data", station, "--json").stdout)
    assert report["lna"]["passed"] is True and report["lna"]["ballots"] == len(rows)
    # the test identities were forgotten with the test ballots: the same ones vote officially
    if world["eligibility"] == "personnummer":
        people = tmp_path / "people.txt"
        people.write_text("\n".join(r.split(",")[2] for r in rows[:2]) + "\n", encoding="utf-8")
        voted = ok("simulate", "--data", station, "--identities", people)
        assert voted.stdout.splitlines()[-1].startswith("# 2 ballots cast")


def test_the_real_tally_refuses_test_files_and_the_lna_refuses_official_ones(world, tmp_path):
    station = world["stations"][1]
    files = cast_and_export(world, station, world["deck"] / "deck.csv", tmp_path / "usb")
    db = f"sqlite:///{tmp_path / 'tally.db'}"
    ok("tally", "init", "--db", db, "--package", world["package"], "--authority",
       world["authority_fingerprint"])
    refused = kiosk("tally", "import", "--db", db, *files)
    assert refused.returncode == 1
    assert "this is a test-mode file; test ballots are never counted" in refused.stderr
    ok("station", "mode", "official", "--data", station)
    official = tmp_path / "official"
    if world["eligibility"] == "codes":
        identities = Path(world["identities_file"]).read_text(encoding="utf-8").split()[:1]
        (tmp_path / "ids").write_text("\n".join(identities) + "\n", encoding="utf-8")
        ok("simulate", "--data", station, "--identities", tmp_path / "ids")
    else:
        ok("simulate", "--data", station, "--ballots", "1")
    ok("export", "--data", station, "--out", official)
    done = lna(world, *official.glob("*.export"))
    assert done.returncode == 2 and "official file, not a test-mode file" in done.stderr


@pytest.mark.parametrize("change", ["extra", "missing"])
def test_one_extra_or_one_missing_ballot_fails_naming_it(open_world, tmp_path, change):
    world = open_world
    deck_csv = world["deck"] / "deck.csv"
    lines = deck_csv.read_text(encoding="utf-8").splitlines()
    cast_from = tmp_path / "cast.csv"
    kept = lines[:-1] if change == "missing" else lines
    cast_from.write_text("\n".join(kept) + "\n", encoding="utf-8")
    target = _fresh_station(world, tmp_path)
    ok("station", "mode", "test", "--data", target)
    ok("simulate", "--data", target, "--deck", cast_from)
    if change == "extra":
        ok("simulate", "--data", target, "--ballots", "1", "--seed", "5")
    ok("polls", "close", "--data", target)
    ok("export", "--data", target, "--out", tmp_path / "usb")
    done = lna(world, *(tmp_path / "usb").glob("*-TEST.export"), result=tmp_path / "r.json")
    assert done.returncode == 1, done.stdout + done.stderr
    assert "FAIL: station" in done.stdout
    number = len(lines) - 1
    if change == "missing":
        assert f"missing at the station (1×): deck ballot {number} (" in done.stdout
        assert f"ballots: expected {number}, actual {number - 1}" in done.stdout
    else:
        assert "extra at the station (1×), not in the deck:" in done.stdout
        assert f"ballots: expected {number}, actual {number + 1}" in done.stdout
    recorded = kiosk("station", "lna-record", "--data", target, tmp_path / "r.json")
    assert recorded.returncode == 0 and "FAILED" in recorded.stdout


def _fresh_station(world: dict, tmp_path: Path) -> str:
    """A new station of the world's election, enrolled by its authority."""
    data = tmp_path / "new-station"
    ok("station", "init", "--data", data, "--package", world["package"], "--authority",
       world["authority_fingerprint"], "--label", "Extra")
    ok("station", "request", "--data", data, "-o", tmp_path / "req.json")
    ok("station", "certify", tmp_path / "req.json", "--key", world["authority_key"],
       "--package", world["package"], "-o", tmp_path / "cert.json")
    ok("station", "enrol", tmp_path / "cert.json", "--data", data)
    return str(data)


def test_a_changed_expected_result_or_result_file_is_refused(open_world, tmp_path):
    world = open_world
    changed = tmp_path / "deck"
    shutil.copytree(world["deck"], changed)
    expected = json.loads((changed / "expected.json").read_text(encoding="utf-8"))
    first = next(iter(expected["totals"]))
    expected["totals"][first] += 1
    (changed / "expected.json").write_text(json.dumps(expected), encoding="utf-8")
    done = kiosk("tally", "lna", world["deck"] / "deck.csv", "--deck", changed, "--key",
                 world["tally_key"], "--passphrase-file", world["pass"])
    assert done.returncode == 2 and "does not match deck.csv" in done.stderr
    official = kiosk("simulate", "--data", world["stations"][0], "--deck",
                     world["deck"] / "deck.csv")
    assert official.returncode == 2 and "cast only in test mode" in official.stderr
    forged = tmp_path / "forged.json"
    forged.write_text(json.dumps({"signed": {"type": "kiosk/lna-result", "v": 1}, "sig": "AA=="}),
                      encoding="utf-8")
    recorded = kiosk("station", "lna-record", "--data", world["stations"][0], forged)
    assert recorded.returncode == 2 and "not signed by this election's tally key" in \
        recorded.stderr
