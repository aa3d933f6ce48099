"""Signed, hash-chained entries (ballot records and audit entries): names, genesis, signing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kiosk import clock
from kiosk.crypto.canonical import canonical
from kiosk.crypto.hashing import chain_genesis, sha256
from kiosk.crypto.keys import SigningKey
from kiosk.domain.audit import VOTER_SESSION_EVENTS

RECORD_TYPE = "kiosk/ballot-record"
AUDIT_TYPE = "kiosk/audit-entry"
RECORD_VERSION = 2  # 2: the outer envelope by hash only (kiosk.ledger.records)
AUDIT_GENESIS = b"\0" * 32  # the hash "before" a station's first audit entry


@dataclass(frozen=True)
class SignedEntry:
    """A ballot record or audit entry as signed: the ballot box stores these four values as
    they are (kiosk.store.ballot_box.StoredRecord has the same fields; the ledger does not
    import the store, so the tally's verifying processes never load SQLAlchemy)."""

    seq: int
    hash: bytes
    body: bytes  # canonical JSON, as signed
    sig: bytes
    outer: bytes | None = None  # a ballot record's sealed outer envelope (its hash is signed)


@dataclass
class ChainHead:
    seq: int
    hash: bytes


def chain_name(election_id: str, test: bool) -> str:
    """Official and test ballots are two chains: test records never link into official ones."""
    return f"{election_id}/test" if test else election_id


def record_genesis(election_id: str, station_id: str, test: bool) -> bytes:
    """The hash "before" record 1 of a station's official or test chain."""
    return chain_genesis(chain_name(election_id, test), station_id)


def seal_entry(key: SigningKey, body: dict) -> SignedEntry:
    """Canonical bytes of `body`, their hash and the station's signature over them."""
    raw = canonical(body)
    return SignedEntry(body["seq"], sha256(raw), raw, key.sign(raw))


def audit_body(station_id: str, head: ChainHead, event: str, detail: dict,
               coarse_time: bool = False, now: datetime | None = None) -> dict:
    """An audit entry. Voter-related events (every event of a voter's session, not only the
    ballot) get minute-resolution times only."""
    now = (now or clock.now()).replace(microsecond=0)
    if coarse_time or event in VOTER_SESSION_EVENTS:
        now = now.replace(second=0)
    return {"type": AUDIT_TYPE, "v": 1, "station": station_id, "seq": head.seq + 1,
            "prev": head.hash.hex(), "at": now.isoformat(), "event": event, "detail": detail}
