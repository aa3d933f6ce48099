"""Export files: incremental and full, atomic, verifiable alone, and every tampering refused."""

from __future__ import annotations

import random

import pytest

from kiosk.domain.errors import KioskError, VerificationError
from kiosk.domain.random_ballots import random_ballot
from kiosk.ledger.export_file import verify_export
from kiosk.package.signed_package import load_package
from kiosk.station import StationService
from tests.conftest import make_world


def cast(station: StationService, n: int, seed: int = 0) -> list[str]:
    rng = random.Random(seed)
    if station.status().polls != "open":
        station.open_polls()
    return [station.cast_ballot(station.start_session(), random_ballot(station.election, rng))
            .tracking_code for _ in range(n)]


@pytest.fixture
def exported(example_world, tmp_path):
    with StationService.open(example_world["station"]) as station:
        codes = cast(station, 12)
        [path] = station.export_batches(tmp_path / "usb0" if False else tmp_path)
    package = load_package(example_world["package"], example_world["authority_fingerprint"])
    return path, package, codes


def test_export_verifies_alone_and_carries_every_record(exported):
    path, package, codes = exported
    verified = verify_export(path.read_bytes(), package.election, package.authority)
    assert [r.tracking_code for r in verified.records] == codes
    assert (verified.first_seq, verified.last_seq) == (1, 12)
    assert verified.header["certificate"]["signed"]["station"] == verified.station_id


def test_incremental_then_full(example_world, tmp_path):
    with StationService.open(example_world["station"]) as station:
        cast(station, 3)
        [first] = station.export_batches(tmp_path)
        assert station.export_batches(tmp_path) == []  # nothing new
        cast(station, 2, seed=1)
        [second] = station.export_batches(tmp_path)
        [full] = station.export_batches(tmp_path, full=True)
        assert station.status().not_exported == 0
    package = load_package(example_world["package"], example_world["authority_fingerprint"])
    ranges = [(v.first_seq, v.last_seq) for v in (
        verify_export(p.read_bytes(), package.election, package.authority)
        for p in (first, second, full))]
    assert ranges == [(1, 3), (4, 5), (1, 5)]
    assert not list(tmp_path.glob(".*partial"))


def test_every_single_byte_change_is_refused(exported):
    path, package, _codes = exported
    data = bytearray(path.read_bytes())
    rng = random.Random(7)
    positions = rng.sample(range(len(data)), min(1000, len(data)))
    for position in positions:
        original = data[position]
        data[position] = (original + rng.randint(1, 255)) % 256
        with pytest.raises(VerificationError):
            verify_export(bytes(data), package.election, package.authority)
        data[position] = original
    verify_export(bytes(data), package.election, package.authority)  # intact again


def test_structural_tampering_gives_clear_reasons(exported, example_world, tmp_path):
    path, package, _codes = exported
    lines = path.read_bytes().split(b"\n")[:-1]
    header, records, trailer = lines[0], lines[1:-1], lines[-1]

    def check(new_lines, fragment):
        data = b"\n".join(new_lines) + b"\n"
        with pytest.raises(VerificationError) as error:
            verify_export(data, package.election, package.authority)
        assert fragment in str(error.value)

    check([header, *records[:5], *records[6:], trailer], "does not match its signed digest")
    check([header, *records], "signature line is missing or damaged")
    check(lines[:-3], "signature line is missing or damaged")
    check([header, records[1], records[0], *records[2:], trailer], "signed digest")
    with pytest.raises(VerificationError, match="incomplete"):
        verify_export(path.read_bytes()[:-1], package.election, package.authority)

    other = make_world(tmp_path / "other")
    other_package = load_package(other["package"], other["authority_fingerprint"])
    with pytest.raises(VerificationError, match="from election|not signed by this election"):
        verify_export(path.read_bytes(), other_package.election, other_package.authority)


def test_a_station_that_signs_a_broken_chain_is_caught(example_world, tmp_path):
    """Even a correctly signed file is refused when its records do not chain (a buggy station)."""
    from kiosk.crypto.hashing import sha256
    from kiosk.ledger.export_file import build_export

    with StationService.open(example_world["station"]) as station:
        cast(station, 4)
        rows = list(station.box.iter_records())
        dropped = [rows[0], rows[2], rows[3]]
        data = build_export(
            election_id=station.election.id, package_hash=station.package.package_hash,
            certificate=station.certificate.envelope, key=station.identity.key,
            records=[(i + 1, r.hash, r.body, r.sig) for i, r in enumerate(dropped)],
            prev_hash=station.chain.genesis(), created="2027-04-01T10:00:00+00:00", full=True)
        election, authority = station.election, station.package.authority
    with pytest.raises(VerificationError) as error:
        verify_export(data, election, authority)
    assert str(error.value).endswith("record 3 stands where record 2 belongs (a record was "
                                     "dropped, duplicated or moved)")
    assert sha256(data)


def test_records_read_the_same_whether_canonical_or_not(example_world, tmp_path):
    """Records in canonical form are read by byte comparison, others by a JSON parser: both
    give the same envelopes, and a non-canonical body that is signed and chained is accepted
    exactly as before (the station always writes canonical bodies; the tally does not demand
    it)."""
    import json

    from kiosk.crypto.hashing import sha256
    from kiosk.ledger.export_file import build_export
    from kiosk.tally.importer import check_export

    with StationService.open(example_world["station"]) as station:
        cast(station, 3)
        rows = list(station.box.iter_records())
        key, genesis = station.identity.key, station.chain.genesis()

        def export(bodies):
            prev, records = genesis, []
            for seq, body in enumerate(bodies, start=1):
                fields = json.loads(body)
                fields["prev"] = prev.hex()
                body = body if seq == 1 else json.dumps(fields, indent=1).encode()
                records.append((seq, sha256(body), body, key.sign(body)))
                prev = sha256(body)
            return build_export(
                election_id=station.election.id, package_hash=station.package.package_hash,
                certificate=station.certificate.envelope, key=key, records=records,
                prev_hash=genesis, created="2027-04-01T10:00:00+00:00", full=True)

        canonical_file = station.export_batches(tmp_path, full=True)[0].read_bytes()
        mixed_file = export([r.body for r in rows])  # records 2 and 3 re-indented, re-signed
    package = load_package(example_world["package"], example_world["authority_fingerprint"])
    canonical_read = verify_export(canonical_file, package.election, package.authority)
    mixed_read = verify_export(mixed_file, package.election, package.authority)
    assert all(r.sealed is not None for r in canonical_read.records)
    assert [r.sealed is not None for r in mixed_read.records] == [True, False, False]
    expected = [(r.seq, r.hash) for r in rows]
    assert [(r.seq, r.hash) for r in canonical_read.records] == expected
    envelopes = [(seq, inner, outer) for seq, _h, inner, outer in
                 check_export(canonical_file, package).records]
    assert [(seq, inner, outer) for seq, _h, inner, outer in
            check_export(mixed_file, package).records] == envelopes
    from kiosk.crypto.canonical import unb64
    assert envelopes == [(r.seq, unb64(json.loads(r.body)["inner"]), r.outer) for r in rows]


def test_export_to_a_missing_or_read_only_folder_loses_nothing(example_world, tmp_path):
    import os

    readonly = tmp_path / "ro"
    readonly.mkdir()
    os.chmod(readonly, 0o500)
    with StationService.open(example_world["station"]) as station:
        cast(station, 3)
        with pytest.raises(KioskError) as gone:
            station.export_batches(tmp_path / "pulled-out-stick")
        assert gone.value.message_id == "export.media_gone"
        if os.geteuid() != 0:  # root ignores permissions
            with pytest.raises(KioskError) as error:
                station.export_batches(readonly)
            assert error.value.message_id == "export.read_only"
        assert station.status().not_exported == 3
        [path] = station.export_batches(tmp_path)
        assert station.verify_box().ok
    assert path.exists()


def test_canonical_base64_is_told_by_its_last_character():
    """What the strict decoder accepts is canonical exactly when re-encoding gives it back;
    `b64_tail_is_zero` decides that from the last character alone."""
    import binascii

    from hypothesis import given
    from hypothesis import strategies as st

    from kiosk.crypto.canonical import b64_tail_is_zero

    alphabet = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

    @given(st.binary(min_size=1, max_size=12), st.integers(0, 63))
    def check(raw, replacement):
        text = bytearray(binascii.b2a_base64(raw, newline=False))
        text[len(text.rstrip(b"=")) - 1] = alphabet[replacement]
        text = bytes(text)
        decoded = binascii.a2b_base64(text, strict_mode=True)
        assert b64_tail_is_zero(text) == (binascii.b2a_base64(decoded, newline=False) == text)

    check()
