"""Tampered, broken and misplaced export files are rejected whole, with one clear reason, and
leave the tally database exactly as it was (compared with a full dump of the ballot tables);
the intact file still imports afterwards. On SQLite and on PostgreSQL."""

from __future__ import annotations

import json
import random
from collections import Counter

import pytest

from kiosk.domain.errors import KioskError
from kiosk.station import StationService
from kiosk.tally.importer import ACCEPTED, ALREADY_PRESENT, import_export
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
def files(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("tamper")
    world = make_world(tmp / "main", stations=2)
    usb = tmp / "usb"
    cast(world, 0, 8)
    first = export(world, 0, usb).read_bytes()  # records 1..8
    cast(world, 0, 4, seed=2)
    second = export(world, 0, usb).read_bytes()  # records 9..12: the file we tamper with
    cast(world, 1, 5, seed=3)
    other = export(world, 1, usb).read_bytes()
    stranger = make_world(tmp / "stranger")  # same election id, another authority
    cast(stranger, 0, 2)
    elsewhere = make_world(tmp / "elsewhere", demo=True)  # another election
    cast(elsewhere, 0, 2)
    with StationService.open(world["stations"][1]) as station:
        station.close_polls()
        station.set_test_mode(True)
    cast(world, 1, 2, seed=4)
    test_file = export(world, 1, usb / "test").read_bytes()
    return {"world": world, "first": first, "second": second, "other": other,
            "uncertified": export(stranger, 0, usb / "stranger").read_bytes(),
            "elsewhere": export(elsewhere, 0, usb / "elsewhere").read_bytes(),
            "test": test_file}


@pytest.fixture
def tally(db_url, files):
    store, package = new_tally(db_url, files["world"])
    assert import_export(store, package, files["first"], "first").status == ACCEPTED
    yield store, package
    store.dispose()


def rejected(store, package, data: bytes, name: str = "bad.export",
             before: dict | None = None) -> KioskError:
    """Import must fail with one sentence; the dump after equals the dump before."""
    before = store.dump() if before is None else before
    with pytest.raises(KioskError) as error:
        import_export(store, package, data, name)
    assert store.dump() == before, f"{name}: the database changed"
    last = store.last_intake()
    assert last["status"] == "rejected" and last["file_name"] == name
    assert last["reason"] == error.value.text
    text = error.value.text
    assert text and "\n" not in text and text[0].islower()
    return error.value


def still_imports(store, package, files) -> None:
    result = import_export(store, package, files["second"], "second")
    assert (result.status, result.first_seq, result.last_seq) == (ACCEPTED, 9, 12)


def test_a_thousand_single_byte_changes_are_all_rejected(tally, files):
    store, package = tally
    data = files["second"]
    rng = random.Random(20271)
    reasons = Counter()
    before = store.dump()  # the database must equal this after every single rejection
    for position in rng.sample(range(len(data)), 1000):
        changed = bytearray(data)
        changed[position] = (changed[position] + rng.randint(1, 255)) % 256
        error = rejected(store, package, bytes(changed), f"byte-{position}", before)
        reasons[error.message_id] += 1
    assert set(reasons) <= {"export.tampered", "export.damaged", "export.truncated",
                            "export.invalid", "export.not_an_export", "export.uncertified",
                            "export.wrong_election"}
    still_imports(store, package, files)


def test_truncation_at_any_line_and_mid_line(tally, files):
    store, package = tally
    data = files["second"]
    cuts = {len(data) - 1, len(data) // 2, 10, data.index(b"\n") + 1,
            data.rindex(b"\n", 0, len(data) - 1) + 1}
    for cut in sorted(cuts):
        error = rejected(store, package, data[:cut], f"cut-{cut}")
        assert error.message_id in {"export.truncated", "export.damaged", "export.tampered",
                                    "export.invalid"}
    still_imports(store, package, files)


def _lines(data: bytes) -> list[bytes]:
    return data[:-1].split(b"\n")


def test_dropped_reordered_duplicated_records_raw_and_re_signed(tally, files):
    store, package = tally
    data, world = files["second"], files["world"]
    lines = _lines(data)
    header, records = split_export(data)
    key = station_key(world, 0)
    raw = {
        "dropped": lines[:2] + lines[3:],
        "reordered": [lines[0], lines[2], lines[1]] + lines[3:],
        "duplicated": lines[:3] + [lines[2]] + lines[3:],
    }
    for name, variant in raw.items():
        error = rejected(store, package, b"\n".join(variant) + b"\n", f"raw-{name}")
        assert error.message_id in {"export.tampered", "export.invalid"}
    # the same changes signed again with the station's own key: the chain still catches them
    re_signed = {
        "dropped": records[:1] + records[2:],
        "reordered": [records[0], records[2], records[1], records[3]],
        "duplicated": records[:2] + [records[1]] + records[2:3],
        "dropped-first": records[1:],
    }
    for name, variant in re_signed.items():
        error = rejected(store, package, rebuild_export(header, variant, key), f"signed-{name}")
        assert error.text.startswith(f"station {header['station'][:4]}: "), error.text
        assert "record" in error.text, error.text
    still_imports(store, package, files)


def test_two_stations_spliced(tally, files):
    store, package = tally
    ours, theirs = _lines(files["second"]), _lines(files["other"])
    spliced = ours[:2] + theirs[2:3] + ours[3:]
    error = rejected(store, package, b"\n".join(spliced) + b"\n", "spliced")
    assert error.message_id == "export.tampered"
    header, records = split_export(files["second"])
    _other_header, other_records = split_export(files["other"])
    key = station_key(files["world"], 0)
    forged = rebuild_export(header, records[:1] + other_records[1:2] + records[2:], key)
    error = rejected(store, package, forged, "spliced-signed")
    assert "record" in error.text and error.text.startswith("station ")
    still_imports(store, package, files)


def test_replayed_older_file_changes_nothing_and_says_so(tally, files):
    store, package = tally
    still_imports(store, package, files)
    before = store.dump()
    result = import_export(store, package, files["first"], "first-again")
    assert result.status == ALREADY_PRESENT and "already imported" in result.message
    assert store.dump() == before
    # a replay of an old, re-signed version of the chain is a fork, refused
    header, records = split_export(files["first"])
    key = station_key(files["world"], 0)
    fields = json.loads(records[-1][2])
    fields["inner"] = json.loads(records[0][2])["inner"]
    forged = rebuild_export(header, records[:-1] + [sign_record(key, fields)], key)
    error = rejected(store, package, forged, "old-forked")
    assert error.message_id == "tally.conflict" and "record 8 differs" in error.text


def test_other_election_uncertified_station_and_test_files(tally, files):
    store, package = tally
    error = rejected(store, package, files["elsewhere"], "elsewhere")
    assert error.message_id == "export.wrong_election"
    assert "hagaby-2027" in error.text and "exempelby-2027" in error.text
    error = rejected(store, package, files["uncertified"], "uncertified")
    assert error.message_id == "export.uncertified"
    assert "not signed by this election's authority" in error.text
    error = rejected(store, package, files["test"], "test")
    assert error.message_id == "tally.test_file"
    error = rejected(store, package, b"", "empty")
    error = rejected(store, package, b"not an export at all\n\n\n", "junk")
    assert error.message_id in {"export.damaged", "export.not_an_export"}
    still_imports(store, package, files)
