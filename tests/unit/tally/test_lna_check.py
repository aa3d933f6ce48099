"""kiosk.tally.lna in process, for the ballot rules the demo election does not use: a cumulative
and an approval station that cast the deck pass; one with a ballot whose points moved from one
proposal to another fails naming both proposals and the ballots; a deck file and its expected
result must agree; test files of one station must continue each other."""

from __future__ import annotations

import pytest

from kiosk.domain.ballot import Ballot
from kiosk.domain.test_deck import build_deck, write_deck
from kiosk.package.authority_keys import load_tally
from kiosk.package.signed_package import load_package
from kiosk.station import StationService
from kiosk.tally.lna import (
    LnaError,
    compare,
    expected_for_deck,
    open_test_files,
    read_expected,
    write_expected,
)
from tests.conftest import make_world

RULES = {"cumulative": 'kind = "cumulative"\ntotal_points = 5\nmax_per_proposal = 3',
         "approval": 'kind = "approval"\nmax_choices = 2\nmin_choices = 0'}


def cast(station_dir: str, out, ballots) -> list[tuple[str, bytes]]:
    """Cast `ballots` ((language, Ballot)) in test mode; the test files' (name, bytes)."""
    with StationService.open(station_dir) as station:
        station.set_test_mode(True)
        station.open_polls()
        for language, ballot in ballots:
            ticket = station.start_session(language)
            station.cast_ballot(ticket, ballot, language=language)
        station.close_polls()
        out.mkdir(parents=True, exist_ok=True)
        return [(p.name, p.read_bytes()) for p in station.export_batches(out)]


@pytest.fixture(params=sorted(RULES))
def setting(request, tmp_path):
    world = make_world(tmp_path / "w", rule=RULES[request.param], stations=2)
    package = load_package(world["package"], world["authority_fingerprint"])
    deck = build_deck(package.election)
    text = write_deck(deck, package.election).encode()
    expected = expected_for_deck(package, deck.ballots, text, "greedy", 400000)
    return {"world": world, "package": package, "deck": deck.ballots, "text": text,
            "expected": expected, "rule": request.param,
            "keys": load_tally(world["tally_key"], world["passphrase"])}


def test_a_correct_station_passes(setting, tmp_path):
    files = cast(setting["world"]["stations"][0], tmp_path / "usb",
                 [(b.language, b.ballot) for b in setting["deck"]])
    [opened] = open_test_files(files, setting["package"], setting["keys"]).values()
    actual, differences = compare(setting["package"], setting["deck"], setting["expected"],
                                  opened)
    assert differences == []
    assert actual["totals"] == setting["expected"]["totals"]
    assert actual["measure"] == ("points" if setting["rule"] == "cumulative" else "approvals")


def test_points_moved_to_another_proposal_fail_naming_both(setting, tmp_path):
    package, deck, expected = setting["package"], setting["deck"], setting["expected"]
    ballots = [(b.language, b.ballot) for b in deck]
    every = set(package.election.proposal_ids)
    first = next(i for i, (_l, b) in enumerate(ballots)
                 if b.choices and set(b.chosen) != every)
    language, ballot = ballots[first]
    pid, points = ballot.choices[0]  # its first proposal's votes go to one it did not choose
    other = sorted(every - set(ballot.chosen))[0]
    moved = {**dict(ballot.choices), other: points}
    del moved[pid]
    ballots[first] = (language, Ballot.of(moved if setting["rule"] == "cumulative"
                                          else list(moved)))
    files = cast(setting["world"]["stations"][1], tmp_path / "usb", ballots)
    [opened] = open_test_files(files, package, setting["keys"]).values()
    actual, differences = compare(package, deck, expected, opened)
    said = "\n".join(differences)
    assert actual["ballots"] == expected["ballots"]  # same count: only the choices tell
    assert f"proposal {pid}: expected {expected['totals'][pid]} {expected['measure']}" in said
    assert f"proposal {other}: expected {expected['totals'][other]}" in said
    [missing] = [line for line in said.splitlines() if line.startswith("missing")]
    same = [b.number for b in deck if (b.language, b.ballot) == (language, ballot)]
    listed = ", ".join(map(str, same))
    assert missing.startswith("missing at the station (1×): " + (
        f"deck ballot {first + 1} (" if len(same) == 1 else f"one of deck ballots {listed} ("))
    assert "extra at the station (1×), not in the deck:" in said


def test_deck_and_expected_result_must_agree(setting):
    changed = dict(setting["expected"], funded=[])
    with pytest.raises(LnaError, match="does not match deck.csv"):
        read_expected(write_expected(changed), setting["package"], setting["deck"],
                      setting["text"])
    assert read_expected(write_expected(setting["expected"]), setting["package"],
                         setting["deck"], setting["text"]) == setting["expected"]


def test_test_files_must_continue_each_other(setting, tmp_path):
    station = setting["world"]["stations"][0]
    ballots = [(b.language, b.ballot) for b in setting["deck"]]
    first = cast(station, tmp_path / "one", ballots[:2])
    second = cast(station, tmp_path / "two", ballots[2:])
    with pytest.raises(LnaError, match="do not continue each other"):
        open_test_files(second, setting["package"], setting["keys"])
    [opened] = open_test_files(first + second, setting["package"], setting["keys"]).values()
    assert compare(setting["package"], setting["deck"], setting["expected"], opened)[1] == []
