"""Import: whole files, continuity per station (no gap, no fork, no replay), on SQLite and on
the real PostgreSQL server."""

from __future__ import annotations

import json

import pytest

from kiosk.tally.importer import ACCEPTED, ALREADY_PRESENT, ImportRefused, import_export
from kiosk.tally.status import tally_status
from kiosk.tally.store import TallyStore
from tests.conftest import make_world
from tests.tally_worlds import (
    cast,
    export,
    new_tally,
    rebuild_export,
    sign_record,
    split_export,
    station_key,
)


@pytest.fixture(scope="module")
def world_files(tmp_path_factory):
    """Two stations; station 1 exported 1..6, then 7..10, then all of 1..10 again."""
    tmp = tmp_path_factory.mktemp("import")
    world = make_world(tmp, stations=2)
    usb = tmp / "usb"
    cast(world, 0, 6)
    first = export(world, 0, usb)
    cast(world, 0, 4, seed=2)
    second = export(world, 0, usb)
    full = export(world, 0, usb / "full", full=True)
    cast(world, 1, 3, seed=3)
    other = export(world, 1, usb)
    return world, {"first": first.read_bytes(), "second": second.read_bytes(),
                   "full": full.read_bytes(), "other": other.read_bytes()}


def test_import_in_order_then_again_changes_nothing(db_url, world_files):
    world, files = world_files
    store, package = new_tally(db_url, world)
    try:
        result = import_export(store, package, files["first"], "first")
        assert (result.status, result.first_seq, result.last_seq, result.new_records) == (
            ACCEPTED, 1, 6, 6)
        assert import_export(store, package, files["second"], "second").new_records == 4
        before = store.dump()
        again = import_export(store, package, files["first"], "first")
        assert again.status == ALREADY_PRESENT and "nothing changed" in again.message
        full = import_export(store, package, files["full"], "full")  # re-covers 1..10
        assert full.status == ALREADY_PRESENT and full.new_records == 0
        assert store.dump() == before
        assert import_export(store, package, files["other"], "other").new_records == 3
        status = tally_status(store)
        assert status["ballots"] == 13
        assert sorted((s["files"], s["ballots"], s["last_seq"]) for s in status["stations"]) \
            == [(1, 3, 3), (2, 10, 10)]
    finally:
        store.dispose()


def test_overlapping_full_export_adds_only_new_records(db_url, world_files):
    world, files = world_files
    store, package = new_tally(db_url, world)
    try:
        import_export(store, package, files["first"])
        result = import_export(store, package, files["full"])
        assert (result.status, result.new_records) == (ACCEPTED, 4)
        assert store.record_count() == 10
        assert import_export(store, package, files["second"]).status == ALREADY_PRESENT
    finally:
        store.dispose()


def test_gap_is_refused_and_reported_until_filled(db_url, world_files):
    world, files = world_files
    store, package = new_tally(db_url, world)
    try:
        with pytest.raises(ImportRefused) as error:
            import_export(store, package, files["second"], "second.export")
        assert error.value.message_id == "tally.gap"
        assert "records 1..6 are missing" in error.value.text
        assert store.record_count() == 0
        status = tally_status(store)
        assert status["gaps"][0]["from"] == 1 and status["gaps"][0]["to"] == 6
        import_export(store, package, files["first"])
        import_export(store, package, files["second"])
        assert tally_status(store)["gaps"] == [] and store.record_count() == 10
    finally:
        store.dispose()


def test_fork_is_refused_naming_station_and_record(db_url, world_files):
    world, files = world_files
    store, package = new_tally(db_url, world)
    try:
        import_export(store, package, files["full"])
        header, records = split_export(files["second"])
        key = station_key(world, 0)
        fields = json.loads(records[0][2])  # record 7, rewritten with other sealed content
        fields["inner"] = json.loads(records[1][2])["inner"]
        data = rebuild_export(header, [sign_record(key, fields)], key)
        before = store.dump()
        with pytest.raises(ImportRefused) as error:
            import_export(store, package, data, "fork")
        assert error.value.message_id == "tally.conflict"
        assert f"station {header['station'][:4]}: record 7 differs" in error.value.text
        assert store.dump() == before
        assert tally_status(store)["conflicts"][0]["file"] == "fork"
    finally:
        store.dispose()


def test_closed_intake_refuses_files(db_url, world_files):
    world, files = world_files
    store, package = new_tally(db_url, world)
    try:
        store.set_state("closed")
        with pytest.raises(ImportRefused) as error:
            import_export(store, package, files["first"])
        assert error.value.message_id == "tally.closed"
        assert store.record_count() == 0
    finally:
        store.dispose()


def test_second_init_on_the_same_database_is_refused(db_url, world_files):
    world, _files = world_files
    store, _package = new_tally(db_url, world)
    store.dispose()
    from kiosk.domain.errors import KioskError

    with pytest.raises(KioskError) as error:
        new_tally(db_url, world)
    assert error.value.message_id == "tally.exists"
    TallyStore.open(db_url).dispose()


def test_a_file_that_does_not_chain_to_the_imported_records_is_refused(db_url, world_files):
    """Records 7.. that chain to another record 6 than the one imported: a forked or reset
    station, even though the file itself verifies."""
    world, files = world_files
    store, package = new_tally(db_url, world)
    try:
        import_export(store, package, files["first"])
        header, records = split_export(files["second"])
        key = station_key(world, 0)
        other_six = bytes.fromhex("ab" * 32)
        fields = json.loads(records[0][2])  # record 7, chained to another record 6
        fields["prev"] = other_six.hex()
        data = rebuild_export(header, [sign_record(key, fields)], key, prev_hash=other_six)
        before = store.dump()
        with pytest.raises(ImportRefused) as error:
            import_export(store, package, data, "forked")
        assert error.value.message_id == "tally.conflict"
        assert f"station {header['station'][:4]}: record 7 does not chain to record 6" \
            in error.value.text
        assert store.dump() == before
        # not first-come: the genuine continuation is held back too until the election
        # office resolves the fork (kiosk.tally.forks; tests/unit/tally/test_forked_station.py)
        with pytest.raises(ImportRefused) as error:
            import_export(store, package, files["second"])
        assert error.value.message_id == "tally.forked"
        assert [(f.fork_seq, f.resolution) for f in store.fork_rows()] == [(6, None)]
    finally:
        store.dispose()
