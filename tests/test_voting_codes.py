"""Single-use voting codes: issued by the authority, checked offline by stations, used once."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.crypto.codes import token_for
from kiosk.domain import voting_codes
from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import EligibilityError, PackageError
from kiosk.package.authority_keys import load_authority
from kiosk.package.codes import issue_codes, read_issued_list, write_issued_list
from kiosk.package.signed_package import load_package
from kiosk.station import StationService
from tests.conftest import make_world


@pytest.fixture
def codes_world(tmp_path) -> dict:
    return make_world(tmp_path, eligibility='mode = "codes"', stations=2)


def test_alphabet_has_no_look_alikes():
    for a, b in ("0O", "1I", "1L", "2Z", "5S", "8B", "6G", "UV", "QO"):
        assert not (a in voting_codes.ALPHABET and b in voting_codes.ALPHABET)


def test_issued_codes_are_accepted_once_per_station(codes_world):
    package = load_package(codes_world["package"], codes_world["authority_fingerprint"])
    authority = load_authority(codes_world["authority_key"])
    codes = issue_codes(package, authority, 5)
    assert len(set(codes)) == 5 and all(len(c) == 16 for c in codes)
    with StationService.open(codes_world["stations"][0]) as station:
        station.open_polls()
        ticket = station.start_session()
        typed = voting_codes.display(codes[0]).lower().replace("-", " ")  # as a person types it
        station.check_voter(ticket, typed)
        station.cast_ballot(ticket, Ballot.of(["p1"]))
        again = station.start_session()
        with pytest.raises(EligibilityError) as used:
            station.check_voter(again, codes[0])
        assert used.value.message_id == "eligibility.already_voted_here"
        typo = codes[1][:5] + ("A" if codes[1][5] != "A" else "C") + codes[1][6:]
        with pytest.raises(EligibilityError) as wrong:
            station.check_voter(again, typo)
        assert wrong.value.message_id == "code.unknown"
        with pytest.raises(EligibilityError) as shape:
            station.check_voter(again, "0000-1111")
        assert shape.value.message_id == "code.format"
    # another station cannot know: the tally resolves duplicates across stations
    with StationService.open(codes_world["stations"][1]) as other:
        other.open_polls()
        ticket = other.start_session()
        other.check_voter(ticket, codes[0])
        assert other.cast_ballot(ticket, Ballot.of(["p2"])).seq == 1


def test_only_the_building_authority_can_issue(codes_world, tmp_path):
    from kiosk.package.authority_keys import create_authority

    package = load_package(codes_world["package"], codes_world["authority_fingerprint"])
    other_key, _pub, _fp = create_authority(tmp_path / "other")
    with pytest.raises(PackageError) as error:
        issue_codes(package, load_authority(other_key), 3)
    assert error.value.message_id == "codes.wrong_key"


def test_open_election_has_no_codes(example_world):
    package = load_package(example_world["package"], example_world["authority_fingerprint"])
    with pytest.raises(PackageError, match="does not use voting codes"):
        issue_codes(package, load_authority(example_world["authority_key"]), 3)


def test_issued_list_holds_tokens_not_codes(codes_world, tmp_path):
    package = load_package(codes_world["package"], codes_world["authority_fingerprint"])
    codes = issue_codes(package, load_authority(codes_world["authority_key"]), 4)
    path = tmp_path / "issued.json"
    write_issued_list(path, package.election.id, codes)
    tokens = read_issued_list(path, package.election.id)
    assert tokens == sorted(token_for(package.election.id, "codes", c) for c in codes)
    text = path.read_text()
    assert not any(code in text for code in codes)
    with pytest.raises(PackageError):
        read_issued_list(path, "another-election")


def test_cli_prints_cards_and_list(codes_world, tmp_path):
    out = tmp_path / "cards"
    done = subprocess.run([sys.executable, "-m", "kiosk", "election", "codes", "--package",
                           codes_world["package"], "--key", codes_world["authority_key"],
                           "--count", "23", "--out", str(out)], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    pdf, issued = (Path(p) for p in done.stdout.split())
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    assert len(json.loads(issued.read_text())["tokens"]) == 23
    assert "23 codes on 3 pages" in done.stderr
