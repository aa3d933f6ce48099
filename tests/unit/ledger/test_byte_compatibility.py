"""The ledger's formats against tests/fixtures/ledger_v1, written by an earlier version (its
generate.py says how): a station's folder and its export file, and what it wrote for fixed
inputs (a fixed key and clock).

Audit entries, envelopes, receipts and the audit export are the same bytes as then. Ballot
records and export files are version 2 since the outer envelope left the signed record body
(it is signed by its hash, so the published record can leave it out): version 1 files are
refused with a sentence, and a version 1 station folder still verifies but must be enrolled
again (its certificate brought no token key).
"""

from __future__ import annotations

import json
import shutil
from datetime import UTC, datetime
from pathlib import Path

import pytest

from kiosk.cli.main import main as kiosk
from kiosk.crypto.canonical import b64url
from kiosk.crypto.hashing import sha256
from kiosk.crypto.keys import SigningKey
from kiosk.domain.errors import PollsError, VerificationError
from kiosk.ledger.audit_file import build_audit_file
from kiosk.ledger.chain import (
    AUDIT_GENESIS,
    ChainHead,
    SignedEntry,
    audit_body,
    record_genesis,
    seal_entry,
)
from kiosk.ledger.envelopes import inner_envelope, outer_envelope
from kiosk.ledger.export_file import build_export, strip_outer, verify_export
from kiosk.ledger.receipts import make_receipt
from kiosk.ledger.records import RecordShape, seal_record
from kiosk.package.signed_package import load_package
from kiosk.station import StationService

FIXTURE = Path(__file__).resolve().parents[2] / "fixtures" / "ledger_v1"
FIXED = json.loads((FIXTURE / "fixed.json").read_text(encoding="utf-8"))
EXPECTED = json.loads((FIXTURE / "world" / "expected.json").read_text(encoding="utf-8"))
FIXED_NOW = datetime(2027, 4, 21, 10, 15, 42, tzinfo=UTC)


def fixed_records():
    key = SigningKey.from_bytes(bytes.fromhex(FIXED["station_key_seed"]))
    shape = RecordShape(FIXED["election"], FIXED["station"], False)
    head = ChainHead(0, record_genesis(FIXED["election"], FIXED["station"], False))
    records = []
    for index, (inner, outer) in enumerate(zip(FIXED["inners"], FIXED["outers"], strict=True)):
        outer_bytes = None if index == FIXED["outer_missing_at"] else bytes.fromhex(outer)
        record = seal_record(key, shape, head, bytes.fromhex(inner), outer_bytes)
        records.append(record)
        head = ChainHead(record.seq, record.hash)
    return key, records


def test_a_version_2_record_signs_the_outer_envelope_by_its_hash():
    _key, records = fixed_records()
    for index, (record, old) in enumerate(zip(records, FIXED["records"], strict=True)):
        fields = json.loads(record.body)
        assert fields["v"] == 2 and "outer" not in fields
        outer = None if index == FIXED["outer_missing_at"] else \
            bytes.fromhex(FIXED["outers"][index])
        assert record.outer == outer
        assert fields["outer_hash"] == (None if outer is None else sha256(outer).hex())
        assert json.loads(old["body"])["v"] == 1 and record.body != old["body"].encode()


def test_the_fast_reader_reads_back_what_the_writer_wrote():
    _key, records = fixed_records()
    shape = RecordShape(FIXED["election"], FIXED["station"], False)
    prev = record_genesis(FIXED["election"], FIXED["station"], False)
    for index, record in enumerate(records):
        outer = None if index == FIXED["outer_missing_at"] else \
            sha256(bytes.fromhex(FIXED["outers"][index]))
        assert shape.envelopes(record.body, record.seq, prev) == (
            bytes.fromhex(FIXED["inners"][index]), outer)
        assert shape.envelopes(record.body, record.seq + 1, prev) is None  # wrong place
        prev = record.hash
    old = FIXED["records"][0]["body"].encode()  # a version 1 body is not read as one
    assert shape.envelopes(old, 1, record_genesis(FIXED["election"], FIXED["station"],
                                                  False)) is None


def test_an_export_file_verifies_with_and_without_its_outer_envelopes():
    key, records = fixed_records()
    rows = [(r.seq, r.hash, r.body, r.sig, r.outer) for r in records]
    usb = build_export(records=rows, prev_hash=record_genesis(FIXED["election"],
                                                              FIXED["station"], False),
                       election_id=FIXED["election"], package_hash="ab" * 32,
                       certificate=FIXED["certificate"], key=key, created=FIXED["created"],
                       full=False)
    lines = usb.split(b"\n")
    assert [line.count(b".") for line in lines[1:-2]] == [
        1 if i == FIXED["outer_missing_at"] else 2 for i in range(len(records))]
    stripped = strip_outer(usb)
    assert all(line.count(b".") == 1 for line in stripped.split(b"\n")[1:-2])
    assert stripped.split(b"\n")[-2] == lines[-2]  # the same signature line
    for outer in FIXED["outers"]:
        assert bytes.fromhex(outer) not in stripped and b64url(bytes.fromhex(outer)).encode() \
            not in stripped


def test_old_export_files_are_refused_with_a_sentence(old_world):
    package = load_package(old_world / "election.pkg", EXPECTED["authority"])
    for data in ((old_world / "station.export").read_bytes(),
                 (FIXTURE / "fixed.export").read_bytes()):
        with pytest.raises(VerificationError) as error:
            verify_export(data, package.election, package.authority)
        assert error.value.message_id in {"export.old_version", "export.wrong_election"}
    with pytest.raises(VerificationError) as error:
        verify_export((old_world / "station.export").read_bytes(), package.election,
                      package.authority)
    assert error.value.message_id == "export.old_version"
    assert "format version 1, from an older Röstkiosk version" in error.value.text


def test_audit_entries_envelopes_and_receipts_are_the_same_bytes_as_before():
    key = SigningKey.from_bytes(bytes.fromhex(FIXED["station_key_seed"]))
    station, election = FIXED["station"], FIXED["election"]
    audit = [seal_entry(key, audit_body(station, ChainHead(0, AUDIT_GENESIS), "ballot_cast",
                                        {"test": False}, coarse_time=True, now=FIXED_NOW)),
             seal_entry(key, audit_body(station, ChainHead(4, b"\1" * 32), "polls_opened",
                                        {"from": "closed"}, now=FIXED_NOW))]
    assert [{"body": a.body.decode(), "sig": a.sig.hex()} for a in audit] == FIXED["audit"]

    class Election:
        id = election
        rule = None

    class FixedBallot:
        def to_json(self, rule):
            return ["p1", "p3"]

    assert inner_envelope(Election(), FixedBallot(), "sv", True, {"age": "30-39"}, False).decode() \
        == FIXED["inner_plaintext"]
    assert outer_envelope(Election(), "token-1", now=FIXED_NOW).decode() \
        == FIXED["outer_plaintext"]
    assert make_receipt(key, election=election, station=station, batch_hash="cd" * 32,
                        first_seq=2, last_seq=3, head_hash=FIXED["records"][-1]["hash"],
                        received_at=FIXED["created"]) == FIXED["receipt"]


def test_the_audit_export_file_is_the_same_bytes_as_before():
    key = SigningKey.from_bytes(bytes.fromhex(FIXED["station_key_seed"]))
    entries = [SignedEntry(i + 1, b"", a["body"].encode(), bytes.fromhex(a["sig"]))
               for i, a in enumerate(FIXED["audit"])]
    assert build_audit_file(key, FIXED["election"], entries) == \
        (FIXTURE / "fixed-audit.jsonl").read_bytes()


@pytest.fixture
def old_world(tmp_path):
    world = tmp_path / "world"
    shutil.copytree(FIXTURE / "world", world)
    (world / "station" / "station.key").chmod(0o600)
    return world


def test_an_old_export_file_is_refused_by_the_tally(old_world, tmp_path, capsys):
    db = f"sqlite:///{tmp_path / 'tally.db'}"
    assert kiosk(["tally", "init", "--package", str(old_world / "election.pkg"), "--db", db,
                  "--authority", EXPECTED["authority"]]) == 0
    assert kiosk(["tally", "import", "--db", db, str(old_world / "station.export")]) == 1
    assert "format version 1, from an older Röstkiosk version" in capsys.readouterr().err


def test_an_old_station_folder_verifies_but_must_be_enrolled_again(old_world):
    """Its voter tokens were unkeyed and its certificate brought no token key: the box still
    verifies, but the polls stay closed, with a sentence, until it is certified again."""
    with StationService.open(old_world / "station") as station:
        report = station.verify_box()
        assert (report.ok, report.ballots, report.test_ballots) == (True, 6, 2), report.problems
        assert report.tracking_codes == EXPECTED["tracking_codes"]
        station.set_test_mode(False)
        with pytest.raises(PollsError) as error:
            station.open_polls()
        assert error.value.message_id == "polls.not_enrolled"
        assert "without the election's token key" in error.value.text
        assert not station.status().enrolled
