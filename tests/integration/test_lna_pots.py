"""The L&A test deck of a package with pots (the districts example), end to end through the
`kiosk` command: the deck covers every district and every pot (every proposal chosen in its
pot, each pot's budget edge and an empty part), expected.json has each pot's expected result,
the station casts the deck with `kiosk simulate --deck` and `kiosk tally lna` passes; one ballot
changed in the district pot fails, naming the pot. Stations placed in a district:
tests/integration/test_lna_districts.py."""

from __future__ import annotations

import csv
import io
import json
import subprocess
from pathlib import Path

import pytest

from tests.integration.test_lna import kiosk, ok


@pytest.fixture(scope="module")
def world(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("lna-pots")
    world = json.loads(ok("demo", "setup", folder / "w", "--json", "--stations", "2",
                          "--example", "districts").stdout)
    (folder / "pass").write_text("demo\n", encoding="utf-8")
    world["pass"] = folder / "pass"
    world["deck"] = folder / "deck"
    ok("election", "test-deck", "--package", world["package"], "--authority",
       world["authority_fingerprint"], "--out", world["deck"])
    return world


def rows(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def cast(world: dict, station: str, deck: Path, out: Path) -> list[Path]:
    ok("station", "mode", "test", "--data", station)
    ok("simulate", "--data", station, "--deck", deck)
    ok("polls", "close", "--data", station)
    ok("export", "--data", station, "--out", out)
    return sorted(out.glob("*-TEST.export"))


def lna(world: dict, *files: Path, result: Path) -> object:
    return kiosk("tally", "lna", *files, "--deck", world["deck"], "--key", world["tally_key"],
                 "--passphrase-file", world["pass"], "--authority",
                 world["authority_fingerprint"], "--result", result)


def test_the_deck_covers_every_district_and_pot(world):
    deck = rows(world["deck"] / "deck.csv")
    assert {row["district"] for row in deck} == {"north", "south"}
    expected = json.loads((world["deck"] / "expected.json").read_text(encoding="utf-8"))
    assert expected["rule"] == "pots" and set(expected["pots"]) == {"city", "north", "south"}
    for pot, proposals in (("city", "c1 c2 c3 c4"), ("north", "n1 n2 n3"),
                           ("south", "s1 s2 s3")):
        chosen = [row[f"choices:{pot}"].split() for row in deck
                  if pot == "city" or row["district"] == pot]
        assert all(any(pid in c for c in chosen) for pid in proposals.split()), pot
        assert any(not c for c in chosen), pot  # an empty part
        totals = expected["pots"][pot]["totals"]
        assert totals == {pid: sum(pid in c for c in chosen) for pid in proposals.split()}
        assert expected["pots"][pot]["ballots"] == len(chosen)
        assert len(set(totals.values())) == len(totals)  # swapped proposals would show
    assert expected["pots"]["north"]["rule"] == "equalshares/add1"
    assert expected["pots"]["south"]["budget"] == 300_000
    purposes = "; ".join(row["purpose"] for row in deck)
    # each pot's edge: no city set costs exactly 1 000 000 kr; the approval pot's 2 choices
    assert "city: as close to the budget as the costs allow (900000 of 1000000 kr)" in purposes
    assert "south: the most choices allowed (2)" in purposes
    assert {row["language"] for row in deck} == {"sv", "sv-simple", "en", "ar"}
    printed = subprocess.run(["pdftotext", "-layout", world["deck"] / "deck.pdf", "-"],
                             check=True, capture_output=True, text=True).stdout
    assert "Pott / Pot north: Norra området" in printed
    first = deck[0]
    assert (f"{first['district']} · city: {first['choices:city'] or '–'} · "
            f"{first['district']}: {first['choices:' + first['district']] or '–'}") in printed


def test_the_cast_deck_passes(world, tmp_path):
    files = cast(world, world["stations"][0], world["deck"] / "deck.csv", tmp_path / "usb")
    done = lna(world, *files, result=tmp_path / "r.json")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "PASS: 1 of 1 station(s) passed" in done.stdout
    assert "pot north (Norra området): ballots" in done.stdout


def test_one_ballot_changed_in_a_district_pot_fails_naming_the_pot(world, tmp_path):
    deck = rows(world["deck"] / "deck.csv")
    changed = next(row for row in deck
                   if row["district"] == "north" and row["choices:north"].split() == ["n3"])
    changed["choices:north"] = "n2"
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(deck[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(deck)
    cast_from = tmp_path / "cast.csv"
    cast_from.write_text(out.getvalue(), encoding="utf-8")
    files = cast(world, world["stations"][1], cast_from, tmp_path / "usb")
    done = lna(world, *files, result=tmp_path / "r.json")
    assert done.returncode == 1, done.stdout + done.stderr
    # the second station stands in north: checked against north's rows only
    assert "checked against district north's rows of the deck" in done.stdout
    assert "pot north: proposal n2: expected" in done.stdout
    assert "pot north: proposal n3: expected" in done.stdout
    assert "pot city" not in done.stdout.split("FAIL")[1]
    assert "pot south" not in done.stdout
    assert f"missing at the station (1×): deck ballot {changed['ballot']} (" in done.stdout
