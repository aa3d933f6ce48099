"""Single-use voting codes: issued by the authority on a signed list, checked by stations against
that list, counted by the tally only if on it. Nothing public can mint a code that counts."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.crypto.codes import new_code, token_for
from kiosk.crypto.hashing import sha256
from kiosk.crypto.token_keys import token_key_for
from kiosk.domain import voting_codes
from kiosk.domain.ballot import Ballot
from kiosk.domain.errors import EligibilityError, KioskError, PackageError
from kiosk.package.authority_keys import create_authority, load_authority
from kiosk.package.codes import (
    issue_codes,
    issued_list_bytes,
    read_issued_list,
    tokens_of,
    write_issued_list,
)
from kiosk.package.signed_package import load_package
from kiosk.station import StationService
from kiosk.station.issued_codes import install_issued_list
from tests.conftest import make_world


def kiosk(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "kiosk", *args], capture_output=True, text=True,
                          timeout=300, cwd=cwd)


@pytest.fixture
def codes_world(tmp_path) -> dict:
    return make_world(tmp_path, eligibility='mode = "codes"', stations=2)


def demo_codes(world: dict) -> list[str]:
    return Path(world["codes_file"]).read_text(encoding="utf-8").split()


def test_alphabet_has_no_look_alikes():
    for a, b in ("0O", "1I", "1L", "2Z", "5S", "8B", "6G", "UV", "QO"):
        assert not (a in voting_codes.ALPHABET and b in voting_codes.ALPHABET)


def test_codes_carry_at_least_80_bits_and_a_typo_check():
    import math

    assert voting_codes.BODY_CHARS * math.log2(len(voting_codes.ALPHABET)) >= 80
    code = new_code()
    assert len(code) == 20 and voting_codes.has_valid_check(code)
    for position in range(voting_codes.CODE_CHARS):  # every single wrong character is caught
        for other in voting_codes.ALPHABET:
            if other != code[position]:
                typo = code[:position] + other + code[position + 1:]
                assert not voting_codes.has_valid_check(typo)
    for position in range(voting_codes.BODY_CHARS - 1):  # and every swap of neighbours
        a, b = code[position], code[position + 1]
        if a != b:
            swapped = code[:position] + b + a + code[position + 2:]
            assert not voting_codes.has_valid_check(swapped)


def test_issued_codes_are_accepted_once_per_station(codes_world):
    codes = demo_codes(codes_world)
    with StationService.open(codes_world["stations"][0]) as station:
        station.open_polls()
        ticket = station.start_session()
        typed = codes[0].lower().replace("-", " ")  # as a person types it
        station.check_voter(ticket, typed)
        station.cast_ballot(ticket, Ballot.of(["p1"]))
        again = station.start_session()
        with pytest.raises(EligibilityError) as used:
            station.check_voter(again, codes[0])
        assert used.value.message_id == "eligibility.already_voted_here"
        plain = voting_codes.normalize(codes[1])
        typo = plain[:5] + ("A" if plain[5] != "A" else "C") + plain[6:]
        with pytest.raises(EligibilityError, match="typing mistake") as wrong:
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


def test_the_public_package_holds_nothing_that_makes_codes(codes_world):
    package = load_package(codes_world["package"], codes_world["authority_fingerprint"])
    assert "code_key" not in json.dumps(package.manifest)
    assert package.election.eligibility.to_dict() == {"mode": "codes"}


def test_a_station_without_a_list_refuses_every_code(codes_world, tmp_path):
    station = Path(codes_world["stations"][0])
    for path in (station / "issued-codes").iterdir():
        path.unlink()
    with StationService.open(station) as service:
        service.open_polls()
        with pytest.raises(EligibilityError) as error:
            service.check_voter(service.start_session(), demo_codes(codes_world)[0])
    assert error.value.message_id == "code.no_list"


def test_minted_codes_are_refused_by_the_station(codes_world):
    """The attack, with everything public (package, issued list, record format): 1000 codes
    with a correct check character, none of them accepted."""
    package = load_package(codes_world["package"], codes_world["authority_fingerprint"])
    issued = read_issued_list(Path(codes_world["issued_codes"]), package)
    minted = [new_code() for _ in range(1000)]
    authority = load_authority(codes_world["authority_key"])
    assert not tokens_of(authority, package.election.id, minted) & issued
    accepted = 0
    with StationService.open(codes_world["stations"][0]) as station:
        station.open_polls()
        for code in minted:
            try:
                station.check_voter(station.start_session(), code)
                accepted += 1
            except EligibilityError as error:
                assert error.message_id == "code.unknown", error.text
    assert accepted == 0


def test_lists_from_another_authority_or_election_are_refused(codes_world, tmp_path):
    package = load_package(codes_world["package"], codes_world["authority_fingerprint"])
    other_key, _pub, _fp = create_authority(tmp_path / "other")
    forged = tmp_path / "forged.json"
    minted = [new_code() for _ in range(5)]
    write_issued_list(forged, package.election.id, load_authority(other_key),
                      tokens_of(load_authority(other_key), package.election.id, minted))
    with pytest.raises(PackageError, match="not a list of issued voting codes signed by this "
                                           "election's authority"):
        install_issued_list(Path(codes_world["station"]), package, forged)
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_bytes(issued_list_bytes("another-election",
                                            load_authority(codes_world["authority_key"]),
                                            tokens_of(load_authority(other_key),
                                                      "another-election", minted)))
    with pytest.raises(PackageError, match="of election"):
        install_issued_list(Path(codes_world["station"]), package, elsewhere)
    assert len(list((Path(codes_world["station"]) / "issued-codes").iterdir())) == 1


def test_only_the_building_authority_can_issue(codes_world, tmp_path):
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
    authority = load_authority(codes_world["authority_key"])
    codes = issue_codes(package, authority, 4)
    path = tmp_path / "issued.json"
    write_issued_list(path, package.election.id, authority,
                      tokens_of(authority, package.election.id, codes))
    tokens = read_issued_list(path, package)
    token_key = token_key_for(authority, package.election.id)
    assert tokens == {token_for(token_key, package.election.id, "codes", c) for c in codes}
    # keyed: the plain hash of a code (what version 2 lists held) is not its token
    assert not tokens & {sha256(f"rostkiosk/voter-token/v1/{package.election.id}/codes/{c}"
                                .encode()).hex() for c in codes}
    text = path.read_text()
    assert not any(code in text or voting_codes.display(code) in text for code in codes)


def test_cli_prints_cards_and_a_growing_list(codes_world, tmp_path):
    out = tmp_path / "cards"
    args = ["election", "codes", "--package", codes_world["package"], "--key",
            codes_world["authority_key"], "--out", str(out)]
    done = kiosk(*args, "--count", "23")
    assert done.returncode == 0, done.stderr
    pdf, issued = (Path(p) for p in done.stdout.split())
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    assert len(json.loads(issued.read_text())["signed"]["tokens"]) == 23
    assert "23 codes on 3 pages" in done.stderr
    again = kiosk(*args, "--count", "5")
    assert again.returncode == 0, again.stderr
    assert "(28 codes issued in all)" in again.stderr
    loaded = kiosk("station", "codes", str(issued), "--data", codes_world["stations"][1])
    assert loaded.returncode == 0, loaded.stderr
    assert "accepts 228 issued voting codes" in loaded.stdout  # 200 demo codes + 28


def test_tally_counts_only_issued_codes_and_resolves_duplicates(codes_world, tmp_path):
    """A tampered station takes 1000 minted codes (and one issued code twice, at two
    stations): the tally sets the minted ones aside unopened, reports them by reason, applies
    the duplicate policy (keep-last) to the issued one, and counts the rest."""
    codes = demo_codes(codes_world)
    package = load_package(codes_world["package"], codes_world["authority_fingerprint"])
    minted = [new_code() for _ in range(1000)]
    usb = tmp_path / "usb"
    usb.mkdir()
    with StationService.open(codes_world["stations"][0]) as rogue:
        rogue.voting.issued_codes |= tokens_of(load_authority(codes_world["authority_key"]),
                                               package.election.id, minted)
        rogue.open_polls()
        for code in [*codes[:5], *minted]:
            ticket = rogue.start_session()
            rogue.check_voter(ticket, code)
            last = rogue.cast_ballot(ticket, Ballot.of(["p1"])).tracking_code
        rogue.export_batches(usb)
    with StationService.open(codes_world["stations"][1]) as honest:
        honest.open_polls()
        ticket = honest.start_session()
        honest.check_voter(ticket, codes[0])  # codes[0] again, later: keep-last keeps this one
        honest.cast_ballot(ticket, Ballot.of(["p2"]))
        honest.export_batches(usb)
    db = f"sqlite:///{tmp_path / 'tally.db'}"
    pin = ("--authority", codes_world["authority_fingerprint"])
    assert kiosk("tally", "init", "--package", codes_world["package"], "--db", db,
                 *pin).returncode == 0
    files = [str(p) for p in sorted(usb.glob("*.export"))]
    assert kiosk("tally", "import", *files, "--db", db, "--quiet").returncode == 0
    assert kiosk("tally", "close", "--db", db).returncode == 0
    (tmp_path / "pass").write_text("demo\n", encoding="utf-8")
    count = ("tally", "count", "--db", db, "--key", codes_world["tally_key"],
             "--passphrase-file", str(tmp_path / "pass"), "--outer-key",
             codes_world["outer_key"], "--outer-passphrase-file", str(tmp_path / "pass"),
             "--quiet")
    refused = kiosk(*count)
    assert refused.returncode == 2 and "no list of issued codes" in refused.stderr
    added = kiosk("tally", "issued-codes", codes_world["issued_codes"], "--db", db)
    assert added.returncode == 0 and "200 voting codes issued" in added.stdout, added.stderr
    assert kiosk(*count).returncode == 0
    status = json.loads(kiosk("tally", "status", "--db", db, "--json").stdout)
    assert status["ballots"] == 1006
    from kiosk.tally.store import TallyStore

    store = TallyStore.open(db)
    results = store.results()["signed"]
    reasons = [reason for _station, _seq, reason in store.excluded_rows()]
    store.dispose()
    assert results["excluded"] == {"duplicate": 1, "not-issued": 1000}
    assert results["opened"] == 5 and results["valid"] == 5
    assert reasons.count("not-issued") == 1000
    record = tmp_path / "record"
    assert kiosk("tally", "publish", "--db", db, "--out", str(record)).returncode == 0
    checked = kiosk("tally", "verify", str(record), *pin, "--quiet")
    assert checked.returncode == 0, checked.stderr
    bulletin = (record / "bulletin.csv").read_text(encoding="ascii")
    assert bulletin.count(",not-issued") == 1000
    looked_up = kiosk("tally", "check-code", str(record), last)
    assert looked_up.returncode == 0 and "voting code is on no list" in looked_up.stdout


def test_issued_lists_are_checked_before_the_tally_keeps_them(codes_world, tmp_path):
    db = f"sqlite:///{tmp_path / 'tally.db'}"
    forged = tmp_path / "forged.json"
    other_key, _pub, _fp = create_authority(tmp_path / "other")
    write_issued_list(forged, "ignored", load_authority(other_key), set())
    done = kiosk("tally", "init", "--package", codes_world["package"], "--db", db,
                 "--authority", codes_world["authority_public"], "--issued-codes", str(forged))
    assert done.returncode == 2 and "issued-codes list refused" in done.stderr
    assert not (tmp_path / "tally.db").exists()
    done = kiosk("tally", "init", "--package", codes_world["package"], "--db", db,
                 "--authority", codes_world["authority_public"], "--issued-codes",
                 codes_world["issued_codes"])
    assert done.returncode == 0 and "200 voting codes issued" in done.stdout, done.stderr


def test_station_codes_command_refuses_in_one_line(codes_world, tmp_path):
    junk = tmp_path / "junk.json"
    junk.write_bytes(b"\x00" * 100)
    done = kiosk("station", "codes", str(junk), "--data", codes_world["station"])
    assert done.returncode == 2 and done.stderr.count("\n") == 1
    assert "issued-codes list refused" in done.stderr and "not JSON" in done.stderr
    with pytest.raises(KioskError):
        install_issued_list(Path(codes_world["station"]), load_package(
            codes_world["package"], codes_world["authority_fingerprint"]), tmp_path / "none")
