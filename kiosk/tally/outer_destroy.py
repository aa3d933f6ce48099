"""`kiosk tally destroy-outer`: after the count, the outer envelopes (voter tokens) go.

Every sealed outer envelope in the tally database is replaced by its SHA-256 (what the
station's signature covers, so every record and every published file still verifies), files
kept as received lose their outer envelopes the same way, and the database notes when
(`outer_destroyed_at`, which `kiosk tally publish` writes into the record's outer-envelopes.txt).
On SQLite the file is then compacted (VACUUM), so the old pages leave it; on PostgreSQL run
VACUUM FULL on the tally tables afterwards (docs/threat-model.md). Copies elsewhere — station
folders, USB sticks, backups — are the officials' to destroy (the key ceremony lists them).
"""

from __future__ import annotations

import hashlib

from kiosk.domain.errors import KioskError
from kiosk.ledger.export_file import strip_outer
from kiosk.tally.record_blocks import HASH_BYTES, encode_ends, split_envelopes
from kiosk.tally.store import TallyStore, now_iso
from kiosk.tally.stored_files import AS_RECEIVED, STRIPPED


def _hashes_instead(outer: bytes, ends: bytes, count: int) -> tuple[bytes, bytes]:
    envelopes = split_envelopes(outer, ends, count)
    return (b"".join(hashlib.sha256(e).digest() for e in envelopes),
            encode_ends([HASH_BYTES] * count))


def destroy_outer(store: TallyStore) -> dict:
    meta = store.meta()
    if meta["state"] != "counted":
        raise KioskError("tally.not_counted", "the outer envelopes are needed until the count "
                         "is done; run `kiosk tally count` first")
    if meta.get("outer_destroyed_at"):
        return {"destroyed": 0, "at": meta["outer_destroyed_at"], "again": True}
    at = now_iso()
    count = store.destroy_outer(at, _hashes_instead, strip_outer, STRIPPED, AS_RECEIVED)
    return {"destroyed": count, "at": at, "again": False}


def outers_destroyed(store: TallyStore) -> str | None:
    """When the outer envelopes were destroyed, or None."""
    return store.meta().get("outer_destroyed_at") or None
