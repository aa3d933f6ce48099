"""Accepted export files are stored packed where they can be and published byte for byte,
whether packed, overlapping earlier files, or kept as received; a changed database is caught."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kiosk.crypto.hashing import sha256
from kiosk.package.authority_keys import load_tally
from kiosk.tally import stored_files
from kiosk.tally.counting import count_election
from kiosk.tally.importer import import_export
from kiosk.tally.publish import PublishError, publish_record
from kiosk.tally.record_blocks import split_envelopes
from tests.conftest import make_world
from tests.tally_worlds import (
    cast,
    export,
    new_tally,
    rebuild_export,
    split_export,
    station_key,
)


def _count(store, package, world):
    store.set_state("closed")
    keys = load_tally(Path(world["tally_key"]), world["passphrase"])
    count_election(store, package, keys, rule="greedy", show_progress=False)


def _forms(store) -> dict[str, str]:
    return {row["file_hash"]: row["form"] for row in store.file_rows()}


def _published(folder: Path) -> set[bytes]:
    return {p.read_bytes() for p in (folder / "exports").iterdir()}


def test_packed_overlapping_and_as_received_files_are_published_byte_for_byte(db_url, tmp_path):
    world = make_world(tmp_path, stations=2, demo=True)
    store, package = new_tally(db_url, world)
    # station 0: records 1..3, then a full file 1..5 (overlaps the first: 2 new records)
    cast(world, 0, 3)
    first = export(world, 0, tmp_path / "a1").read_bytes()
    cast(world, 0, 2, seed=2)
    full = export(world, 0, tmp_path / "a2", full=True).read_bytes()
    # station 1: records whose bodies are signed in another (valid, non-canonical) JSON form
    cast(world, 1, 3, seed=3)
    header, records = split_export(export(world, 1, tmp_path / "b1").read_bytes())
    key, prev, reindented = station_key(world, 1), bytes.fromhex(header["prev_hash"]), []
    for seq, _digest, body, _sig, _outer in records:
        fields = json.loads(body) | {"prev": prev.hex()}
        body = json.dumps(fields, indent=2).encode()
        reindented.append((seq, sha256(body), body, key.sign(body)))
        prev = sha256(body)
    odd = rebuild_export(header, reindented, key)
    for data in (first, full, odd):
        import_export(store, package, data, "usb")
    forms = _forms(store)
    assert forms == {sha256(first).hex(): stored_files.PACKED,
                     sha256(full).hex(): stored_files.PACKED,
                     sha256(odd).hex(): stored_files.AS_RECEIVED}
    packed = {row["file_hash"]: len(row["data"]) for row in store.file_rows()}
    assert packed[sha256(full).hex()] < len(full) / 5  # the record lines are not stored twice
    _count(store, package, world)
    folder = publish_record(store, package, tmp_path / "record")
    assert _published(folder) == {first, full, odd}


def test_a_changed_envelope_is_caught_when_publishing(tmp_path):
    world = make_world(tmp_path, stations=1, demo=True)
    url = f"sqlite:///{tmp_path / 'tally.db'}"
    store, package = new_tally(url, world)
    cast(world, 0, 4)
    import_export(store, package, export(world, 0, tmp_path / "a").read_bytes(), "usb")
    _count(store, package, world)
    with store.engine.begin() as conn:  # one bit of record 2's inner envelope
        block_id, first, last, inner, ends = conn.exec_driver_sql(
            'SELECT id, first_seq, last_seq, "inner", inner_ends FROM tally_record_blocks').one()
        envelopes = split_envelopes(bytes(inner), bytes(ends), last - first + 1)
        at = sum(map(len, envelopes[:2 - first]))
        conn.exec_driver_sql('UPDATE tally_record_blocks SET "inner" = ? WHERE id = ?',
                             (inner[:at] + bytes([inner[at] ^ 1]) + inner[at + 1:], block_id))
    with pytest.raises(PublishError) as error:
        publish_record(store, package, tmp_path / "record")
    assert "cannot be rebuilt: record 2 of station" in error.value.text


def test_an_older_tally_database_is_named_not_misread(tmp_path):
    from kiosk.tally.store import StoreError, TallyStore

    world = make_world(tmp_path, stations=1, demo=True)
    url = f"sqlite:///{tmp_path / 'tally.db'}"
    store, _package = new_tally(url, world)
    with store.engine.begin() as conn:
        conn.exec_driver_sql("UPDATE tally_meta SET value = '1' WHERE key = 'schema'")
    store.dispose()
    with pytest.raises(StoreError) as error:
        TallyStore.open(url)
    assert error.value.message_id == "tally.schema"
    assert "schema 1, this version reads 4" in error.value.text
